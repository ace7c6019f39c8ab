/**
 * Checks a digit string with the Luhn algorithm (ISO/IEC 7812-1 Annex B), the check digit of card
 * numbers and many gift or serial codes.
 *
 * @remarks
 * From the right, every second digit is doubled (9 subtracted when above 9); the total must be a
 * multiple of 10. Anything but ASCII digits, or an empty string, is not valid.
 *
 * @param digits - The digits, check digit last, without separators.
 * @returns Whether the check digit matches.
 *
 * @example
 * isValidLuhn('79927398713') //=> true
 * isValidLuhn('79927398710') //=> false
 */
export function isValidLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) d = d > 4 ? 2 * d - 9 : 2 * d;
    sum += d;
  }
  return digits !== '' && sum % 10 === 0;
}
