import { failure, NOTE, notesOf } from './diagnostics.ts';
import { dotAtom, exemptFromDots, parseParts, quoteLocal } from './parseParts.ts';
import type { CanonicalizeEmailOptions, CanonicalizeEmailResult, EmailRemoved } from './types.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Computes the mailbox key of an e-mail address: two addresses get the same `canonical` exactly
 * when their provider delivers them to the same mailbox.
 *
 * @remarks
 * Parses like {@link parseEmail}, then applies the rules of the provider found by an exact match
 * on the ASCII domain (see `EMAIL_PROVIDERS`), in this order: Fastmail subdomain addressing →
 * lower case → cut the sub-address at the first separator (`+`) → remove ignored dots (Gmail,
 * Proton) or read them as `-` (Yandex) and remove transparent separators (Proton `_` `-`) →
 * refuse an empty mailbox (`+shop@gmail.com`) → replace an alias domain (googlemail.com →
 * gmail.com). Unknown domains keep the local part as written (RFC 5321 §2.4) unless
 * `lowercaseUnknownLocal` is set. Heuristic rules run only when switched on in `heuristics`.
 * `canonical` is a key for a unique index: store, show and send mail to `address`.
 *
 * @param input - The address as typed or pasted (any value; only strings can succeed).
 * @param options - See {@link CanonicalizeEmailOptions}.
 * @returns `{ ok: true, canonical, address, local, domain, unicodeDomain, quoted, provider,
 *   removed, notes }` or `{ ok: false, error }`.
 *
 * @example
 * canonicalizeEmail('Taro.Yamada+shop@GoogleMail.com')
 * //=> { ok: true, canonical: 'taroyamada@gmail.com', address: 'Taro.Yamada+shop@googlemail.com',
 * //     provider: { id: 'gmail', name: 'Gmail' },
 * //     removed: { tag: 'shop', dots: 1, domainAlias: { from: 'googlemail.com', to: 'gmail.com' } },
 * //     notes: [{ code: 'alias-domain', … }], … }
 *
 * @example
 * canonicalizeEmail('Taro.Yamada@Example.COM').canonical //=> 'Taro.Yamada@example.com'
 *
 * @example
 * canonicalizeEmail('+shop@gmail.com').error.code //=> 'empty-mailbox'
 */
export function canonicalizeEmail(
  input: unknown,
  options?: CanonicalizeEmailOptions,
): CanonicalizeEmailResult {
  const parts = parseParts(input, options);
  const locale = options?.locale;
  if ('code' in parts) return failure(parts, locale);
  const { row } = parts;
  let notes = parts.notes;
  const removed: Mutable<EmailRemoved> = {};
  let key = parts.local;
  let domain = parts.domain;
  let expected: string | undefined;
  if (row === undefined) {
    if (options?.lowercaseUnknownLocal === true) key = key.toLowerCase();
  } else {
    const lower = row.caseSensitive !== true;
    let local = parts.content;
    domain = parts.base;
    if (parts.sub !== undefined) {
      // F1: `anything@user.fastmail.com` is `user+anything@fastmail.com`.
      removed.tag = lower ? local.toLowerCase() : local;
      removed.subdomain = parts.sub;
      local = parts.sub;
      notes |= NOTE.subdomain;
    } else if (lower && parts.cased) local = local.toLowerCase();
    // The tag starts at the first of the separators.
    const separators = row.subaddress ?? '';
    let cut = -1;
    for (let i = 0; i < separators.length; i++) {
      const at = local.indexOf(separators[i] as string);
      if (at >= 0 && (cut < 0 || at < cut)) cut = at;
    }
    if (cut >= 0) {
      removed.tag = local.slice(cut + 1);
      local = local.slice(0, cut);
    }
    if ((row.dots === 'ignored' || row.dots === 'hyphen') && local.includes('.')) {
      const without = local.replaceAll('.', '');
      removed.dots = local.length - without.length;
      local = row.dots === 'ignored' ? without : local.replaceAll('.', '-');
    }
    if (row.transparent) {
      let out = local;
      for (const char of row.transparent) out = out.replaceAll(char, '');
      if (out !== local) {
        removed.separators = local.length - out.length;
        local = out;
      }
    }
    if (local === '' || (local.charCodeAt(0) === 46 && local.replaceAll('.', '') === '')) {
      return failure({ code: 'empty-mailbox' }, locale);
    }
    const heuristics = options?.heuristics;
    if (heuristics?.yahooDisposable === true && row.disposableKeyword === true) {
      // HEURISTIC (Y2, YJ2): `base-keyword` → `base-`: a grouping key no real Yahoo ID can take.
      const hyphen = local.indexOf('-');
      if (hyphen > 0 && hyphen < local.length - 1) {
        removed.tag = local.slice(hyphen + 1);
        local = local.slice(0, hyphen + 1);
        notes |= NOTE.yahooDisposable;
      }
    }
    const alias = row.heuristicAlias;
    if (heuristics?.auEzweb === true && alias !== undefined && Object.hasOwn(alias, domain)) {
      const to = alias[domain] as string;
      removed.domainAlias = { from: domain, to };
      expected = to;
      domain = to;
      notes |= NOTE.auDomain;
    } else if (row.aliasOf !== undefined && row.aliasOf !== domain) {
      removed.domainAlias = { from: domain, to: row.aliasOf };
      expected = row.aliasOf;
      domain = row.aliasOf;
      notes |= NOTE.alias;
    }
    // Keep the key parseable: an RFC-violating carrier name stays bare, anything else that is no
    // longer a dot-atom (`taro.+x` → `taro.`) is quoted, so canonical(canonical) === canonical.
    // A cut or a dot rule leaves a dot-atom a dot-atom unless it now ends with a dot.
    const scan = parts.quoted || row.transparent || parts.notes & NOTE.rfcViolating;
    const shape = scan ? dotAtom(local) : local.charCodeAt(local.length - 1) === 46 ? 1 : 0;
    key = shape === 0 || (shape === 1 && exemptFromDots(row, options)) ? local : quoteLocal(local);
  }
  return {
    ok: true,
    canonical: `${key}@${domain}`,
    address: `${parts.local}@${parts.domain}`,
    local: parts.local,
    domain: parts.domain,
    unicodeDomain: parts.unicodeDomain,
    quoted: parts.quoted,
    provider: row === undefined ? null : row.provider,
    removed,
    notes: notesOf(notes, locale, expected),
  };
}
