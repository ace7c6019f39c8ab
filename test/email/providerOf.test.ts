import { describe, expect, it } from 'vitest';
import { EMAIL_PROVIDERS, providerOf } from '../../src/email/index.ts';

describe('providerOf', () => {
  it.each([
    ['gmail.com', 'gmail'],
    ['GoogleMail.com', 'gmail'],
    ['ｇｍａｉｌ．ｃｏｍ', 'gmail'],
    ['  gmail.com. ', 'gmail'],
    ['taro@hotmail.co.jp', 'outlook'],
    ['yahoo.co.jp', 'yahoo-japan'],
    ['joe.fastmail.com', 'fastmail'],
    ['docomo.ne.jp', 'docomo'],
    ['YA.RU', 'yandex'],
  ])('%s → %s', (domain, id) => {
    expect(providerOf(domain)?.id).toBe(id);
  });

  it.each([
    'example.com',
    'google.com',
    'gmail.com.example.net',
    'gmаil.com',
    'a.b.fastmail.com',
    'not a domain',
    '',
  ])('%s → null', (domain) => {
    expect(providerOf(domain)).toBeNull();
  });

  it('returns the whole row with its rules', () => {
    expect(providerOf('googlemail.com')).toEqual({
      id: 'gmail',
      name: 'Gmail',
      domains: ['gmail.com', 'googlemail.com'],
      rules: { dots: 'ignored', subaddress: '+', aliasOf: 'gmail.com' },
    });
    expect(providerOf(42)).toBeNull();
    expect(providerOf('a'.repeat(2000))).toBeNull();
  });

  it('sees custom rows', () => {
    const providers = [{ id: 'acme', name: 'ACME', domains: ['acme.example'], rules: { subaddress: '+' } }];
    expect(providerOf('ACME.example', { providers })?.id).toBe('acme');
    expect(providerOf('gmail.com', { providers })?.id).toBe('gmail');
  });

  it('has a well-formed built-in table: unique ids and domains, lower-case ASCII, aliases in their rows', () => {
    const ids = EMAIL_PROVIDERS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const domains = EMAIL_PROVIDERS.flatMap((p) => p.domains);
    expect(new Set(domains).size).toBe(domains.length);
    for (const row of EMAIL_PROVIDERS) {
      for (const d of row.domains) expect(providerOf(d)?.id, d).toBe(row.id);
      if (row.rules.aliasOf !== undefined) expect(row.domains).toContain(row.rules.aliasOf);
    }
    for (const d of domains) expect(d).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });
});
