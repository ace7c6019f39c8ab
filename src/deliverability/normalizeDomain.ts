import { foldWidth } from '../internal/width.ts';

/** Ideographic and half-width full stops that an IME types for `.`. */
const IME_DOTS = /[。｡]/g;

/**
 * Normalizes a typed domain for comparison: white space trimmed, full-width forms folded
 * (`ｇｍａｉｌ．ｃｏｍ`), ideographic full stops read as dots, lower-cased, one trailing root
 * dot removed. Non-ASCII letters are kept.
 *
 * @param domain - The domain as typed.
 * @returns The normalized domain (possibly empty).
 *
 * @example
 * normalizeDomain(' ＧＭＡＩＬ。com. ') //=> 'gmail.com'
 */
export function normalizeDomain(domain: string): string {
  const folded = foldWidth(domain.trim()).replace(IME_DOTS, '.').toLowerCase();
  return folded.endsWith('.') ? folded.slice(0, -1) : folded;
}
