import { describe, expect, it } from 'vitest';
import { deliverabilityHints } from '../../src/deliverability/index.ts';
import { type DnsResolverLike, lookupDnsFacts } from '../../src/node/index.ts';

function dnsError(code: string): Error {
  return Object.assign(new Error(code), { code });
}

type Zone = Readonly<Record<string, { mx?: unknown; a?: unknown; aaaa?: unknown }>>;

/** A resolver over a fixed zone; a string value is thrown as that error code. */
function fakeResolver(zone: Zone, calls: string[] = []): DnsResolverLike {
  const answer = async <T>(name: string, kind: 'mx' | 'a' | 'aaaa'): Promise<T> => {
    calls.push(`${kind} ${name}`);
    const entry = zone[name];
    if (entry === undefined) throw dnsError('ENOTFOUND');
    const value = entry[kind];
    if (value === undefined) throw dnsError('ENODATA');
    if (typeof value === 'string') throw dnsError(value);
    if (value === 'hang') return new Promise(() => {});
    return value as T;
  };
  return {
    resolveMx: (name) => answer(name, 'mx'),
    resolve4: (name) => answer(name, 'a'),
    resolve6: (name) => answer(name, 'aaaa'),
  };
}

const ZONE: Zone = {
  'gmail.com': { mx: [{ exchange: 'gmail-smtp-in.l.google.com', priority: 5 }] },
  'example.com': { mx: [{ exchange: '', priority: 0 }] },
  'a-only.jp': { a: ['192.0.2.1'] },
  'v6-only.jp': { aaaa: ['2001:db8::1'] },
  'nothing.jp': {},
  'broken.jp': { mx: 'ESERVFAIL' },
  'half.jp': { a: 'ETIMEOUT' },
  'xn--r8jz45g.jp': { mx: [{ exchange: 'mx.xn--r8jz45g.jp', priority: 10 }] },
};

describe('lookupDnsFacts (fake resolver, no network)', () => {
  it.each([
    ['gmail.com', { mx: [{ exchange: 'gmail-smtp-in.l.google.com', priority: 5 }], problems: [] }],
    ['example.com', { mx: [{ exchange: '', priority: 0 }], problems: [] }],
    ['a-only.jp', { mx: [], hasAddress: true, problems: [] }],
    ['v6-only.jp', { mx: [], hasAddress: true, problems: [] }],
    ['nothing.jp', { mx: [], hasAddress: false, problems: [] }],
    ['no-such-domain.jp', { mx: [], hasAddress: false, nxdomain: true, problems: [] }],
    ['broken.jp', { problems: [{ query: 'MX', code: 'ESERVFAIL' }] }],
    ['half.jp', { mx: [], problems: [{ query: 'A', code: 'ETIMEOUT' }] }],
    [' GMAIL.COM. ', { domain: 'gmail.com' }],
    ['例え.jp', { domain: 'xn--r8jz45g.jp', mx: [{ exchange: 'mx.xn--r8jz45g.jp', priority: 10 }] }],
  ])('%s', async (domain, expected) => {
    const facts = await lookupDnsFacts(domain, { resolver: fakeResolver(ZONE) });
    expect(facts).toMatchObject(expected);
    if (!('hasAddress' in expected)) expect(facts.hasAddress).toBeUndefined();
  });

  it('does not query A/AAAA when there is an MX', async () => {
    const calls: string[] = [];
    await lookupDnsFacts('gmail.com', { resolver: fakeResolver(ZONE, calls) });
    expect(calls).toEqual(['mx gmail.com']);
  });

  it.each(['', 'localhost', 'a..b', 'x'.repeat(300), 42 as unknown as string])(
    'refuses %j without a query',
    async (domain) => {
      const calls: string[] = [];
      const facts = await lookupDnsFacts(domain, { resolver: fakeResolver(ZONE, calls) });
      expect(facts.problems).toEqual([{ query: 'input', code: 'invalid-domain' }]);
      expect(calls).toEqual([]);
    },
  );

  it('stops at timeoutMs and cancels the resolver', async () => {
    let cancelled = false;
    const hanging: DnsResolverLike = {
      resolveMx: () => new Promise(() => {}),
      resolve4: async () => [],
      resolve6: async () => [],
      cancel: () => {
        cancelled = true;
      },
    };
    const facts = await lookupDnsFacts('slow.jp', { resolver: hanging, timeoutMs: 20 });
    expect(facts).toEqual({ domain: 'slow.jp', problems: [{ query: 'MX', code: 'timeout' }] });
    expect(cancelled).toBe(true);
  });

  it('feeds deliverabilityHints', async () => {
    const resolver = fakeResolver(ZONE);
    const codesFor = async (address: string) => {
      const dns = await lookupDnsFacts(address.slice(address.indexOf('@') + 1), { resolver });
      return deliverabilityHints(address, { dns }).hints.map((h) => h.code);
    };
    expect(await codesFor('taro@gmail.com')).toEqual([]);
    expect(await codesFor('taro@nothing.jp')).toEqual(['no-mx']);
    expect(await codesFor('taro@no-such-domain.jp')).toEqual(['no-mx']);
    expect(await codesFor('taro@a-only.jp')).toEqual(['no-mx']);
    expect(await codesFor('taro@broken.jp')).toEqual([]);
    expect(await codesFor('taro@example.com')).toEqual(['reserved-domain', 'null-mx']);
  });

  it('builds a real Resolver when none is given (no query is made for a bad domain)', async () => {
    expect(await lookupDnsFacts('not a domain', { timeoutMs: 10 })).toMatchObject({
      problems: [{ query: 'input' }],
    });
  });
});
