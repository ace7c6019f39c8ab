// Fuzz (issue #10): support-kit/deliverability — deliverabilityHints, suggestDomain — and
// support-kit/deliverability/disposable — isDisposableDomain. None throws on any string; every
// hint is fully explained in both languages; a suggestion is a real domain other than the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDisposableDomain } from '../../src/deliverability/disposable/index.ts';
import {
  type DeliverabilityHintsOptions,
  type DeliverabilityHintsResult,
  deliverabilityHints,
  suggestDomain,
} from '../../src/deliverability/index.ts';
import { DELIVERABILITY_MESSAGES_EN } from '../../src/deliverability/messages/en.ts';
import { normalizeDomain } from '../../src/deliverability/normalizeDomain.ts';
import { parseEmail } from '../../src/email/index.ts';
import { domainLike, emailLike, HUGE_INPUTS, userText } from './arbitraries.ts';
import { withinHangGuard } from './bounded.ts';

/** Hint codes: the message keys without their `:variant`. */
const HINT_CODES = new Set(Object.keys(DELIVERABILITY_MESSAGES_EN).map((key) => key.split(':')[0]));
const RANK = { error: 0, warning: 1, info: 2 } as const;
const OPTION_SETS: readonly DeliverabilityHintsOptions[] = [
  {},
  { senderDomain: 'example.co.jp', isDisposable: isDisposableDomain, freeProvider: true },
  { dns: { mx: [], hasAddress: false } },
  { dns: { mx: [{ exchange: '.', priority: 0 }] } },
  { dns: { nxdomain: true }, carrierDomains: ['example.net'] },
  { senderDomain: '{domain}{suggestion}' },
];
const options = fc.constantFrom(...OPTION_SETS);
const input = fc.oneof(emailLike, userText);

function checkHints(text: string, result: DeliverabilityHintsResult): void {
  for (const hint of result.hints) {
    expect(HINT_CODES).toContain(hint.code);
    expect(['error', 'warning', 'info']).toContain(hint.severity);
    expect(hint.message).not.toBe('');
    expect(hint.action).not.toBe('');
  }
  const ranks = result.hints.map((hint) => RANK[hint.severity]);
  expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  const parsed = parseEmail(text);
  if (!result.ok) {
    expect(result.address).toBeNull();
    expect(result.hints.map((hint) => hint.code)).toEqual(['invalid']);
    expect(parsed.ok).toBe(false);
  } else {
    expect(parsed).toMatchObject({ ok: true, address: result.address });
    expect(new Set(result.hints.map((hint) => hint.code)).size).toBe(result.hints.length);
  }
  if (result.suggestion !== null) {
    // A suggestion is an address we accept, at another domain.
    const suggested = parseEmail(result.suggestion);
    expect(suggested.ok).toBe(true);
    if (suggested.ok && parsed.ok) expect(suggested.domain).not.toBe(parsed.domain);
  }
}

describe('fuzz: deliverabilityHints', () => {
  it('never throws, and every hint is coded, explained, actionable and sorted by severity', () => {
    fc.assert(
      fc.property(input, options, (text, o) => checkHints(text, deliverabilityHints(text, o))),
      { numRuns: 800 },
    );
  });

  it('gives the same codes, severities and suggestion in English and Japanese', () => {
    fc.assert(
      fc.property(input, options, (text, o) => {
        const en = deliverabilityHints(text, o);
        const ja = deliverabilityHints(text, { ...o, locale: 'ja' });
        const shape = (r: DeliverabilityHintsResult) => [
          r.ok,
          r.address,
          r.suggestion,
          ...r.hints.map((h) => `${h.code}/${h.severity}`),
        ];
        expect(shape(ja)).toEqual(shape(en));
      }),
      { numRuns: 700 },
    );
  });
});

describe('fuzz: suggestDomain', () => {
  it('never throws, and suggests a real lower-case ASCII domain other than the one typed, or null', () => {
    fc.assert(
      fc.property(fc.oneof(domainLike, userText, fc.anything()), (domain) => {
        const suggested = suggestDomain(domain as string);
        if (suggested === null) return;
        expect(suggested).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
        expect(suggested).not.toBe(normalizeDomain(domain as string));
        // A suggestion is a real domain: it is never corrected in turn.
        expect(suggestDomain(suggested)).toBeNull();
      }),
      { numRuns: 1200 },
    );
  });
});

describe('fuzz: isDisposableDomain', () => {
  it('never throws, ignores case and a root dot, and a disposable domain is disposable below too', () => {
    fc.assert(
      fc.property(
        fc.oneof(domainLike, userText, fc.constantFrom('mailinator.com', 'MAILINATOR.COM.', 'x.yopmail.fr')),
        (domain) => {
          const disposable = isDisposableDomain(domain);
          expect(typeof disposable).toBe('boolean');
          if (/^[\x21-\x7e]*$/.test(domain)) {
            expect(isDisposableDomain(domain.toUpperCase())).toBe(disposable);
            if (!domain.endsWith('.')) expect(isDisposableDomain(`${domain}.`)).toBe(disposable);
          }
          if (disposable) {
            expect(domain.trim().toLowerCase()).toMatch(/^[a-z0-9.-]+$/);
            expect(isDisposableDomain(`fuzz-sub.${domain.trim()}`)).toBe(true);
          }
        },
      ),
      { numRuns: 800 },
    );
  });
});

describe('fuzz: 1 MB inputs', () => {
  it('are handled in bounded time', { timeout: 60_000 }, () => {
    for (const [name, text] of HUGE_INPUTS) {
      for (const o of OPTION_SETS) {
        checkHints(
          text,
          withinHangGuard(`deliverabilityHints: ${name}`, () => deliverabilityHints(text, o)),
        );
      }
      expect(withinHangGuard(`suggestDomain: ${name}`, () => suggestDomain(text))).toBeNull();
      expect(withinHangGuard(`isDisposableDomain: ${name}`, () => isDisposableDomain(text))).toBe(false);
    }
  });
});
