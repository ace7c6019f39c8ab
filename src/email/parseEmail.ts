import { failure, notesOf } from './diagnostics.ts';
import { parseParts } from './parseParts.ts';
import type { ParseEmailOptions, ParseEmailResult } from './types.ts';

/**
 * Parses an e-mail address as people type it into a form, and says exactly why when it cannot.
 *
 * @remarks
 * Trims white space, folds the full-width forms a Japanese IME produces (`ｔａｒｏ＠ｇｍａｉｌ．ｃｏｍ`),
 * splits at the first unquoted `@`, accepts quoted local parts (unquoting them when the quotes
 * are not needed, RFC 5321 §4.1.2), checks the RFC 5321 limits (local part 64 octets, address
 * 254 octets, labels 63 octets), maps the domain UTS #46-style and converts it with punycode.
 * Japanese carrier addresses that break RFC 5322 (`taro..yamada@docomo.ne.jp`,
 * `taro.@ezweb.ne.jp`) are accepted with the note `rfc-violating-local`. Never throws.
 *
 * @param input - The address as typed or pasted (any value; only strings can succeed).
 * @param options - See {@link ParseEmailOptions}.
 * @returns `{ ok: true, address, local, domain, unicodeDomain, quoted, notes }` or
 *   `{ ok: false, error }` with a stable `error.code`.
 *
 * @example
 * parseEmail(' Taro@例え.JP ')
 * //=> { ok: true, address: 'Taro@xn--r8jz45g.jp', local: 'Taro', domain: 'xn--r8jz45g.jp',
 * //     unicodeDomain: '例え.jp', quoted: false, notes: [{ code: 'trimmed', … }, { code: 'idn', … }] }
 *
 * @example
 * parseEmail('taro@yamada@example.com').error.code //=> 'multiple-at'
 */
export function parseEmail(input: unknown, options?: ParseEmailOptions): ParseEmailResult {
  const parts = parseParts(input, options);
  const locale = options?.locale;
  if ('code' in parts) return failure(parts, locale);
  return {
    ok: true,
    address: `${parts.local}@${parts.domain}`,
    local: parts.local,
    domain: parts.domain,
    unicodeDomain: parts.unicodeDomain,
    quoted: parts.quoted,
    notes: notesOf(parts.notes, locale, undefined),
  };
}
