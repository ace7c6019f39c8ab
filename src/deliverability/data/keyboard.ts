/**
 * The rows of a QWERTY keyboard (JIS keyboards share the letter layout), each shifted half a key
 * right of the one above. A key touches its row neighbours, the two keys above it (same column
 * and one to the right) and the two below (same column and one to the left); only the
 * characters a domain can hold count.
 *
 * @example
 * QWERTY_ROWS[1] //=> 'qwertyuiop'
 */
export const QWERTY_ROWS: readonly string[] = ['1234567890-', 'qwertyuiop', 'asdfghjkl;', 'zxcvbnm,./'];

/**
 * Single characters that look or sound alike and are swapped by people, not by fingers:
 * `1`/`l`, `0`/`o` (look-alikes), `k`/`c` (ドコモ is romanised both ways), `i`/`l`.
 * Each pair costs as much as an adjacent key.
 *
 * @example
 * LOOKALIKE_PAIRS.includes('kc') //=> true
 */
export const LOOKALIKE_PAIRS: readonly string[] = ['1l', 'l1', '0o', 'o0', 'kc', 'ck', 'il', 'li'];

/**
 * Two typed characters read as one intended character (`rn` looks like `m`), or the reverse.
 * Each entry is `[typed, intended]`; both directions are listed.
 *
 * @example
 * LOOKALIKE_DIGRAPHS[0] //=> ['rn', 'm']
 */
export const LOOKALIKE_DIGRAPHS: readonly (readonly [string, string])[] = [
  ['rn', 'm'],
  ['vv', 'w'],
  ['cl', 'd'],
  ['m', 'rn'],
  ['w', 'vv'],
  ['d', 'cl'],
];
