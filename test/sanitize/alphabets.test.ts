// How each alphabet reads what was typed: case, look-alike digits, custom alphabets and where a
// Crockford check symbol may stand. Each custom alphabet below is used by this file only, so its
// reading is worked out here and not taken from an earlier call.
import { describe, expect, it } from 'vitest';
import { type CodeFormat, type SanitizeCodeResult, sanitizeCode } from '../../src/sanitize/index.ts';

const codes = (result: SanitizeCodeResult) => result.changes.map((change) => change.code);

describe('sanitizeCode: custom alphabets and case', () => {
  it('folds lower case to a case-insensitive alphabet that lists both cases', () => {
    const format: CodeFormat = { alphabet: { chars: 'ACEHKMNPRTWXYacehkmnprtwxy3479' } };
    const result = sanitizeCode('kmnp-4379', format);
    expect(result).toMatchObject({ ok: true, value: 'KMNP4379' });
    expect(codes(result)).toEqual(['separator-removed', 'case-folded']);
  });

  it('keeps both cases of a case-sensitive alphabet that lists both', () => {
    const format: CodeFormat = { alphabet: { chars: 'BDFGbdfg2468' }, caseSensitive: true };
    expect(sanitizeCode('bDfG 2468', format)).toEqual({
      ok: true,
      value: 'bDfG2468',
      changes: [expect.objectContaining({ code: 'separator-removed' })],
    });
  });

  it('folds upper case to a lower-case alphabet', () => {
    const format: CodeFormat = { alphabet: { chars: 'abcdefghjkmnpqrstuvwxyz23456789' } };
    const result = sanitizeCode('ABcd 2345', format);
    expect(result).toMatchObject({ ok: true, value: 'abcd2345' });
    expect(codes(result)).toEqual(['separator-removed', 'case-folded']);
  });

  it('refuses the other case in a case-sensitive custom alphabet', () => {
    const format: CodeFormat = { alphabet: { chars: 'BCDFGHJKLMNPQRSTVWXZ' }, caseSensitive: true };
    expect(sanitizeCode('bcdf', format)).toMatchObject({
      ok: false,
      error: { code: 'invalid-character', detail: { char: 'b', codePoint: 'U+0062', index: 1 } },
    });
    expect(sanitizeCode('BCDF', format)).toEqual({ ok: true, value: 'BCDF', changes: [] });
  });

  it('reads O as 0 and I or L as 1 in a custom digit alphabet', () => {
    const format: CodeFormat = { alphabet: { chars: '9876543210' } };
    const result = sanitizeCode('IO24 l0o9', format);
    expect(result).toMatchObject({ ok: true, value: '10241009' });
    expect(codes(result)).toEqual(['separator-removed', 'confusable-mapped']);
  });

  it('does not mistake a custom alphabet spelled like a built-in name for that alphabet', () => {
    expect(sanitizeCode('beef', { alphabet: 'hex' })).toMatchObject({ ok: true, value: 'BEEF' });
    expect(sanitizeCode('hex', { alphabet: { chars: 'hex' } })).toEqual({
      ok: true,
      value: 'hex',
      changes: [],
    });
    expect(sanitizeCode('HEX', { alphabet: { chars: 'hex' } })).toMatchObject({ ok: true, value: 'hex' });
    expect(sanitizeCode('hex', { alphabet: 'hex' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-character', detail: { char: 'h', index: 1 } },
    });
    expect(sanitizeCode('tidings', { alphabet: { chars: 'digits' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-character', detail: { char: 'n', index: 5 } },
    });
    expect(sanitizeCode('DIGITS', { alphabet: { chars: 'digits' } })).toMatchObject({
      ok: true,
      value: 'digits',
    });
    expect(sanitizeCode('1234', { alphabet: 'digits' })).toEqual({ ok: true, value: '1234', changes: [] });
  });
});

describe('sanitizeCode: Crockford is always case-insensitive', () => {
  it('folds lower case even when caseSensitive is true', () => {
    const format: CodeFormat = { alphabet: 'crockford', checksum: 'crockford', caseSensitive: true };
    const result = sanitizeCode('7xkb-2w0k-u', format);
    expect(result).toMatchObject({ ok: true, value: '7XKB2W0KU' });
    expect(codes(result)).toEqual(['separator-removed', 'case-folded']);
    expect(sanitizeCode('x0i1z5', { alphabet: 'crockford', caseSensitive: true })).toMatchObject({
      ok: true,
      value: 'X011Z5',
    });
  });
});

describe('sanitizeCode: check symbols stand last, and only with a Crockford checksum', () => {
  // Crockford's symbols in another order: the same alphabet as a custom one.
  const SYMBOLS = 'ZYXWVTSRQPNMKJHGFEDCBA9876543210';

  it('refuses a check symbol among the data symbols', () => {
    const custom: CodeFormat = { alphabet: { chars: SYMBOLS }, checksum: 'crockford' };
    expect(sanitizeCode('7XK*2W0KU', custom)).toMatchObject({
      ok: false,
      error: { code: 'invalid-character', detail: { char: '*', codePoint: 'U+002A', index: 4 } },
    });
    expect(sanitizeCode('7XKB2W0KU', custom)).toEqual({ ok: true, value: '7XKB2W0KU', changes: [] });
    const builtIn: CodeFormat = { alphabet: 'crockford', checksum: 'crockford' };
    expect(sanitizeCode('7XK*2W0KU', builtIn)).toMatchObject({
      ok: false,
      error: { code: 'invalid-character', detail: { char: '*', index: 4 } },
    });
    expect(sanitizeCode('X0$1Z5$', builtIn)).toMatchObject({
      ok: false,
      error: { code: 'invalid-character', detail: { char: '$', index: 3 } },
    });
  });

  it('refuses a check symbol at the end without a checksum', () => {
    const custom: CodeFormat = { alphabet: { chars: SYMBOLS } };
    expect(sanitizeCode('7XKB2W0F*', custom)).toMatchObject({
      ok: false,
      error: { code: 'invalid-character', detail: { char: '*', index: 9 } },
    });
    expect(sanitizeCode('7XKB2W0F', custom)).toEqual({ ok: true, value: '7XKB2W0F', changes: [] });
    expect(sanitizeCode('7XKB2W0F=', { alphabet: 'crockford' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-character', detail: { char: '=', index: 9 } },
    });
  });
});
