import { CROCKFORD, CROCKFORD_CHECK } from './alphabets.ts';

/**
 * Computes the Crockford Base32 check symbol of a code's data symbols: the value mod 37, written
 * with the 32 symbols and `* ~ $ = U`.
 *
 * @remarks
 * Decoding follows Crockford: case-insensitive, `I`/`L` read as `1`, `O` as `0`, hyphens
 * ignored. Computed incrementally, so codes of any length need no big integers. Mod 37 catches
 * every single-symbol substitution and every adjacent transposition.
 *
 * @param data - The data symbols (without the check symbol).
 * @returns The check symbol, or `undefined` when `data` is empty or holds a character that is not
 *   a Crockford symbol.
 *
 * @example
 * crockfordCheckSymbol('X011Z5') //=> '$'
 * crockfordCheckSymbol('7xkb-2w0k') //=> 'U'
 */
export function crockfordCheckSymbol(data: string): string | undefined {
  let rest: number | undefined;
  for (let ch of data) {
    if (ch === '-') continue;
    // ASCII only: `toUpperCase` would turn ß, ı or ſ into code characters.
    if (ch >= 'a' && ch <= 'z') ch = ch.toUpperCase();
    const value = CROCKFORD.indexOf(ch === 'O' ? '0' : ch === 'I' || ch === 'L' ? '1' : ch);
    if (value < 0) return undefined;
    rest = ((rest ?? 0) * 32 + value) % 37;
  }
  return rest === undefined ? undefined : (CROCKFORD + CROCKFORD_CHECK)[rest];
}
