import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLoneSurrogate, formatCodePoint } from '../../src/internal/codePoint.ts';
import { codePointString } from '../codePointString.ts';

describe('formatCodePoint', () => {
  it.each([
    [0x41, 'U+0041'],
    [0x200b, 'U+200B'],
    [0x1f600, 'U+1F600'],
    [0x10ffff, 'U+10FFFF'],
  ])('%i → %s', (codePoint, expected) => {
    expect(formatCodePoint(codePoint)).toBe(expected);
  });
});

describe('findLoneSurrogate', () => {
  it.each([
    ['abc', -1],
    ['😀', -1],
    ['a\uD800b', 1],
    ['a\uDC00', 1],
    ['😀\uD83D', 2],
    ['\uDE00😀', 0],
    ['\uD800\uE000', 0], // a high surrogate before a character just past the low surrogates
    ['\uDBFF\uDC00', -1],
  ])('%j → %i', (text, expected) => {
    expect(findLoneSurrogate(text)).toBe(expected);
  });

  it('agrees with the scan when isWellFormed is missing', () => {
    // Strings rich in surrogates, paired or not: code points alone are always well-formed.
    const unit = fc.oneof(
      fc.integer({ min: 0xd7fe, max: 0xe001 }).map((code) => String.fromCharCode(code)),
      codePointString({ maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit }), (text) => {
        const scanned = findLoneSurrogate(Object.assign(Object(text), { isWellFormed: undefined }) as string);
        expect(scanned).toBe(findLoneSurrogate(text));
        expect(scanned === -1).toBe((text as unknown as { isWellFormed(): boolean }).isWellFormed());
      }),
    );
  });
});
