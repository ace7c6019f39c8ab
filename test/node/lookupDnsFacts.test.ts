import { afterEach, describe, expect, it, vi } from 'vitest';
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
  'empty-mx.jp': { mx: [], a: ['192.0.2.2'] },
  'gone.jp': { mx: 'ENONAME' },
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
    // An empty MX answer is no MX: fall back to the address records.
    ['empty-mx.jp', { mx: [], hasAddress: true, problems: [] }],
    ['gone.jp', { mx: [], hasAddress: false, nxdomain: true, problems: [] }],
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

  // 253 characters is the longest domain name (RFC 1035 §2.3.4, without the root dot).
  const longest = ['a'.repeat(63), 'b'.repeat(63), 'c'.repeat(63), 'd'.repeat(61)].join('.');

  it.each([
    ['', ''],
    ['localhost', 'localhost'],
    ['a..b', 'a..b'],
    ['x'.repeat(300), 'x'.repeat(300)],
    [`${longest}d`, `${longest}d`], // 254 characters, every label valid
    [42 as unknown as string, ''],
    [['gmail.com'] as unknown as string, ''],
  ])('refuses %j without a query', async (domain, shown) => {
    const calls: string[] = [];
    const facts = await lookupDnsFacts(domain, { resolver: fakeResolver(ZONE, calls) });
    expect(facts).toEqual({ domain: shown, problems: [{ query: 'input', code: 'invalid-domain' }] });
    expect(calls).toEqual([]);
  });

  it('accepts a domain of 253 characters', async () => {
    const calls: string[] = [];
    expect(longest).toHaveLength(253);
    await lookupDnsFacts(longest, { resolver: fakeResolver(ZONE, calls) });
    expect(calls[0]).toBe(`mx ${longest}`);
  });

  it('reports an error without a string code as EUNKNOWN, and never throws', async () => {
    const odd: DnsResolverLike = {
      resolveMx: () => Promise.reject(null),
      resolve4: () => Promise.reject(Object.assign(new Error('x'), { code: 42 })),
      resolve6: async () => [],
    };
    expect(await lookupDnsFacts('odd.jp', { resolver: odd })).toEqual({
      domain: 'odd.jp',
      problems: [{ query: 'MX', code: 'EUNKNOWN' }],
    });
  });

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

  describe('timing (fake timers)', () => {
    afterEach(() => {
      vi.useRealTimers();
    });
    const hanging: DnsResolverLike = {
      resolveMx: () => new Promise(() => {}),
      resolve4: async () => [],
      resolve6: async () => [],
    };

    it('gives up after exactly timeoutMs, also with a resolver that cannot cancel', async () => {
      vi.useFakeTimers();
      let settled = false;
      const facts = lookupDnsFacts('slow.jp', { resolver: hanging, timeoutMs: 50 }).finally(() => {
        settled = true;
      });
      await vi.advanceTimersByTimeAsync(49);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await facts).toEqual({ domain: 'slow.jp', problems: [{ query: 'MX', code: 'timeout' }] });
    });

    it('waits 5 s by default', async () => {
      vi.useFakeTimers();
      let settled = false;
      const facts = lookupDnsFacts('slow.jp', { resolver: hanging }).finally(() => {
        settled = true;
      });
      await vi.advanceTimersByTimeAsync(4999);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect((await facts).problems).toEqual([{ query: 'MX', code: 'timeout' }]);
    });

    it('leaves no timer behind once answered (a CLI can exit at once)', async () => {
      vi.useFakeTimers();
      await lookupDnsFacts('gmail.com', { resolver: fakeResolver(ZONE), timeoutMs: 60_000 });
      expect(vi.getTimerCount()).toBe(0);
    });
  });

  it('works without options for an input it refuses', async () => {
    expect(await lookupDnsFacts('')).toEqual({
      domain: '',
      problems: [{ query: 'input', code: 'invalid-domain' }],
    });
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
