/**
 * Keys next to each key on a QWERTY keyboard (JIS keyboards share the letter layout), for the
 * characters a domain can hold. Derived from the rows `1234567890-`, `qwertyuiop`, `asdfghjkl;`,
 * `zxcvbnm,./` with the usual half-key stagger: a key touches its row neighbours, the two keys
 * above it (same column and one to the right) and the two below (same column and one to the left).
 *
 * @example
 * QWERTY_NEIGHBORS.n //=> 'bhjm'
 */
export const QWERTY_NEIGHBORS: Readonly<Record<string, string>> = {
  '0': '-9op',
  '1': '2q',
  '2': '13qw',
  '3': '24ew',
  '4': '35er',
  '5': '46rt',
  '6': '57ty',
  '7': '68uy',
  '8': '79iu',
  '9': '08io',
  '-': '0p',
  q: '12aw',
  w: '23aeqs',
  e: '34drsw',
  r: '45deft',
  t: '56fgry',
  y: '67ghtu',
  u: '78hijy',
  i: '89jkou',
  o: '09iklp',
  p: '-0lo',
  a: 'qswz',
  s: 'adewxz',
  d: 'cefrsx',
  f: 'cdgrtv',
  g: 'bfhtvy',
  h: 'bgjnuy',
  j: 'hikmnu',
  k: 'ijlmo',
  l: '.kop',
  z: 'asx',
  x: 'cdsz',
  c: 'dfvx',
  v: 'bcfg',
  b: 'ghnv',
  n: 'bhjm',
  m: 'jkn',
  '.': 'l',
};

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
