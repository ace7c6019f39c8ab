import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CanonicalizeEmailOptions,
  canonicalizeEmail,
  EMAIL_PROVIDERS,
  parseEmail,
  sameMailbox,
} from '../../src/email/index.ts';
import { codePointString } from '../codePointString.ts';
import { propertyRuns } from '../underMutation.ts';

const providerDomains = EMAIL_PROVIDERS.flatMap((p) => p.domains);
const localChar = fc.constantFrom(...'abcXYZ019.._-++!#\'"@ \\ｔ＠．あ\u200b\ud800');
const local = fc.string({ unit: localChar, minLength: 0, maxLength: 20 });
const domain = fc.oneof(
  fc.constantFrom(
    ...providerDomains,
    'example.com',
    'EXAMPLE.jp',
    '例え.jp',
    'xn--r8jz45g.jp',
    'joe.fastmail.com',
  ),
  fc.domain(),
);
/** Address-like strings: mostly near-valid, some broken. */
const addressLike = fc.oneof(
  fc.tuple(local, domain).map(([l, d]) => `${l}@${d}`),
  fc.tuple(local, domain).map(([l, d]) => `"${l}"@${d}`),
  fc.emailAddress(),
  codePointString(),
);
const optionSets: CanonicalizeEmailOptions[] = [
  {},
  { lowercaseUnknownLocal: true },
  { heuristics: { yahooDisposable: true, auEzweb: true } },
  { rfcViolatingLocal: 'always', locale: 'ja' },
];

describe('properties', () => {
  it('never throws on any string (lone surrogates included), and always returns a coded result', () => {
    fc.assert(
      fc.property(fc.oneof(codePointString(), addressLike), fc.constantFrom(...optionSets), (s, o) => {
        const parsed = parseEmail(s, o);
        const canonical = canonicalizeEmail(s, o);
        for (const result of [parsed, canonical]) {
          if (!result.ok) expect(result.error.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
        }
        expect(typeof sameMailbox(s, s, o)).toBe('boolean');
      }),
      { numRuns: propertyRuns(3000) },
    );
  });

  it('rejects a 1 MB string quickly without throwing', () => {
    const huge = `${'a'.repeat(1 << 20)}@example.com`;
    const started = performance.now();
    expect(canonicalizeEmail(huge)).toMatchObject({ ok: false, error: { code: 'address-too-long' } });
    expect(parseEmail(` ${'\ud800'.repeat(1 << 19)} `)).toMatchObject({ ok: false });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('is idempotent: the canonical of a canonical is itself', () => {
    fc.assert(
      fc.property(addressLike, fc.constantFrom(...optionSets), (s, o) => {
        const once = canonicalizeEmail(s, o);
        if (!once.ok) return;
        const twice = canonicalizeEmail(once.canonical, o);
        expect(twice).toMatchObject({ ok: true, canonical: once.canonical });
      }),
      { numRuns: propertyRuns(5000) },
    );
  });

  it('parseEmail accepts its own address and gives it back unchanged', () => {
    fc.assert(
      fc.property(addressLike, (s) => {
        const once = parseEmail(s);
        if (once.ok) expect(parseEmail(once.address)).toMatchObject({ ok: true, address: once.address });
      }),
      { numRuns: propertyRuns(3000) },
    );
  });

  it('sameMailbox is symmetric (and reflexive on valid addresses)', () => {
    fc.assert(
      fc.property(addressLike, addressLike, fc.constantFrom(...optionSets), (a, b, o) => {
        expect(sameMailbox(a, b, o)).toBe(sameMailbox(b, a, o));
        expect(sameMailbox(a, a, o)).toBe(canonicalizeEmail(a, o).ok);
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it('the canonical domain is lower-case ASCII, and unknown domains keep every local character', () => {
    fc.assert(
      fc.property(addressLike, (s) => {
        const result = canonicalizeEmail(s);
        if (!result.ok) return;
        const keyDomain = result.canonical.slice(result.canonical.lastIndexOf('@') + 1);
        expect(keyDomain).toMatch(/^[a-z0-9.-]+$/);
        expect(result.domain).toMatch(/^[a-z0-9.-]+$/);
        if (result.provider === null) expect(result.canonical).toBe(result.address);
      }),
      { numRuns: propertyRuns(3000) },
    );
  });

  it('rules fire only on exact provider domains', () => {
    fc.assert(
      fc.property(fc.domain(), (d) => {
        const result = canonicalizeEmail(`A.B+c@${d}`);
        if (!result.ok || result.provider !== null) return;
        expect(result.canonical.startsWith('A.B+c@')).toBe(true);
      }),
    );
  });
});
