// Fuzz (issue #10): support-kit/email — parseEmail, canonicalizeEmail, sameMailbox, providerOf.
// Each never throws on any value; an accepted address keeps the RFC 5321 limits and parses back to
// itself, a canonical key re-canonicalizes to itself, sameMailbox is reflexive and symmetric.
import fc from 'fast-check';
import punycode from 'punycode/punycode.js';
import { describe, expect, it } from 'vitest';
import {
  type CanonicalizeEmailOptions,
  type CanonicalizeEmailResult,
  canonicalizeEmail,
  EMAIL_PROVIDERS,
  type ParseEmailResult,
  parseEmail,
  providerOf,
  sameMailbox,
} from '../../src/email/index.ts';
import { EMAIL_MESSAGES_EN } from '../../src/email/messages/en.ts';
import { domainLike, emailLike, HUGE_INPUTS, userText } from './arbitraries.ts';
import { withinHangGuard } from './bounded.ts';

const CODES = Object.keys(EMAIL_MESSAGES_EN);
const OPTION_SETS: readonly CanonicalizeEmailOptions[] = [
  {},
  { locale: 'ja' },
  { lowercaseUnknownLocal: true },
  { heuristics: { yahooDisposable: true, auEzweb: true } },
  { rfcViolatingLocal: 'always' },
  { rfcViolatingLocal: 'never' },
  {
    providers: [
      { id: 'acme', name: 'ACME', domains: ['acme.example'], rules: { subaddress: '+-', dots: 'ignored' } },
    ],
  },
];
const options = fc.constantFrom(...OPTION_SETS);
/** Any value a form may hand over: mostly text, sometimes not a string at all. */
const anyInput = fc.oneof(
  { weight: 8, arbitrary: fc.oneof(emailLike, userText) },
  { weight: 1, arbitrary: fc.anything() },
);
const octets = (text: string) => new TextEncoder().encode(text).length;

function checkCoded(result: ParseEmailResult | CanonicalizeEmailResult): void {
  if (!result.ok) {
    expect(CODES).toContain(result.error.code);
    expect(result.error.severity).toBe('error');
    expect(result.error.message).not.toBe('');
    return;
  }
  for (const note of result.notes) {
    expect(CODES).toContain(note.code);
    expect(note.message).not.toBe('');
  }
}

function checkParsed(result: ParseEmailResult, parseOptions: CanonicalizeEmailOptions): void {
  checkCoded(result);
  if (!result.ok) return;
  const { address, local, domain, unicodeDomain } = result;
  expect(address).toBe(`${local}@${domain}`);
  // The domain: lower-case ASCII (A-labels), at least two labels of 1–63 octets, ≤ 253 octets.
  expect(domain).toMatch(/^[a-z0-9.-]+$/);
  expect(domain.length).toBeLessThanOrEqual(253);
  const labels = domain.split('.');
  expect(labels.length).toBeGreaterThanOrEqual(2);
  for (const label of labels) {
    expect(label.length).toBeGreaterThanOrEqual(1);
    expect(label.length).toBeLessThanOrEqual(63);
  }
  expect(punycode.toASCII(unicodeDomain)).toBe(domain);
  // RFC 5321: local part ≤ 64 octets, address ≤ 254 octets.
  expect(octets(local)).toBeLessThanOrEqual(64);
  expect(octets(address)).toBeLessThanOrEqual(254);
  // An accepted address is accepted again as it is.
  expect(parseEmail(address, parseOptions)).toMatchObject({ ok: true, address });
}

describe('fuzz: parseEmail', () => {
  it('never throws, and an accepted address keeps the RFC 5321 limits and parses back to itself', () => {
    fc.assert(
      fc.property(anyInput, options, (input, o) => checkParsed(parseEmail(input, o), o)),
      { numRuns: 1200 },
    );
  });

  it('answers with the same codes in English and Japanese', () => {
    fc.assert(
      fc.property(emailLike, (input) => {
        const en = parseEmail(input);
        const ja = parseEmail(input, { locale: 'ja' });
        expect(ja.ok ? ja.notes.map((n) => n.code) : ja.error.code).toEqual(
          en.ok ? en.notes.map((n) => n.code) : en.error.code,
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('fuzz: canonicalizeEmail and sameMailbox', () => {
  it('never throws, and the canonical key re-canonicalizes to itself (and names the same mailbox)', () => {
    fc.assert(
      fc.property(anyInput, options, (input, o) => {
        const once = canonicalizeEmail(input, o);
        checkCoded(once);
        if (!once.ok) return;
        expect(once.address).toBe(`${once.local}@${once.domain}`);
        const keyDomain = once.canonical.slice(once.canonical.lastIndexOf('@') + 1);
        expect(keyDomain).toMatch(/^[a-z0-9.-]+$/);
        expect(canonicalizeEmail(once.canonical, o)).toMatchObject({ ok: true, canonical: once.canonical });
        expect(sameMailbox(input, once.canonical, o)).toBe(true);
        expect(sameMailbox(input, once.address, o)).toBe(true);
        if (once.provider === null && o.lowercaseUnknownLocal !== true)
          expect(once.canonical).toBe(once.address);
      }),
      { numRuns: 1200 },
    );
  });

  it('sameMailbox is reflexive on valid addresses and symmetric on any two values', () => {
    fc.assert(
      fc.property(anyInput, anyInput, options, (a, b, o) => {
        expect(sameMailbox(a, a, o)).toBe(canonicalizeEmail(a, o).ok);
        expect(sameMailbox(a, b, o)).toBe(sameMailbox(b, a, o));
      }),
      { numRuns: 600 },
    );
  });

  it('answers with the same key and codes in English and Japanese', () => {
    fc.assert(
      fc.property(emailLike, (input) => {
        const en = canonicalizeEmail(input);
        const ja = canonicalizeEmail(input, { locale: 'ja' });
        expect(ja.ok ? [ja.canonical, ...ja.notes.map((n) => n.code)] : ja.error.code).toEqual(
          en.ok ? [en.canonical, ...en.notes.map((n) => n.code)] : en.error.code,
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('fuzz: providerOf', () => {
  it('never throws, returns a row of the table or null, and agrees with canonicalizeEmail', () => {
    fc.assert(
      fc.property(fc.oneof(domainLike, emailLike, userText, fc.anything()), (input) => {
        const row = providerOf(input);
        if (row !== null) expect(EMAIL_PROVIDERS).toContain(row);
        const canonical = canonicalizeEmail(input);
        if (canonical.ok) expect(providerOf(canonical.domain)).toBe(canonical.provider === null ? null : row);
      }),
      { numRuns: 800 },
    );
  });
});

describe('fuzz: 1 MB inputs', () => {
  it('are refused in bounded time by every function', { timeout: 60_000 }, () => {
    for (const [name, text] of HUGE_INPUTS) {
      const input = `${text}@example.com`;
      for (const o of OPTION_SETS) {
        checkParsed(
          withinHangGuard(`parseEmail: ${name}`, () => parseEmail(input, o)),
          o,
        );
        checkCoded(withinHangGuard(`canonicalizeEmail: ${name}`, () => canonicalizeEmail(text, o)));
      }
      expect(withinHangGuard(`sameMailbox: ${name}`, () => sameMailbox(text, input))).toBe(false);
      expect(withinHangGuard(`providerOf: ${name}`, () => providerOf(input))).toBeNull();
    }
  });
});
