import { describe, expect, it, vi } from 'vitest';

type WeightedDistance = typeof import('../../src/deliverability/weightedDistance.ts').weightedDistance;

/**
 * A fresh copy of the module for every case: the look-alike digraph table and the row buffer are
 * built on the first call and cached, so without this only the first test of the run would ever
 * execute (and check) that build.
 */
async function fresh(): Promise<WeightedDistance> {
  vi.resetModules();
  return (await import('../../src/deliverability/weightedDistance.ts')).weightedDistance;
}

const A63 = 'a'.repeat(63);
const A64 = 'a'.repeat(64);

/** [typed, intended, bound, expected cost in quarter units, n?, m?] */
type Row = [string, string, number, number, number?, number?];

describe('weightedDistance: the cost of each kind of edit (quarter units)', () => {
  it.each<Row>([
    ['gmail', 'gmail', 8, 0],
    // Substitution: a neighbouring key is a slip, any other key a full edit.
    ['gnail', 'gmail', 8, 2],
    ['gxail', 'gmail', 8, 4],
    // Look-alike single characters (k/c as in ドコモ → dokomo, 1/l).
    ['dokomo', 'docomo', 8, 2],
    ['1ine', 'line', 8, 2],
    // Transpositions, also in front and together with another edit.
    ['gmial', 'gmail', 8, 2],
    ['ba', 'ab', 8, 2],
    ['xab', 'yba', 8, 6],
    ['abc', 'bca', 8, 6],
    ['ax', 'ya', 8, 6],
    // The documented example: o for k (a neighbour, 2) and an extra n that touches neither o nor y (4).
    ['sony', 'sky', 8, 6],
    // A dropped letter, anywhere.
    ['gmai', 'gmail', 8, 2],
    ['mail', 'gmail', 8, 2],
    ['', 'abc', 8, 6],
    ['', '', 0, 0],
  ])('%j for %j (bound %d) costs %d', async (typed, intended, bound, expected, n, m) => {
    const weightedDistance = await fresh();
    expect(weightedDistance(typed, intended, bound, n, m)).toBe(expected);
  });
});

describe('weightedDistance: extra typed characters', () => {
  it.each<Row>([
    // A doubled letter is a slip, wherever it is.
    ['gmmail', 'gmail', 8, 2],
    ['ggmail', 'gmail', 8, 2],
    ['gmaill', 'gmail', 8, 2],
    // A doubled letter plus a transposition: only the copy next to its twin is the cheap one.
    ['xxy', 'yx', 8, 4],
    ['yxx', 'xy', 8, 4],
    // A key next to the letter before it (k after l) or after it (q before a) is a near slip.
    ['gmailk', 'gmail', 8, 3],
    ['qa', 'a', 8, 3],
    ['aqb', 'ab', 8, 3],
    // A key that touches neither neighbour is a full edit, also at the start.
    ['xgmail', 'gmail', 8, 4],
    ['gmapil', 'gmail', 8, 4],
    // Every extra letter is paid for (a, b, c: no doubling, no neighbours).
    ['abc', '', 13, 12],
  ])('%j for %j (bound %d) costs %d', async (typed, intended, bound, expected, n, m) => {
    const weightedDistance = await fresh();
    expect(weightedDistance(typed, intended, bound, n, m)).toBe(expected);
  });

  it('reads the neighbours of an extra character from the whole typed string, past n', async () => {
    const weightedDistance = await fresh();
    // The q at 1 is extra; the q at 2 lies outside n = 2 but still makes it a doubled letter
    // (suggestDomain compares `gm|mail` with `g|mail` this way: the second m doubles the next).
    expect(weightedDistance('bqq', 'b', 8, 2, 1)).toBe(2);
    expect(weightedDistance('bqz', 'b', 8, 2, 1)).toBe(4);
    expect(weightedDistance('bq', 'b', 8)).toBe(4);
  });
});

describe('weightedDistance: look-alike digraphs', () => {
  it.each<Row>([
    // Two typed characters for one intended, and the reverse, for each pair.
    ['grnail', 'gmail', 8, 2],
    ['hotrnail', 'hotmail', 8, 2],
    ['gmail', 'grnail', 8, 2],
    ['vvord', 'word', 8, 2],
    ['word', 'vvord', 8, 2],
    ['clocomo', 'docomo', 8, 2],
    ['docomo', 'clocomo', 8, 2],
    ['rn', 'm', 8, 2],
    ['m', 'rn', 8, 2],
    // Only the documented pairs, in their order: `nr` is no `m`, `rn` no `w`, `mn` no `rn`.
    ['nrail', 'mail', 8, 6],
    ['rnord', 'word', 8, 8],
    ['mn', 'rn', 8, 4],
    // Both characters of the pair must match: `tn` is no `m`, `m` is no `xn`.
    ['tnail', 'mail', 8, 6],
    ['m', 'xn', 8, 4],
    // The digraph adds its cost to what came before it (x for y is a full edit).
    ['xrn', 'ym', 8, 6],
    ['xm', 'yrn', 8, 6],
    // A digraph is only taken when it is cheaper: `rn` for `rm` is one slip (n/m), not r + rn.
    ['rn', 'rm', 8, 2],
    ['rm', 'rn', 8, 2],
    // Characters outside ASCII never stand for a digraph (these sit at 128 + the code of d, m, w).
    ['ä', 'cl', 8, 6],
    ['í', 'rn', 8, 6],
    ['÷', 'vv', 8, 6],
  ])('%j for %j (bound %d) costs %d', async (typed, intended, bound, expected, n, m) => {
    const weightedDistance = await fresh();
    expect(weightedDistance(typed, intended, bound, n, m)).toBe(expected);
  });

  // `rn` → `m` reaches row i from row i - 2, so the early cut-off must look at both rows. Until
  // 2026-11-23 it looked at one, and with a bound of 2 or 3 the cost of 2 became "too far"
  // (suggestDomain('grnail.con') found nothing while 'gmial.con' gave gmail.com).
  it('keeps the cost of rn for m (2) under a bound of 2 or 3', async () => {
    const weightedDistance = await fresh();
    expect(weightedDistance('rn', 'm', 2)).toBe(2);
    expect(weightedDistance('grnail', 'gmail', 3)).toBe(2);
  });

  it('still finds rn for m under a bound of 4, where the cut-off does not bite', async () => {
    const weightedDistance = await fresh();
    expect(weightedDistance('rn', 'm', 4)).toBe(2);
    expect(weightedDistance('xrn', 'xm', 4)).toBe(2);
  });
});

describe('weightedDistance: bound, lengths and prefixes', () => {
  it('returns bound + 1 for anything costlier than the bound, and the cost up to it', async () => {
    const weightedDistance = await fresh();
    expect(weightedDistance('abc', 'xyz', 11)).toBe(12);
    expect(weightedDistance('abc', 'xyz', 12)).toBe(12);
    expect(weightedDistance('abc', 'xyz', 13)).toBe(12);
    expect(weightedDistance('abc', 'xyz', 8)).toBe(9);
    // The last row stays within the bound ('aab' ~ 'ab' costs 2) while the whole pair costs 6.
    expect(weightedDistance('aab', 'abzz', 8)).toBe(6);
    expect(weightedDistance('aab', 'abzz', 3)).toBe(4);
  });

  it('compares strings up to 63 characters, and calls longer ones too far', async () => {
    const weightedDistance = await fresh();
    expect(weightedDistance(A63, A63, 8)).toBe(0);
    expect(weightedDistance(`${A63.slice(1)}x`, A63, 8)).toBe(4);
    expect(weightedDistance(`x${A63.slice(1)}`, A63, 8)).toBe(4);
    expect(weightedDistance(A64, A63, 8)).toBe(9);
    expect(weightedDistance(A63, A64, 8)).toBe(9);
    expect(weightedDistance(A64, A64, 8)).toBe(9);
  });

  it('compares only the first n and m characters when given', async () => {
    const weightedDistance = await fresh();
    expect(weightedDistance('gmailxyz', 'gmail', 8, 5, 5)).toBe(0);
    expect(weightedDistance('gmail', 'gmailxyz', 8, 5, 5)).toBe(0);
    expect(weightedDistance('gmial.com', 'gmail.net', 8, 5, 5)).toBe(2);
  });

  it('gives the same answers when the buffers are reused across calls', async () => {
    const weightedDistance = await fresh();
    // A long comparison first leaves costs in the shared rows; short ones must not read them.
    expect(weightedDistance(`${A63.slice(1)}x`, A63, 8)).toBe(4);
    expect(weightedDistance('', 'abc', 8)).toBe(6);
    expect(weightedDistance('gmial', 'gmail', 8)).toBe(2);
    expect(weightedDistance('grnail', 'gmail', 8)).toBe(2);
    expect(weightedDistance('abc', '', 13)).toBe(12);
  });
});
