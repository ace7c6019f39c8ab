// Step 1 of sanitizeCode (guards) in detail: which control and bidi character is reported, at
// which position, and the input limit at its boundary. Also the edges of font folding.
import { describe, expect, it } from 'vitest';
import { type CodeFormat, type SanitizeCodeResult, sanitizeCode } from '../../src/sanitize/index.ts';

const DIGITS: CodeFormat = { alphabet: 'digits' };
const codes = (result: SanitizeCodeResult) => result.changes.map((change) => change.code);

describe('sanitizeCode: control characters', () => {
  it('reports the first of several control characters', () => {
    expect(sanitizeCode('12\u000734\u000856', DIGITS)).toMatchObject({
      ok: false,
      error: { code: 'control-character', detail: { char: 'U+0007', codePoint: 'U+0007', index: 3 } },
    });
    expect(sanitizeCode('\u00071234\u0008', DIGITS)).toMatchObject({
      ok: false,
      error: { code: 'control-character', detail: { codePoint: 'U+0007', index: 1 } },
    });
  });

  it('refuses the escape sequences of a terminal', () => {
    expect(sanitizeCode('\u001b[32m123456\u001b[0m', DIGITS)).toMatchObject({
      ok: false,
      error: { code: 'control-character', detail: { codePoint: 'U+001B', index: 1 } },
    });
  });

  it('refuses DEL', () => {
    expect(sanitizeCode('1234\u007f', DIGITS)).toMatchObject({
      ok: false,
      error: { code: 'control-character', detail: { codePoint: 'U+007F', index: 5 } },
    });
  });

  it('counts an astral character as one position', () => {
    expect(sanitizeCode('𝟏𝟐\u00073', DIGITS)).toMatchObject({
      ok: false,
      error: { code: 'control-character', detail: { codePoint: 'U+0007', index: 3 } },
    });
  });
});

describe('sanitizeCode: bidi overrides', () => {
  it('refuses LEFT-TO-RIGHT OVERRIDE as well as RIGHT-TO-LEFT OVERRIDE', () => {
    expect(sanitizeCode('\u202d1234\u202c', DIGITS)).toMatchObject({
      ok: false,
      error: { code: 'bidi-override', detail: { char: 'U+202D', codePoint: 'U+202D', index: 1 } },
    });
  });

  it('reports the first override', () => {
    expect(sanitizeCode('\u202e12\u202d34\u202c', DIGITS)).toMatchObject({
      ok: false,
      error: { code: 'bidi-override', detail: { codePoint: 'U+202E', index: 1 } },
    });
    expect(sanitizeCode('12\u202e34\u202e56', DIGITS)).toMatchObject({
      ok: false,
      error: { code: 'bidi-override', detail: { index: 3 } },
    });
  });
});

describe('sanitizeCode: maxInputLength', () => {
  it('accepts input of exactly maxInputLength code units', () => {
    expect(sanitizeCode('1234', DIGITS, { maxInputLength: 4 })).toEqual({
      ok: true,
      value: '1234',
      changes: [],
    });
    expect(sanitizeCode('12345', DIGITS, { maxInputLength: 4 })).toMatchObject({
      ok: false,
      error: { code: 'input-too-long', detail: { max: 4 } },
    });
  });

  it('folds 20,000 full-width digits when maxInputLength allows it', () => {
    // More code units than fit in one chunk of the folded text (4,096): the chunks are joined.
    const result = sanitizeCode('１'.repeat(20_000), DIGITS, { maxInputLength: 20_000 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toHaveLength(20_000);
    expect(/^1+$/.test(result.value)).toBe(true);
    expect(codes(result)).toEqual(['full-width-converted']);
  });
});

describe('sanitizeCode: the first and last font variants that are folded', () => {
  it.each([
    ['STAﬀ2024', 'STAFF2024'], // U+FB00 LATIN SMALL LIGATURE FF, from a PDF
    ['ⅉ7', 'J7'], // U+2149 DOUBLE-STRUCK ITALIC SMALL J
    ['ℂ7', 'C7'], // U+2102 DOUBLE-STRUCK CAPITAL C
  ])('%j → %j', (input, value) => {
    const result = sanitizeCode(input, {});
    expect(result).toMatchObject({ ok: true, value });
    expect(codes(result)).toEqual(
      input.startsWith('ℂ') ? ['compatibility-mapped'] : ['compatibility-mapped', 'case-folded'],
    );
  });
});

describe('sanitizeCode: format limits', () => {
  it('accepts a format of length { min, max } with min equal to max', () => {
    const format: CodeFormat = { alphabet: 'digits', length: { min: 6, max: 6 } };
    expect(sanitizeCode('123 456', format)).toMatchObject({ ok: true, value: '123456' });
    expect(sanitizeCode('12345', format)).toMatchObject({
      ok: false,
      error: { code: 'wrong-length', detail: { expected: 6, actual: 5, min: 6, max: 6 } },
    });
  });

  it('accepts the largest length and group size, 10,000,000', () => {
    const format: CodeFormat = {
      alphabet: 'digits',
      groupSize: 10_000_000,
      length: { min: 1, max: 10_000_000 },
    };
    expect(sanitizeCode('123456', format)).toEqual({
      ok: true,
      value: '123456',
      formatted: '123456',
      changes: [],
    });
    expect(() => sanitizeCode('1', { groupSize: 10_000_001 })).toThrow(
      'sanitizeCode: format.groupSize must be an integer from 1 to 10000000',
    );
  });

  it('names the problem of a null alphabet or length', () => {
    expect(() => sanitizeCode('1', { alphabet: null as unknown as 'hex' })).toThrow(
      'sanitizeCode: format.alphabet must be one of "digits", "alnum", "crockford", "hex" or { chars }',
    );
    expect(() => sanitizeCode('1', { length: null as unknown as number })).toThrow(
      'sanitizeCode: format.length must be an integer from 1 to 10000000 or { min, max }',
    );
  });

  it('refuses chars that are not a string', () => {
    expect(() => sanitizeCode('1', { alphabet: { chars: 123 as unknown as string } })).toThrow(
      'sanitizeCode: format.alphabet.chars must be 1 to 1000 printable ASCII characters',
    );
  });
});
