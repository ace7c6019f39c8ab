// options.carrierDomains is a developer's list: read once per array into a set, checked strictly.
import { describe, expect, it } from 'vitest';
import { deliverabilityHints } from '../../src/deliverability/index.ts';
import { isConfigError } from '../../src/sla/index.ts';

const carrier = (address: string, carrierDomains: readonly string[]) =>
  deliverabilityHints(address, { carrierDomains }).hints.find((hint) => hint.code === 'carrier-filter');

describe('deliverabilityHints: carrierDomains', () => {
  it('treats the listed domains as carrier mail, written as a domain is typed', () => {
    const list = ['RakuMail.JP', 'mail.例え.jp', 'plus.example.co.jp.'];
    expect(carrier('taro@rakumail.jp', list)?.data).toEqual({ carrier: 'other' });
    expect(carrier('taro@RAKUMAIL.jp', list)?.data).toEqual({ carrier: 'other' });
    expect(carrier('taro@mail.xn--r8jz45g.jp', list)).toBeDefined();
    expect(carrier('taro@mail.例え.jp', list)).toBeDefined();
    expect(carrier('taro@plus.example.co.jp', list)).toBeDefined();
    // Exact domains only: neither a parent nor a child of a listed domain.
    expect(carrier('taro@example.co.jp', list)).toBeUndefined();
    expect(carrier('taro@x.rakumail.jp', list)).toBeUndefined();
    expect(carrier('taro@gmail.com', list)).toBeUndefined();
  });

  it('reads an array once, however many addresses it checks', () => {
    let reads = 0;
    const list = new Proxy(['rakumail.jp'], {
      get(target, key, receiver) {
        if (key === 'map') reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    for (const address of ['a@rakumail.jp', 'b@rakumail.jp', 'c@gmail.com']) {
      deliverabilityHints(address, { carrierDomains: list });
    }
    expect(reads).toBe(1);
    expect(carrier('d@rakumail.jp', list)).toBeDefined();
    expect(reads).toBe(1);
  });

  it('handles a list of 10,000 domains, and an address against it, without scanning the list', () => {
    const list = Array.from({ length: 10_000 }, (_, i) => `d${i}.example.jp`);
    expect(carrier('taro@d9999.example.jp', list)).toBeDefined();
    expect(carrier('taro@d10000.example.jp', list)).toBeUndefined();
  });

  it('never throws on the address once the list is right', () => {
    for (const address of ['', '@', 'x@', '\ud800@rakumail.jp', 'a'.repeat(5000), null]) {
      expect(() => deliverabilityHints(address as string, { carrierDomains: ['rakumail.jp'] })).not.toThrow();
    }
  });

  it('checks the list before the address: a bad list throws whatever the address', () => {
    for (const address of ['taro@rakumail.jp', 'taro@', '', null]) {
      let error: unknown;
      try {
        deliverabilityHints(address as string, { carrierDomains: ['rakumail.jp', 'not a domain'] });
      } catch (caught) {
        error = caught;
      }
      expect(isConfigError(error)).toBe(true);
    }
  });
});
