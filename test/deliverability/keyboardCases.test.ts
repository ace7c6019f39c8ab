// isNearKey builds its 128 × 128 table on the first call (`near ??= build()`): each case loads
// a fresh copy of the module so that it checks a table it built itself. letterMask is a pure
// function whose contract (one bit per letter, digits in four shared bits, `.` and `-` one each)
// is what keeps the pruning of suggestDomain sound.
import { describe, expect, it, vi } from 'vitest';
import { letterMask } from '../../src/deliverability/letterMask.ts';

async function freshIsNearKey() {
  vi.resetModules();
  const { isNearKey } = await import('../../src/deliverability/isNearKey.ts');
  return (a: string, b: string) => isNearKey(a.charCodeAt(0), b.charCodeAt(0));
}

// The neighbours of each key on a QWERTY keyboard, written out by hand (row neighbours, the two
// keys above and the two below); keys that a domain cannot hold (`;`, `,`, `/`) never count.
const NEIGHBOURS: Readonly<Record<string, string>> = {
  '1': '2q',
  '5': '46rt',
  '0': '-9op',
  '-': '0p',
  q: '12aw',
  t: '56fgry',
  p: '-0lo',
  a: 'qswz',
  g: 'bfhtvy',
  l: '.kop',
  z: 'asx',
  n: 'bhjm',
  m: 'jkn',
  '.': 'l',
};
const LOOKALIKES = ['1l', '0o', 'kc', 'il'];
const KEYS = 'abcdefghijklmnopqrstuvwxyz0123456789.-;,/ ';

describe('isNearKey (fresh table)', () => {
  it('knows the neighbours of keys on every row and at both ends of a row', async () => {
    const near = await freshIsNearKey();
    for (const [key, neighbours] of Object.entries(NEIGHBOURS)) {
      const lookalikes = LOOKALIKES.flatMap((p) => (p.includes(key) ? [p.replace(key, '')] : []));
      const expected = [...KEYS].filter((other) => neighbours.includes(other) || lookalikes.includes(other));
      expect([...KEYS].filter((other) => near(key, other)).join(''), key).toBe(expected.join(''));
      expect([...KEYS].filter((other) => near(other, key)).join(''), key).toBe(expected.join('')); // symmetric
    }
  });

  it('counts the look-alike pairs in both directions, and nothing else far apart', async () => {
    const near = await freshIsNearKey();
    for (const pair of LOOKALIKES) {
      expect(near(pair.charAt(0), pair.charAt(1)), pair).toBe(true);
      expect(near(pair.charAt(1), pair.charAt(0)), pair).toBe(true);
    }
    expect(near('a', 'a')).toBe(false); // the same key is no slip
    expect(near('q', 's')).toBe(false);
    expect(near('1', 'w')).toBe(false);
    expect(near('2', 'q')).toBe(true);
    expect(near('l', ';')).toBe(false);
    expect(near('m', ',')).toBe(false);
    expect(near('.', '/')).toBe(false);
  });

  it('is false for any code unit outside ASCII, even one that would alias a near pair', async () => {
    vi.resetModules();
    const { isNearKey } = await import('../../src/deliverability/isNearKey.ts');
    const n = 'n'.charCodeAt(0);
    const p = 'p'.charCodeAt(0);
    // (n << 7) | (p + 128) is the slot of ('o', 'p'), a near pair: the range check must refuse it.
    expect(isNearKey('o'.charCodeAt(0), p)).toBe(true);
    expect(isNearKey(n, p | 128)).toBe(false);
    expect(isNearKey(n + 128, 'm'.charCodeAt(0))).toBe(false);
    expect(isNearKey(-1, 'm'.charCodeAt(0))).toBe(false);
    expect(isNearKey('м'.charCodeAt(0), 'n'.charCodeAt(0))).toBe(false); // Cyrillic м
  });
});

describe('letterMask', () => {
  const bit = (c: string) => letterMask(c, 1);
  const bits = (mask: number) => (mask >>> 0).toString(2).replaceAll('0', '').length;

  it('gives each letter, `.` and `-` a bit of its own', () => {
    const own = [...'abcdefghijklmnopqrstuvwxyz.-'].map(bit);
    for (const mask of own) expect(bits(mask)).toBe(1);
    expect(new Set(own).size).toBe(28);
    expect(letterMask('ab', 2)).toBe(3); // the TSDoc example: a is bit 0, b bit 1
    expect(bit('z')).toBe(1 << 25);
  });

  it('puts the ten digits into four bits shared by no letter, `.` or `-`', () => {
    const digits = [...'0123456789'].map(bit);
    for (const mask of digits) expect(bits(mask)).toBe(1);
    expect(new Set(digits).size).toBe(4);
    expect(bit('0')).toBe(bit('4'));
    expect(bit('1')).not.toBe(bit('0'));
    const others = [...'abcdefghijklmnopqrstuvwxyz.-'].reduce((mask, c) => mask | bit(c), 0);
    for (const mask of digits) expect(mask & others).toBe(0);
  });

  it('reads exactly the first `length` characters', () => {
    expect(letterMask('hotmail', 3)).toBe(bit('h') | bit('o') | bit('t'));
    expect(letterMask('hotmail', 7)).toBe(
      letterMask('hotmail', 3) | bit('m') | bit('a') | bit('i') | bit('l'),
    );
    expect(letterMask('gmail', 0)).toBe(0);
    expect(letterMask('co.jp', 5)).toBe(bit('c') | bit('o') | bit('.') | bit('j') | bit('p'));
    expect(letterMask('aaa', 3)).toBe(bit('a'));
  });
});
