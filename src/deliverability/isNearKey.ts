import { LOOKALIKE_PAIRS, QWERTY_NEIGHBORS } from './data/keyboard.ts';

/** 128 × 128 table: 1 when two ASCII characters are neighbouring keys or look-alikes. */
let near: Uint8Array | undefined;

function build(): Uint8Array {
  const table = new Uint8Array(128 * 128);
  for (const [key, neighbours] of Object.entries(QWERTY_NEIGHBORS)) {
    for (const other of neighbours) {
      table[key.charCodeAt(0) * 128 + other.charCodeAt(0)] = 1;
      table[other.charCodeAt(0) * 128 + key.charCodeAt(0)] = 1;
    }
  }
  for (const pair of LOOKALIKE_PAIRS) table[pair.charCodeAt(0) * 128 + pair.charCodeAt(1)] = 1;
  return table;
}

/**
 * Whether two characters (UTF-16 code units) are neighbouring QWERTY keys or look-alikes
 * (`1`/`l`, `0`/`o`, `k`/`c`, `i`/`l`): swapping them is a slip, not a full edit. The table is
 * built on the first call.
 *
 * @param a - One character code.
 * @param b - The other.
 * @returns `true` for a neighbouring or look-alike pair.
 *
 * @example
 * isNearKey('n'.charCodeAt(0), 'm'.charCodeAt(0)) //=> true
 */
export function isNearKey(a: number, b: number): boolean {
  near ??= build();
  return a >= 0 && b >= 0 && a < 128 && b < 128 && near[a * 128 + b] === 1;
}
