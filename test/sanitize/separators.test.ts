// Step 5 of sanitizeCode: which runs of white space and dashes are removed (between two ASCII
// letters or digits, or before a Crockford check symbol) and which are refused.
import { describe, expect, it } from 'vitest';
import { type CodeFormat, type SanitizeCodeResult, sanitizeCode } from '../../src/sanitize/index.ts';

const DIGITS: CodeFormat = { alphabet: 'digits' };
const codes = (result: SanitizeCodeResult) => result.changes.map((change) => change.code);

describe('sanitizeCode: a separator between two code characters is removed', () => {
  it.each([
    // the digits at both ends of 0-9 and the letters at both ends of A-Z, on either side of the run
    ['1230 4567', DIGITS, '12304567'],
    ['1239-4567', DIGITS, '12394567'],
    ['4567 0123', DIGITS, '45670123'],
    ['4567ー9123', DIGITS, '45679123'],
    ['ABCA 1234', {}, 'ABCA1234'],
    ['1234 A567', {}, '1234A567'],
    ['WXYZ-1234', {}, 'WXYZ1234'],
    ['1234 Z567', {}, '1234Z567'],
  ] as [string, CodeFormat, string][])('%j → %j', (input, format, value) => {
    const result = sanitizeCode(input, format);
    expect(result).toEqual({
      ok: true,
      value,
      changes: [expect.objectContaining({ code: 'separator-removed' })],
    });
  });

  it('removes lower-case neighbours’ separators and folds the case after', () => {
    const result = sanitizeCode('abcz 0129', {});
    expect(result).toMatchObject({ ok: true, value: 'ABCZ0129' });
    expect(codes(result)).toEqual(['separator-removed', 'case-folded']);
  });

  it('removes a separator before a Crockford check symbol', () => {
    const format: CodeFormat = { alphabet: 'crockford', checksum: 'crockford' };
    const result = sanitizeCode('7XKB-2W0F-*', format);
    expect(result).toMatchObject({ ok: true, value: '7XKB2W0F*' });
    expect(codes(result)).toEqual(['separator-removed']);
  });
});

describe('sanitizeCode: a separator next to a character that is not an ASCII letter or digit stays', () => {
  it('keeps (and refuses) a space after a symbol of a custom alphabet', () => {
    const result = sanitizeCode('12# 34', { alphabet: { chars: '0123456789#' } });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-character', detail: { char: 'U+0020', codePoint: 'U+0020', index: 4 } },
      changes: [],
    });
    // The run is refused on the left as well as on the right of the symbol.
    expect(sanitizeCode('12 #34', { alphabet: { chars: '0123456789#' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-character', detail: { index: 3 } },
    });
  });

  it('does not treat * as a check symbol without a Crockford checksum', () => {
    const result = sanitizeCode('12* 34', { alphabet: { chars: '0123456789*' } });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-character', detail: { codePoint: 'U+0020', index: 4 } },
    });
  });

  it('reads a hyphen of a custom alphabet as a code character, not as a separator', () => {
    // Serial numbers like "-12-34" where '-' is part of the code: only the spaces are trimmed.
    const format: CodeFormat = { alphabet: { chars: '-0123456789' } };
    const result = sanitizeCode(' -12-34 ', format);
    expect(result).toMatchObject({ ok: true, value: '-12-34' });
    expect(codes(result)).toEqual(['trimmed-whitespace']);
  });
});

describe('sanitizeCode: a dash at either end is a partial copy', () => {
  it('reports the first dash when both ends have one', () => {
    expect(sanitizeCode('-12345678-', DIGITS)).toMatchObject({
      ok: false,
      error: { code: 'misplaced-separator', detail: { char: '-', codePoint: 'U+002D', index: 1 } },
    });
    expect(sanitizeCode('ー1234ー5678ー', DIGITS)).toMatchObject({
      ok: false,
      error: { code: 'misplaced-separator', detail: { char: 'ー', index: 1 } },
    });
  });

  it('reports the trailing dash as typed', () => {
    expect(sanitizeCode('12345678ー', DIGITS)).toMatchObject({
      ok: false,
      error: { code: 'misplaced-separator', detail: { char: 'ー', codePoint: 'U+30FC', index: 9 } },
    });
    expect(sanitizeCode('1234-5678 －', DIGITS)).toMatchObject({
      ok: false,
      error: { code: 'misplaced-separator', detail: { char: '－', codePoint: 'U+FF0D', index: 11 } },
      changes: [{ code: 'full-width-converted' }, { code: 'separator-removed' }],
    });
  });

  it('still refuses an invalid character before a trailing dash first', () => {
    expect(sanitizeCode('12a4-', DIGITS)).toMatchObject({
      ok: false,
      error: { code: 'invalid-character', detail: { char: 'a', codePoint: 'U+0061', index: 3 } },
    });
  });
});
