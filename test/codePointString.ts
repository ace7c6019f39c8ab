import fc from 'fast-check';

/** fast-check's `unit: 'binary'` draws U+0000..U+10FFFF minus the 2,048 surrogate code points. */
const SURROGATES = 0x800;
const codePoint = fc
  .nat({ max: 0x10ffff - SURROGATES })
  .map((n) => String.fromCodePoint(n < 0xd800 ? n : n + SURROGATES));

/**
 * Strings of any Unicode scalar values: the same values as `fc.string({ unit: 'binary' })`, without
 * the reverse map of 1.1 million code points fast-check builds for that unit the first time a
 * worker uses it (a second or more). Mutation testing starts a fresh worker for every mutant,
 * so each of them paid that second again for every test file that used the unit.
 *
 * @example
 * fc.property(codePointString({ maxLength: 40 }), (text) => ...)
 */
export function codePointString(constraints: Omit<fc.StringConstraints, 'unit'> = {}): fc.Arbitrary<string> {
  return fc.string({ ...constraints, unit: codePoint });
}
