import { describe, expect, it } from 'vitest';
import { deliverabilityHints, suggestDomain } from '../../src/deliverability/index.ts';
import { isNearKey } from '../../src/deliverability/isNearKey.ts';
import { weightedDistance } from '../../src/deliverability/weightedDistance.ts';

// The tables that are now derived from other tables, checked against the explicit lists they
// replaced (src/deliverability/data before the size work).

const YAHOO_JAPAN = ['yahoo.co.jp'];
const YAHOO = [
  'yahoo.com',
  'ymail.com',
  'rocketmail.com',
  'yahoo.co.uk',
  'yahoo.fr',
  'yahoo.de',
  'yahoo.es',
  'yahoo.it',
  'yahoo.ca',
  'yahoo.ie',
  'yahoo.gr',
  'yahoo.se',
  'yahoo.dk',
  'yahoo.no',
  'yahoo.pl',
  'yahoo.ro',
  'yahoo.at',
  'yahoo.be',
  'yahoo.in',
  'yahoo.co.in',
  'yahoo.co.id',
  'yahoo.co.nz',
  'yahoo.co.th',
  'yahoo.com.au',
  'yahoo.com.br',
  'yahoo.com.mx',
  'yahoo.com.ar',
  'yahoo.com.tw',
  'yahoo.com.hk',
  'yahoo.com.sg',
  'yahoo.com.ph',
  'yahoo.com.vn',
  'yahoo.com.my',
  'aol.com',
  'aol.jp',
  'aim.com',
  'aol.co.uk',
  'aol.fr',
  'aol.de',
];

const QWERTY_NEIGHBORS: Readonly<Record<string, string>> = {
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
const LOOKALIKE_PAIRS = ['1l', 'l1', '0o', 'o0', 'kc', 'ck', 'il', 'li'];

describe('derived tables', () => {
  it.each([
    ...YAHOO_JAPAN.map((d): [string, string] => [d, 'yahoo-japan']),
    ...YAHOO.map((d): [string, string] => [d, 'yahoo']),
  ])('spoofing-filter for %s (%s)', (domain, provider) => {
    const hint = deliverabilityHints(`taro@${domain}`).hints.find((h) => h.code === 'spoofing-filter');
    expect(hint?.data?.provider).toBe(provider);
  });

  it('gives yahoo.ne.jp (Y!mobile) carrier-filter, not spoofing-filter', () => {
    const codes = deliverabilityHints('taro@yahoo.ne.jp').hints.map((h) => h.code);
    expect(codes).toContain('carrier-filter');
    expect(codes).not.toContain('spoofing-filter');
  });

  it('derives exactly the former keyboard neighbour table from the rows', () => {
    const chars = 'abcdefghijklmnopqrstuvwxyz0123456789.-,;/ ';
    for (const a of chars) {
      for (const b of chars) {
        const expected =
          (QWERTY_NEIGHBORS[a]?.includes(b) ?? false) ||
          (QWERTY_NEIGHBORS[b]?.includes(a) ?? false) ||
          LOOKALIKE_PAIRS.includes(a + b);
        expect(isNearKey(a.charCodeAt(0), b.charCodeAt(0)), `${a}${b}`).toBe(expected);
      }
    }
  });

  it.each([
    'example.jp',
    'example.co.jp',
    'example1.ne.jp',
    'example9.or.jp',
    'example.ac.jp',
    'example.ad.jp',
    'example.go.jp',
    'example.gr.jp',
    'example.ed.jp',
    'example.lg.jp',
    'mail.example0.co.jp',
  ])('reserved-domain for %s', (domain) => {
    expect(deliverabilityHints(`taro@${domain}`).hints.map((h) => h.code)).toContain('reserved-domain');
  });

  it.each(['example10.co.jp', 'my-example.co.jp', 'example.com.jp', 'xexample.jp'])(
    'no reserved-domain for %s',
    (domain) => {
      const result = deliverabilityHints(`taro@${domain}`);
      expect(result.hints.map((h) => h.code)).not.toContain('reserved-domain');
    },
  );
});

describe('pruned search', () => {
  it('keeps the look-alike digraphs in both directions', () => {
    expect(weightedDistance('rn', 'm', 8)).toBe(2);
    expect(weightedDistance('m', 'rn', 8)).toBe(2);
    expect(weightedDistance('clocomo', 'docomo', 8)).toBe(2);
    expect(weightedDistance('hotmai1', 'hotmail', 8)).toBe(2);
  });

  it('compares prefixes when lengths are given', () => {
    expect(weightedDistance('gotmail', 'hotmail', 8, 3, 3)).toBe(weightedDistance('got', 'hot', 8));
  });

  it('gives the same answer however often and in whatever order it is asked', () => {
    const inputs = ['gmial.com', 'yahoo.co.jo', 'gmx.com', 'hotmial.co.jp', 'yahoo.co', 'docomo.ne'];
    const first = inputs.map((d) => suggestDomain(d));
    expect([...inputs].reverse().map((d) => suggestDomain(d))).toEqual([...first].reverse());
  });
});
