import { LOOKALIKE_DIGRAPHS } from './data/keyboard.ts';
import { isNearKey } from './isNearKey.ts';

/** Longest string the distance is computed for; longer pairs are "too far". */
const MAX_LENGTH = 63;

let rows: Int32Array | undefined;

/** Whether a code unit ends a look-alike digraph (`m`, `n`, `v`, `w`, `d`, `l`). */
function endsDigraph(c: number): boolean {
  return c === 109 || c === 110 || c === 118 || c === 119 || c === 100 || c === 108;
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

/** Cheapest way to end the alignment at (i, j) with a look-alike digraph, or a large cost. */
function digraphCost(
  typed: string,
  intended: string,
  i: number,
  j: number,
  d: Int32Array,
  pp: number,
  p: number,
): number {
  let best = Number.MAX_SAFE_INTEGER;
  for (const [from, to] of LOOKALIKE_DIGRAPHS) {
    if (
      i >= from.length &&
      j >= to.length &&
      typed.startsWith(from, i - from.length) &&
      intended.startsWith(to, j - to.length)
    ) {
      const row = from.length === 2 ? pp : p;
      best = Math.min(best, (d[row + j - to.length] ?? 0) + 2);
    }
  }
  return best;
}

/**
 * Keyboard-aware weighted Damerau–Levenshtein distance (optimal string alignment) between what
 * was typed and what was meant, in quarter units (2 = one slip, 4 = one full edit).
 *
 * @remarks
 * Costs: a neighbouring QWERTY key, a transposition, a dropped letter, a doubled letter, a visual
 * pair (`rn`/`m`, `vv`/`w`, `cl`/`d`, `1`/`l`, `0`/`o`) or `k`/`c` cost 2; an extra key next to its
 * neighbour 3; any other edit 4. The computation stops as soon as every path costs more than
 * `bound`, and then returns `bound + 1`.
 *
 * @param typed - The string as typed (lower-case).
 * @param intended - The string it is compared with (lower-case).
 * @param bound - The largest cost of interest.
 * @returns The cost, or `bound + 1` when it is larger than `bound`.
 *
 * @example
 * weightedDistance('gmial', 'gmail', 8) //=> 2 (one transposition)
 * @example
 * weightedDistance('sony', 'sky', 8) //=> 6 (an adjacent key and an extra letter)
 */
export function weightedDistance(typed: string, intended: string, bound: number): number {
  const n = typed.length;
  const m = intended.length;
  if (n > MAX_LENGTH || m > MAX_LENGTH || Math.abs(n - m) * 2 > bound) return bound + 1;
  rows ??= new Int32Array(3 * (MAX_LENGTH + 1));
  const d = rows;
  const width = m + 1;
  // Three rolling rows: i - 2 at `pp`, i - 1 at `p`, i at `c`.
  let pp = 0;
  let p = width;
  let c = 2 * width;
  for (let j = 0; j <= m; j++) d[p + j] = j * 2;
  for (let i = 1; i <= n; i++) {
    const a = typed.charCodeAt(i - 1);
    const extra = insertionCost(typed, i - 1);
    let rowMin = (d[p] ?? 0) + extra;
    d[c] = rowMin;
    for (let j = 1; j <= m; j++) {
      const b = intended.charCodeAt(j - 1);
      let best = (d[p + j - 1] ?? 0) + (a === b ? 0 : isNearKey(a, b) ? 2 : 4);
      const skip = (d[p + j] ?? 0) + extra;
      if (skip < best) best = skip;
      const drop = (d[c + j - 1] ?? 0) + 2;
      if (drop < best) best = drop;
      if (a !== b && i > 1 && j > 1 && a === intended.charCodeAt(j - 2) && typed.charCodeAt(i - 2) === b) {
        const swap = (d[pp + j - 2] ?? 0) + 2;
        if (swap < best) best = swap;
      }
      if (a !== b && endsDigraph(a) && endsDigraph(b)) {
        best = Math.min(best, digraphCost(typed, intended, i, j, d, pp, p));
      }
      d[c + j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > bound) return bound + 1;
    const free = pp;
    pp = p;
    p = c;
    c = free;
  }
  const result = d[p + m] ?? 0;
  return result > bound ? bound + 1 : result;
}
