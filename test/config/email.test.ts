import { describe, expect, it } from 'vitest';
import { canonicalizeEmail, EMAIL_PROVIDERS, type EmailProvider, providerOf } from '../../src/email/index.ts';
import { configError, FORBIDDEN_KEYS, globalSnapshot, withForbiddenKey } from './helpers.ts';

const row = {
  id: 'acme',
  name: 'ACME (Google Workspace)',
  domains: ['acme.example', 'acme-mail.example'],
  rules: { subaddress: '+', aliasOf: 'acme.example', heuristicAlias: { 'old.example': 'acme.example' } },
};
const use = (rows: unknown) => () =>
  canonicalizeEmail('Taro+news@acme-mail.example', { providers: rows as EmailProvider[] });

describe('custom provider tables: strict rows', () => {
  it('accepts a table from a JSON file and leaves the built-in table alone', () => {
    const rows = JSON.parse(
      JSON.stringify([row, { id: 'gmail', name: 'Mine', domains: ['mine.example'], rules: {} }]),
    );
    const result = canonicalizeEmail('Taro+news@acme-mail.example', { providers: rows });
    expect(result.ok && result.canonical).toBe('taro@acme.example');
    expect(providerOf('gmail.com', { providers: rows })).toBeNull();
    expect(providerOf('gmail.com')?.id).toBe('gmail');
  });

  it.each([
    ['a row', [{ ...row, rule: {} }], 'providers[0] has an unknown field "rule"'],
    [
      'rules',
      [{ ...row, rules: { ...row.rules, plus: true } }],
      'providers[0].rules has an unknown field "plus"',
    ],
  ])('refuses an unknown key in %s', (_, rows, message) => {
    expect(configError(use(rows)).message).toBe(`support-kit/email: ${message}`);
  });

  describe.each(FORBIDDEN_KEYS)('the key %s', (key) => {
    it.each([
      ['a row', (how: 'computed' | 'json') => [withForbiddenKey(row, key, how)], 'providers[0]'],
      [
        'rules',
        (how: 'computed' | 'json') => [{ ...row, rules: withForbiddenKey(row.rules, key, how) }],
        'providers[0].rules',
      ],
      [
        'heuristicAlias',
        (how: 'computed' | 'json') => [
          {
            ...row,
            rules: { ...row.rules, heuristicAlias: withForbiddenKey(row.rules.heuristicAlias, key, how) },
          },
        ],
        'providers[0].rules.heuristicAlias',
      ],
    ])('is refused in %s without pollution', (_, build, field) => {
      for (const how of ['computed', 'json'] as const) {
        const snapshot = globalSnapshot();
        expect(configError(use(build(how))).message).toBe(
          `support-kit/email: ${field} has a forbidden key "${key}"`,
        );
        snapshot.untouched();
      }
    });
  });

  it.each([
    [
      'rows',
      Array.from({ length: 10_001 }, (_, i) => ({ ...row, id: `r${i}` })),
      'providers must have at most 10000 items',
    ],
    [
      'domains of a row',
      [{ ...row, domains: Array.from({ length: 100_001 }, (_, i) => `d${i}.example`) }],
      'providers[0].domains must have at most 100000 items',
    ],
    [
      'domains of the table',
      [0, 1].map((r) => ({
        id: `r${r}`,
        name: 'x',
        domains: Array.from({ length: 50_001 }, (_, i) => `d${r}-${i}.example`),
      })),
      'providers[1].domains must have at most 49999 items',
    ],
    ['an id', [{ ...row, id: 'x'.repeat(1001) }], 'providers[0].id must have at most 1000 characters'],
    ['a name', [{ ...row, name: 'x'.repeat(1001) }], 'providers[0].name must have at most 1000 characters'],
    [
      'separators',
      [{ ...row, rules: { subaddress: '+'.repeat(33) } }],
      'providers[0].rules.subaddress must be 32 characters at most, none of . @ " \\ or space',
    ],
    [
      'aliases',
      [
        {
          ...row,
          rules: {
            heuristicAlias: Object.fromEntries(
              Array.from({ length: 10_001 }, (_, i) => [`a${i}.example`, 'acme.example']),
            ),
          },
        },
      ],
      'providers[0].rules.heuristicAlias must have at most 10000 keys',
    ],
  ])('refuses absurd sizes: %s', (_, rows, message) => {
    expect(configError(use(rows)).message).toBe(`support-kit/email: ${message}`);
  });

  it.each([
    ['the table', 'gmail.com', 'providers must be an array'],
    ['a row', [null], 'providers[0] must be an object'],
    ['an id', [{ ...row, id: 3 }], 'providers[0].id must be a string'],
    ['an empty id', [{ ...row, id: '' }], 'providers[0].id must not be empty'],
    ['domains', [{ ...row, domains: 'acme.example' }], 'providers[0].domains must be an array'],
    [
      'a domain',
      [{ ...row, domains: ['acme.example', 'not a domain'] }],
      'providers[0].domains[1] is not a valid domain',
    ],
    ['rules', [{ ...row, rules: [] }], 'providers[0].rules must be an object'],
    [
      'dots',
      [{ ...row, rules: { dots: 'maybe' } }],
      'providers[0].rules.dots must be significant, ignored or hyphen',
    ],
    [
      'a flag',
      [{ ...row, rules: { caseSensitive: 'yes' } }],
      'providers[0].rules.caseSensitive must be a boolean',
    ],
    [
      'heuristicAlias',
      [{ ...row, rules: { heuristicAlias: ['a'] } }],
      'providers[0].rules.heuristicAlias must be an object',
    ],
    [
      'an alias target',
      [{ ...row, rules: { heuristicAlias: { 'old.example': 5 } } }],
      'providers[0].rules.heuristicAlias["old.example"] is not a valid domain',
    ],
    [
      'aliasOf',
      [{ ...row, rules: { aliasOf: 'other.example' } }],
      "providers[0].rules.aliasOf must be one of the row's domains",
    ],
  ])('names the field of a wrong type: %s', (_, rows, message) => {
    expect(configError(use(rows)).message).toBe(`support-kit/email: ${message}`);
  });

  it('normalizes the heuristic aliases like the domains', () => {
    const rows = [
      {
        ...row,
        domains: ['acme.example', 'old.example'],
        rules: { heuristicAlias: { 'OLD.Example': 'ACME.example' } },
      },
    ];
    const result = canonicalizeEmail('taro@old.example', { providers: rows, heuristics: { auEzweb: true } });
    expect(result.ok && result.canonical).toBe('taro@acme.example');
  });
});

describe('EMAIL_PROVIDERS is frozen', () => {
  it('refuses changes to the table, its rows, rules and domain lists', () => {
    const gmail = EMAIL_PROVIDERS.find((p) => p.id === 'gmail') as EmailProvider;
    expect(Object.isFrozen(EMAIL_PROVIDERS)).toBe(true);
    expect(Object.isFrozen(gmail)).toBe(true);
    expect(Object.isFrozen(gmail.rules)).toBe(true);
    expect(Object.isFrozen(gmail.domains)).toBe(true);
    expect(() => (EMAIL_PROVIDERS as EmailProvider[]).push(row)).toThrow(TypeError);
    expect(() => {
      (gmail.rules as { dots: string }).dots = 'significant';
    }).toThrow(TypeError);
    expect(() => (gmail.domains as string[]).push('evil.example')).toThrow(TypeError);
    expect(providerOf('evil.example')).toBeNull();
    expect(canonicalizeEmail('t.a.r.o@gmail.com').ok && canonicalizeEmail('t.a.r.o@gmail.com')).toMatchObject(
      {
        canonical: 'taro@gmail.com',
      },
    );
  });
});
