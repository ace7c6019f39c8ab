// Fuzz (issue #10): support-kit/sanitize — sanitizeCode, preparePassword, crockfordCheckSymbol,
// isValidLuhn. Each never throws on a string, and what it returns keeps its own contract.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CodeFormat,
  crockfordCheckSymbol,
  isValidLuhn,
  type PreparePasswordOptions,
  type PreparePasswordResult,
  preparePassword,
  type SanitizeCodeResult,
  sanitizeCode,
} from '../../src/sanitize/index.ts';
import { CODE_EN, PASSWORD_EN } from '../../src/sanitize/messages/en.ts';
import { codeLike, HUGE_INPUTS, userText } from './arbitraries.ts';
import { withinHangGuard } from './bounded.ts';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CROCKFORD_CHECK = '*~$=U';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Formats with every option in play, and the characters their cleaned value may hold. */
const FORMATS: readonly (readonly [CodeFormat, string])[] = [
  [{}, `0123456789${LETTERS}`],
  [{ alphabet: 'digits', length: 8, groupSize: 4 }, '0123456789'],
  [{ alphabet: 'digits', checksum: 'luhn', length: { min: 2, max: 19 } }, '0123456789'],
  [{ alphabet: 'alnum', caseSensitive: true }, `0123456789${LETTERS}${LETTERS.toLowerCase()}`],
  [{ alphabet: 'crockford', checksum: 'crockford', groupSize: 3 }, CROCKFORD],
  [{ alphabet: 'hex', length: { min: 1, max: 12 } }, '0123456789ABCDEF'],
  [{ alphabet: 'hex', caseSensitive: true }, '0123456789ABCDEFabcdef'],
  [{ alphabet: { chars: 'ABC123-' }, length: { min: 1, max: 10 } }, 'ABC123-'],
  [{ alphabet: { chars: 'abXY' } }, 'abXY'],
];
const format = fc.constantFrom(...FORMATS);
const codeInput = fc.oneof(codeLike, userText);
/** The change codes in pipeline order, as `CodeChangeCode` documents them; then the error codes. */
const CODE_CHANGES = [
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
const CODE_ERRORS = Object.keys(CODE_EN).filter((code) => !CODE_CHANGES.includes(code));
/** The warning codes in pipeline order, as `PasswordWarningCode` documents them; then the error codes. */
const PASSWORD_WARNINGS = [
  'newline-removed',
  'space-mapped',
  'invisible-removed',
  'normalized',
  'leading-whitespace',
  'trailing-whitespace',
  'full-width-characters',
  'enclosed-in-brackets',
  'compatibility-characters',
  'non-ascii',
  'private-use-character',
];
const PASSWORD_ERRORS = Object.keys(PASSWORD_EN).filter((code) => !PASSWORD_WARNINGS.includes(code));

const codesOf = (list: readonly { code: string }[]) => list.map((d) => d.code);

/** Diagnostics: known codes, each at most once, in pipeline order, with a message. */
function expectDiagnostics(
  list: readonly { code: string; message: string }[],
  order: readonly string[],
): void {
  const positions = list.map((d) => order.indexOf(d.code));
  for (const position of positions) expect(position).toBeGreaterThanOrEqual(0);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(new Set(positions).size).toBe(positions.length);
  for (const d of list) expect(d.message).not.toBe('');
}

function checkCode(
  input: string,
  [fmt, alphabet]: readonly [CodeFormat, string],
  result: SanitizeCodeResult,
  checkStable = true,
): void {
  expectDiagnostics(result.changes, CODE_CHANGES);
  for (const change of result.changes) expect(change.severity).toBe('info');
  if (!result.ok) {
    expect(CODE_ERRORS).toContain(result.error.code);
    expect(result.error.severity).toBe('error');
    expect(result.error.message).not.toBe('');
    return;
  }
  const { value } = result;
  expect(value).not.toBe('');
  // Every character in the alphabet (the Crockford check symbol may also be one of `*~$=U`).
  const body = fmt.checksum === 'crockford' ? value.slice(0, -1) : value;
  for (const char of body) expect(alphabet).toContain(char);
  if (fmt.checksum === 'crockford') {
    expect(alphabet + CROCKFORD_CHECK).toContain(value.slice(-1));
    expect(crockfordCheckSymbol(body)).toBe(value.slice(-1));
  }
  if (fmt.checksum === 'luhn') expect(isValidLuhn(value)).toBe(true);
  const { length } = fmt;
  if (typeof length === 'number') expect(value).toHaveLength(length);
  if (typeof length === 'object') {
    expect(value.length).toBeGreaterThanOrEqual(length.min);
    expect(value.length).toBeLessThanOrEqual(length.max);
  }
  if (fmt.groupSize !== undefined) {
    const groups = result.formatted?.split('-') ?? [];
    if (!alphabet.includes('-')) expect(groups.join('')).toBe(value);
    for (const group of groups.slice(0, -1)) expect(group).toHaveLength(fmt.groupSize);
  } else expect(result.formatted).toBeUndefined();
  // Idempotent: a cleaned code is clean.
  if (checkStable) expect(sanitizeCode(value, fmt)).toMatchObject({ ok: true, value, changes: [] });
  // Unchanged input means no change was reported.
  if (value === input) expect(result.changes).toEqual([]);
}

describe('fuzz: sanitizeCode', () => {
  it('never throws and every result keeps the format (alphabet, length, checksum, groups), idempotently', () => {
    fc.assert(
      fc.property(codeInput, format, (input, fmt) => checkCode(input, fmt, sanitizeCode(input, fmt[0]))),
      { numRuns: 700 },
    );
  });

  it('answers with the same codes and value in English and Japanese', () => {
    fc.assert(
      fc.property(codeInput, format, (input, [fmt]) => {
        const en = sanitizeCode(input, fmt);
        const ja = sanitizeCode(input, fmt, { locale: 'ja' });
        expect(codesOf(ja.changes)).toEqual(codesOf(en.changes));
        expect(ja.ok).toBe(en.ok);
        if (en.ok && ja.ok) expect(ja.value).toBe(en.value);
        if (!en.ok && !ja.ok) expect(ja.error.code).toBe(en.error.code);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses input over maxInputLength before reading it, whatever it holds', () => {
    fc.assert(
      fc.property(userText, fc.integer({ min: 0, max: 8 }), (input, max) => {
        const result = sanitizeCode(input, {}, { maxInputLength: max });
        if (input.length > max)
          expect(result).toMatchObject({ ok: false, error: { code: 'input-too-long' } });
      }),
      { numRuns: 300 },
    );
  });

  it('handles 1 MB inputs in bounded time, with the input cap and without it', { timeout: 60_000 }, () => {
    for (const [name, text] of HUGE_INPUTS) {
      const capped = withinHangGuard(`sanitizeCode: ${name}`, () => sanitizeCode(text));
      expect(capped).toMatchObject({ ok: false, error: { code: 'input-too-long' } });
      const options = { maxInputLength: Number.POSITIVE_INFINITY };
      const whole = withinHangGuard(`sanitizeCode (no cap): ${name}`, () => sanitizeCode(text, {}, options));
      // (Idempotence is checked on the fuzzed inputs: here it would double the cost.)
      checkCode(text, FORMATS[0] as (typeof FORMATS)[0], whole, false);
    }
  });
});

describe('fuzz: crockfordCheckSymbol and isValidLuhn', () => {
  it('crockfordCheckSymbol gives a check symbol or undefined, never throws, and agrees with sanitizeCode', () => {
    fc.assert(
      fc.property(fc.oneof(userText, fc.string({ unit: fc.constantFrom(...CROCKFORD) })), (data) => {
        const symbol = crockfordCheckSymbol(data);
        if (symbol === undefined) return;
        expect(CROCKFORD + CROCKFORD_CHECK).toContain(symbol);
        expect(symbol).toHaveLength(1);
        if (/^[0-9A-HJKMNP-TV-Z]+$/.test(data)) {
          expect(sanitizeCode(data + symbol, { alphabet: 'crockford', checksum: 'crockford' })).toMatchObject(
            {
              ok: true,
              value: data + symbol,
            },
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it('isValidLuhn is true only for digits, and exactly one check digit completes any digit string', () => {
    fc.assert(
      fc.property(userText, (text) => {
        if (isValidLuhn(text)) expect(text).toMatch(/^\d+$/);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 30 }), (digits) => {
        const valid = [...'0123456789'].filter((d) => isValidLuhn(digits + d));
        expect(valid).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });
});

const MODES: readonly PreparePasswordOptions[] = [
  { mode: 'set' },
  { mode: 'set', minLength: 1, maxBytes: 72 },
  { mode: 'login' },
  { mode: 'login', normalization: 'nfkc' },
];

function checkPassword(
  options: PreparePasswordOptions,
  result: PreparePasswordResult,
  checkStable = true,
): void {
  expectDiagnostics(result.warnings, PASSWORD_WARNINGS);
  if (!result.ok) {
    expect(PASSWORD_ERRORS).toContain(result.error.code);
    expect(result.error.severity).toBe('error');
    return;
  }
  const { value } = result;
  const form = options.normalization === 'nfkc' ? 'NFKC' : 'NFC';
  expect(value).not.toBe('');
  expect(value).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  expect(value.normalize(form)).toBe(value);
  expect(value).not.toMatch(/[\0-\x1f\x7f-\x9f\u2028\u2029]/);
  expect(value).not.toMatch(/^ *$/);
  const codePoints = [...value].length;
  expect(codePoints).toBeLessThanOrEqual(options.maxLength ?? 1024);
  if (options.mode === 'set') {
    expect(codePoints).toBeGreaterThanOrEqual(options.minLength ?? 15);
    expect(result.alternatives).toBeUndefined();
  }
  if (options.maxBytes !== undefined)
    expect(new TextEncoder().encode(value).length).toBeLessThanOrEqual(options.maxBytes);
  const alternatives = result.alternatives ?? [];
  expect(alternatives.length).toBeLessThanOrEqual(3);
  expect(new Set([value, ...alternatives]).size).toBe(alternatives.length + 1);
  for (const alternative of alternatives) expect(alternative.normalize(form)).toBe(alternative);
  // Prepared once, prepared for good: the same options give the value back.
  if (checkStable) expect(preparePassword(value, options)).toMatchObject({ ok: true, value });
}

describe('fuzz: preparePassword', () => {
  it('never throws, and an accepted password is well-formed, normalized, in its limits and stable', () => {
    fc.assert(
      fc.property(userText, fc.constantFrom(...MODES), (input, options) => {
        checkPassword(options, preparePassword(input, options));
      }),
      { numRuns: 700 },
    );
  });

  it('answers with the same codes and value in English and Japanese', () => {
    fc.assert(
      fc.property(userText, fc.constantFrom(...MODES), (input, options) => {
        const en = preparePassword(input, options);
        const ja = preparePassword(input, { ...options, locale: 'ja' });
        expect(codesOf(ja.warnings)).toEqual(codesOf(en.warnings));
        expect(ja.ok ? ja.value : ja.error.code).toBe(en.ok ? en.value : en.error.code);
      }),
      { numRuns: 500 },
    );
  });

  it('handles 1 MB inputs in bounded time, with the length limit and without it', { timeout: 60_000 }, () => {
    for (const [name, text] of HUGE_INPUTS) {
      for (const options of MODES) {
        const result = withinHangGuard(`preparePassword: ${name}`, () => preparePassword(text, options));
        expect(result).toMatchObject({ ok: false, error: { code: 'too-long' } });
      }
      for (const mode of ['set', 'login'] as const) {
        const uncapped = { mode, maxLength: 1 << 21 };
        checkPassword(
          uncapped,
          withinHangGuard(`preparePassword (no cap): ${name}`, () => preparePassword(text, uncapped)),
          false,
        );
      }
    }
  });
});
