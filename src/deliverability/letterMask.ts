/**
 * The set of characters in the first `length` characters of a name, one bit per letter (digits
 * share four bits, `.` and `-` one each): two names whose sets differ by k characters are at
 * least `2 * ceil(k / 3)` apart, since one slip replaces at most three characters (`rn` → `m`).
 *
 * @param text - A lower-case ASCII name.
 * @param length - How many characters to take.
 * @returns A 32-bit mask.
 *
 * @example
 * letterMask('ab', 2) //=> 3
 */
export function letterMask(text: string, length: number): number {
  let mask = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    mask |= 1 << (c >= 97 ? c - 97 : c >= 48 ? 26 + (c & 3) : c === 46 ? 30 : 31);
  }
  return mask;
}
