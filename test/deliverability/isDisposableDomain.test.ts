import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISPOSABLE_SOURCE, isDisposableDomain } from '../../src/deliverability/disposable/index.ts';
import { codePointString } from '../codePointString.ts';

describe('isDisposableDomain', () => {
  it.each([
    ['mailinator.com', true],
    ['MAILINATOR.COM.', true],
    ['inbox.mailinator.com', true],
    ['a.b.c.guerrillamail.com', true],
    ['10minutemail.com', true],
    ['yopmail.com', true],
    // typo domains of real providers are typos, not throwaway services
    ['gmial.com', false],
    ['hotmial.com', false],
    // real providers, carriers, relays
    ['gmail.com', false],
    ['gmx.com', false],
    ['docomo.ne.jp', false],
    ['duck.com', false],
    ['mozmail.com', false],
    ['privaterelay.appleid.com', false],
    ['fastmail.fm', false],
    ['shop.example.co.jp', false],
    ['com', false],
    ['', false],
    ['mailinator', false],
    ['bad domain.com', false],
  ])('%s → %s', (domain, expected) => {
    expect(isDisposableDomain(domain)).toBe(expected);
  });

  it('records its source', () => {
    expect(DISPOSABLE_SOURCE.count).toBeGreaterThan(8000);
    expect(DISPOSABLE_SOURCE.license).toBe('CC0-1.0');
  });

  it('never throws, and a subdomain of a disposable domain is disposable', () => {
    fc.assert(
      fc.property(codePointString(), (text) => {
        expect(typeof isDisposableDomain(text)).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{1,12}$/), (label) => {
        expect(isDisposableDomain(`${label}.mailinator.com`)).toBe(true);
      }),
    );
    expect(isDisposableDomain(42 as unknown as string)).toBe(false);
    expect(isDisposableDomain('a'.repeat(1_000_000))).toBe(false);
  });
});
