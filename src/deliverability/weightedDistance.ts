import { LOOKALIKE_DIGRAPHS } from './data/keyboard.ts';
import { isNearKey } from './isNearKey.ts';

/** Longest string the distance is computed for; longer pairs are "too far". */
const MAX_LENGTH = 63;

let rows: Int32Array | undefined;

/**
 * The look-alike digraphs by the single character they stand for: `[c]` holds the two other
 * character codes (`first << 8 | second`), `[128 + c]` when the two are the typed side
 * (`rn` typed for `m`), `[c]` when they are the intended side (`m` typed for `rn`).
 */
let digraphs: Uint16Array | undefined;

function buildDigraphs(): Uint16Array {
  const table = new Uint16Array(256);
  for (const [from, to] of LOOKALIKE_DIGRAPHS) {
    const [one, two] = from.length === 1 ? [from, to] : [to, from];
    table[(from.length === 1 ? 0 : 128) + one.charCodeAt(0)] = (two.charCodeAt(0) << 8) | two.charCodeAt(1);
  }
  return table;
}

/**
 * Cost of the extra typed character at `i`: a doubled letter is a slip (2), a key next to a
 * neighbouring typed key a near slip (3), anything else a full edit (4).
 */
function insertionCost(typed: string, i: number): number {
  const c = typed.charCodeAt(i);
  const before = i > 0 ? typed.charCodeAt(i - 1) : -1;
  const after = i + 1 < typed.length ? typed.charCodeAt(i + 1) : -1;
  if (c === before || c === after) return 2;
  return isNearKey(c, before) || isNearKey(c, after) ? 3 : 4;
}

/**
 * Keyboard-aware weighted Damerau–Levenshtein distance (optimal string alignment) between what
 * was typed and what was meant, in quarter units (2 = one slip, 4 = one full edit).
 *
 * @remarks
 * Costs: a neighbouring QWERTY key, a transposition, a dropped letter, a doubled letter, a visual
 * pair (`rn`/`m`, `vv`/`w`, `cl`/`d`, `1`/`l`, `0`/`o`) or `k`/`c` cost 2; an extra key next to its
 * neighbour 3; any other edit 4. The computation stops as soon as every path costs more than
 * `bound`, and then returns `bound + 1`. Only the first `n` and `m` characters are compared
 * when given, so that a caller compares prefixes without slicing; whether an extra key doubles
 * its neighbour is still read from the whole of `typed` (`gm|mail`: the second m doubles).
 *
 * @param typed - The string as typed (lower-case).
 * @param intended - The string it is compared with (lower-case).
 * @param bound - The largest cost of interest.
 * @param n - How many characters of `typed` to compare.
 * @param m - How many characters of `intended` to compare.
 * @returns The cost, or `bound + 1` when it is larger than `bound`.
 *
 * @example
 * weightedDistance('gmial', 'gmail', 8) //=> 2 (one transposition)
 * @example
 * weightedDistance('sony', 'sky', 8) //=> 6 (an adjacent key and an extra letter)
 */
export function weightedDistance(
  typed: string,
  intended: string,
  bound: number,
  n = typed.length,
  m = intended.length,
): number {
  if (n > MAX_LENGTH || m > MAX_LENGTH || (n > m ? n - m : m - n) * 2 > bound) return bound + 1;
  rows ??= new Int32Array(3 * (MAX_LENGTH + 1));
  digraphs ??= buildDigraphs();
  const d = rows;
  const pairs = digraphs;
  const width = m + 1;
  // Three rolling rows: i - 2 at `pp`, i - 1 at `p`, i at `c`.
  let pp = 0;
  let p = width;
  let c = 2 * width;
  for (let j = 0; j <= m; j++) d[p + j] = j * 2;
  // The smallest cost in row i - 1 (row 0 starts at 0).
  let previousMin = 0;
  for (let i = 1; i <= n; i++) {
    const a = typed.charCodeAt(i - 1);
    const extra = insertionCost(typed, i - 1);
    // One typed character for two intended (`m` typed for `rn`): the same for the whole row.
    const split = a < 128 ? (pairs[a] ?? 0) : 0;
    let rowMin = (d[p] ?? 0) + extra;
    d[c] = rowMin;
    for (let j = 1; j <= m; j++) {
      const b = intended.charCodeAt(j - 1);
      let best = (d[p + j - 1] ?? 0) + (a === b ? 0 : isNearKey(a, b) ? 2 : 4);
      const skip = (d[p + j] ?? 0) + extra;
      if (skip < best) best = skip;
      const drop = (d[c + j - 1] ?? 0) + 2;
      if (drop < best) best = drop;
      // Transpositions and look-alike digraphs all end in two different characters.
      if (a !== b) {
        if (i > 1 && j > 1 && a === intended.charCodeAt(j - 2) && typed.charCodeAt(i - 2) === b) {
          const swap = (d[pp + j - 2] ?? 0) + 2;
          if (swap < best) best = swap;
        }
        // Two typed characters for one intended (`rn` → `m`), or one for two (`m` → `rn`).
        const pair = b < 128 ? (pairs[128 + b] ?? 0) : 0;
        if (pair !== 0 && i > 1 && a === (pair & 255) && typed.charCodeAt(i - 2) === pair >> 8) {
          const look = (d[pp + j - 1] ?? 0) + 2;
          if (look < best) best = look;
        }
        if (split !== 0 && j > 1 && b === (split & 255) && intended.charCodeAt(j - 2) === split >> 8) {
          const look = (d[p + j - 2] ?? 0) + 2;
          if (look < best) best = look;
        }
      }
      d[c + j] = best;
      if (best < rowMin) rowMin = best;
    }
    // Transpositions and look-alike pairs reach back two rows: stop only when both are too far.
    if (rowMin > bound && previousMin > bound) return bound + 1;
    previousMin = rowMin;
    const free = pp;
    pp = p;
    p = c;
    c = free;
  }
  const result = d[p + m] ?? 0;
  return result > bound ? bound + 1 : result;
}
