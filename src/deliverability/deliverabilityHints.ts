import { type ParsedEmail, parseEmail } from '../email/index.ts';
import { ConfigError } from '../internal/configError.ts';
import { CONFIG_LIMITS, checkSized } from '../internal/configShape.ts';
import type { DiagnosticDetail, MessageTable, Severity } from '../internal/diagnostic.ts';
import { fillTemplate } from '../internal/message.ts';
import { foldWidth } from '../internal/width.ts';
import { type DomainIndex, domainIndex } from './domainIndex.ts';
import { inspectHomograph } from './inspectHomograph.ts';
import { DELIVERABILITY_MESSAGES_EN } from './messages/en.ts';
import { DELIVERABILITY_MESSAGES_JA } from './messages/ja.ts';
import { normalizeDomain } from './normalizeDomain.ts';
import { suggestDomain } from './suggestDomain.ts';
import type {
  DeliverabilityHintsOptions,
  DeliverabilityHintsResult,
  DnsFacts,
  Hint,
  HintCode,
  HintData,
  HintMessageKey,
} from './types.ts';

/**
 * Severity first; within a severity, the order in which {@link deliverabilityHints} pushes the
 * hints (what to fix before what to know): typo-domain / idn-homograph, reserved-domain, null-mx
 * / no-mx, disposable, carrier-filter, rfc-violating-local / spoofing-filter, non-ascii-local,
 * role-account, private-relay, free-provider. The sort is stable.
 */
const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const JP_EXAMPLE_LABEL = /^example[0-9]?$/;
const NON_ASCII = /[^\u0000-\u007f]/;

let carrierSets: WeakMap<readonly string[], ReadonlySet<string>> | undefined;

/** Everything a message may name. */
interface Vars {
  readonly domain: string;
  readonly senderDomain: string;
  readonly suggestion?: string;
  readonly local?: string;
  readonly reason?: string;
}

/**
 * The hint whose message is `key` (`'carrier-filter:docomo'`); its code is the key up to the
 * colon (`'carrier-filter'`).
 */
function makeHint(
  table: MessageTable<HintMessageKey>,
  key: Exclude<HintMessageKey, 'sender-domain'>,
  severity: Severity,
  vars: Vars,
  data?: HintData,
): Hint {
  const code = key.split(':')[0] as HintCode;
  const row = table[key];
  // The placeholders are our own names, not DiagnosticDetail fields: fillTemplate reads any.
  const detail = vars as unknown as DiagnosticDetail;
  const message = fillTemplate(row.message, detail);
  const action = fillTemplate(row.action ?? '', detail);
  return data === undefined ? { code, severity, message, action } : { code, severity, message, action, data };
}

/** RFC 2606 / 6761 / 6762 / 8375 / 9476 / 7686 names, and JPRS's `example[0-9]` labels. */
function isReserved(domain: string, index: DomainIndex): boolean {
  for (const suffix of index.reserved) {
    if (
      domain.endsWith(suffix) &&
      (domain.length === suffix.length || domain.charCodeAt(domain.length - suffix.length - 1) === 46)
    )
      return true;
  }
  // A label `example[0-9]` directly under a reserved parent: `example.co.jp`, `x.example1.jp`.
  for (let at = domain.indexOf('example'); at >= 0; at = domain.indexOf('example', at + 1)) {
    const end = domain.indexOf('.', at);
    if (
      end > 0 &&
      (at === 0 || domain.charCodeAt(at - 1) === 46) &&
      JP_EXAMPLE_LABEL.test(domain.slice(at, end)) &&
      index.reservedJpParents.has(domain.slice(end + 1))
    )
      return true;
  }
  return false;
}

/** The role tier of a local part (`+tag` removed, case ignored), if any. */
function roleOf(
  parsed: ParsedEmail,
  index: DomainIndex,
): { tier: 'unread' | 'shared'; local: string } | null {
  if (parsed.quoted) return null;
  const plus = parsed.local.indexOf('+');
  const local = (plus < 0 ? parsed.local : parsed.local.slice(0, plus)).toLowerCase();
  const tier = index.roles.get(local);
  return tier === undefined ? null : { tier, local };
}

/** `no-mx` / `null-mx` from DNS facts about this domain; nothing when a fact is unknown. */
function dnsHint(dns: DnsFacts, table: MessageTable<HintMessageKey>, vars: Vars): Hint | null {
  if (dns.nxdomain !== true) {
    const { mx } = dns;
    if (mx === undefined) return null;
    const isNull = (exchange: string): boolean => exchange === '' || exchange === '.';
    if (mx.length === 1 && isNull(mx[0]?.exchange ?? '')) return makeHint(table, 'null-mx', 'error', vars);
    if (mx.some((record) => !isNull(record.exchange))) return null;
    if (dns.hasAddress !== false)
      return makeHint(table, 'no-mx:fallback', 'warning', vars, { fallback: true });
  }
  return makeHint(table, 'no-mx:none', 'error', vars, { fallback: false });
}

/**
 * Whether the domain is a free webmail domain: a known domain whose name is a free service (rows
 * of weight 0, clamped to 1 in the index, are real domains listed only so that they are never
 * corrected, such as mail.fr).
 */
function isFreeProvider(domain: string, index: DomainIndex): boolean {
  const target = index.known.get(domain);
  return (
    target !== undefined &&
    target.weight > 1 &&
    index.freeNames.has(target.name) &&
    !index.carriers.has(domain)
  );
}

function compareHints(a: Hint, b: Hint): number {
  return RANK[a.severity] - RANK[b.severity];
}

/**
 * The domains of `options.carrierDomains` as a set, made once per array. The list is developer
 * configuration: a list of more than 10,000 items, or an item that is not a domain name, throws a
 * {@link ConfigError} naming it.
 */
function carrierSet(domains: readonly string[]): ReadonlySet<string> {
  carrierSets ??= new WeakMap();
  let set = carrierSets.get(domains);
  if (set === undefined) {
    checkSized(domains, 'array', CONFIG_LIMITS.items, 'deliverabilityHints', 'options.carrierDomains');
    // Each item as `parseEmail` reads the domain of an address: lower case, an IDN in its `xn--`
    // form (`RakuMail.JP` → `rakumail.jp`), two labels or more.
    set = new Set(
      domains.map((item: unknown, i) => {
        const parsed = typeof item === 'string' ? parseEmail(`x@${item}`) : undefined;
        if (parsed?.ok) return parsed.domain;
        throw new ConfigError('deliverabilityHints', `options.carrierDomains[${i}]`, 'must be a domain name');
      }),
    );
    carrierSets.set(domains, set);
  }
  return set;
}

/** The corrected address for a refused one: only a provider's name missing its ending. */
function invalidSuggestion(input: string, code: string): string | null {
  // `parseEmail` gives other codes to a non-string and to input over 1,024 characters.
  if (code !== 'domain-needs-dot') return null;
  const trimmed = foldWidth(input).trim();
  const at = trimmed.lastIndexOf('@');
  const suggested = suggestDomain(trimmed.slice(at + 1));
  return suggested === null ? null : `${trimmed.slice(0, at)}@${suggested}`;
}

/**
 * Says, while the person can still fix it, why our mail may never reach an address: a typo'd
 * domain, a Japanese carrier's domain filter, Yahoo's spoofing filter, a throwaway or reserved
 * domain, an address nobody reads — each hint with a severity, a message and an action in
 * English or Japanese.
 *
 * @remarks
 * Built on `parseEmail` (`support-kit/email`): an address it refuses gets the single hint
 * `invalid` (with the reason), and `suggestion` only when a provider's name lacks its ending
 * (`taro@gmail`). Hints describe the domain as typed; the hints of a suggested domain appear once
 * the person accepts it. `typo-domain` suppresses `disposable`; `carrier-filter` never comes with
 * `spoofing-filter`; `rfc-violating-local` comes only with carrier addresses. Nothing is looked
 * up: DNS facts (`dns`) and the disposable list (`isDisposable`) are passed in. Never throws on
 * the address; throws a `ConfigError` (a `TypeError`) naming the item for a malformed
 * `carrierDomains` list (checked once per array).
 *
 * @param input - The address as typed or pasted.
 * @param options - See {@link DeliverabilityHintsOptions}.
 * @returns `{ ok: true, address, hints, suggestion }`, or `{ ok: false, address: null, hints:
 *   [invalid], suggestion, error }`.
 *
 * @example
 * deliverabilityHints('taro@gmial.com').suggestion //=> 'taro@gmail.com'
 * @example
 * deliverabilityHints('taro@docomo.ne.jp', { locale: 'ja', senderDomain: 'example.co.jp' }).hints[0]
 * //=> { code: 'carrier-filter', severity: 'warning', message: 'ドコモのメールは…',
 * //     action: 'ドコモメールの「受信リスト設定」にexample.co.jpを登録してください。…', data: { carrier: 'docomo', … } }
 */
export function deliverabilityHints(
  input: string,
  options?: DeliverabilityHintsOptions,
): DeliverabilityHintsResult {
  const locale = options?.locale;
  // Developer configuration is checked before the address, so that it fails whatever the address.
  const carrierDomains = options?.carrierDomains;
  const extraCarriers = carrierDomains === undefined ? undefined : carrierSet(carrierDomains);
  const table = locale === 'ja' ? DELIVERABILITY_MESSAGES_JA : DELIVERABILITY_MESSAGES_EN;
  const givenSender = options?.senderDomain;
  const senderDomain =
    typeof givenSender === 'string' && givenSender !== '' ? givenSender : table['sender-domain'].message;
  const parsed = parseEmail(input, locale === undefined ? undefined : { locale });
  if (!parsed.ok) {
    const { error } = parsed;
    const suggestion = invalidSuggestion(input, error.code);
    const vars = { domain: '', senderDomain, reason: error.message };
    const hint = makeHint(table, 'invalid', 'error', vars, { reason: error.code });
    const withAction = error.action === undefined ? hint : { ...hint, action: error.action };
    return { ok: false, address: null, hints: [withAction], suggestion, error };
  }
  const index = domainIndex();
  const { domain, local } = parsed;
  const base: Vars = { domain: parsed.unicodeDomain, senderDomain };
  const sender = givenSender === undefined ? {} : { senderDomain };
  const hints: Hint[] = [];
  // The Unicode form parseEmail already decoded: no second punycode decode (same for ASCII).
  const corrected = suggestDomain(parsed.unicodeDomain);
  const suggestion = corrected === null ? null : `${local}@${corrected}`;
  const homograph = NON_ASCII.test(parsed.unicodeDomain) ? inspectHomograph(parsed.unicodeDomain) : null;
  if (homograph?.suspicious === true) {
    const key = suggestion === null ? 'idn-homograph' : 'idn-homograph:suggestion';
    const data = suggestion === null ? undefined : { suggestion };
    hints.push(makeHint(table, key, 'warning', { ...base, ...data }, data));
  } else if (suggestion !== null) {
    hints.push(makeHint(table, 'typo-domain', 'warning', { ...base, suggestion }, { suggestion }));
  }

  if (isReserved(domain, index)) hints.push(makeHint(table, 'reserved-domain', 'error', base));
  const dns = options?.dns;
  if (
    dns !== undefined &&
    dns !== null &&
    (dns.domain === undefined || normalizeDomain(dns.domain) === domain)
  ) {
    const hint = dnsHint(dns, table, base);
    if (hint !== null) hints.push(hint);
  }
  const neverDisposable = index.known.has(domain) || index.relays.has(domain);
  if (corrected === null && !neverDisposable && options?.isDisposable?.(domain) === true) {
    hints.push(makeHint(table, 'disposable', 'warning', base));
  }
  const carrier = index.carriers.get(domain) ?? (extraCarriers?.has(domain) ? 'other' : undefined);
  if (carrier !== undefined) {
    hints.push(
      makeHint(table, `carrier-filter:${carrier}`, 'warning', base, {
        carrier,
        ...sender,
      }),
    );
    if (parsed.notes.some((note) => note.code === 'rfc-violating-local')) {
      hints.push(makeHint(table, 'rfc-violating-local', 'warning', base));
    }
  } else {
    const provider = index.spoofing.get(domain);
    if (provider !== undefined) {
      const severity = provider === 'yahoo-japan' ? 'warning' : 'info';
      const key = `spoofing-filter:${provider}` as const;
      hints.push(makeHint(table, key, severity, base, { provider, ...sender }));
    }
  }
  if (NON_ASCII.test(local)) hints.push(makeHint(table, 'non-ascii-local', 'warning', base));
  const role = roleOf(parsed, index);
  if (role !== null) {
    const severity = role.tier === 'unread' ? 'warning' : 'info';
    const vars = { ...base, local: role.local };
    hints.push(makeHint(table, `role-account:${role.tier}`, severity, vars, role));
  }
  if (index.relays.get(domain) === true) hints.push(makeHint(table, 'private-relay', 'info', base));
  if (options?.freeProvider === true && isFreeProvider(domain, index)) {
    hints.push(makeHint(table, 'free-provider', 'info', base));
  }
  if (hints.length > 1) hints.sort(compareHints);
  return { ok: true, address: parsed.address, hints, suggestion };
}
