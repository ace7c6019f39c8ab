import punycode from 'punycode/punycode.js';

/** Codes {@link toAsciiDomain} can fail with (a subset of the module's error codes). */
export type DomainErrorCode =
  | 'unsafe-character'
  | 'whitespace'
  | 'multiple-at'
  | 'comment-not-allowed'
  | 'domain-literal'
  | 'invalid-domain'
  | 'label-too-long'
  | 'domain-needs-dot'
  | 'invalid-idn';

/** A domain that could not be converted: the code and, when there is one, the offending text. */
export interface DomainFailure {
  readonly ok: false;
  readonly code: DomainErrorCode;
  /** The offending character or label. */
  readonly char?: string;
  /** Its UTF-16 index in the domain. */
  readonly at?: number;
}

/** Result of {@link toAsciiDomain}. */
export type DomainResult =
  | {
      readonly ok: true;
      /** Lower-case ASCII form (A-labels), without a trailing dot. */
      readonly ascii: string;
      /** Display form (U-labels). */
      readonly unicode: string;
      /** One trailing root dot was removed. */
      readonly trailingDot: boolean;
      /** The input had non-ASCII characters that were mapped and converted. */
      readonly idn: boolean;
    }
  | DomainFailure;

/** UTS #46 "ignored" code points: soft hyphen, CGJ, Mongolian FVS, ZWSP, word joiner, VS, BOM. */
const IGNORED = /[\u00ad\u034f\u180b-\u180d\u180f\u200b\u2060\ufe00-\ufe0f\ufeff]|\udb40[\udd00-\uddef]/g;
/** Controls, format characters (bidi, ZWJ…), lone surrogates, specials: refused. */
export const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\ufff9-\uffff]/u;
/** Unicode white space other than what trimming removed. */
export const SPACE = /[\s\p{Zs}]/u;
/** The full stops UTS #46 maps to `.` (U+3002, U+FF0E, U+FF61). */
const FULL_STOPS = /[\u3002\uff0e\uff61]/g;
/** After mapping, only these may remain: anything else came from a compatibility mapping (`﹫`). */
const MAPPED = /^[a-z0-9.\-\u0080-\u{10ffff}]*$/u;
/** A label may not start with a combining mark (UTS #46 §4.1, RFC 5891 §4.2.3.2). */
const LEADING_MARK = /^\p{M}/u;
const NON_ASCII = /[^\0-\x7f]/;
/** Converted IDN domains (the costly path) are kept, up to this many, then the cache restarts. */
const CACHE_SIZE = 512;

let converted: Map<string, DomainResult> | undefined;

function fail(code: DomainErrorCode, char?: string, at = 0): DomainFailure {
  return char === undefined ? { ok: false, code } : { ok: false, code, char, at };
}

/** The number of labels in a domain. */
function labelCount(text: string): number {
  return text.split('.').length;
}

/**
 * UTS #46-style mapping for a domain with non-ASCII characters: ignored code points removed,
 * unsafe characters and spaces refused, full stops made `.`, NFKC + lower case (`ⓁⒾⒻⒺ` →
 * `life`, `ﾄﾞﾒｲﾝ` → `ドメイン`, `ß` kept); a mapping that injects `.` `@` `/` or other specials
 * (`⒈` → `1.`, `﹫` → `@`) is refused.
 */
function mapUnicode(domain: string): string | DomainFailure {
  const kept = domain.replace(IGNORED, '');
  const bad = UNSAFE.exec(kept) ?? SPACE.exec(kept);
  if (bad !== null) {
    return fail(SPACE.test(bad[0]) ? 'whitespace' : 'unsafe-character', bad[0], domain.indexOf(bad[0]));
  }
  const stops = kept.replace(FULL_STOPS, '.');
  const mapped = stops.normalize('NFKC').toLowerCase().normalize('NFC');
  return MAPPED.test(mapped) && labelCount(mapped) === labelCount(stops) ? mapped : fail('invalid-idn');
}

/** Converts one (already checked) label to its A-label and U-label. */
function convertLabel(label: string, at: number): readonly [string, string] | DomainFailure {
  let ascii = label;
  let unicode = label;
  try {
    if (label.startsWith('xn--')) {
      unicode = punycode.decode(label.slice(4));
      if (
        mapUnicode(unicode) !== unicode ||
        !NON_ASCII.test(unicode) ||
        punycode.encode(unicode) !== label.slice(4) ||
        LEADING_MARK.test(unicode)
      ) {
        return fail('invalid-idn', label, at);
      }
    } else if (NON_ASCII.test(label)) {
      if (LEADING_MARK.test(label)) return fail('invalid-idn', label, at);
      ascii = `xn--${punycode.encode(label)}`;
    }
  } catch {
    return fail('invalid-idn', label, at);
  }
  return ascii.length > 63 ? fail('label-too-long', label, at) : [ascii, unicode];
}

/** Label checks and conversion of a lower-case domain whose characters passed the first scan. */
function checkLabels(domain: string, idn: boolean): DomainResult {
  let d = domain;
  const trailingDot = d.length > 1 && d.endsWith('.') && !d.endsWith('..');
  if (trailingDot) d = d.slice(0, -1);
  const convert = idn || d.includes('xn--');
  let start = 0;
  let labels = 0;
  for (;;) {
    let end = d.indexOf('.', start);
    if (end < 0) end = d.length;
    if (end === start) return fail('invalid-domain', '.', start);
    if (d.charCodeAt(start) === 45) return fail('invalid-domain', '-', start);
    if (d.charCodeAt(end - 1) === 45) return fail('invalid-domain', '-', end - 1);
    if (!convert && end - start > 63) return fail('label-too-long', d.slice(start, end), start);
    labels++;
    if (end === d.length) break;
    start = end + 1;
  }
  if (labels < 2) return fail('domain-needs-dot');
  let digits = true;
  for (let i = start; i < d.length && digits; i++) digits = d.charCodeAt(i) >= 48 && d.charCodeAt(i) <= 57;
  if (digits) return fail('invalid-domain', d.slice(start), start);
  if (!convert) return { ok: true, ascii: d, unicode: d, trailingDot, idn };
  const ascii: string[] = [];
  const unicode: string[] = [];
  let at = 0;
  for (const label of d.split('.')) {
    const pair = convertLabel(label, at);
    if (!Array.isArray(pair)) return pair as DomainFailure;
    ascii.push(pair[0]);
    unicode.push(pair[1]);
    at += label.length + 1;
  }
  return { ok: true, ascii: ascii.join('.'), unicode: unicode.join('.'), trailingDot, idn };
}

/**
 * Converts the domain of an address to its lower-case ASCII form (UTS #46-style mapping, then
 * punycode) and its Unicode display form, or says why it is not a valid mail domain.
 *
 * @remarks
 * One trailing root dot is removed (`gmail.com.`). Labels must be non-empty letters, digits and
 * hyphens (no hyphen at either end), at most 63 octets after conversion; `xn--` labels must
 * decode and re-encode to themselves; at least two labels; the last label not all digits.
 * Plain ASCII domains take one scan: no regex, no punycode, no second pass. IDN
 * results are cached (a user table holds few distinct IDN domains). The full UTS #46 table is
 * not shipped (size budget): NFKC + lower case + the full stops reproduce it on real domains.
 *
 * @param domain - The part after the `@` (already width-folded and trimmed).
 * @returns `{ ok: true, ascii, unicode, trailingDot, idn }` or `{ ok: false, code, char?, at? }`.
 *
 * @example
 * toAsciiDomain('例え.JP')
 * //=> { ok: true, ascii: 'xn--r8jz45g.jp', unicode: '例え.jp', trailingDot: false, idn: true }
 */
export function toAsciiDomain(domain: string): DomainResult {
  let idn = false;
  let upper = false;
  // The same scan tells whether the labels are plain (1–63 characters, no hyphen at an edge, no
  // `--` as in `xn--`, a last label that ends in a letter); anything else gets `checkLabels`.
  let plain = true;
  let label = 0;
  const n = domain.length;
  for (let i = 0; i < n; i++) {
    const c = domain.charCodeAt(i);
    if (c === 46) {
      if (i === label || domain.charCodeAt(i - 1) === 45 || i - label > 63) plain = false;
      label = i + 1;
    } else if (c === 45) {
      if (i === label || domain.charCodeAt(i + 1) === 45) plain = false;
    } else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
    } else if (c >= 0x80) idn = true;
    else if (c >= 65 && c <= 90) upper = true;
    else {
      const char = domain[i];
      if (c === 64) return fail('multiple-at', char, i);
      if (c === 32 || c === 9) return fail('whitespace', char, i);
      if (c < 32 || c === 127) return fail('unsafe-character', char, i);
      if (c === 40 || c === 41) return fail('comment-not-allowed', char, i);
      return fail(c === 91 && i === 0 ? 'domain-literal' : 'invalid-domain', char, i);
    }
  }
  const lower = upper ? domain.toLowerCase() : domain;
  if (!idn) {
    if (plain && label > 0 && n - label <= 63 && domain.charCodeAt(n - 1) > 57) {
      return { ok: true, ascii: lower, unicode: lower, trailingDot: false, idn };
    }
    if (!lower.includes('xn--')) return checkLabels(lower, false);
  }
  converted ??= new Map();
  let result = converted.get(domain);
  if (result === undefined) {
    const mapped = idn ? mapUnicode(domain) : lower;
    result = typeof mapped === 'string' ? checkLabels(mapped, idn) : mapped;
    if (converted.size >= CACHE_SIZE) converted.clear();
    converted.set(domain, result);
  }
  return result;
}
