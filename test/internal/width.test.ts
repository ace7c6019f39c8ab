import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWidth, isWidthForm } from '../../src/internal/width.ts';
import { codePointString } from '../codePointString.ts';

describe('foldWidth', () => {
  it.each([
    ['１２３４', '1234'],
    ['ＴＡＲＯ＠ｇｍａｉｌ．ｃｏｍ', 'TARO@gmail.com'],
    ['abc－１２', 'abc-12'],
    ['ｶﾞｲﾄﾞ', 'ガイド'],
    ['１²', '1²'], // superscripts are not width forms
    ['①', '①'],
    ['　', '　'], // U+3000 is white space, not a width form
    ['plain ascii', 'plain ascii'],
    ['', ''],
    ['\uff01\uffee', '!○'], // the first and last width forms: ！ and ￮ (HALFWIDTH WHITE CIRCLE)
  ])('%j → %j', (input, expected) => {
    expect(foldWidth(input)).toBe(expected);
  });

  it('returns the same string object when there is nothing to fold', () => {
    const text = 'nothing to fold here';
    expect(foldWidth(text)).toBe(text);
  });

  it('only changes width forms', () => {
    fc.assert(
      fc.property(codePointString(), (text) => {
        const folded = foldWidth(text);
        for (let i = 0; i < folded.length; i++) expect(isWidthForm(folded.charCodeAt(i))).toBe(false);
        const withoutForms = [...text].filter((c) => !isWidthForm(c.charCodeAt(0))).join('');
        // Everything that was not a width form is still there, in order.
        let at = 0;
        for (const char of withoutForms) {
          at = folded.indexOf(char, at);
          expect(at).toBeGreaterThanOrEqual(0);
          at += char.length;
        }
      }),
    );
  });
});

describe('isWidthForm', () => {
  it.each([
    [0xff00, false],
    [0xff01, true],
    [0xffee, true],
    [0xffef, false],
    [0x3000, false],
  ])('%i → %s', (unit, expected) => {
    expect(isWidthForm(unit)).toBe(expected);
  });
});
