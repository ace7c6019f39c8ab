// The lookup tables of src/deliverability are built on the first call and kept in module
// variables (`index ??= build()`, `near ??= build()`). Every case here loads a fresh copy of
// the modules, so that it builds the tables itself: a test that reuses the copy another test
// built would not check the build at all (and mutation testing would credit the build to
// whichever test happened to run first).
import { describe, expect, it, vi } from 'vitest';
import { KNOWN_DOMAINS } from '../../src/deliverability/data/domains.ts';

async function fresh() {
  vi.resetModules();
  const api = await import('../../src/deliverability/index.ts');
  const { domainIndex } = await import('../../src/deliverability/domainIndex.ts');
  const { letterMask } = await import('../../src/deliverability/letterMask.ts');
  return { ...api, domainIndex, letterMask };
}

const codes = (hints: readonly { code: string }[]) => hints.map((hint) => hint.code);

describe('domainIndex: known domains', () => {
  it('splits a known domain at its longest real ending, keeping dotted names whole', async () => {
    const { domainIndex } = await fresh();
    const split = (domain: string) => {
      const target = domainIndex().known.get(domain);
      return [target?.name, target?.suffix];
    };
    expect(split('i.softbank.jp')).toEqual(['i.softbank', 'jp']); // the TSDoc example
    expect(split('biz.ezweb.ne.jp')).toEqual(['biz.ezweb', 'ne.jp']);
    expect(split('privaterelay.appleid.com')).toEqual(['privaterelay.appleid', 'com']);
    expect(split('yahoo.co.jp')).toEqual(['yahoo', 'co.jp']);
    expect(split('yahoo.com.br')).toEqual(['yahoo', 'com.br']);
    expect(split('gmail.com')).toEqual(['gmail', 'com']);
    expect(split('so-net.ne.jp')).toEqual(['so-net', 'ne.jp']);
    expect(domainIndex().known.size).toBe(KNOWN_DOMAINS.length); // every row read
  });

  it('reads the flags and weights of the data rows', async () => {
    const { domainIndex } = await fresh();
    const { known } = domainIndex();
    const flags = (domain: string) => {
      const target = known.get(domain);
      return [target?.weight, target?.brand, target?.exactName];
    };
    expect(flags('gmail.com')).toEqual([1000, true, false]); // 'b'
    expect(flags('live.com')).toEqual([60, false, true]); // 'x'
    expect(flags('hotmail.co.jp')).toEqual([60, false, false]); // no flag
    // Weight 0: a real domain only ever reached by its ending; it still weighs 1 in a tie.
    expect(flags('willcom.com')).toEqual([1, false, true]);
    expect(flags('mailo.com')).toEqual([1, false, true]);
  });

  it('marks names ending in the word mail and keeps the letter sets of name, stem and ending', async () => {
    const { domainIndex, letterMask } = await fresh();
    const { known } = domainIndex();
    const hotmail = known.get('hotmail.co.jp');
    expect(hotmail?.mailWord).toBe(true);
    expect(hotmail?.mask).toBe(letterMask('hotmail', 7));
    expect(hotmail?.stemMask).toBe(letterMask('hot', 3));
    expect(hotmail?.suffixMask).toBe(letterMask('co.jp', 5));
    expect(known.get('mailo.com')?.mailWord).toBe(false); // starts with mail, does not end with it
    expect(known.get('yahoo.com')?.mailWord).toBe(false);
    expect(known.get('gmail.com')?.stemMask).toBe(letterMask('g', 1));
  });
});

describe('domainIndex: groups', () => {
  it('groups the correctable names by ending and by name length, most popular first', async () => {
    const { domainIndex } = await fresh();
    const { groups, groupsByLength } = domainIndex();
    const com = groups.get('com');
    expect(com?.suffix).toBe('com');
    expect(com?.byLength[5]?.map((target) => target.domain).slice(0, 2)).toEqual(['gmail.com', 'yahoo.com']);
    expect(com?.byLength[7]?.map((target) => target.domain)).toContain('hotmail.com');
    // 'x' and weight-0 names are never corrected, so they are in no group.
    expect(com?.byLength[4]?.map((target) => target.domain) ?? []).not.toContain('live.com');
    expect(com?.byLength[5]?.map((target) => target.domain)).not.toContain('mailo.com');
    expect(groups.get('ne.jp')?.byLength[6]?.map((target) => target.domain)).toContain('docomo.ne.jp');
    expect(groupsByLength[5]?.map((group) => group.suffix)).toEqual(
      expect.arrayContaining(['co.jp', 'ne.jp', 'co.uk']),
    );
    expect(groupsByLength[3]?.every((group) => group.suffix.length === 3)).toBe(true);
  });

  it('lists the exact-name targets by name and the brands with all their real domains', async () => {
    const { domainIndex } = await fresh();
    const { exactNames, brands } = domainIndex();
    expect(exactNames.get('live')?.map((target) => target.domain)).toEqual(
      expect.arrayContaining(['live.com', 'live.jp', 'live.co.uk']),
    );
    expect(exactNames.get('willcom')?.map((target) => target.domain)).toEqual(['willcom.com']);
    expect(exactNames.has('gmail')).toBe(false);
    expect(brands.get('gmail')?.map((target) => target.domain)).toEqual(['gmail.com']);
    // Every yahoo.* that weighs something, flagged or not; docomo.com (weight 0) is not docomo's.
    expect(brands.get('yahoo')?.map((target) => target.domain)).toEqual(
      expect.arrayContaining(['yahoo.co.jp', 'yahoo.com', 'yahoo.ne.jp', 'yahoo.fr']),
    );
    expect(brands.get('docomo')?.map((target) => target.domain)).toEqual(['docomo.ne.jp']);
    expect(brands.get('softbank')?.map((target) => target.domain)).toEqual(['softbank.ne.jp']);
    expect(brands.has('yahoo.ne.jp')).toBe(false);
    expect(brands.has('hotmail')).toBe(true);
    expect(brands.has('live')).toBe(false);
  });

  it('lists every intended ending of a typed ending that is a known slip', async () => {
    const { domainIndex } = await fresh();
    const { slips, realSuffixes } = domainIndex();
    expect(slips.get('co')).toEqual(['com', 'co.jp']);
    expect(slips.get('jp')).toEqual(['co.jp', 'ne.jp']);
    expect(slips.get('cm')).toEqual(['com']);
    expect(slips.has('com')).toBe(false);
    expect(realSuffixes.has('co.jp')).toBe(true);
    expect(realSuffixes.has('')).toBe(false);
  });
});

describe('domainIndex: what suggestDomain reads from it', () => {
  it('corrects only the ending of an x-flagged or weight-0 name, never the name', async () => {
    const { suggestDomain } = await fresh();
    expect(suggestDomain('live.con')).toBe('live.com');
    expect(suggestDomain('willcom.con')).toBe('willcom.com');
    expect(suggestDomain('mailo.cm')).toBe('mailo.com');
    expect(suggestDomain('life.com')).toBeNull(); // documented: not live.com
    expect(suggestDomain('wilcom.com')).toBeNull();
    expect(suggestDomain('gmial.com')).toBe('gmail.com');
  });

  it('maps a brand name with any other ending to its only domain, and completes a bare brand name', async () => {
    const { suggestDomain } = await fresh();
    expect(suggestDomain('gmail.co.uk')).toBe('gmail.com');
    expect(suggestDomain('icloud.jp')).toBe('icloud.com');
    expect(suggestDomain('docomo.co.jp')).toBe('docomo.ne.jp');
    expect(suggestDomain('softbank.co.jp')).toBe('softbank.ne.jp');
    expect(suggestDomain('docomo')).toBe('docomo.ne.jp');
    expect(suggestDomain('softbank')).toBe('softbank.ne.jp');
    // Not brands: the name with another ending is left alone.
    expect(suggestDomain('live.fi')).toBeNull();
    expect(suggestDomain('naver.de')).toBeNull();
    expect(suggestDomain('naver')).toBeNull();
  });

  it('leaves every domain of the list and anything under an institutional ending alone', async () => {
    const { suggestDomain } = await fresh();
    for (const domain of ['i.softbank.jp', 'biz.ezweb.ne.jp', 'yahoo.com.br', 'willcom.com', 'docomo.com']) {
      expect(suggestDomain(domain), domain).toBeNull();
    }
    for (const domain of ['gmial.ac.jp', 'docomo.go.jp', 'yahoo.or.jp', 'gmail.gr.jp', 'x.lg.jp']) {
      expect(suggestDomain(domain), domain).toBeNull();
    }
  });
});

describe('domainIndex: what deliverabilityHints reads from it', () => {
  it('tells Yahoo! JAPAN from the Yahoo Inc. and AOL domains behind a spoofing filter', async () => {
    const { deliverabilityHints } = await fresh();
    const spoofing = (address: string) =>
      deliverabilityHints(address).hints.find((hint) => hint.code === 'spoofing-filter');
    expect(spoofing('taro@yahoo.co.jp')).toMatchObject({
      severity: 'warning',
      data: { provider: 'yahoo-japan' },
    });
    expect(spoofing('taro@yahoo.com')).toMatchObject({ severity: 'info', data: { provider: 'yahoo' } });
    expect(spoofing('taro@ymail.com')?.data?.provider).toBe('yahoo');
    expect(spoofing('taro@aim.com')?.data?.provider).toBe('yahoo');
    expect(spoofing('taro@aol.fr')?.data?.provider).toBe('yahoo'); // not a typo target
    expect(spoofing('taro@aol.de')?.data?.provider).toBe('yahoo');
    expect(spoofing('taro@gmail.com')).toBeUndefined();
    expect(spoofing('taro@hotmail.com')).toBeUndefined();
  });

  it('reads the role tiers, the free providers and the relays', async () => {
    const { deliverabilityHints } = await fresh();
    const role = (address: string) =>
      deliverabilityHints(address).hints.find((hint) => hint.code === 'role-account')?.data?.tier;
    expect(role('info@example.org')).toBe('shared');
    expect(role('otoiawase@example.org')).toBe('shared');
    expect(role('noreply@example.org')).toBe('unread');
    expect(role('devnull@example.org')).toBe('unread');
    expect(role('taro@example.org')).toBeUndefined();
    const free = (address: string) => codes(deliverabilityHints(address, { freeProvider: true }).hints);
    expect(free('taro@gmail.com')).toContain('free-provider');
    expect(free('taro@excite.co.jp')).toContain('free-provider');
    expect(free('taro@goo.jp')).not.toContain('free-provider'); // weight 0: a near-miss, not a provider
    expect(free('taro@docomo.ne.jp')).not.toContain('free-provider');
    expect(free('taro@nifty.com')).not.toContain('free-provider');
    expect(codes(deliverabilityHints('taro@privaterelay.appleid.com').hints)).toContain('private-relay');
    expect(codes(deliverabilityHints('taro@duck.com').hints)).not.toContain('private-relay');
  });

  it('reads the reserved names and the JPRS example parents', async () => {
    const { deliverabilityHints } = await fresh();
    const reserved = (domain: string) =>
      codes(deliverabilityHints(`taro@${domain}`).hints).includes('reserved-domain');
    expect(reserved('example.com')).toBe(true);
    expect(reserved('mail.home.arpa')).toBe(true);
    expect(reserved('shop.internal')).toBe(true);
    expect(reserved('example.jp')).toBe(true);
    expect(reserved('example3.ne.jp')).toBe(true);
    expect(reserved('example.lg.jp')).toBe(true);
    expect(reserved('example.com.jp')).toBe(false);
    expect(reserved('gmail.com')).toBe(false);
  });
});
