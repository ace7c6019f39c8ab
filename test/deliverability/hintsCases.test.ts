import { describe, expect, it } from 'vitest';
import { isDisposableDomain } from '../../src/deliverability/disposable/index.ts';
import {
  type DeliverabilityHintsOptions,
  type DnsFacts,
  deliverabilityHints,
  type Hint,
} from '../../src/deliverability/index.ts';

const SENDER = 'example-shop.co.jp';

/** Code, severity and data of each hint, in order; `data` only when the hint has it. */
function summary(input: string, options: DeliverabilityHintsOptions = {}): readonly Partial<Hint>[] {
  // A `data` key that is present but undefined shows up, so that toStrictEqual tells them apart.
  return deliverabilityHints(input, options).hints.map((hint) =>
    'data' in hint
      ? { code: hint.code, severity: hint.severity, data: hint.data }
      : { code: hint.code, severity: hint.severity },
  );
}

describe('deliverabilityHints: exact hints for realistic addresses', () => {
  it.each([
    ['taro@docomo.ne.jp', [{ code: 'carrier-filter', severity: 'warning', data: { carrier: 'docomo' } }]],
    // Trimming gives parseEmail a note, which is not rfc-violating-local.
    [' taro@docomo.ne.jp ', [{ code: 'carrier-filter', severity: 'warning', data: { carrier: 'docomo' } }]],
    [
      'taro.@docomo.ne.jp',
      [
        { code: 'carrier-filter', severity: 'warning', data: { carrier: 'docomo' } },
        { code: 'rfc-violating-local', severity: 'warning' },
      ],
    ],
    // Yahoo! JAPAN's spoofing filter rejects mail (warning); Yahoo Inc. and AOL file it as spam (info).
    [
      'hanako@yahoo.co.jp',
      [{ code: 'spoofing-filter', severity: 'warning', data: { provider: 'yahoo-japan' } }],
    ],
    ['taro@yahoo.com', [{ code: 'spoofing-filter', severity: 'info', data: { provider: 'yahoo' } }]],
    // An unread role is a warning, a shared inbox only info; the tier and the role name are data.
    [
      'noreply@shop.jp',
      [{ code: 'role-account', severity: 'warning', data: { tier: 'unread', local: 'noreply' } }],
    ],
    ['info@shop.jp', [{ code: 'role-account', severity: 'info', data: { tier: 'shared', local: 'info' } }]],
    // A local part that needs quotes is nobody's role, whatever it starts with.
    ['"info+a b"@shop.com', []],
    // Reserved names carry no data at all.
    ['hanako@example.co.jp', [{ code: 'reserved-domain', severity: 'error' }]],
    [
      'taro@gmial.com',
      [{ code: 'typo-domain', severity: 'warning', data: { suggestion: 'taro@gmail.com' } }],
    ],
    ['taro@gmail.com', []],
  ] as const)('%j → %j', (address, expected) => {
    for (const locale of ['en', 'ja'] as const) {
      expect(summary(address, { locale })).toStrictEqual(expected);
    }
  });

  it('says no-mx with fallback false when the domain does not exist', () => {
    expect(summary('taro@shop-example.jp', { dns: { nxdomain: true } })).toStrictEqual([
      { code: 'no-mx', severity: 'error', data: { fallback: false } },
    ]);
    expect(summary('taro@shop-example.jp', { dns: { mx: [], hasAddress: false } })).toStrictEqual([
      { code: 'no-mx', severity: 'error', data: { fallback: false } },
    ]);
  });

  it('treats dns: null (from plain JavaScript) as unknown DNS facts', () => {
    const dns = null as unknown as DnsFacts;
    expect(summary('taro@shop-example.jp', { dns })).toStrictEqual([]);
  });

  it('adds disposable only from the plugged check, and only for a domain it cannot correct', () => {
    expect(summary('tmp123@mailinator.com')).toStrictEqual([]);
    expect(summary('tmp123@mailinator.com', { isDisposable: isDisposableDomain })).toStrictEqual([
      { code: 'disposable', severity: 'warning' },
    ]);
    // typo-domain suppresses disposable, whatever the plugged check says about the typo.
    expect(summary('taro@gmial.com', { isDisposable: () => true })).toStrictEqual([
      { code: 'typo-domain', severity: 'warning', data: { suggestion: 'taro@gmail.com' } },
    ]);
  });
});

describe('deliverabilityHints: order', () => {
  it('puts errors before warnings before infos, whatever the order they are found in', () => {
    // Found as typo-domain (warning), no-mx (error), role-account (info).
    for (const locale of ['en', 'ja'] as const) {
      expect(summary('info@gmial.com', { locale, dns: { nxdomain: true } })).toStrictEqual([
        { code: 'no-mx', severity: 'error', data: { fallback: false } },
        { code: 'typo-domain', severity: 'warning', data: { suggestion: 'info@gmail.com' } },
        { code: 'role-account', severity: 'info', data: { tier: 'shared', local: 'info' } },
      ]);
    }
  });

  it('keeps the order of discovery within a severity (the sort is stable)', () => {
    expect(summary('info@aol.com')).toStrictEqual([
      { code: 'spoofing-filter', severity: 'info', data: { provider: 'yahoo' } },
      { code: 'role-account', severity: 'info', data: { tier: 'shared', local: 'info' } },
    ]);
  });
});

describe('deliverabilityHints: idn-homograph', () => {
  it('offers the provider the look-alikes spell, in both locales, also for the punycode form', () => {
    for (const input of ['taro@gmаil.com', 'taro@xn--gmil-63d.com']) {
      const en = deliverabilityHints(input).hints;
      expect(en).toStrictEqual([
        {
          code: 'idn-homograph',
          severity: 'warning',
          message: 'The domain “gmаil.com” mixes look-alike letters from another alphabet.',
          action: 'Please retype it with your normal keyboard layout — did you mean taro@gmail.com?',
          data: { suggestion: 'taro@gmail.com' },
        },
      ]);
      const ja = deliverabilityHints(input, { locale: 'ja' }).hints;
      expect(ja[0]?.action).toBe(
        '入力言語（キーボード）を確認して入力し直してください（「taro@gmail.com」ではありませんか？）。',
      );
    }
  });

  it('has no suggestion, no data and no placeholder when the skeleton is no provider', () => {
    expect(deliverabilityHints('taro@раураl.com').hints).toStrictEqual([
      {
        code: 'idn-homograph',
        severity: 'warning',
        message: 'The domain “раураl.com” mixes look-alike letters from another alphabet.',
        action: 'Please retype it with your normal keyboard layout.',
      },
    ]);
  });
});

describe('deliverabilityHints: sender domain', () => {
  it('names "our domain" when the sender domain is empty, as when it is missing', () => {
    const [hint] = deliverabilityHints('taro@docomo.ne.jp', { senderDomain: '' }).hints;
    expect(hint?.action).toBe(
      'Please add our domain to “受信リスト設定” (allowed senders) in your docomo mail settings, or give us another address.',
    );
    expect(hint?.data).toStrictEqual({ carrier: 'docomo', senderDomain: 'our domain' });
  });

  it('names the given sender domain in the carrier action and data', () => {
    const [hint] = deliverabilityHints('taro@docomo.ne.jp', { senderDomain: SENDER }).hints;
    expect(hint?.action).toContain(`add ${SENDER} to`);
    expect(hint?.data).toStrictEqual({ carrier: 'docomo', senderDomain: SENDER });
  });
});

describe('deliverabilityHints: invalid input', () => {
  it('gives the parser’s reason and action in the locale asked for', () => {
    const en = deliverabilityHints('taro@gmail');
    expect(en.hints).toStrictEqual([
      {
        code: 'invalid',
        severity: 'error',
        message: 'This is not a valid email address: The domain has no dot.',
        action: 'Enter the full domain, e.g. example.com.',
        data: { reason: 'domain-needs-dot' },
      },
    ]);
    const ja = deliverabilityHints('taro@gmail', { locale: 'ja' });
    expect(ja.hints[0]?.message).toBe(
      'メールアドレスの形式が正しくありません：ドメインにドットがありません。',
    );
    expect(ja.hints[0]?.action).toBe('example.com の形で入力してください。');
    if (!ja.ok) expect(ja.error.message).toBe('ドメインにドットがありません。');
    expect(ja.ok).toBe(false);
  });

  it('suggests the completed address without the spaces around the input', () => {
    expect(deliverabilityHints('  taro@gmail  ').suggestion).toBe('taro@gmail.com');
    expect(deliverabilityHints('\ttaro@docomo ').suggestion).toBe('taro@docomo.ne.jp');
  });
});

describe('deliverabilityHints: carrierDomains', () => {
  it('refuses an item that is not a string, even one that reads as a domain', () => {
    const carrierDomains = [['rakumail.jp']] as unknown as string[];
    expect(() => deliverabilityHints('taro@rakumail.jp', { carrierDomains })).toThrow(TypeError);
    expect(() => deliverabilityHints('taro@rakumail.jp', { carrierDomains })).toThrow(
      'options.carrierDomains[0] must be a domain name',
    );
  });
});

describe('deliverabilityHints: free-provider', () => {
  it('flags free webmail domains when asked', () => {
    expect(summary('taro@msn.com', { freeProvider: true })).toStrictEqual([
      { code: 'free-provider', severity: 'info' },
    ]);
    expect(summary('taro@outlook.jp', { freeProvider: true })).toStrictEqual([
      { code: 'free-provider', severity: 'info' },
    ]);
  });

  // FREE_PROVIDER_NAMES lists `passport`, and docs/email.md counts passport.com as Outlook.com;
  // until 2026-11-23 its weight of 1 (the index's floor, as for weight-0 near misses) hid it.
  it('flags passport.com (Outlook.com) as free webmail', () => {
    expect(summary('taro@passport.com', { freeProvider: true })).toStrictEqual([
      { code: 'free-provider', severity: 'info' },
    ]);
  });
});
