// suggestDomain on a freshly loaded module, and the exact behaviour of its search.
//
// The domain index, the keyboard table and the look-alike digraphs are built on the first call
// and kept in module variables. A case that reuses tables another test built checks nothing of
// the build, so the cases of the first block each load a fresh copy of the module and run a
// slice of the shared typo set against the tables they built themselves.
import { describe, expect, it, vi } from 'vitest';
import { suggestDomain } from '../../src/deliverability/index.ts';
import { REAL_NEAR_MISSES, TYPO_CASES } from './typoCases.ts';

async function freshSuggestDomain() {
  vi.resetModules();
  return (await import('../../src/deliverability/index.ts')).suggestDomain;
}

const slices = <T>(list: readonly T[], count: number): T[][] => {
  const size = Math.ceil(list.length / count);
  return Array.from({ length: count }, (_, i) => list.slice(i * size, (i + 1) * size));
};

describe('suggestDomain on a fresh module: the shared typo set', () => {
  it.each(slices(TYPO_CASES, 4).map((cases, i) => [i + 1, cases] as const))(
    'corrects typo slice %i exactly',
    async (_, cases) => {
      const suggest = await freshSuggestDomain();
      const got = cases.map(([typed]) => [typed, suggest(typed)]);
      expect(got).toEqual(cases.map(([typed, intended]) => [typed, intended]));
    },
  );

  it.each(slices(REAL_NEAR_MISSES, 2).map((domains, i) => [i + 1, domains] as const))(
    'leaves real near-miss slice %i alone',
    async (_, domains) => {
      const suggest = await freshSuggestDomain();
      expect(domains.filter((domain) => suggest(domain) !== null)).toEqual([]);
    },
  );

  it('uses the keyboard table, the look-alikes and the digraphs it builds on its first call', async () => {
    const suggest = await freshSuggestDomain();
    expect(suggest('gnail.com')).toBe('gmail.com'); // n is next to m
    expect(suggest('hotmai1.com')).toBe('hotmail.com'); // 1 looks like l
    expect(suggest('yah0o.co.jp')).toBe('yahoo.co.jp'); // 0 looks like o
    expect(suggest('dokomo.ne.jp')).toBe('docomo.ne.jp'); // k for c
    expect(suggest('hotrnail.com')).toBe('hotmail.com'); // rn looks like m
    expect(suggest('clocomo.ne.jp')).toBe('docomo.ne.jp'); // cl looks like d
    expect(suggest('gmail.xom')).toBe('gmail.com'); // x is next to c
    expect(suggest('gmeel.com')).toBeNull(); // two full edits: e is next to neither a nor i
    expect(suggest('gmail.vom')).toBe('gmail.com');
  });
});

describe('suggestDomain: one slip of an ending that is no real ending', () => {
  it.each([
    ['mail.ccom', 'mail.com'], // a doubled letter (mail is an everyday name: only its ending moves)
    ['mail.ocm', 'mail.com'], // two letters swapped
    ['mail.dom', 'mail.com'], // d is next to c
    ['live.con', 'live.com'],
    ['yahoo.cojp', 'yahoo.co.jp'], // a dropped dot
    ['yahoo.co.ap', 'yahoo.co.jp'],
    ['plala.oor.jp', 'plala.or.jp'], // a doubled letter inside a two-label ending
  ])('%s → %s', (typed, intended) => {
    expect(suggestDomain(typed)).toBe(intended);
  });

  it.each([
    ['ggmail.ccom', 'gmail.com'],
    ['ggmail.ocm', 'gmail.com'],
    ['ggmail.om', 'gmail.com'], // om is a listed slip of com
    ['gail.ocm', 'gmail.com'],
    ['ahoo.o.jp', 'yahoo.co.jp'],
    ['yyahoo.o.in', 'yahoo.co.in'],
  ])('corrects one slip of the name on top of one slip of the ending: %s → %s', (typed, intended) => {
    expect(suggestDomain(typed)).toBe(intended);
  });

  it.each([
    'ymobile.co.jp', // not uqmobile.jp: with a slipped ending the name may be off by one slip only
    'privaterelay.appleidc.om', // endings are split off at dots only
    'i.softbankj.p',
    'privaterelay.appleidcom',
  ])('leaves %s alone', (typed) => {
    expect(suggestDomain(typed)).toBeNull();
  });
});

describe('suggestDomain: brands with several real endings', () => {
  it.each([
    ['yahoo.eo.jp', 'yahoo.co.jp'],
    ['yahoo.ode', 'yahoo.de'],
    ['yahoo.co.n', 'yahoo.co.in'],
    ['yahoo.cam', 'yahoo.com'], // as far from yahoo.ca, but 20 times as popular
    ['yahoo.coa', 'yahoo.com'],
    ['yahoo.co.hk', 'yahoo.co.uk'], // as close as yahoo.com.hk, and exactly 4 times as popular
  ])('%s → %s', (typed, intended) => {
    expect(suggestDomain(typed)).toBe(intended);
  });

  it.each([
    'yahoo.er', // as far from yahoo.fr, yahoo.es and yahoo.de: a tie
    'ahoo.e',
    'yahoo.co.ua',
    'hotmail.ne.jp', // a real Japanese ending, too far from co.jp for a brand
    'outlook.ne.jp',
    'protonmail.jp',
    'yahoo.com.cn', // real endings that are no known slip: maybe a regional domain
    'yahoo.nl',
    'hotmail.gr',
  ])('leaves %s alone', (typed) => {
    expect(suggestDomain(typed)).toBeNull();
  });
});

describe('suggestDomain: how far a name may be', () => {
  it.each([
    ['ggmail.com', 'gmail.com'], // the brand part before "mail" off by one slip
    ['tmail.com', 'gmail.com'],
    ['fmail.com', 'gmail.com'],
    ['maail.com', 'gmail.com'],
    ['ggmaail.com', 'gmail.com'], // two slips: one edit, allowed for 5–7 letters
    ['eahoo.co.jp', 'yahoo.co.jp'], // only the second letter matches
    ['eyahoo.co.jp', 'yahoo.co.jp'], // the typed second letter is the intended first
    ['9sftbank.ne.jp', 'softbank.ne.jp'], // one and a half edits, allowed for 8 letters and more
  ])('%s → %s', (typed, intended) => {
    expect(suggestDomain(typed)).toBe(intended);
  });

  it.each([
    'mil.com', // three letters: nothing is corrected
    'amil.com', // four letters: half an edit at most
    'jgail.com',
    'hmotail.com',
    'tlook.com', // shares neither of its first two letters with outlook
  ])('leaves %s alone', (typed) => {
    expect(suggestDomain(typed)).toBeNull();
  });

  it('corrects a doubled m in front of the word mail (gmmail.com → gmail.com)', () => {
    // Names ending in "mail" are compared on the part before it; until 2026-11-23 the doubled m
    // there had no neighbour to double and cost a full edit, though the names are one slip apart.
    expect(suggestDomain('gmmail.com')).toBe('gmail.com');
  });

  it('corrects a doubled m in front of the word mail (hotmmail.com → hotmail.com)', () => {
    expect(suggestDomain('hotmmail.com')).toBe('hotmail.com');
  });
});

describe('suggestDomain: institutional endings, dots and limits', () => {
  it('never corrects under an institutional ending, which must be a whole label', () => {
    expect(suggestDomain('gmail.or.jp')).toBeNull();
    expect(suggestDomain('gmail.ac.jp')).toBeNull();
    expect(suggestDomain('gmail.xac.jp')).toBe('gmail.com'); // xac.jp is not under ac.jp
  });

  it('splits no name off before a leading dot, nor an empty ending off after a trailing one', () => {
    expect(suggestDomain('.softbank.jp')).toBeNull();
    expect(suggestDomain('.gmial.com')).toBeNull();
    // Nor an empty ending after a second trailing dot: gmail.. is not gmail with an ending.
    expect(suggestDomain('gmail..')).toBeNull();
  });

  it('drops one root dot and trims, on the fast path and on the normalizing one', () => {
    expect(suggestDomain('gmial.com.')).toBe('gmail.com');
    expect(suggestDomain('gmail.')).toBe('gmail.com');
    expect(suggestDomain('gmail ')).toBe('gmail.com');
    expect(suggestDomain('GMIAL.COM.')).toBe('gmail.com');
  });

  it('refuses characters no domain holds', () => {
    expect(suggestDomain('g,ail.com')).toBeNull();
    expect(suggestDomain('yahoo.co/jp')).toBeNull();
    expect(suggestDomain('gm ail.com')).toBeNull();
  });

  it('returns null for an xn-- label that is no valid Punycode', () => {
    expect(suggestDomain('xn--ü.com')).toBeNull();
    expect(suggestDomain('xn--99999999999999a.com')).toBeNull();
  });

  it('looks at domains of up to 253 characters, root dot aside', () => {
    const domain = (endingLength: number) => `gmail.${'c'.repeat(endingLength)}`;
    expect(domain(247)).toHaveLength(253);
    expect(suggestDomain(domain(247))).toBe('gmail.com'); // a brand name with a wrong ending
    expect(suggestDomain(`${domain(247)}.`)).toBe('gmail.com');
    expect(suggestDomain(domain(248))).toBeNull();
    expect(suggestDomain(`GMAIL.${'C'.repeat(247)}`)).toBe('gmail.com');
    expect(suggestDomain(`GMAIL.${'C'.repeat(248)}`)).toBeNull();
  });

  it('reads input of up to 4 × 253 characters before trimming', () => {
    const padded = (length: number) => `gmial.com${' '.repeat(length - 9)}`;
    expect(suggestDomain(padded(100))).toBe('gmail.com');
    expect(suggestDomain(padded(1012))).toBe('gmail.com');
    expect(suggestDomain(padded(1013))).toBeNull();
  });
});
