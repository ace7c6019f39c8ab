import { formatCodePoint } from '../internal/codePoint.ts';
import { foldWidth, isWidthForm } from '../internal/width.ts';
import { NOTE, type PendingError } from './diagnostics.ts';
import { findParentProvider, findProvider, type ProviderEntry } from './findProvider.ts';
import { SPACE, toAsciiDomain, UNSAFE } from './idna.ts';
import type { ParseEmailOptions } from './types.ts';

/** RFC 5321 §4.5.3.1.1: local part at most 64 octets. */
const MAX_LOCAL = 64;
/** RFC 5321 §4.5.3.1.3 with RFC 3696 errata 1690: a path of 256 octets minus `<` `>`. */
const MAX_ADDRESS = 254;
/** Inputs longer than this are refused before any other work (white space and quotes included). */
const MAX_INPUT = 1024;
/** RFC 5322 `atext` other than letters and digits. */
const ATEXT_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

/** A parsed address, before the public result is built. */
export interface Parts {
  /** Local part in its minimal form (quoted only when needed), case as typed. */
  readonly local: string;
  /** Local part without quotes and escapes. */
  readonly content: string;
  readonly quoted: boolean;
  readonly domain: string;
  readonly unicodeDomain: string;
  /** The provider whose rules apply, if any. */
  readonly row: ProviderEntry | undefined;
  /** Fastmail-style subdomain addressing: the label before the provider's domain. */
  readonly sub: string | undefined;
  /** The provider's domain the address matched (`domain`, or its parent for `sub`). */
  readonly base: string;
  /** Note bits (see `NOTE`). */
  readonly notes: number;
  /** Whether lower-casing may change `content` (it has A–Z or non-ASCII characters). */
  readonly cased: boolean;
}

/** Whether an ASCII character code is RFC 5322 `atext`. */
function isAtext(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    ATEXT_SPECIALS.includes(String.fromCharCode(c))
  );
}

/** An error with the character at a UTF-16 index, its code point and 1-based position. */
function errorAt(code: PendingError['code'], s: string, i: number): PendingError {
  const cp = s.codePointAt(i) ?? 0;
  const char = String.fromCodePoint(cp);
  const detail = { codePoint: formatCodePoint(cp), index: [...s.slice(0, i)].length + 1 };
  const visible = (cp > 32 && cp < 127) || (cp > 0xa0 && !UNSAFE.test(char));
  return { code, detail: visible ? { char, ...detail } : detail };
}

/** Error for a character that may not appear (unquoted) in a local part. */
function localError(s: string, i: number): PendingError {
  const c = s.charCodeAt(i);
  if (c === 32 || c === 9) return errorAt('whitespace', s, i);
  if (c < 32 || c === 127) return errorAt('unsafe-character', s, i);
  return errorAt(c === 40 || c === 41 ? 'comment-not-allowed' : 'invalid-local', s, i);
}

/** Checks the non-ASCII characters of a local part (`from`..`to` of `s`); spaces only if `quoted`. */
function checkWide(s: string, from: number, to: number, quoted: boolean): PendingError | undefined {
  const text = s.slice(from, to);
  const bad = UNSAFE.exec(text) ?? (quoted ? /[^\S ]/u : SPACE).exec(text);
  return bad === null
    ? undefined
    : errorAt(SPACE.test(bad[0]) ? 'whitespace' : 'unsafe-character', s, from + bad.index);
}

/**
 * Dot-atom check of an unquoted local-part candidate: 0 valid, 1 dots misplaced, 2 other chars.
 *
 * @example
 * dotAtom('taro..yamada') //=> 1
 */
export function dotAtom(text: string): 0 | 1 | 2 {
  let prevDot = true;
  let misplaced = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      misplaced ||= prevDot;
      prevDot = true;
    } else if (c < 128 && !isAtext(c)) return 2;
    else prevDot = false;
  }
  return prevDot || misplaced ? 1 : 0;
}

/**
 * Puts a local part in quotes, escaping `"` and `\`.
 *
 * @example
 * quoteLocal('taro yamada') //=> '"taro yamada"'
 */
export function quoteLocal(content: string): string {
  return `"${content.replace(/["\\]/g, '\\$&')}"`;
}

/**
 * Whether RFC-violating local parts are accepted for this provider under these options.
 *
 * @example
 * exemptFromDots(undefined, { rfcViolatingLocal: 'always' }) //=> true
 */
export function exemptFromDots(
  row: ProviderEntry | undefined,
  options: ParseEmailOptions | undefined,
): boolean {
  const mode = options?.rfcViolatingLocal ?? 'carriers';
  return mode === 'always' || (mode === 'carriers' && row?.rfcViolatingLocal === true);
}

/**
 * Parses a trimmed, non-empty string in one pass over the local part (the domain is scanned by
 * `toAsciiDomain`); `0` asks the caller to width-fold and try again.
 */
function parseTrimmed(
  s: string,
  notes: number,
  folded: boolean,
  options: ParseEmailOptions | undefined,
): Parts | PendingError | 0 {
  const n = s.length;
  const quotedInput = s.charCodeAt(0) === 34;
  let i = quotedInput ? 1 : 0;
  let content = '';
  let wide = false;
  let upper = false;
  // Unquoted: whether a dot leads, trails or follows a dot (dot-atom shape, tracked on the way).
  let prevDot = true;
  let misplaced = false;
  for (; i < n; i++) {
    let c = s.charCodeAt(i);
    if (quotedInput) {
      if (c === 34) break;
      if (c === 92 && i < n - 1) c = s.charCodeAt(++i);
      if (c < 32 || c === 127) return errorAt(c === 9 ? 'whitespace' : 'unsafe-character', s, i);
      content += s[i];
    } else if (c === 46) {
      misplaced ||= prevDot;
      prevDot = true;
      continue;
    } else if (c === 64) break;
    else if (c < 128 && !isAtext(c)) return localError(s, i);
    prevDot = false;
    if (c >= 128) {
      if (!folded && isWidthForm(c)) return 0;
      wide = true;
    } else if (c <= 90 && c >= 65) upper = true;
  }
  if (quotedInput && i++ >= n) return { code: 'unterminated-quote' };
  if (wide) {
    const bad = checkWide(s, +quotedInput, quotedInput ? i - 1 : i, quotedInput);
    if (bad) return bad;
  }
  if (i >= n) return { code: 'missing-at' };
  if (s.charCodeAt(i) !== 64) return localError(s, i);
  if (!quotedInput) content = s.slice(0, i);
  if (content === '') return { code: 'empty-local' };
  if (i === n - 1) return { code: 'empty-domain' };
  const domainPart = s.slice(i + 1);
  const d = toAsciiDomain(domainPart);
  if (!folded && !(d.ok && !d.idn)) {
    for (let j = 0; j < domainPart.length; j++) if (isWidthForm(domainPart.charCodeAt(j))) return 0;
  }
  if (!d.ok) {
    if (d.code === 'label-too-long') return { code: d.code, detail: { max: 63 } };
    if (d.at === undefined) return { code: d.code };
    const error = errorAt(d.code, s, i + 1 + d.at);
    return d.code === 'invalid-domain' || d.code === 'invalid-idn'
      ? { code: d.code, detail: { ...error.detail, char: d.char ?? '' } }
      : error;
  }
  if (d.trailingDot) notes |= NOTE.trailingDot;
  if (d.idn) notes |= NOTE.idn;
  const domain = d.ascii;
  const providers = options?.providers;
  let row = findProvider(domain, providers);
  let sub: string | undefined;
  let base = domain;
  if (row === undefined) {
    row = findParentProvider(domain, providers);
    if (row !== undefined) {
      const dot = domain.indexOf('.');
      sub = domain.slice(0, dot);
      base = domain.slice(dot + 1);
    }
  }
  let local = content;
  let quoted = quotedInput;
  const shape = quotedInput ? dotAtom(content) : prevDot || misplaced ? 1 : 0;
  if (shape === 1 && content.replaceAll('.', '') !== '' && exemptFromDots(row, options)) {
    // Misplaced dots (`taro..yamada`, `taro.`): real mailboxes at the Japanese carriers (D1–D5).
    notes |= NOTE.rfcViolating;
    quoted = false;
  } else if (shape === 1 && !quotedInput) {
    return errorAt('invalid-dot', s, Math.max(0, content.indexOf('.')));
  } else if (shape === 0) quoted = false;
  // RFC 5321 §4.1.2: a quoted form of a dot-atom is the same mailbox; send the unquoted one.
  if (quotedInput && !quoted) notes |= NOTE.quotesRemoved;
  if (quoted) local = quoteLocal(content);
  const localOctets = wide ? new TextEncoder().encode(local).length : local.length;
  if (localOctets > MAX_LOCAL)
    return { code: 'local-too-long', detail: { max: MAX_LOCAL, actual: localOctets } };
  const total = localOctets + 1 + domain.length;
  if (total > MAX_ADDRESS) return { code: 'address-too-long', detail: { max: MAX_ADDRESS, actual: total } };
  return {
    local,
    content,
    quoted,
    domain,
    unicodeDomain: d.unicode,
    row,
    sub,
    base,
    notes,
    cased: upper || wide,
  };
}

/**
 * Parses an address into its parts (shared by `parseEmail` and `canonicalizeEmail`).
 *
 * @param input - Anything; only strings can succeed.
 * @param options - Parse options.
 * @returns The parts, or a pending error.
 *
 * @example
 * parseParts('Taro@Example.JP', undefined) // { local: 'Taro', domain: 'example.jp', … }
 */
export function parseParts(input: unknown, options: ParseEmailOptions | undefined): Parts | PendingError {
  if (typeof input !== 'string') return { code: 'not-a-string' };
  if (input.length > MAX_INPUT) {
    return { code: 'address-too-long', detail: { max: MAX_ADDRESS, actual: input.length } };
  }
  let s = input;
  let notes = 0;
  const n = s.length;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(n - 1);
  if (first <= 32 || last <= 32 || first >= 0x80 || last >= 0x80) {
    s = s.trim();
    if (s.length !== n) notes |= NOTE.trimmed;
  }
  if (s === '') return { code: 'empty' };
  const parsed = parseTrimmed(s, notes, false, options);
  if (parsed !== 0) return parsed;
  // Full-width forms typed with an IME (`ｔａｒｏ＠ｇｍａｉｌ．ｃｏｍ`): fold them and parse again.
  const folded = foldWidth(s);
  return parseTrimmed(folded, folded === s ? notes : notes | NOTE.imeFolded, true, options) as
    | Parts
    | PendingError;
}
