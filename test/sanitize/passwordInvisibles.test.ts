// Step 6 of preparePassword: which default-ignorable and format characters belong to a sequence
// that is kept (research note §4.4), and which are refused at 'set' (with their position) and
// removed at 'login'.
import { describe, expect, it } from 'vitest';
import { type PreparePasswordOptions, preparePassword } from '../../src/sanitize/index.ts';

const SET: PreparePasswordOptions = { mode: 'set' };
const LOGIN: PreparePasswordOptions = { mode: 'login' };
/** Makes a password long enough for the default minimum of 15. */
const TAIL = ' horse battery staple';
const codes = (warnings: readonly { code: string }[]) => warnings.map((warning) => warning.code);

describe('preparePassword: ZWJ and ZWNJ after combining marks', () => {
  it.each([
    // mark, its canonical combining class: none is a virama, so the joiner is not kept
    ['cafe\u0301\u200d2024', 6, 'U+200D'], // U+0301 COMBINING ACUTE ACCENT, ccc 230
    ['cafe\u0301\u200c2024', 6, 'U+200C'],
    ['pass\u0334\u200c2024', 6, 'U+200C'], // U+0334 COMBINING TILDE OVERLAY, ccc 1
    ['か\u3099\u200c2024', 3, 'U+200C'], // U+3099 COMBINING KATAKANA-HIRAGANA VOICED SOUND MARK, ccc 8
    ['か\u3099\u200d2024', 3, 'U+200D'],
    ['ש\u05b0\u200c2024', 3, 'U+200C'], // U+05B0 HEBREW POINT SHEVA, ccc 10
  ])('refuses the joiner in %j at set (position %i)', (input, index, codePoint) => {
    expect(preparePassword(`${input}${TAIL}`, SET)).toMatchObject({
      ok: false,
      error: { code: 'invisible-character', detail: { char: codePoint, codePoint, index } },
    });
  });

  it('removes the joiner after a non-virama mark at login, then composes', () => {
    const result = preparePassword(`cafe\u0301\u200d2024${TAIL}`, LOGIN);
    expect(result).toMatchObject({ ok: true, value: `café2024${TAIL}` });
    expect(codes(result.warnings)).toEqual(['invisible-removed', 'normalized']);
    expect(result.warnings[0]?.detail).toEqual({ char: 'U+200D', codePoint: 'U+200D', index: 6 });
  });

  it('keeps a ZWNJ after a virama before a digit (Devanagari half form)', () => {
    const input = `क्\u200c2024${TAIL}`;
    expect(preparePassword(input, SET)).toEqual({
      ok: true,
      value: input,
      warnings: [expect.objectContaining({ code: 'non-ascii' })],
    });
  });
});

describe('preparePassword: ZWNJ between letters only', () => {
  it('refuses a ZWNJ at the start, with no letter before it', () => {
    expect(preparePassword(`\u200cpassword${TAIL}`, SET)).toMatchObject({
      ok: false,
      error: { code: 'invisible-character', detail: { codePoint: 'U+200C', index: 1 } },
    });
  });

  it('refuses a ZWNJ between a letter and a digit', () => {
    expect(preparePassword(`pass\u200c2024${TAIL}`, SET)).toMatchObject({
      ok: false,
      error: { code: 'invisible-character', detail: { codePoint: 'U+200C', index: 5 } },
    });
  });
});

describe('preparePassword: ZWJ in emoji sequences only', () => {
  it('refuses a ZWJ between a letter and an emoji', () => {
    expect(preparePassword(`a\u200d😀${TAIL}`, SET)).toMatchObject({
      ok: false,
      error: { code: 'invisible-character', detail: { codePoint: 'U+200D', index: 2 } },
    });
  });

  it('refuses a ZWJ between an emoji and a letter', () => {
    expect(preparePassword(`😀\u200da${TAIL}`, SET)).toMatchObject({
      ok: false,
      error: { code: 'invisible-character', detail: { codePoint: 'U+200D', index: 2 } },
    });
  });
});

describe('preparePassword: variation selectors', () => {
  it('keeps VS15 (text style) after an emoji', () => {
    const input = `☺\ufe0e${TAIL}`;
    expect(preparePassword(input, SET)).toEqual({
      ok: true,
      value: input,
      warnings: [expect.objectContaining({ code: 'non-ascii' })],
    });
  });

  it('keeps the last ideographic variation selector, VS256, after a Han ideograph', () => {
    const input = `葛\u{e01ef}${TAIL}`;
    expect(preparePassword(input, SET)).toMatchObject({ ok: true, value: input });
  });

  it('refuses the code point after the variation selectors as invisible, not as unassigned', () => {
    expect(preparePassword(`葛\u{e01f0}${TAIL}`, SET)).toMatchObject({
      ok: false,
      error: { code: 'invisible-character', detail: { codePoint: 'U+E01F0', index: 2 } },
    });
  });
});

describe('preparePassword: tag characters in flags only', () => {
  it('keeps a flag sequence that starts with TAG SPACE, the first tag character', () => {
    const input = `🏴\u{e0020}\u{e0067}\u{e007f}${TAIL}`;
    expect(preparePassword(input, SET)).toMatchObject({ ok: true, value: input });
  });

  it('refuses another invisible character after the black flag', () => {
    expect(preparePassword(`🏴\u200b${TAIL}`, SET)).toMatchObject({
      ok: false,
      error: { code: 'invisible-character', detail: { codePoint: 'U+200B', index: 2 } },
    });
    expect(preparePassword(`🏴\u{e0080}${TAIL}`, SET)).toMatchObject({
      ok: false,
      error: { code: 'invisible-character', detail: { codePoint: 'U+E0080', index: 2 } },
    });
  });

  it('refuses a tag character that does not follow a flag or a kept tag', () => {
    // Right after the first character; after a kept emoji selector, a kept ZWJ or ZWNJ and the
    // character after it, or a kept ideographic selector; after the CANCEL TAG that ends a flag.
    expect(preparePassword(`x\u{e0067}${TAIL}`, SET)).toMatchObject({
      error: { code: 'invisible-character', detail: { codePoint: 'U+E0067', index: 2 } },
    });
    expect(preparePassword(`❤\ufe0fa\u{e0067}${TAIL}`, SET)).toMatchObject({
      error: { code: 'invisible-character', detail: { codePoint: 'U+E0067', index: 4 } },
    });
    expect(preparePassword(`🧔\u200d♂\u{e0067}${TAIL}`, SET)).toMatchObject({
      error: { code: 'invisible-character', detail: { codePoint: 'U+E0067', index: 4 } },
    });
    expect(preparePassword(`می\u200cخ\u{e0067}${TAIL}`, SET)).toMatchObject({
      error: { code: 'invisible-character', detail: { codePoint: 'U+E0067', index: 5 } },
    });
    expect(preparePassword(`葛\u{e0100}\u{e0067}${TAIL}`, SET)).toMatchObject({
      error: { code: 'invisible-character', detail: { codePoint: 'U+E0067', index: 3 } },
    });
    expect(preparePassword(`🏴󠁧󠁢󠁳󠁣󠁴󠁿\u{e0067}${TAIL}`, SET)).toMatchObject({
      error: { code: 'invisible-character', detail: { codePoint: 'U+E0067', index: 8 } },
    });
  });

  it('removes such a tag at login and keeps the flag before it', () => {
    const result = preparePassword(`🏴󠁧󠁢󠁳󠁣󠁴󠁿\u{e0067}${TAIL}`, LOGIN);
    expect(result).toMatchObject({ ok: true, value: `🏴󠁧󠁢󠁳󠁣󠁴󠁿${TAIL}` });
    expect(codes(result.warnings)).toEqual(['invisible-removed']);
  });
});

describe('preparePassword: positions as typed, line breaks included', () => {
  it('counts CR and LF that were removed', () => {
    expect(preparePassword(`pass\r\nword\u200b${TAIL}`, SET)).toMatchObject({
      ok: false,
      error: { code: 'invisible-character', detail: { codePoint: 'U+200B', index: 11 } },
      warnings: [{ code: 'newline-removed' }],
    });
    expect(preparePassword(`pass\rword\u200b${TAIL}`, SET)).toMatchObject({
      error: { detail: { index: 10 } },
    });
  });
});
