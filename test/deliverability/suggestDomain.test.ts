import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestDomain } from '../../src/deliverability/index.ts';
import { weightedDistance } from '../../src/deliverability/weightedDistance.ts';
import { codePointString } from '../codePointString.ts';
import { propertyRuns } from '../underMutation.ts';
import { REAL_NEAR_MISSES, TYPO_CASES } from './typoCases.ts';

describe('suggestDomain: typos', () => {
  it('has at least 50 typo cases and 20 real near-misses', () => {
    expect(TYPO_CASES.length).toBeGreaterThanOrEqual(50);
    expect(REAL_NEAR_MISSES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(TYPO_CASES)('%s → %s', (typed, intended) => {
    expect(suggestDomain(typed)).toBe(intended);
  });

  it.each(REAL_NEAR_MISSES)('leaves the real domain %s alone', (domain) => {
    expect(suggestDomain(domain)).toBeNull();
  });
});

describe('suggestDomain: what it must not correct', () => {
  it.each([
    'example.co.jp',
    'u-tokyo.ac.jp',
    'pref.tokyo.lg.jp',
    'technion.ac.il',
    'mail.yahoo.co.jp',
    'hotmail.cl', // a real ending of a brand with several domains: may be a regional domain
    'yahoo.co', // yahoo.com or yahoo.co.jp: a tie, nothing is suggested
    'lastmail.com', // another service, not fastmail.com
    'amail.com', // not gmail.com: the brand part differs by a full edit
    'yopmail.com',
    'maildrop.cc',
    'bücher.de',
    'xn--',
    'xn--zz-ezz.com',
    '例え.jp',
    'company_name.com',
    '',
    '   ',
    '.',
    'yahoo', // several domains: not completed
  ])('%j → null', (domain) => {
    expect(suggestDomain(domain)).toBeNull();
  });
});

describe('suggestDomain: forms and scripts', () => {
  it.each([
    ['  GMIAL.COM. ', 'gmail.com'],
    ['ｇｍｉａｌ．ｃｏｍ', 'gmail.com'],
    ['gmial。com', 'gmail.com'],
    ['gmail', 'gmail.com'],
    ['docomo', 'docomo.ne.jp'],
    ['gmаil.com', 'gmail.com'], // Cyrillic а
    ['xn--gmil-63d.com', 'gmail.com'],
    ['уаhoo.co.jp', 'yahoo.co.jp'], // Cyrillic у and а
    ['іcloud.com', 'icloud.com'], // Cyrillic і
  ])('%j → %s', (typed, intended) => {
    expect(suggestDomain(typed)).toBe(intended);
  });

  it('returns null for what is not a string', () => {
    expect(suggestDomain(42 as unknown as string)).toBeNull();
    expect(suggestDomain(null as unknown as string)).toBeNull();
  });

  it('handles 1 MB of input', () => {
    expect(suggestDomain(`${'a'.repeat(1_000_000)}.com`)).toBeNull();
    expect(suggestDomain(`gmail.com${'\u0000'.repeat(1_000_000)}`)).toBeNull();
  });

  it('never throws, and a suggestion is a real domain that is never corrected again', () => {
    fc.assert(
      fc.property(fc.oneof(codePointString(), fc.domain()), (domain) => {
        const suggestion = suggestDomain(domain);
        if (suggestion !== null) {
          expect(suggestion).toMatch(/^[a-z0-9.-]+$/);
          expect(suggestDomain(suggestion)).toBeNull();
        }
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it('corrects a one-slip typo of gmail.com wherever the slip is', () => {
    const name = 'gmail';
    fc.assert(
      fc.property(fc.integer({ min: 1, max: name.length - 2 }), (i) => {
        const swapped = `${name.slice(0, i)}${name[i + 1]}${name[i]}${name.slice(i + 2)}.com`;
        expect(suggestDomain(swapped)).toBe('gmail.com');
      }),
    );
  });
});

describe('weightedDistance', () => {
  it.each([
    ['gmail', 'gmail', 0],
    ['gmial', 'gmail', 2], // transposition
    ['gnail', 'gmail', 2], // neighbouring key
    ['gmal', 'gmail', 2], // dropped letter
    ['gmaill', 'gmail', 2], // doubled letter
    ['grnail', 'gmail', 2], // rn looks like m
    ['gmajl', 'gmail', 2], // j is next to i
    ['gmeil', 'gmail', 4], // a full substitution
    ['dokomo', 'docomo', 2], // k/c
    ['hotrnail', 'hotmail', 2],
    ['vvalmart', 'walmart', 2],
    ['m', 'rn', 2],
    ['sony', 'sky', 6],
  ])('%s → %s costs %i', (typed, intended, cost) => {
    expect(weightedDistance(typed, intended, 8)).toBe(cost);
  });

  it('stops at the bound', () => {
    expect(weightedDistance('abcdefgh', 'zyxwvuts', 4)).toBe(5);
    expect(weightedDistance('a'.repeat(100), 'a'.repeat(100), 4)).toBe(5);
  });
});
