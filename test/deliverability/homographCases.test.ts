import { describe, expect, it, vi } from 'vitest';
import type { HomographReport } from '../../src/deliverability/inspectHomograph.ts';

/**
 * A fresh copy of the module for every case: the look-alike table is built on the first call and
 * cached, so without this only the first test of the run would execute (and check) that build.
 */
async function inspect(domain: string): Promise<HomographReport> {
  vi.resetModules();
  const { inspectHomograph } = await import('../../src/deliverability/inspectHomograph.ts');
  return inspectHomograph(domain);
}

type Row = readonly [domain: string, suspicious: boolean, skeleton: string | null];

describe('inspectHomograph: Latin mixed with an imitating script', () => {
  it.each<Row>([
    // Cyrillic а, р, у, ӏ, ԁ in Latin names: suspicious, with the Latin skeleton.
    ['gmаil.com', true, 'gmail.com'],
    ['yаhoo.co.jp', true, 'yahoo.co.jp'],
    ['ԁocomo.ne.jp', true, 'docomo.ne.jp'],
    // Greek ο, Armenian օ, Cherokee Ꭰ (U+13A0, the first letter of its block: a D look-alike).
    ['gοοgle.com', true, 'google.com'],
    ['օutlook.com', true, 'outlook.com'],
    ['Ꭰomain.com', true, 'domain.com'],
    // A Cyrillic letter that imitates nothing: still a mix, but no skeleton.
    ['яndex.com', true, null],
    // The last letter of the Cyrillic block (U+052F), and Cyrillic Extended-B (U+A641).
    ['ԯa.com', true, null],
    ['ꙁa.com', true, null],
    // Cherokee small letters (U+AB70) are Cherokee too.
    ['aꭰ.com', true, null],
    // Latin outside ASCII (é) is Latin.
    ['éя.com', true, null],
  ])('%s → suspicious %s, skeleton %s', async (domain, suspicious, skeleton) => {
    expect(await inspect(domain)).toEqual({ suspicious, skeleton });
  });

  it('counts every ASCII letter as Latin, a to z and A to Z', async () => {
    vi.resetModules();
    const { inspectHomograph } = await import('../../src/deliverability/inspectHomograph.ts');
    for (const letter of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ') {
      // я imitates no Latin letter: only the mix with Latin makes the label suspicious.
      expect(inspectHomograph(`${letter}я.com`), letter).toEqual({ suspicious: true, skeleton: null });
    }
  });

  it('flags two imitating scripts mixed without any Latin (Cyrillic р у ӏ with Greek α)', async () => {
    expect(await inspect('рαурαӏ.com')).toEqual({ suspicious: true, skeleton: 'paypal.com' });
  });
});

describe('inspectHomograph: whole-script confusables', () => {
  it.each<Row>([
    // Every letter imitates Latin, under a Latin TLD.
    ['аррӏе.com', true, 'apple.com'],
    ['раураl.com', true, 'paypal.com'],
    ['ᎪᏴᏟ.com', true, 'abc.com'],
    // Digits and hyphens (Common) are no letters: they neither add a script nor count as one.
    ['аррӏе1.com', true, 'apple1.com'],
    ['аррӏе-1.com', true, 'apple-1.com'],
    // Nor do combining marks (U+0300–U+036F, Inherited), ・ ー (U+30FB, U+30FC) and ｰ (U+FF70).
    ['аррӏе\u0300.com', true, null],
    ['аррӏе\u0301.com', true, null],
    ['аррӏе\u036f.com', true, null],
    ['аррӏе・.com', true, null],
    ['аррӏеー.com', true, null],
    ['аррӏеｰ.com', true, null],
    // A letter of another script (Thai, Georgian) means it is not wholly made of look-alikes.
    ['аррӏеก.com', false, null],
    ['аррӏеა.com', false, null],
    // Not every letter imitates Latin (п, и, м do not).
    ['пример.com', false, null],
    // Under a TLD of the same script: an ordinary Cyrillic name, even when it could pass for Latin.
    ['сосо.рф', false, null],
    ['аррӏе.ру', false, null],
    ['пример.рф', false, null],
    ['пример1.рф', false, null],
    // The TLD's script is that of its letters, whatever Common characters follow them.
    ['сосо.рф-1', false, null],
  ])('%s → suspicious %s, skeleton %s', async (domain, suspicious, skeleton) => {
    expect(await inspect(domain)).toEqual({ suspicious, skeleton });
  });
});

describe('inspectHomograph: what is fine', () => {
  it.each<Row>([
    ['gmail.com', false, null],
    // Japanese mixes and Japanese names (Han, Hiragana, Katakana, with Latin).
    ['ドメイン.jp', false, null],
    ['eコマース.jp', false, null],
    ['例え.jp', false, null],
    // Han outside the BMP (U+20000, in the last range of the table) mixes with Latin like any Han.
    ['gm\u{20000}il.com', false, null],
    // A label without any letter imitates nothing.
    ['123.ドメイン.jp', false, null],
    // Latin with diacritics, and full-width Latin, are single-script.
    ['bücher.de', false, null],
    ['ｇｍａｉｌ.com', false, null],
  ])('%s → suspicious %s, skeleton %s', async (domain, suspicious, skeleton) => {
    expect(await inspect(domain)).toEqual({ suspicious, skeleton });
  });

  it('gives no skeleton when a character other than a look-alike is not ASCII', async () => {
    // ｇ stays full-width: no ASCII skeleton, though the Cyrillic а makes the label suspicious.
    expect(await inspect('ｇmаil.com')).toEqual({ suspicious: true, skeleton: null });
  });
});
