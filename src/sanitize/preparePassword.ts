import { findLoneSurrogate } from '../internal/codePoint.ts';
import type { Diagnostic, DiagnosticDetail } from '../internal/diagnostic.ts';
import { createDiagnostic } from '../internal/message.ts';
import { foldWidth } from '../internal/width.ts';
import { CLOSERS, DOUBLE_QUOTES, OPENERS, SINGLE_QUOTES } from './characters.ts';
import { checkPasswordOptions, PASSWORD_LENGTHS } from './checkConfig.ts';
import { charDetail, positionOf } from './helpers.ts';
import { PASSWORD_EN } from './messages/en.ts';
import { PASSWORD_JA } from './messages/ja.ts';
import type {
  PasswordErrorCode,
  PasswordWarningCode,
  PreparePasswordOptions,
  PreparePasswordResult,
} from './types.ts';

const TABLES = { en: PASSWORD_EN, ja: PASSWORD_JA };

const NEWLINES = /[\n\r]/g;
const CONTROL = /[\0-\t\v\f\x0E-\x1F\x7F-\x9F\u2028\u2029]/;
const SPACES = /[\xA0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const INVISIBLE = /[\p{DI}\p{Cf}]/gu;
const UNASSIGNED = /\p{Cn}/u;
/** Full-width ASCII and signs. No `g` flag: `test` on a global regex resumes at `lastIndex`. */
const FULL_WIDTH = /[\uFF01-\uFF5E\uFFE0-\uFFE6]/;
const EVERY_FULL_WIDTH = /[\uFF01-\uFF5E\uFFE0-\uFFE6]/g;
const PRIVATE_USE = /\p{Co}/u;
const NON_ASCII = /[^\0-\x7F]/;
const MARK = /\p{M}/u;
const LETTER = /\p{L}/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const EMOJI_MODIFIER = /\p{Emoji_Modifier}/u;
const EMOJI = /\p{Emoji}/u;
const IDEOGRAPH = /\p{Unified_Ideograph}/u;

/** The code point that ends just before UTF-16 index `u` (or ''). */
function before(text: string, u: number): string {
  const c = text.charCodeAt(u - 1);
  return (c & 0xfc00) === 0xdc00 && u > 1 ? text.slice(u - 2, u) : text.slice(u - 1, u);
}

/**
 * Whether a combining mark has canonical combining class 9 (a virama). JavaScript exposes no
 * ccc, so canonical reordering tells: NFD moves a ccc-9 mark before U+05B0 (ccc 10) and after
 * U+3099 (ccc 8), and nothing else does both (the two probes excluded).
 */
function isVirama(mark: string): boolean {
  return (
    mark !== '\u3099' &&
    mark !== '\u05B0' &&
    `a\u05B0${mark}`.normalize('NFD') === `a${mark}\u05B0` &&
    `a${mark}\u3099`.normalize('NFD') === `a\u3099${mark}`
  );
}

/**
 * Whether the default-ignorable or format character at UTF-16 index `u` belongs to a sequence
 * that is kept (research note §4.4): ZWJ in emoji sequences or after a virama, ZWNJ after a virama
 * or between letters, emoji variation selectors, ideographic variation selectors, flag tags.
 * `keptTagEnd` is the index just after the last kept tag, so tag runs are checked in linear time.
 */
function isKept(text: string, u: number, ch: string, keptTagEnd: number): boolean {
  const cp = ch.codePointAt(0) as number;
  const previous = before(text, u);
  if (cp === 0x200c || cp === 0x200d) {
    // The combining sequence before: its base and whether a virama is among its marks.
    let k = u;
    let base = '';
    while (k > 0) {
      const c = before(text, k);
      k -= c.length;
      if (!MARK.test(c)) {
        base = c;
        break;
      }
      if (isVirama(c)) return true;
    }
    const next = String.fromCodePoint(text.codePointAt(u + ch.length) ?? 0);
    return cp === 0x200d
      ? PICTOGRAPHIC.test(next) && (PICTOGRAPHIC.test(base) || EMOJI_MODIFIER.test(base))
      : LETTER.test(base) && LETTER.test(next);
  }
  if (cp === 0xfe0e || cp === 0xfe0f) return EMOJI.test(previous);
  if (cp >= 0xe0100 && cp <= 0xe01ef) return IDEOGRAPH.test(previous);
  if (cp >= 0xe0020 && cp <= 0xe007f) return previous === '\u{1F3F4}' || keptTagEnd === u;
  return false;
}

/** The 1-based position in `input` of the code point at UTF-16 index `u` of `text`, which is `input` without CR and LF. */
function typedPosition(input: string, text: string, u: number): number {
  let wanted = positionOf(text, u);
  let position = 0;
  for (const ch of input) {
    position++;
    if (ch !== '\n' && ch !== '\r' && --wanted === 0) break;
  }
  return position;
}

/** `text` in `form`. NFC and NFKC leave ASCII as it is: the normalizer, and its copy, are skipped. */
function normalized(text: string, form: 'NFC' | 'NFKC'): string {
  return NON_ASCII.test(text) ? text.normalize(form) : text;
}

/** `text` without U+0020 at either end: a loop, because `/^ +| +$/` backtracks quadratically. */
function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return text.slice(start, end);
}

function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) if ((text.charCodeAt(i) & 0xfc00) === 0xdc00) n--;
  return n;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : (c & 0xfc00) === 0xd800 ? 4 : (c & 0xfc00) === 0xdc00 ? 0 : 3;
  }
  return bytes;
}

/**
 * Whether `text` (already trimmed) is wrapped in a bracket pair or in two quotes of one kind
 * (the tables list the full-width and half-width forms too).
 */
function isEnclosed(text: string): boolean {
  if (codePointLength(text) < 2) return false;
  const first = String.fromCodePoint(text.codePointAt(0) as number);
  const last = before(text, text.length);
  const opener = OPENERS.indexOf(first);
  return (
    (opener >= 0 && CLOSERS[opener] === last) ||
    (DOUBLE_QUOTES.includes(first) && DOUBLE_QUOTES.includes(last)) ||
    (SINGLE_QUOTES.includes(first) && SINGLE_QUOTES.includes(last))
  );
}

/**
 * Prepares a password for hashing, the same way at signup and at login, and explains what it did.
 *
 * @remarks
 * RFC 8265 OpaqueString as amended for real users, with NIST SP 800-63B-4: CR and LF are removed
 * (as the HTML password field does), non-ASCII spaces become U+0020, then NFC (or NFKC when asked).
 * Nothing else is ever changed and nothing is truncated: inner spaces, emoji sequences and every
 * script are kept. What is usually an accident — a space at either end, full-width characters
 * typed with the IME on, brackets around the whole password — is kept and warned about. At
 * `'set'`, invisible characters, unassigned code points and passwords shorter than `minLength` are
 * refused; at `'login'` invisible characters are removed and reported, no policy applies, and
 * `alternatives` lists corrected spellings to try after `value`. Messages never echo password
 * characters. Never throws on a string; throws a `ConfigError` (a `TypeError`) naming the field
 * for malformed options (`mode` missing, a length that is not a whole number…); options passed
 * again and again are checked once.
 *
 * @param input - The password as typed or pasted.
 * @param options - `mode` and limits; see {@link PreparePasswordOptions}.
 * @returns `{ ok: true, value, warnings, alternatives? }` or `{ ok: false, error, warnings }`.
 *   Hash `value` as UTF-8; store the normalization form with the hash.
 *
 * @example
 * preparePassword('correct horse battery staple\n', { mode: 'set' })
 * //=> { ok: true, value: 'correct horse battery staple', warnings: [{ code: 'newline-removed', … }] }
 *
 * @example
 * preparePassword(' Tmp-Pass ', { mode: 'login' }).alternatives //=> ['Tmp-Pass']
 */
export function preparePassword(input: string, options: PreparePasswordOptions): PreparePasswordResult {
  checkPasswordOptions(options);
  const {
    mode,
    locale,
    minLength = PASSWORD_LENGTHS.minLength,
    maxLength = PASSWORD_LENGTHS.maxLength,
    maxBytes,
    normalization,
  } = options;
  const set = mode === 'set';
  const warnings: Diagnostic<PasswordWarningCode>[] = [];
  const warn = (code: PasswordWarningCode, severity: 'info' | 'warning', detail?: DiagnosticDetail) => {
    warnings.push(createDiagnostic(TABLES, locale, code, severity, detail));
  };
  const fail = (code: PasswordErrorCode, detail?: DiagnosticDetail): PreparePasswordResult => ({
    ok: false,
    error: createDiagnostic(TABLES, locale, code, 'error', detail),
    warnings,
  });

  // 1–4. Guards, line breaks, controls.
  if (typeof input !== 'string') return fail('not-a-string');
  if (input.length > 4 * maxLength) return fail('too-long', { max: maxLength });
  const lone = findLoneSurrogate(input);
  if (lone >= 0) return fail('lone-surrogate', { index: positionOf(input, lone) });
  let text = input.replace(NEWLINES, '');
  if (text.length !== input.length) warn('newline-removed', 'warning');
  const control = CONTROL.exec(input);
  if (control) return fail('control-character', charDetail(control[0], positionOf(input, control.index)));

  // 5. Non-ASCII spaces → U+0020 (one UTF-16 unit each, so positions do not move).
  const spaced = text.replace(SPACES, ' ');
  if (spaced !== text) warn('space-mapped', 'info');
  text = spaced;

  // 6. Invisible characters outside the kept sequences: refused at set, removed at login.
  let kept = '';
  let from = 0;
  let keptTagEnd = -1;
  let removed: DiagnosticDetail | undefined;
  INVISIBLE.lastIndex = 0;
  for (let match = INVISIBLE.exec(text); match; match = INVISIBLE.exec(text)) {
    const ch = match[0];
    const u = match.index;
    if (isKept(text, u, ch, keptTagEnd)) {
      // A kept tag (not the terminating U+E007F) lets the next tag continue the flag sequence.
      if (ch >= '\u{E0020}' && ch < '\u{E007F}') keptTagEnd = u + 2;
      continue;
    }
    if (set) return fail('invisible-character', charDetail(ch, typedPosition(input, text, u)));
    removed ??= charDetail(ch, typedPosition(input, text, u));
    kept += text.slice(from, u);
    from = u + ch.length;
  }
  if (removed) {
    text = kept + text.slice(from);
    warn('invisible-removed', 'warning', removed);
  }

  // 7. Unassigned code points (set only: their normalization may change once assigned).
  const unassigned = set ? UNASSIGNED.exec(text) : null;
  if (unassigned) {
    return fail(
      'unassigned-character',
      charDetail(unassigned[0], typedPosition(input, text, unassigned.index)),
    );
  }

  // 8. Normalization.
  const form = normalization === 'nfkc' ? 'NFKC' : 'NFC';
  const value = normalized(text, form);
  if (value !== text) warn('normalized', 'info');

  // 9. Emptiness and length (in code points, after preparation; never truncated).
  if (value === '') return fail('empty');
  if (/^ +$/.test(value)) return fail('only-whitespace');
  const length = codePointLength(value);
  if (length > maxLength) return fail('too-long', { max: maxLength });
  if (maxBytes !== undefined && utf8Length(value) > maxBytes) return fail('too-long', { max: maxBytes });

  // 10. What looks accidental, and (set) what some devices cannot type. Before the minimum
  // length (set), so that `too-short` carries them: a form can say "Japanese input is on"
  // while the password is still being typed.
  const trimmed = trimSpaces(value);
  const leading = value.startsWith(' ');
  const trailing = value.endsWith(' ');
  const fullWidth = FULL_WIDTH.test(value);
  const enclosed = isEnclosed(trimmed);
  if (leading) warn('leading-whitespace', 'warning');
  if (trailing) warn('trailing-whitespace', 'warning');
  if (fullWidth) warn('full-width-characters', 'warning');
  if (enclosed) warn('enclosed-in-brackets', 'warning');
  if (set) {
    const rest = value.replace(EVERY_FULL_WIDTH, '');
    // Against NFC, not `rest` itself: removing a full-width letter can leave a combining mark
    // beside a letter it now composes with (`eＡ\u0301` → `é`), which is not a compatibility form.
    if (normalized(rest, 'NFKC') !== normalized(rest, 'NFC')) warn('compatibility-characters', 'info');
    if (NON_ASCII.test(value)) warn('non-ascii', 'info');
    if (PRIVATE_USE.test(value)) warn('private-use-character', 'info');
    return length < minLength ? fail('too-short', { min: minLength }) : { ok: true, value, warnings };
  }

  // Login: corrected spellings to try after `value`, each on top of the previous one.
  const alternatives: string[] = [];
  let alternative = value;
  const offer = (next: string) => {
    alternative = normalized(next, form);
    if (alternative && alternative !== value && !alternatives.includes(alternative))
      alternatives.push(alternative);
  };
  if (leading || trailing) offer(trimmed);
  if (fullWidth) offer(foldWidth(alternative));
  if (enclosed) {
    const inner = trimSpaces(alternative);
    offer(
      trimSpaces(
        inner.slice((inner.codePointAt(0) as number) > 0xffff ? 2 : 1, -before(inner, inner.length).length),
      ),
    );
  }
  return alternatives.length > 0
    ? { ok: true, value, warnings, alternatives }
    : { ok: true, value, warnings };
}
