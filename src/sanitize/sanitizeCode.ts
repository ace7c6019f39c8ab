import { findLoneSurrogate } from '../internal/codePoint.ts';
import type { Diagnostic, DiagnosticDetail, Locale } from '../internal/diagnostic.ts';
import { createDiagnostic } from '../internal/message.ts';
import { CROCKFORD, CROCKFORD_CHECK, DIGITS, LETTERS } from './alphabets.ts';
import {
  CLOSERS,
  DASHES,
  DOUBLE_QUOTES,
  FINAL_PUNCTUATION,
  FONT_RANGES,
  OPENERS,
  SINGLE_QUOTES,
} from './characters.ts';
import { crockfordCheckSymbol } from './crockfordChecksum.ts';
import { charDetail, positionOf } from './helpers.ts';
import { isValidLuhn } from './luhn.ts';
import { CODE_EN } from './messages/en.ts';
import { CODE_JA } from './messages/ja.ts';
import type {
  CodeChangeCode,
  CodeErrorCode,
  CodeFormat,
  SanitizeCodeOptions,
  SanitizeCodeResult,
} from './types.ts';

const TABLES = { en: CODE_EN, ja: CODE_JA };

/** Change codes in pipeline order; bit `1 << i` of a change set stands for `CHANGES[i]`. */
const CHANGES: readonly CodeChangeCode[] = [
  'zero-width-removed',
  'full-width-converted',
  'compatibility-mapped',
  'trimmed-whitespace',
  'brackets-removed',
  'quotes-removed',
  'punctuation-removed',
  'separator-removed',
  'case-folded',
  'confusable-mapped',
];
const CASE_FOLDED = 1 << 8;
const CONFUSABLE = 1 << 9;

const CONTROL = /[\0-\x08\x0E-\x1F\x7F-\x84\x86-\x9F]/;
const CONTROL_OR_OVERRIDE = /[\0-\x08\x0E-\x1F\x7F-\x84\x86-\x9F\u202D\u202E]/;
const WHITE_SPACE = /\p{White_Space}/u;
const DEFAULT_IGNORABLE = /\p{DI}/u;
const HAS_ASCII_ALNUM = /[\dA-Za-z]/;
const PRINTABLE_ASCII = /^[!-~]+$/;

/**
 * Reading tables, built on first use: per alphabet name or custom `chars`, eight slots
 * (custom × case-sensitive × Crockford check symbol). Entry `c` (data position) or `128 + c`
 * (last position) of a table is how ASCII character `c` reads: the canonical character code plus
 * the change bit (`CASE_FOLDED`, `CONFUSABLE`), or 0 when it cannot be part of the code. The fast
 * path accepts a character when its entry equals its own code.
 */
let readings: Map<string, Uint16Array[]> | undefined;

function readingTable(format: CodeFormat): Uint16Array {
  const { alphabet = 'alnum', checksum } = format;
  const custom = typeof alphabet === 'object' && alphabet !== null ? alphabet.chars : undefined;
  const cs = alphabet !== 'crockford' && format.caseSensitive === true;
  const slot = (custom === undefined ? 0 : 4) + (cs ? 2 : 0) + (checksum === 'crockford' ? 1 : 0);
  readings ??= new Map();
  let slots = readings.get(custom ?? (alphabet as string));
  let table = slots?.[slot];
  if (table) return table;

  let chars =
    custom ??
    { digits: DIGITS, hex: `${DIGITS}ABCDEF`, alnum: DIGITS + LETTERS, crockford: CROCKFORD }[
      alphabet as string
    ];
  if (typeof chars !== 'string' || !PRINTABLE_ASCII.test(chars)) {
    throw new TypeError(
      'sanitizeCode: format.alphabet must be digits, alnum, crockford, hex or { chars } of printable ASCII',
    );
  }
  if (cs && !custom) chars += chars.toLowerCase();
  // Case-insensitive custom alphabet: a lower-case letter whose upper case is listed is not canonical.
  if (!cs && custom) chars = chars.replace(/[a-z]/g, (c) => (custom.includes(c.toUpperCase()) ? '' : c));

  table = new Uint16Array(256);
  for (let c = 1; c < 256; c++) {
    const ch = String.fromCharCode(c & 127);
    const allowed = c < 128 || checksum !== 'crockford' ? chars : chars + CROCKFORD_CHECK;
    const upper = ch.toUpperCase();
    const lower = ch.toLowerCase();
    const letter = !cs && /[a-z]/i.test(ch);
    const digit = 'Oo'.includes(ch) ? '0' : 'IiLl'.includes(ch) ? '1' : '';
    table[c] = allowed.includes(ch)
      ? c & 127
      : letter && allowed.includes(upper)
        ? upper.charCodeAt(0) | CASE_FOLDED
        : letter && allowed.includes(lower)
          ? lower.charCodeAt(0) | CASE_FOLDED
          : digit && allowed.includes(digit) && !allowed.includes(upper) && !allowed.includes(lower)
            ? digit.charCodeAt(0) | CONFUSABLE
            : 0;
  }
  if (!slots) {
    if (readings.size > 31) readings.clear();
    slots = [];
    readings.set(custom ?? (alphabet as string), slots);
  }
  slots[slot] = table;
  return table;
}

const OPENER = 1;
const CLOSER = 2;
const QUOTE = 4;
const PUNCTUATION = 8;
const DASH = 16;

/** What each bracket, quote, final punctuation mark and dash is (bits above), built on first use. */
let kinds: Map<number, number> | undefined;

function kindOf(cp: number): number {
  if (!kinds) {
    kinds = new Map();
    const tables: [string, number][] = [
      [OPENERS, OPENER],
      [CLOSERS, CLOSER],
      [DOUBLE_QUOTES + SINGLE_QUOTES, QUOTE],
      [FINAL_PUNCTUATION, PUNCTUATION],
      [DASHES, DASH],
    ];
    for (const [chars, kind] of tables) for (const ch of chars) kinds.set(ch.charCodeAt(0), kind);
  }
  return kinds.get(cp) ?? 0;
}

function isFontVariant(cp: number): boolean {
  if (cp < 0x2102 || (cp > 0x2149 && cp < 0xfb00)) return false;
  for (let i = 0; i < FONT_RANGES.length; i += 2) {
    if (cp >= (FONT_RANGES[i] as number) && cp <= (FONT_RANGES[i + 1] as number)) return true;
  }
  return false;
}

function isWhiteSpace(cp: number): boolean {
  return cp === 32 || (cp >= 9 && cp <= 13) || (cp > 127 && WHITE_SPACE.test(String.fromCodePoint(cp)));
}

function isAsciiAlnum(cp: number): boolean {
  return (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122);
}

/** The code point typed at 1-based `position` of `input`. */
function typedAt(input: string, position: number): string {
  let p = 0;
  for (const ch of input) if (++p === position) return ch;
  return '';
}

/** The diagnostics of a change set, in pipeline order. */
function report(changes: number, locale: Locale | undefined): Diagnostic<CodeChangeCode>[] {
  const list: Diagnostic<CodeChangeCode>[] = [];
  for (let bit = 0; changes >> bit; bit++) {
    if ((changes >> bit) & 1)
      list.push(createDiagnostic(TABLES, locale, CHANGES[bit] as CodeChangeCode, 'info'));
  }
  return list;
}

function failure(
  code: CodeErrorCode,
  changes: number,
  locale: Locale | undefined,
  detail?: DiagnosticDetail,
): SanitizeCodeResult {
  return {
    ok: false,
    error: createDiagnostic(TABLES, locale, code, 'error', detail),
    changes: report(changes, locale),
  };
}

/** The code point at `k`, or 0 (in no table: controls were refused) for an alphabet character. */
function edge(cps: readonly number[], table: Uint16Array, k: number): number {
  const cp = cps[k] as number;
  return cp < 128 && table[cp] === cp ? 0 : cp;
}

function isSeparator(cps: readonly number[], table: Uint16Array, k: number): boolean {
  const cp = edge(cps, table, k);
  return cp !== 0 && (kindOf(cp) === DASH || isWhiteSpace(cp));
}

/** Whether a separator run may sit next to this code point: an ASCII letter or digit, or a check symbol. */
function isNeighbour(cp: number, check: string | undefined): boolean {
  return isAsciiAlnum(cp) || (check === 'crockford' && CROCKFORD_CHECK.includes(String.fromCharCode(cp)));
}

/**
 * Cleans a code that a person typed or pasted (coupon, gift card, serial, verification or one-time
 * code) and checks it against its format, explaining every change.
 *
 * @remarks
 * The pipeline (research note §3.2): refuse broken or hostile input (lone surrogates, controls,
 * bidi overrides, over-long input) → drop default-ignorable characters (zero-width spaces, BOM,
 * soft hyphens, direction marks) → fold full-width and half-width forms, font variants and
 * ligatures with NFKC (never superscripts, circled or Roman numerals: those are refused as
 * `ambiguous-character`) → peel white space, brackets, quotes and a final `。`/`.` from the edges →
 * remove runs of white space and dashes (including `ー`) between two code characters → fold ASCII
 * case → read O as 0 and I/L as 1 only when the alphabet has the digit and not the letter → check
 * the alphabet, the length and the check symbol. Input that is already clean takes a fast path
 * (one scan, no normalization). Never throws on a string; throws a `TypeError` for a malformed
 * `format` (a programming error).
 *
 * @param input - The text as typed or pasted.
 * @param format - What a valid code looks like; see {@link CodeFormat}.
 * @param options - Locale and input limit; see {@link SanitizeCodeOptions}.
 * @returns `{ ok: true, value, formatted?, changes }` or `{ ok: false, error, changes }`; every
 *   diagnostic has a stable `code` and a message in the chosen locale.
 *
 * @example
 * sanitizeCode('【 １２３４ー５６７８】', { alphabet: 'digits', length: 8, groupSize: 4 })
 * //=> { ok: true, value: '12345678', formatted: '1234-5678', changes: [
 * //     { code: 'full-width-converted', … }, { code: 'trimmed-whitespace', … },
 * //     { code: 'brackets-removed', … }, { code: 'separator-removed', … }] }
 *
 * @example
 * sanitizeCode('1234²', { alphabet: 'digits' }).ok //=> false (error.code 'ambiguous-character')
 */
export function sanitizeCode(
  input: string,
  format: CodeFormat = {},
  options: SanitizeCodeOptions = {},
): SanitizeCodeResult {
  const { locale, maxInputLength = 1024 } = options;
  let changes = 0;
  const table = readingTable(format);
  const check = format.checksum;

  // 1. Guards.
  if (typeof input !== 'string') return failure('not-a-string', changes, locale);
  let n = input.length;
  if (n > maxInputLength) return failure('input-too-long', changes, locale, { max: maxInputLength });

  // Fast path: the input is already clean (the common case) — one scan, no normalization.
  let value = input;
  let u = 0;
  while (u < n) {
    const c = input.charCodeAt(u);
    if (c > 127 || table[u === n - 1 ? c + 128 : c] !== c) break;
    u++;
  }
  if (u < n || n === 0) {
    const lone = findLoneSurrogate(input);
    if (lone >= 0) return failure('lone-surrogate', changes, locale, { index: positionOf(input, lone) });
    let hostile = CONTROL_OR_OVERRIDE.exec(input);
    if (hostile) {
      // A control character anywhere takes precedence over a bidi override before it.
      const override = hostile[0] > '\u2000';
      hostile = (override && CONTROL.exec(input)) || hostile;
      const position = positionOf(input, hostile.index);
      const code = hostile[0] > '\u2000' ? 'bidi-override' : 'control-character';
      return failure(code, changes, locale, charDetail(hostile[0], position));
    }

    // 2–3. Drop default-ignorables; fold width forms, font variants and ligatures (NFKC).
    // `cps[k]` is a code point of the working text and `at[k]` its 1-based position as typed.
    const cps: number[] = [];
    const at: number[] = [];
    let position = 0;
    for (u = 0; u < n; u++) {
      let cp = input.charCodeAt(u);
      position++;
      if (cp > 127) {
        cp = input.codePointAt(u) as number;
        if (cp > 0xffff) u++;
        if (cp >= 0xff01 && cp <= 0xff5e) {
          // Full-width ASCII: NFKC is the ASCII character 0xFEE0 below.
          changes |= 2;
          cps.push(cp - 0xfee0);
          at.push(position);
          continue;
        }
        const ch = String.fromCodePoint(cp);
        if (DEFAULT_IGNORABLE.test(ch)) {
          changes |= 1;
          continue;
        }
        const width = cp >= 0xff01 && cp <= 0xffee;
        if (width || isFontVariant(cp)) {
          changes |= width ? 2 : 4;
          for (const folded of ch.normalize('NFKC')) {
            cps.push(folded.codePointAt(0) as number);
            at.push(position);
          }
          continue;
        }
      }
      cps.push(cp);
      at.push(position);
    }

    // 4. Edges, repeated until nothing changes; never a character of the alphabet.
    let start = 0;
    let end = cps.length;
    for (let before = -1; before !== end - start && start < end; ) {
      before = end - start;
      while (start < end && isWhiteSpace(edge(cps, table, start))) start++;
      while (start < end && isWhiteSpace(edge(cps, table, end - 1))) end--;
      if (end - start !== before) changes |= 8;
      // Bit of the change: brackets 16, quotes 32, final punctuation 64.
      const first = start < end ? kindOf(edge(cps, table, start)) : 0;
      const head = first & OPENER ? 16 : first & QUOTE ? 32 : 0;
      if (head) start++;
      const last = start < end ? kindOf(edge(cps, table, end - 1)) : 0;
      const tail = last & CLOSER ? 16 : last & QUOTE ? 32 : last & PUNCTUATION ? 64 : 0;
      if (tail) end--;
      changes |= head | tail;
    }
    if (start >= end) return failure('empty', changes, locale);

    // 5. Separators: a dash-led run at either end is a partial copy; a run of white space and
    // dashes between two code characters is removed; any other run stays and is refused below.
    let misplaced = 0;
    if (kindOf(edge(cps, table, start)) === DASH) {
      misplaced = at[start] as number;
      while (start < end && isSeparator(cps, table, start)) start++;
    }
    if (kindOf(edge(cps, table, end - 1)) === DASH) {
      misplaced ||= at[end - 1] as number;
      while (end > start && isSeparator(cps, table, end - 1)) end--;
    }

    // 6–8. Case, confusables and the alphabet, in one pass.
    value = '';
    let ambiguous = 0;
    let invalid = 0;
    for (let k = start; k < end; k++) {
      const cp = cps[k] as number;
      const read = cp < 128 ? (table[k === end - 1 ? cp + 128 : cp] as number) : 0;
      if (read) {
        changes |= read & ~127;
        value += String.fromCharCode(read & 127);
        continue;
      }
      if (isSeparator(cps, table, k)) {
        let next = k + 1;
        while (next < end && isSeparator(cps, table, next)) next++;
        if (
          k > start &&
          next < end &&
          isNeighbour(cps[k - 1] as number, check) &&
          isNeighbour(cps[next] as number, check)
        ) {
          changes |= 128;
          k = next - 1;
          continue;
        }
      }
      {
        const ch = String.fromCodePoint(cp);
        const compatibility = ch.normalize('NFKC');
        if (compatibility !== ch && HAS_ASCII_ALNUM.test(compatibility)) ambiguous ||= at[k] as number;
        else invalid ||= at[k] as number;
      }
    }
    if (ambiguous)
      return failure(
        'ambiguous-character',
        changes,
        locale,
        charDetail(typedAt(input, ambiguous), ambiguous),
      );
    if (invalid)
      return failure('invalid-character', changes, locale, charDetail(typedAt(input, invalid), invalid));
    if (misplaced)
      return failure(
        'misplaced-separator',
        changes,
        locale,
        charDetail(typedAt(input, misplaced), misplaced),
      );
    n = value.length;
  }

  // 9–10. Length and check symbol.
  const { length, groupSize } = format;
  if (length !== undefined) {
    const [min, max] = typeof length === 'number' ? [length, length] : [length.min, length.max];
    if (n < min || n > max) {
      return failure('wrong-length', changes, locale, {
        expected: min === max ? min : `${min}–${max}`,
        actual: n,
        min,
        max,
      });
    }
  }
  if (
    check === 'luhn'
      ? !isValidLuhn(value)
      : check && crockfordCheckSymbol(value.slice(0, -1)) !== value.slice(-1)
  ) {
    return failure('bad-checksum', changes, locale);
  }
  const result = { ok: true as const, value, changes: report(changes, locale) };
  if (!groupSize || groupSize < 1) return result;
  let formatted = value.slice(0, groupSize);
  for (let k = groupSize; k < n; k += groupSize) formatted += `-${value.slice(k, k + groupSize)}`;
  return { ...result, formatted };
}
