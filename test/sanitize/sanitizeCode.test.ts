import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CodeFormat,
  crockfordCheckSymbol,
  isValidLuhn,
  type SanitizeCodeResult,
  sanitizeCode,
} from '../../src/sanitize/index.ts';
import { codePointString } from '../codePointString.ts';
import { propertyRuns, underMutation } from '../underMutation.ts';

const DIGITS: CodeFormat = { alphabet: 'digits' };
const codes = (result: SanitizeCodeResult) => result.changes.map((change) => change.code);

describe('sanitizeCode: classes of §2 that are cleaned', () => {
  it.each([
    // seed cases
    ['【 1234】', DIGITS, '1234', ['trimmed-whitespace', 'brackets-removed']],
    ['【1234 】', DIGITS, '1234', ['trimmed-whitespace', 'brackets-removed']],
    ['１２３４', DIGITS, '1234', ['full-width-converted']],
    ['1234ー5678', DIGITS, '12345678', ['separator-removed']],
    ['\u30001234\u3000', DIGITS, '1234', ['trimmed-whitespace']],
    // white space of every kind at the edges
    [
      ' \t\n\r\v\f\u00851234\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f',
      DIGITS,
      '1234',
      ['trimmed-whitespace'],
    ],
    // default-ignorables anywhere (before trimming: the space follows the ZWSP)
    ['\u200b 1234', DIGITS, '1234', ['zero-width-removed', 'trimmed-whitespace']],
    ['12\u00ad34\ufeff', DIGITS, '1234', ['zero-width-removed']],
    ['\u200e1234\u200f\u2060\u180e\u034f', DIGITS, '1234', ['zero-width-removed']],
    ['\u202a1234\u202c\u2066\u2069', DIGITS, '1234', ['zero-width-removed']],
    ['12\ufe0f34\u{e0041}', DIGITS, '1234', ['zero-width-removed']],
    // width and font folding
    ['ＡＢＣ１２３', {}, 'ABC123', ['full-width-converted']],
    ['（１２３４）', DIGITS, '1234', ['full-width-converted', 'brackets-removed']],
    ['ﬁ12', {}, 'FI12', ['compatibility-mapped', 'case-folded']],
    ['𝟏𝟐𝟑𝟒', DIGITS, '1234', ['compatibility-mapped']],
    ['𝐀𝐁𝐂1', {}, 'ABC1', ['compatibility-mapped']],
    ['ℂ12', {}, 'C12', ['compatibility-mapped']],
    ['\u{1fbf1}\u{1fbf2}', DIGITS, '12', ['compatibility-mapped']],
    // brackets, quotes, final punctuation
    ['「1234」', DIGITS, '1234', ['brackets-removed']],
    ['『[1234]』', DIGITS, '1234', ['brackets-removed']],
    ['<1234>', DIGITS, '1234', ['brackets-removed']],
    ['“1234”', DIGITS, '1234', ['quotes-removed']],
    ["'1234'", DIGITS, '1234', ['quotes-removed']],
    ['"1234"', DIGITS, '1234', ['quotes-removed']],
    ['`1234`', DIGITS, '1234', ['quotes-removed']],
    ['«1234»', DIGITS, '1234', ['quotes-removed']],
    ['【1234', DIGITS, '1234', ['brackets-removed']],
    ['1234。', DIGITS, '1234', ['punctuation-removed']],
    ['1234.', DIGITS, '1234', ['punctuation-removed']],
    ['「1234」。', DIGITS, '1234', ['brackets-removed', 'punctuation-removed']],
    ['1234．', DIGITS, '1234', ['full-width-converted', 'punctuation-removed']],
    // separators between code characters
    ['1234-5678', DIGITS, '12345678', ['separator-removed']],
    ['1234 - 5678', DIGITS, '12345678', ['separator-removed']],
    ['1234－5678', DIGITS, '12345678', ['full-width-converted', 'separator-removed']],
    ['1234ｰ5678', DIGITS, '12345678', ['full-width-converted', 'separator-removed']],
    ['1234\u22125678\u20155678', DIGITS, '123456785678', ['separator-removed']],
    ['1234\u3000\u30005678', DIGITS, '12345678', ['separator-removed']],
    ['12-345678', DIGITS, '12345678', ['separator-removed']],
    // case and confusables
    ['abc123', {}, 'ABC123', ['case-folded']],
    ['abc123', { caseSensitive: true }, 'abc123', []],
    ['O1I0l', DIGITS, '01101', ['confusable-mapped']],
    ['o0', DIGITS, '00', ['confusable-mapped']],
    ['deadbeef', { alphabet: 'hex' }, 'DEADBEEF', ['case-folded']],
    ['0x0O', { alphabet: { chars: '0123456789X' } }, '0X00', ['case-folded', 'confusable-mapped']],
    ['OIL', {}, 'OIL', []],
    ['abc', { alphabet: { chars: 'abc' } }, 'abc', []],
    ['ABC', { alphabet: { chars: 'abc' } }, 'abc', ['case-folded']],
  ] as [string, CodeFormat, string, string[]][])('%j → %j', (input, format, value, changes) => {
    const result = sanitizeCode(input, format);
    expect(result).toMatchObject({ ok: true, value });
    expect(codes(result)).toEqual(changes);
  });

  it('leaves clean input unchanged, with no changes', () => {
    expect(sanitizeCode('ABCD1234')).toEqual({ ok: true, value: 'ABCD1234', changes: [] });
  });

  it('formats into groups from the left', () => {
    expect(sanitizeCode('12345', { alphabet: 'digits', groupSize: 4 })).toMatchObject({
      formatted: '1234-5',
    });
    expect(sanitizeCode('1234 5678', { groupSize: 4 })).toMatchObject({ formatted: '1234-5678' });
    expect(sanitizeCode('1234')).not.toHaveProperty('formatted');
  });
});

describe('sanitizeCode: deliberate refusals (§3.4)', () => {
  it.each([
    ['1234²', DIGITS, 'ambiguous-character', 5],
    ['①②③④', DIGITS, 'ambiguous-character', 1],
    ['Ⅻ34', {}, 'ambiguous-character', 1],
    ['1½', DIGITS, 'ambiguous-character', 2],
    ['🄰BC1', {}, 'ambiguous-character', 1],
    ['ſ1', {}, 'ambiguous-character', 1],
    ['\u212a1', {}, 'ambiguous-character', 1],
    ['1234〜5678', DIGITS, 'invalid-character', 5],
    ['1234～5678', DIGITS, 'invalid-character', 5],
    ['1234一5678', DIGITS, 'invalid-character', 5],
    ['1234・5678', DIGITS, 'invalid-character', 5],
    ['\u202e4321\u202c', DIGITS, 'bidi-override', 1],
    ['Your code is 123456', DIGITS, 'invalid-character', 1],
    ['コード：1234', DIGITS, 'invalid-character', 1],
    ['> 1234', DIGITS, 'invalid-character', 1],
    ['АВС123', {}, 'invalid-character', 1],
    ['*1234*', DIGITS, 'invalid-character', 1],
    ['12*34', { alphabet: 'crockford' }, 'invalid-character', 3],
    ['ß1', {}, 'invalid-character', 1],
    ['ı1', {}, 'invalid-character', 1],
    ['e\u03011', {}, 'invalid-character', 2],
    ['\u28001234', DIGITS, 'invalid-character', 1],
    ['\u06001234', DIGITS, 'invalid-character', 1],
    ['12U4', { alphabet: 'crockford' }, 'invalid-character', 3],
    ['1234.5678', DIGITS, 'invalid-character', 5],
    ['ABCD', DIGITS, 'invalid-character', 1],
    ['-12345678', DIGITS, 'misplaced-separator', 1],
    ['12345678ー', DIGITS, 'misplaced-separator', 9],
    ['12345678 -', DIGITS, 'misplaced-separator', 10],
    ['a\u0007', {}, 'control-character', 2],
    ['\u009b1', {}, 'control-character', 1],
    ['\u202e1\u0000', {}, 'control-character', 3],
    // U+0000 among clean characters (the clean-input scan once let it through)
    ['\u0000', DIGITS, 'control-character', 1],
    ['12\u00003', DIGITS, 'control-character', 3],
    ['1234\u0000', DIGITS, 'control-character', 5],
    ['\u0000\u3000', {}, 'control-character', 1],
    ['', {}, 'empty', undefined],
    ['   ', {}, 'empty', undefined],
    ['【】', {}, 'empty', undefined],
    ['\u200b\u3000', {}, 'empty', undefined],
    ['12\ud83d', {}, 'lone-surrogate', 3],
    ['\udc001', {}, 'lone-surrogate', 1],
  ] as [string, CodeFormat, string, number | undefined][])('%j → %s', (input, format, code, index) => {
    const result = sanitizeCode(input, format);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code, severity: 'error' });
    expect(result.error.detail?.index).toBe(index);
    expect(result.error.action).toBeTypeOf('string');
  });

  it('reports the character as typed, or its code point when invisible', () => {
    const fullWidth = sanitizeCode('1234＃', DIGITS);
    expect(fullWidth.ok || fullWidth.error.detail).toEqual({ char: '＃', codePoint: 'U+FF03', index: 5 });
    const space = sanitizeCode('12 ア', DIGITS);
    expect(space.ok || space.error.detail).toMatchObject({ char: 'U+0020', index: 3 });
  });

  it('prefers ambiguous over invalid and invalid over a misplaced separator', () => {
    expect(sanitizeCode('-12a²', DIGITS)).toMatchObject({ error: { code: 'ambiguous-character' } });
    expect(sanitizeCode('-12a4', DIGITS)).toMatchObject({
      error: { code: 'invalid-character', detail: { index: 4 } },
    });
  });

  it.each([
    ['1234 5678', { alphabet: 'digits', length: 4 }, { expected: 4, actual: 8 }],
    ['123', { alphabet: 'digits', length: { min: 4, max: 6 } }, { expected: '4–6', actual: 3 }],
    ['1234567', { alphabet: 'digits', length: { min: 4, max: 6 } }, { expected: '4–6', actual: 7 }],
  ] as [string, CodeFormat, object][])('%j with %j is wrong-length', (input, format, detail) => {
    expect(sanitizeCode(input, format)).toMatchObject({ ok: false, error: { code: 'wrong-length', detail } });
  });

  it('refuses 1 MB at once, and any input over maxInputLength', () => {
    const huge = '1'.repeat(1 << 20);
    expect(sanitizeCode(huge, DIGITS)).toMatchObject({
      ok: false,
      error: { code: 'input-too-long', detail: { max: 1024 } },
    });
    expect(sanitizeCode('12345', DIGITS, { maxInputLength: 4 })).toMatchObject({
      error: { code: 'input-too-long' },
    });
  });

  it.skipIf(underMutation)('folds a long full-width input when maxInputLength allows it', () => {
    const long = '１'.repeat(1 << 20);
    const result = sanitizeCode(`【${long}】`, DIGITS, { maxInputLength: 1 << 21 });
    expect(result).toMatchObject({ ok: true, value: '1'.repeat(1 << 20) });
  });

  it('refuses non-strings from JavaScript callers', () => {
    for (const input of [null, undefined, 1234, ['1234'], {}]) {
      expect(sanitizeCode(input as unknown as string)).toMatchObject({
        ok: false,
        error: { code: 'not-a-string' },
      });
    }
  });

  it('throws a TypeError for a malformed format (a programming error)', () => {
    expect(() => sanitizeCode('1', { alphabet: 'octal' as 'hex' })).toThrow(TypeError);
    expect(() => sanitizeCode('1', { alphabet: { chars: '' } })).toThrow(TypeError);
    expect(() => sanitizeCode('1', { alphabet: { chars: 'アイ' } })).toThrow(TypeError);
  });
});

describe('sanitizeCode: checksums', () => {
  const CROCKFORD: CodeFormat = { alphabet: 'crockford', checksum: 'crockford' };
  it.each([
    ['X011Z5$', 'X011Z5$'],
    ['x0i1z5$', 'X011Z5$'],
    ['7XKB2W0KU', '7XKB2W0KU'],
    ['7xkb-2w0k-u', '7XKB2W0KU'],
    ['7XKB2W0F*', '7XKB2W0F*'],
    ['K9D2M7HX~', 'K9D2M7HX~'],
    ['Q2W4F6RT=', 'Q2W4F6RT='],
  ])('crockford %j → %j', (input, value) => {
    expect(sanitizeCode(input, CROCKFORD)).toMatchObject({ ok: true, value });
  });

  it.each(['X101Z5$', 'X011Z5*', 'X011Z6$', '$'])('crockford %j is bad-checksum', (input) => {
    expect(sanitizeCode(input, CROCKFORD)).toMatchObject({ ok: false, error: { code: 'bad-checksum' } });
  });

  it('accepts luhn numbers and refuses a typo', () => {
    const LUHN: CodeFormat = { alphabet: 'digits', checksum: 'luhn' };
    expect(sanitizeCode('4111 1111 1111 1111', LUHN)).toMatchObject({ ok: true, value: '4111111111111111' });
    expect(sanitizeCode('79927398713', LUHN)).toMatchObject({ ok: true });
    expect(sanitizeCode('79927398710', LUHN)).toMatchObject({ ok: false, error: { code: 'bad-checksum' } });
  });

  it('checks the length before the checksum', () => {
    const format: CodeFormat = { alphabet: 'digits', checksum: 'luhn', length: 16 };
    expect(sanitizeCode('79927398710', format)).toMatchObject({ error: { code: 'wrong-length' } });
  });

  it('exports the helpers', () => {
    expect(crockfordCheckSymbol('X011Z5')).toBe('$');
    expect(crockfordCheckSymbol('7XKB2W0K')).toBe('U');
    expect(crockfordCheckSymbol('7xkb-2w0f')).toBe('*');
    expect(crockfordCheckSymbol('K9D2M7HX')).toBe('~');
    expect(crockfordCheckSymbol('Q2W4F6RT')).toBe('=');
    expect(crockfordCheckSymbol('oil')).toBe(crockfordCheckSymbol('011'));
    expect(crockfordCheckSymbol('')).toBeUndefined();
    expect(crockfordCheckSymbol('ABU')).toBeUndefined();
    expect(crockfordCheckSymbol('ß')).toBeUndefined();
    expect(isValidLuhn('79927398713')).toBe(true);
    expect(isValidLuhn('4111111111111111')).toBe(true);
    expect(isValidLuhn('4111111111111112')).toBe(false);
    expect(isValidLuhn('')).toBe(false);
    expect(isValidLuhn('7992 7398 713')).toBe(false);
  });
});

describe('sanitizeCode: messages', () => {
  it('speaks English by default and Japanese on request', () => {
    const en = sanitizeCode('1234²', DIGITS);
    const ja = sanitizeCode('1234²', DIGITS, { locale: 'ja' });
    expect(en.ok || en.error.message).toBe(
      '“²” (U+00B2) is a special form (superscript, circled or Roman numeral…), not a character of the code.',
    );
    expect(ja.ok || ja.error.message).toBe(
      '「²」（U+00B2）は上付き・丸囲み・ローマ数字などの特殊な文字で、コードの文字ではありません。',
    );
    expect(ja.ok || ja.error.action).toBe('通常の英数字で入力してください。');
    const changes = sanitizeCode('【１２３４】', DIGITS, { locale: 'ja' }).changes;
    expect(changes.map((change) => change.message)).toEqual([
      '全角文字を半角に変換しました（日本語入力がオンのまま入力された可能性があります）。',
      'コードを囲んでいた括弧（【】や「」など）を取り除きました。',
    ]);
    expect(changes.every((change) => change.severity === 'info')).toBe(true);
  });

  it('fills the placeholders', () => {
    const result = sanitizeCode('1234 5678', { alphabet: 'digits', length: 4 }, { locale: 'ja' });
    expect(result.ok || result.error.message).toBe('このコードは4文字です（入力は8文字）。');
  });
});

describe('sanitizeCode: properties', () => {
  const FORMATS: CodeFormat[] = [
    {},
    { alphabet: 'digits' },
    { alphabet: 'hex' },
    { alphabet: 'crockford', checksum: 'crockford' },
    { alphabet: 'digits', checksum: 'luhn', length: { min: 2, max: 19 } },
    { alphabet: 'alnum', caseSensitive: true, groupSize: 4 },
    { alphabet: { chars: '0123456789ABX-' } },
  ];
  const format = fc.constantFrom(...FORMATS);
  // Strings that look like pasted codes: code characters mixed with what a copy or an IME adds.
  const pasted = fc
    .array(
      fc.oneof(
        fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZoOiIlLuU*~$=-'),
        fc.constantFrom(...'１２ＡＢｂ　ー－「」【】“”。. \u200b\u00ad\ufeff\u202a\u2060ﬁ𝟏²①ß\t'),
      ),
      { maxLength: 24 },
    )
    .map((chars) => chars.join(''));
  const anyString = fc.oneof(codePointString({ maxLength: 40 }), fc.string({ unit: 'grapheme' }), pasted);

  it('never throws on any string', () => {
    fc.assert(
      fc.property(anyString, format, (input, f) => {
        const result = sanitizeCode(input, f);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: propertyRuns(3000) },
    );
  });

  it('is idempotent, with no changes on its own output', () => {
    fc.assert(
      fc.property(anyString, format, (input, f) => {
        const once = sanitizeCode(input, f);
        if (!once.ok) return;
        const twice = sanitizeCode(once.value, f);
        expect(twice).toMatchObject({ ok: true, value: once.value, changes: [] });
      }),
      { numRuns: propertyRuns(3000) },
    );
  });

  it('reports changes exactly when the value differs from the input', () => {
    fc.assert(
      fc.property(anyString, format, (input, f) => {
        const result = sanitizeCode(input, f);
        if (result.ok) expect(result.changes.length === 0).toBe(result.value === input);
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it('returns only values that satisfy the format', () => {
    fc.assert(
      fc.property(pasted, format, (input, f) => {
        const result = sanitizeCode(input, f);
        if (!result.ok) return;
        const { value } = result;
        const chars =
          f.alphabet === 'digits'
            ? /^[0-9]+$/
            : f.alphabet === 'hex'
              ? /^[0-9A-F]+$/
              : f.alphabet === 'crockford'
                ? /^[0-9A-HJKMNP-TV-Z]+[0-9A-HJKMNP-TV-Z*~$=U]$/
                : typeof f.alphabet === 'object'
                  ? /^[0-9ABX-]+$/
                  : f.caseSensitive
                    ? /^[0-9A-Za-z]+$/
                    : /^[0-9A-Z]+$/;
        expect(value).toMatch(chars);
        if (f.checksum === 'luhn') expect(isValidLuhn(value)).toBe(true);
        if (f.checksum === 'crockford')
          expect(crockfordCheckSymbol(value.slice(0, -1))).toBe(value.slice(-1));
        if (typeof f.length === 'object') expect(value.length).toBeGreaterThanOrEqual(f.length.min);
        if (!f.caseSensitive) expect(value).not.toMatch(/[a-z]/);
      }),
      { numRuns: propertyRuns(3000) },
    );
  });

  it('gives the same value when white space or default-ignorables are added at the edges', () => {
    const edge = fc
      .array(
        fc.constantFrom(
          ' ',
          '\u3000',
          '\u00a0',
          '\n',
          '\t',
          '\u200b',
          '\ufeff',
          '\u00ad',
          '\u2060',
          '\u200e',
        ),
        {
          maxLength: 4,
        },
      )
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(pasted, format, edge, edge, (input, f, before, after) => {
        const plain = sanitizeCode(input, f);
        if (!plain.ok) return;
        expect(sanitizeCode(before + input + after, f)).toMatchObject({ ok: true, value: plain.value });
      }),
      { numRuns: propertyRuns(3000) },
    );
  });
});
