import { describe, expect, it } from 'vitest';
import { deliverabilityHints } from '../../src/deliverability/index.ts';
import { configError, globalSnapshot } from './helpers.ts';

const use = (carrierDomains: unknown) => () =>
  deliverabilityHints('taro@rakumail.jp', { carrierDomains: carrierDomains as string[] });

describe('deliverabilityHints: a strict carrierDomains list', () => {
  it('accepts a list from a JSON file', () => {
    const list = JSON.parse('["rakumail.jp", "Mail.RakuMail.JP"]');
    expect(deliverabilityHints('taro@mail.rakumail.jp', { carrierDomains: list }).hints[0]?.code).toBe(
      'carrier-filter',
    );
  });

  it.each([
    ['a domain in one string', 'rakumail.jp', 'options.carrierDomains', 'must be an array'],
    ['null', null, 'options.carrierDomains', 'must be an array'],
    ['a set', new Set(['rakumail.jp']), 'options.carrierDomains', 'must be an array'],
    [
      '10,001 domains',
      Array.from({ length: 10_001 }, (_, i) => `d${i}.jp`),
      'options.carrierDomains',
      'must have at most 10000 items',
    ],
    ['a number', ['rakumail.jp', 5], 'options.carrierDomains[1]', 'must be a domain name'],
    ['an empty string', [''], 'options.carrierDomains[0]', 'must be a domain name'],
    ['one label', ['localhost'], 'options.carrierDomains[0]', 'must be a domain name'],
    ['an address', ['taro@rakumail.jp'], 'options.carrierDomains[0]', 'must be a domain name'],
    ['a space', ['raku mail.jp'], 'options.carrierDomains[0]', 'must be a domain name'],
    ['an empty label', ['rakumail..jp'], 'options.carrierDomains[0]', 'must be a domain name'],
    ['a domain literal', ['[192.0.2.1]'], 'options.carrierDomains[0]', 'must be a domain name'],
    [
      '254 characters',
      [`${`${'a'.repeat(63)}.`.repeat(3)}${'a'.repeat(59)}.jp`],
      'options.carrierDomains[0]',
      'must be a domain name',
    ],
    ['a megabyte', ['a'.repeat(1 << 20)], 'options.carrierDomains[0]', 'must be a domain name'],
  ])('names the field of %s', (_, list, field, problem) => {
    const snapshot = globalSnapshot();
    const error = configError(use(list));
    expect(error.field).toBe(field);
    expect(error.message).toBe(`deliverabilityHints: ${field} ${problem}`);
    snapshot.untouched();
  });
});
