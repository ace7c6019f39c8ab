// preparePassword's limits at their boundaries: maxBytes counted in UTF-8, the early guard on the
// raw input (4 × maxLength code units), and the detail of each refusal.
import { describe, expect, it } from 'vitest';
import { type PreparePasswordOptions, preparePassword } from '../../src/sanitize/index.ts';

describe('preparePassword: maxBytes counts UTF-8 bytes', () => {
  it.each([
    ['x'.repeat(20), 20, 'ASCII: 1 byte each'],
    ['é'.repeat(20), 40, 'U+00E9: 2 bytes each'],
    ['\u0800'.repeat(15), 45, 'U+0800, the first 3-byte character'],
    ['あ'.repeat(16), 48, 'hiragana: 3 bytes each'],
    ['😀'.repeat(18), 72, 'emoji: 4 bytes each'],
  ])('%j fits in %i bytes (%s) and not in one less', (input, bytes) => {
    expect(preparePassword(input, { mode: 'set', maxBytes: bytes })).toMatchObject({
      ok: true,
      value: input,
    });
    expect(preparePassword(input, { mode: 'set', maxBytes: bytes - 1 })).toMatchObject({
      ok: false,
      error: { code: 'too-long', detail: { max: bytes - 1 } },
    });
  });
});

describe('preparePassword: the guard on the raw input', () => {
  const options: PreparePasswordOptions = { mode: 'login', maxLength: 4 };

  it('accepts input of exactly 4 × maxLength code units', () => {
    const result = preparePassword(`ab${'\n'.repeat(14)}`, options);
    expect(result).toMatchObject({ ok: true, value: 'ab', warnings: [{ code: 'newline-removed' }] });
  });

  it('refuses longer input before removing anything from it', () => {
    expect(preparePassword(`ab${'\n'.repeat(15)}`, options)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'too-long', detail: { max: 4 } }),
      warnings: [],
    });
  });

  it('names the default maximum of 1024 for 1 MB of input', () => {
    expect(preparePassword('x'.repeat(1 << 20), { mode: 'login' })).toMatchObject({
      ok: false,
      error: { code: 'too-long', detail: { max: 1024 } },
    });
  });
});

describe('preparePassword: positions count code points', () => {
  it('gives the position of a lone surrogate after an emoji', () => {
    expect(preparePassword('😀ab\ud800cd', { mode: 'login' })).toMatchObject({
      ok: false,
      error: { code: 'lone-surrogate', detail: { index: 4 } },
    });
  });

  it.each([
    ['\u{10000}\tpassword', 'U+10000, the first astral code point'],
    ['\u{10fffd}\tpassword', 'U+10FFFD, in the last private-use plane'],
    ['😀\tpassword', 'an emoji'],
  ])('gives the position of a control character after %j (%s)', (input) => {
    expect(preparePassword(input, { mode: 'login' })).toMatchObject({
      ok: false,
      error: { code: 'control-character', detail: { char: 'U+0009', codePoint: 'U+0009', index: 2 } },
    });
  });
});
