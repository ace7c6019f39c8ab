import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDisposableDomain } from '../../src/deliverability/disposable/index.ts';
import {
  DELIVERABILITY_MESSAGES_EN,
  DELIVERABILITY_MESSAGES_JA,
  type DeliverabilityHintsOptions,
  deliverabilityHints,
  type Hint,
  type HintCode,
} from '../../src/deliverability/index.ts';
import { codePointString } from '../codePointString.ts';
import { propertyRuns } from '../underMutation.ts';

const SENDER = 'example-shop.co.jp';
const base: DeliverabilityHintsOptions = {
  senderDomain: SENDER,
  isDisposable: isDisposableDomain,
  freeProvider: true,
};

function hintsOf(input: string, options: DeliverabilityHintsOptions = base): readonly Hint[] {
  return deliverabilityHints(input, options).hints;
}

function codes(input: string, options: DeliverabilityHintsOptions = base): HintCode[] {
  return hintsOf(input, options).map((hint) => hint.code);
}

/** One realistic address (and options) per hint code, with the severity it must get. */
const EVERY_CODE: readonly (readonly [
  HintCode,
  string,
  'info' | 'warning' | 'error',
  DeliverabilityHintsOptions?,
])[] = [
  ['invalid', 'taro yamada@gmail.com', 'error'],
  ['typo-domain', 'taro.yamada@gmial.com', 'warning'],
  ['idn-homograph', 'taro@gmаil.com', 'warning'],
  ['reserved-domain', 'hanako@example.co.jp', 'error'],
  ['null-mx', 'info@shop-closed.jp', 'error', { ...base, dns: { mx: [{ exchange: '', priority: 0 }] } }],
  ['no-mx', 'taro@nomail-shop.jp', 'error', { ...base, dns: { mx: [], hasAddress: false } }],
  ['disposable', 'tmp123@mailinator.com', 'warning'],
  ['carrier-filter', 'taro-0123@docomo.ne.jp', 'warning'],
  ['rfc-violating-local', 'taro..yamada@ezweb.ne.jp', 'warning'],
  ['spoofing-filter', 'hanako_1985@yahoo.co.jp', 'warning'],
  ['non-ascii-local', '山田太郎@example-corp.jp', 'warning'],
  ['role-account', 'noreply@shop.co.jp', 'warning'],
  ['private-relay', 'abc123xyz@privaterelay.appleid.com', 'info'],
  ['free-provider', 'taro.yamada@gmail.com', 'info'],
];

describe('deliverabilityHints: every hint code in both locales', () => {
  it('covers every code', () => {
    const all = new Set(EVERY_CODE.map(([code]) => code));
    expect(all.size).toBe(14);
  });

  const rows = EVERY_CODE.flatMap(([code, address, severity, options]) =>
    (['en', 'ja'] as const).map((locale) => [code, address, severity, locale, options] as const),
  );
  it.each(rows)('%s for %s (%s, %s)', (code, address, severity, locale, options) => {
    const hint = hintsOf(address, { ...(options ?? base), locale }).find((h) => h.code === code);
    expect(hint).toBeDefined();
    expect(hint?.severity).toBe(severity);
    expect(hint?.message.length).toBeGreaterThan(5);
    expect(hint?.action.length).toBeGreaterThan(5);
    expect(hint?.message).not.toMatch(/\{\w+\}/);
    expect(hint?.action).not.toMatch(/\{\w+\}/);
    // Japanese text for 'ja', none for 'en' (domains and carrier setting names aside).
    expect(/[\u3040-\u30ff]/.test(hint?.message ?? '')).toBe(locale === 'ja');
  });

  it('has an English and a Japanese row with an action for every message key', () => {
    const keys = Object.keys(DELIVERABILITY_MESSAGES_EN).sort();
    expect(Object.keys(DELIVERABILITY_MESSAGES_JA).sort()).toEqual(keys);
    for (const key of keys.filter((k) => k !== 'sender-domain')) {
      const k = key as keyof typeof DELIVERABILITY_MESSAGES_EN;
      expect(DELIVERABILITY_MESSAGES_EN[k].action).toBeTruthy();
      expect(DELIVERABILITY_MESSAGES_JA[k].action).toBeTruthy();
    }
  });
});

describe('deliverabilityHints: carriers', () => {
  it.each([
    ['taro@docomo.ne.jp', 'docomo', '受信リスト設定'],
    ['taro@ezweb.ne.jp', 'au', 'なりすまし・転送メール許可'],
    ['taro@au.com', 'au', 'なりすまし・転送メール許可'],
    ['taro@i.softbank.jp', 'softbank', '救済リスト'],
    ['taro@softbank.ne.jp', 'softbank', '受信許可リスト'],
    ['taro@yahoo.ne.jp', 'ymobile', 'ワイモバイル'],
    ['taro@uqmobile.jp', 'uq', 'UQ mobile'],
    ['taro@pdx.ne.jp', 'other', '受信設定'],
  ])('%s: carrier %s, the action names its setting and our domain', (address, carrier, setting) => {
    const [hint] = hintsOf(address, { ...base, locale: 'ja' });
    expect(hint).toMatchObject({ code: 'carrier-filter', data: { carrier, senderDomain: SENDER } });
    expect(hint?.action).toContain(setting);
    expect(hint?.action).toContain(SENDER);
  });

  it('names "our domain" when no sender domain is given', () => {
    const [en] = hintsOf('taro@docomo.ne.jp', {});
    const [ja] = hintsOf('taro@docomo.ne.jp', { locale: 'ja' });
    expect(en?.action).toContain('our domain');
    expect(ja?.action).toContain('当社のドメイン');
    expect(en?.data).toEqual({ carrier: 'docomo' });
  });

  it('treats extra carrier domains as carrier mail', () => {
    expect(codes('taro@rakumail.jp')).toEqual([]);
    expect(codes('taro@rakumail.jp', { carrierDomains: ['rakumail.jp'] })).toEqual(['carrier-filter']);
  });

  it('never adds spoofing-filter to a carrier address (yahoo.ne.jp is Y!mobile)', () => {
    expect(codes('taro@yahoo.ne.jp')).toEqual(['carrier-filter']);
  });

  it('adds rfc-violating-local only with carrier-filter; elsewhere such input is invalid', () => {
    expect(codes('taro.@docomo.ne.jp')).toEqual(['carrier-filter', 'rfc-violating-local']);
    expect(codes('.taro@i.softbank.jp')).toEqual(['carrier-filter', 'rfc-violating-local']);
    expect(codes('taro..yamada@gmail.com')).toEqual(['invalid']);
  });
});

describe('deliverabilityHints: composition', () => {
  it('keeps the local part as typed in the suggestion, and adds no hint of the suggested domain', () => {
    const result = deliverabilityHints('Taro.Yamada@docomo.ne.jo', base);
    expect(result.suggestion).toBe('Taro.Yamada@docomo.ne.jp');
    expect(codes('Taro.Yamada@docomo.ne.jo')).toEqual(['typo-domain']);
    expect(codes('hanako@yahoo.co.jo')).toEqual(['typo-domain']);
  });

  it('reports a typo domain from the disposable list as typo-domain, never disposable', () => {
    expect(codes('taro@hotmial.com')).toEqual(['typo-domain']);
    expect(deliverabilityHints('taro@hotmial.com', base).suggestion).toBe('taro@hotmail.com');
  });

  it('never calls a provider, carrier or relay disposable, whatever the plugged check says', () => {
    const always = { ...base, isDisposable: () => true, freeProvider: false };
    expect(codes('taro@gmail.com', always)).toEqual([]);
    expect(codes('taro@duck.com', always)).toEqual([]);
    expect(codes('someone@unknown-shop.jp', always)).toEqual(['disposable']);
  });

  it('gives idn-homograph with the suggestion and no typo-domain', () => {
    const result = deliverabilityHints('taro@gmаil.com', base);
    expect(result.hints.map((h) => h.code)).toEqual(['idn-homograph']);
    expect(result.suggestion).toBe('taro@gmail.com');
    expect(result.hints[0]?.action).toContain('taro@gmail.com');
    const unknown = deliverabilityHints('taro@раураl.com', base);
    expect(unknown.hints.map((h) => h.code)).toEqual(['idn-homograph']);
    expect(unknown.suggestion).toBeNull();
  });

  it('does not flag Japanese or single-script IDNs', () => {
    expect(codes('taro@例え.jp')).toEqual([]);
    expect(codes('taro@eコマース.jp')).toEqual([]);
    expect(codes('ivan@пример.рф')).toEqual([]);
  });

  it.each([
    ['user@example.com', 'reserved-domain'],
    ['user@mail.example.org', 'reserved-domain'],
    ['user@example1.ne.jp', 'reserved-domain'],
    ['user@example.jp', 'reserved-domain'],
    ['user@printer.local', 'reserved-domain'],
    ['user@site.onion', 'reserved-domain'],
    ['user@router.home.arpa', 'reserved-domain'],
    ['user@corp.internal', 'reserved-domain'],
    ['user@test.co.jp', null],
    ['user@sample.co.jp', null],
    ['user@myexample.com', null],
  ])('%s → %s', (address, code) => {
    expect(codes(address).includes('reserved-domain')).toBe(code !== null);
  });

  it.each([
    ['no-reply@shop.jp', 'unread'],
    ['Do-Not-Reply@shop.jp', 'unread'],
    ['postmaster+x@shop.jp', 'unread'],
    ['info@shop.jp', 'shared'],
    ['otoiawase@shop.co.jp', 'shared'],
    ['support+jp@shop.com', 'shared'],
    ['abu.rahman@shop.com', null],
    ['infoseek.taro@shop.com', null],
    ['"info"@shop.com', 'shared'],
  ])('%s → role %s', (address, tier) => {
    const hint = hintsOf(address).find((h) => h.code === 'role-account');
    expect(hint?.data?.tier ?? null).toBe(tier);
  });

  it('orders hints by severity', () => {
    const hints = hintsOf('info@example.com', { ...base, dns: { mx: [{ exchange: '.', priority: 0 }] } });
    expect(hints.map((h) => h.code)).toEqual(['reserved-domain', 'null-mx', 'role-account']);
  });

  it('adds free-provider only when asked', () => {
    expect(codes('taro@gmail.com', {})).toEqual([]);
    expect(codes('taro@outlook.jp')).toEqual(['free-provider']);
    expect(codes('taro@docomo.ne.jp')).toEqual(['carrier-filter']);
  });
});

describe('deliverabilityHints: DNS facts', () => {
  const address = 'taro@shop-example.jp';
  it.each([
    [{ mx: [{ exchange: 'mx.shop-example.jp', priority: 10 }] }, []],
    [{ mx: [{ exchange: '', priority: 0 }] }, ['null-mx']],
    [{ mx: [{ exchange: '.', priority: 0 }] }, ['null-mx']],
    [{ mx: [], hasAddress: false }, ['no-mx']],
    [{ mx: [], hasAddress: true }, ['no-mx']],
    [{ mx: [] }, ['no-mx']],
    [{ nxdomain: true }, ['no-mx']],
    [{}, []],
    [{ domain: 'other.jp', mx: [] }, []],
    [{ domain: 'SHOP-EXAMPLE.JP.', mx: [] }, ['no-mx']],
  ])('%j → %j', (dns, expected) => {
    expect(codes(address, { dns })).toEqual(expected);
  });

  it('grades no-mx: error without any address record, warning with the A/AAAA fallback', () => {
    expect(hintsOf(address, { dns: { mx: [], hasAddress: false } })[0]?.severity).toBe('error');
    expect(hintsOf(address, { dns: { mx: [], hasAddress: true } })[0]).toMatchObject({
      severity: 'warning',
      data: { fallback: true },
    });
  });
});

describe('deliverabilityHints: invalid input', () => {
  it.each([
    ['', 'empty'],
    ['taro', 'missing-at'],
    ['taro@@gmail.com', 'multiple-at'],
    ['taro yamada@gmail.com', 'whitespace'],
    ['taro@', 'empty-domain'],
    ['@gmail.com', 'empty-local'],
    ['taro@localhost', 'domain-needs-dot'],
    ['taro\u200b@gmail.com', 'unsafe-character'],
  ])('%j → invalid (%s), the only hint', (input, reason) => {
    for (const locale of ['en', 'ja'] as const) {
      const result = deliverabilityHints(input, { locale });
      expect(result.ok).toBe(false);
      expect(result.hints).toHaveLength(1);
      expect(result.hints[0]).toMatchObject({ code: 'invalid', severity: 'error', data: { reason } });
      if (!result.ok) expect(result.error.code).toBe(reason);
    }
  });

  it('suggests only a provider name that lacks its ending', () => {
    expect(deliverabilityHints('Taro@gmail').suggestion).toBe('Taro@gmail.com');
    expect(deliverabilityHints('ｔａｒｏ＠ｄｏｃｏｍｏ').suggestion).toBe('taro@docomo.ne.jp');
    expect(deliverabilityHints('taro@yahoo').suggestion).toBeNull();
    expect(deliverabilityHints('taro@localhost').suggestion).toBeNull();
    expect(deliverabilityHints('taro').suggestion).toBeNull();
  });

  it('never throws on any string, and invalid is always exclusive', () => {
    fc.assert(
      fc.property(
        fc.oneof(codePointString(), fc.emailAddress()),
        fc.constantFrom('en', 'ja'),
        (input, locale) => {
          const result = deliverabilityHints(input, { ...base, locale: locale as 'en' | 'ja' });
          if (!result.ok) expect(result.hints.map((h) => h.code)).toEqual(['invalid']);
          else expect(result.hints.every((h) => h.code !== 'invalid')).toBe(true);
        },
      ),
      { numRuns: propertyRuns(1000) },
    );
  });

  it('is stable: the same input gives the same hints', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (input) => {
        expect(deliverabilityHints(input, base)).toEqual(deliverabilityHints(input, base));
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  it('accepting the suggestion removes typo-domain', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('gmial.com', 'yahoo.co.jo', 'docomo.ne.jo', 'hotmal.com', 'icloud.con'),
        (domain) => {
          const first = deliverabilityHints(`taro@${domain}`, base);
          expect(first.suggestion).not.toBeNull();
          const second = deliverabilityHints(first.suggestion ?? '', base);
          expect(second.hints.map((h) => h.code)).not.toContain('typo-domain');
          expect(second.suggestion).toBeNull();
        },
      ),
    );
  });

  it('handles 1 MB inputs and non-strings', () => {
    expect(deliverabilityHints(`${'a'.repeat(1_000_000)}@gmail.com`).ok).toBe(false);
    expect(deliverabilityHints(`taro@${'a'.repeat(1_000_000)}`).ok).toBe(false);
    expect(deliverabilityHints(42 as unknown as string).hints[0]?.code).toBe('invalid');
  });
});
