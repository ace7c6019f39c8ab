import { LOOKALIKE_PAIRS, QWERTY_ROWS } from './data/keyboard.ts';

const DOMAIN_CHAR = /^[a-z0-9.-]$/;

/** 128 × 128 table: 1 when two ASCII characters are neighbouring keys or look-alikes. */
let near: Uint8Array | undefined;

function build(): Uint8Array {
  const table = new Uint8Array(128 * 128);
  const touch = (a = '', b = ''): void => {
    if (DOMAIN_CHAR.test(a) && DOMAIN_CHAR.test(b)) {
      table[a.charCodeAt(0) * 128 + b.charCodeAt(0)] = 1;
      table[b.charCodeAt(0) * 128 + a.charCodeAt(0)] = 1;
    }
  };
  QWERTY_ROWS.forEach((row, r) => {
    const below = QWERTY_ROWS[r + 1] ?? '';
    for (let i = 0; i < row.length; i++) {
      touch(row[i], row[i + 1]);
      touch(row[i], below[i]);
      touch(row[i], below[i - 1]);
    }
  });
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
  // Both in 0–127: no bit above the seventh (a negative number has them all).
  return ((a | b) & ~127) === 0 && near[(a << 7) | b] === 1;
}
