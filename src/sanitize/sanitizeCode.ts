import { findLoneSurrogate } from '../internal/codePoint.ts';
import type { Diagnostic, DiagnosticDetail, Locale } from '../internal/diagnostic.ts';
import { createDiagnostic } from '../internal/message.ts';
import { isWidthForm } from '../internal/width.ts';
import { CROCKFORD, CROCKFORD_CHECK, DIGITS, LETTERS } from './alphabets.ts';
import {
  CLOSERS,
  DASHES,
  DOUBLE_QUOTES,
  FINAL_PUNCTUATION,
  FONT_RANGES,
  OPENERS,
  SINGLE_QUOTES,
  WHITE_SPACE,
} from './characters.ts';
import { checkFormat } from './checkConfig.ts';
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
/** The format used when none is given: one object, not a new `{}` to check at every call. */
const NO_FORMAT: CodeFormat = {};

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

const DEFAULT_IGNORABLE = /\p{DI}/u;
const HAS_ASCII_ALNUM = /[\dA-Za-z]/;

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

  // `checkFormat` has made sure that the name is known and `chars` is printable ASCII.
  let chars =
    custom ??
    ({ digits: DIGITS, hex: `${DIGITS}ABCDEF`, alnum: DIGITS + LETTERS, crockford: CROCKFORD }[
      alphabet as string
    ] as string);
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
const SPACE = 32;
const SEPARATOR = DASH | SPACE;

/**
 * What each bracket, quote, final punctuation mark, dash and space is (bits above), by UTF-16
 * code unit (all of them are in the BMP); built on first use.
 */
let kinds: Uint8Array | undefined;

function kindOf(cp: number): number {
  if (!kinds) {
    kinds = new Uint8Array(0x10000);
    const tables: [string, number][] = [
      [OPENERS, OPENER],
      [CLOSERS, CLOSER],
      [DOUBLE_QUOTES + SINGLE_QUOTES, QUOTE],
      [FINAL_PUNCTUATION, PUNCTUATION],
      [DASHES, DASH],
      [WHITE_SPACE, SPACE],
    ];
    for (const [chars, kind] of tables) for (const ch of chars) kinds[ch.charCodeAt(0)] = kind;
  }
  return cp < 0x10000 ? (kinds[cp] as number) : 0;
}

/** The kind of the character at UTF-16 index `k` of `text`, or 0 for a character of the alphabet. */
function kindAt(text: string, table: Uint16Array, k: number): number {
  const c = text.charCodeAt(k);
  return c < 128 && table[c] === c ? 0 : kindOf(c);
}

function isFontVariant(cp: number): boolean {
  if (cp < 0x2102 || (cp > 0x2149 && cp < 0xfb00)) return false;
  for (let i = 0; i < FONT_RANGES.length; i += 2) {
    if (cp >= (FONT_RANGES[i] as number) && cp <= (FONT_RANGES[i + 1] as number)) return true;
  }
  return false;
}

/**
 * Steps 2–3 for one code point: `''` for a default-ignorable, the NFKC form of a width form, font
 * variant or ligature, `undefined` for a code point that is kept as it is.
 */
function fold(cp: number): string | undefined {
  if (cp < 0xad) return undefined;
  // Full-width ASCII: NFKC is the ASCII character 0xFEE0 below.
  if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCharCode(cp - 0xfee0);
  // White space, dashes, brackets and quotes are neither default-ignorable nor folded.
  if (cp < 0xff01 && kindOf(cp)) return undefined;
  const ch = String.fromCodePoint(cp);
  if (DEFAULT_IGNORABLE.test(ch)) return '';
  return isWidthForm(cp) || isFontVariant(cp) ? ch.normalize('NFKC') : undefined;
}

/**
 * The detail of the character typed where UTF-16 index `k` of the folded text comes from: steps
 * 2–3 are replayed, so positions are only tracked when an error reports one.
 */
function detailAt(input: string, k: number): DiagnosticDetail {
  let folded = 0;
  let position = 0;
  for (const ch of input) {
    position++;
    folded += (fold(ch.codePointAt(0) as number) ?? ch).length;
    if (folded > k) return charDetail(ch, position);
  }
  return charDetail(input, position); // not reached: `k` is an index of the folded text
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

/** Whether a separator run may sit next to this code point: an ASCII letter or digit, or a check symbol. */
function isNeighbour(cp: number, check: string | undefined): boolean {
  return (
    (cp >= 48 && cp <= 57) ||
    ((cp | 32) >= 97 && (cp | 32) <= 122) ||
    (check === 'crockford' && CROCKFORD_CHECK.includes(String.fromCharCode(cp)))
  );
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
 * (one scan, no normalization). Never throws on a string; throws a `ConfigError` (a `TypeError`)
 * naming the field for a malformed `format` (a programming error); a format passed again and again
 * is checked once.
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
  format: CodeFormat = NO_FORMAT,
  options: SanitizeCodeOptions = {},
): SanitizeCodeResult {
  checkFormat(format);
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
    // Entry 0 of a table is 0: U+0000 must not pass for a clean character.
    if (c === 0 || c > 127 || table[u === n - 1 ? c + 128 : c] !== c) break;
    u++;
  }
  if (u < n || n === 0) {
    const lone = findLoneSurrogate(input);
    if (lone >= 0) return failure('lone-surrogate', changes, locale, { index: positionOf(input, lone) });
    // One scan from the first character that is not clean: controls, overrides, and the first
    // code unit that steps 2–3 change.
    let control = -1;
    let override = -1;
    let fold0 = -1;
    for (let i = u; i < n; i++) {
      const c = input.charCodeAt(i);
      if (c < 0xad) {
        if (control < 0 && (c < 32 ? c < 9 || c > 13 : c >= 0x7f && c < 0xa0 && c !== 0x85)) control = i;
      } else if (c === 0x202d || c === 0x202e) {
        if (override < 0) override = i;
      } else if (fold0 < 0 && fold(input.codePointAt(i) as number) !== undefined) fold0 = i;
    }
    // A control character anywhere takes precedence over a bidi override before it.
    const hostile = control < 0 ? override : control;
    if (hostile >= 0) {
      const code = control < 0 ? 'bidi-override' : 'control-character';
      return failure(code, changes, locale, charDetail(input[hostile] as string, positionOf(input, hostile)));
    }

    // 2–3. Drop default-ignorables; fold width forms, font variants and ligatures (NFKC).
    let text = input;
    if (fold0 >= 0) {
      // Code units, joined in chunks: faster than growing a string piece by piece, and within the
      // argument limit of `apply` whatever `maxInputLength` is.
      text = input.slice(0, fold0);
      const units: number[] = [];
      for (let i = fold0; i < n; i++) {
        if (units.length > 4096) text += String.fromCharCode.apply(null, units.splice(0));
        const cp = input.codePointAt(i) as number;
        if (cp >= 0xff01 && cp <= 0xff5e) {
          // Full-width ASCII (the common case), without a string per character.
          changes |= 2;
          units.push(cp - 0xfee0);
          continue;
        }
        // An unchanged astral code point is pushed one surrogate at a time (a low surrogate alone
        // folds to nothing).
        const folded = fold(cp);
        if (folded === undefined) {
          units.push(input.charCodeAt(i));
          continue;
        }
        changes |= folded === '' ? 1 : isWidthForm(cp) ? 2 : 4;
        for (let j = 0; j < folded.length; j++) units.push(folded.charCodeAt(j));
        if (cp > 0xffff) i++;
      }
      text += String.fromCharCode.apply(null, units);
    }

    // 4. Edges, repeated until nothing changes; never a character of the alphabet.
    let start = 0;
    let end = text.length;
    for (let before = -1; before !== end - start && start < end; ) {
      before = end - start;
      while (start < end && kindAt(text, table, start) === SPACE) start++;
      while (start < end && kindAt(text, table, end - 1) === SPACE) end--;
      if (end - start !== before) changes |= 8;
      // Bit of the change: brackets 16, quotes 32, final punctuation 64.
      const first = start < end ? kindAt(text, table, start) : 0;
      const head = first & OPENER ? 16 : first & QUOTE ? 32 : 0;
      if (head) start++;
      const last = start < end ? kindAt(text, table, end - 1) : 0;
      const tail = last & CLOSER ? 16 : last & QUOTE ? 32 : last & PUNCTUATION ? 64 : 0;
      if (tail) end--;
      changes |= head | tail;
    }
    if (start >= end) return failure('empty', changes, locale);

    // 5. Separators: a dash-led run at either end is a partial copy; a run of white space and
    // dashes between two code characters is removed; any other run stays and is refused below.
    let misplaced = -1;
    if (kindAt(text, table, start) === DASH) {
      misplaced = start;
      while (start < end && kindAt(text, table, start) & SEPARATOR) start++;
    }
    if (kindAt(text, table, end - 1) === DASH) {
      if (misplaced < 0) misplaced = end - 1;
      while (end > start && kindAt(text, table, end - 1) & SEPARATOR) end--;
    }

    // 6–8. Case, confusables and the alphabet, in one pass; runs that read as they are, are sliced.
    value = '';
    let from = start;
    let ambiguous = -1;
    let invalid = -1;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      // U+0000 (entry 0 of a table is 0) was refused as a control character.
      const read = c < 128 ? (table[k === end - 1 ? c + 128 : c] as number) : 0;
      if (read === c) continue;
      value += text.slice(from, k);
      from = k + 1;
      if (read) {
        changes |= read & ~127;
        value += String.fromCharCode(read & 127);
        continue;
      }
      if (kindAt(text, table, k) & SEPARATOR) {
        let next = k + 1;
        while (next < end && kindAt(text, table, next) & SEPARATOR) next++;
        if (
          k > start &&
          next < end &&
          isNeighbour(text.charCodeAt(k - 1), check) &&
          isNeighbour(text.charCodeAt(next), check)
        ) {
          changes |= 128;
          k = next - 1;
          from = next;
          continue;
        }
      }
      const cp = text.codePointAt(k) as number;
      const ch = String.fromCodePoint(cp);
      const compatibility = ch.normalize('NFKC');
      if (compatibility !== ch && HAS_ASCII_ALNUM.test(compatibility)) {
        if (ambiguous < 0) ambiguous = k;
      } else if (invalid < 0) invalid = k;
      if (cp > 0xffff) k++;
    }
    value += text.slice(from, end);
    if (ambiguous >= 0) return failure('ambiguous-character', changes, locale, detailAt(input, ambiguous));
    if (invalid >= 0) return failure('invalid-character', changes, locale, detailAt(input, invalid));
    if (misplaced >= 0) return failure('misplaced-separator', changes, locale, detailAt(input, misplaced));
    n = value.length;
  }

  // 9–10. Length and check symbol.
  const { length, groupSize } = format;
  if (length !== undefined) {
    const min = typeof length === 'number' ? length : length.min;
    const max = typeof length === 'number' ? length : length.max;
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
  if (groupSize === undefined) return result;
  let formatted = value.slice(0, groupSize);
  for (let k = groupSize; k < n; k += groupSize) formatted += `-${value.slice(k, k + groupSize)}`;
  return { ...result, formatted };
}
