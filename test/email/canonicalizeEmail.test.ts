import { describe, expect, it } from 'vitest';
import { canonicalizeEmail, type EmailProvider, sameMailbox } from '../../src/email/index.ts';

function canonical(input: string, options?: Parameters<typeof canonicalizeEmail>[1]): string {
  const result = canonicalizeEmail(input, options);
  if (!result.ok) throw new Error(`${input}: ${result.error.code}`);
  return result.canonical;
}

describe('canonicalizeEmail: provider rules (one row per rule and alias)', () => {
  it.each([
    // Gmail (G1 dots, G2 +tag, G4 googlemail.com)
    ['taro.yamada+shop@gmail.com', 'taroyamada@gmail.com', 'gmail'],
    ['TaroYamada@googlemail.com', 'taroyamada@gmail.com', 'gmail'],
    ['t.a.r.o@GMAIL.COM', 'taro@gmail.com', 'gmail'],
    ['taro+a+b@gmail.com', 'taro@gmail.com', 'gmail'],
    ['kuromame.1234@gmail.com', 'kuromame1234@gmail.com', 'gmail'],
    // Outlook.com family: +tag, dots kept, every domain its own namespace (M1–M3)
    ['John.Doe+news@Outlook.com', 'john.doe@outlook.com', 'outlook'],
    ['john.doe@live.com', 'john.doe@live.com', 'outlook'],
    ['dan.dascal2@hotmail.com', 'dan.dascal2@hotmail.com', 'outlook'],
    ['taro+x@hotmail.co.jp', 'taro@hotmail.co.jp', 'outlook'],
    ['taro+x@outlook.jp', 'taro@outlook.jp', 'outlook'],
    ['taro+x@live.jp', 'taro@live.jp', 'outlook'],
    ['Taro+x@msn.com', 'taro@msn.com', 'outlook'],
    ['taro+x@hotmail.co.uk', 'taro@hotmail.co.uk', 'outlook'],
    ['taro+x@outlook.de', 'taro@outlook.de', 'outlook'],
    // Yahoo: dots significant, no + tag, hyphen kept by default (Y1–Y4)
    ['Nick.Name@Yahoo.com', 'nick.name@yahoo.com', 'yahoo'],
    ['nick-keyword@yahoo.com', 'nick-keyword@yahoo.com', 'yahoo'],
    ['a-b-c@yahoo.com', 'a-b-c@yahoo.com', 'yahoo'],
    ['nick+x@yahoo.com', 'nick+x@yahoo.com', 'yahoo'],
    ['Nick@ymail.com', 'nick@ymail.com', 'yahoo'],
    ['Nick@rocketmail.com', 'nick@rocketmail.com', 'yahoo'],
    ['Nick@yahoo.co.uk', 'nick@yahoo.co.uk', 'yahoo'],
    // AOL
    ['Taro.Y+x@AOL.com', 'taro.y+x@aol.com', 'aol'],
    ['taro@aim.com', 'taro@aim.com', 'aol'],
    // Yahoo! JAPAN: no tag, hyphen kept (YJ1, YJ2)
    ['Taro.Yamada@Yahoo.co.jp', 'taro.yamada@yahoo.co.jp', 'yahoo-japan'],
    ['nick-keyword@yahoo.co.jp', 'nick-keyword@yahoo.co.jp', 'yahoo-japan'],
    // iCloud: +tag, me.com / mac.com → icloud.com (A1, A2)
    ['foo@mac.com', 'foo@icloud.com', 'icloud'],
    ['Foo.Bar+x@me.com', 'foo.bar@icloud.com', 'icloud'],
    ['foo.bar@icloud.com', 'foo.bar@icloud.com', 'icloud'],
    // Proton: . _ - transparent, +alias, all domains → proton.me (P1, P2)
    ['a.b_c-d+x@pm.me', 'abcd@proton.me', 'proton'],
    ['Taro_Yamada@protonmail.com', 'taroyamada@proton.me', 'proton'],
    ['taro-yamada@protonmail.ch', 'taroyamada@proton.me', 'proton'],
    ['taro.yamada@proton.me', 'taroyamada@proton.me', 'proton'],
    // Fastmail: +tag, subdomain addressing, domains not aliased (F1)
    ['Joe+list@fastmail.com', 'joe@fastmail.com', 'fastmail'],
    ['alias@user.fastmail.com', 'user@fastmail.com', 'fastmail'],
    ['Shop@Joe.FastMail.FM', 'joe@fastmail.fm', 'fastmail'],
    ['joe.bloggs@fastmail.fm', 'joe.bloggs@fastmail.fm', 'fastmail'],
    ['joe+x@sent.com', 'joe@sent.com', 'fastmail'],
    // Yandex: . ≡ -, +tag, every domain → yandex.ru (YA1–YA4)
    ['Ivan.Ivanov+x@ya.ru', 'ivan-ivanov@yandex.ru', 'yandex'],
    ['ivan-ivanov@yandex.com', 'ivan-ivanov@yandex.ru', 'yandex'],
    ['ivan.ivanov@yandex.kz', 'ivan-ivanov@yandex.ru', 'yandex'],
    ['ivan@yandex.by', 'ivan@yandex.ru', 'yandex'],
    ['ivan@yandex.ua', 'ivan@yandex.ru', 'yandex'],
    // Mail.ru, GMX, Zoho, QQ, NetEase, Naver: lower case only
    ['Ivan.Petrov+x@Mail.ru', 'ivan.petrov+x@mail.ru', 'mailru'],
    ['ivan@bk.ru', 'ivan@bk.ru', 'mailru'],
    ['Hans.Muster-x@GMX.de', 'hans.muster-x@gmx.de', 'gmx'],
    ['hans+x@gmx.net', 'hans+x@gmx.net', 'gmx'],
    ['Taro+x@zohomail.com', 'taro+x@zohomail.com', 'zoho'],
    ['12345@QQ.com', '12345@qq.com', 'qq'],
    ['Li.Wei@foxmail.com', 'li.wei@foxmail.com', 'qq'],
    ['Li.Wei@163.com', 'li.wei@163.com', 'netease'],
    ['li.wei@126.com', 'li.wei@126.com', 'netease'],
    ['Kim.Minsu@Naver.com', 'kim.minsu@naver.com', 'naver'],
    // Japanese carriers: dots significant, RFC-violating names kept, no tag (D1–D5)
    ['Taro..Yamada@docomo.ne.jp', 'taro..yamada@docomo.ne.jp', 'docomo'],
    ['taro.@ezweb.ne.jp', 'taro.@ezweb.ne.jp', 'au'],
    ['taro+x@au.com', 'taro+x@au.com', 'au'],
    ['.taro@i.softbank.jp', '.taro@i.softbank.jp', 'softbank'],
    ['taro_y-a.b@softbank.ne.jp', 'taro_y-a.b@softbank.ne.jp', 'softbank'],
    ['taro@t.vodafone.ne.jp', 'taro@t.vodafone.ne.jp', 'softbank'],
  ])('%s → %s (%s)', (input, key, provider) => {
    const result = canonicalizeEmail(input);
    expect(result).toMatchObject({ ok: true, canonical: key, provider: { id: provider } });
  });

  it('reports what it removed', () => {
    expect(canonicalizeEmail('Taro.Yamada+shop@GoogleMail.com')).toMatchObject({
      canonical: 'taroyamada@gmail.com',
      address: 'Taro.Yamada+shop@googlemail.com',
      removed: { tag: 'shop', dots: 1, domainAlias: { from: 'googlemail.com', to: 'gmail.com' } },
      notes: [{ code: 'alias-domain', severity: 'info', message: 'Alias of gmail.com.' }],
    });
    expect(canonicalizeEmail('a.b_c-d+x@pm.me')).toMatchObject({
      removed: { tag: 'x', dots: 1, separators: 2 },
    });
    expect(canonicalizeEmail('Ivan.Ivan.Ov@ya.ru')).toMatchObject({ removed: { dots: 2 } });
    const sub = canonicalizeEmail('Shop@Joe.fastmail.com');
    expect(sub).toMatchObject({ removed: { tag: 'shop', subdomain: 'joe' }, domain: 'joe.fastmail.com' });
    expect(sub.ok && sub.notes.map((n) => n.code)).toEqual(['subdomain-address']);
    expect(canonicalizeEmail('taro@gmail.com')).toMatchObject({ removed: {}, notes: [] });
  });

  it('flags RFC-violating carrier names with a warning', () => {
    const result = canonicalizeEmail('docomo..ab1234yz@docomo.ne.jp', { locale: 'ja' });
    expect(result).toMatchObject({ ok: true, notes: [{ code: 'rfc-violating-local', severity: 'warning' }] });
    expect(result.ok && result.notes[0]?.message).toContain('RFC違反');
  });

  it('never matches look-alike or partial domains', () => {
    for (const input of [
      'a.b@gmail.com.example.net',
      'first.last@google.com',
      'a.b@xn--gmil-63d.com',
      'a.b@mygmail.com',
    ]) {
      expect(canonicalizeEmail(input)).toMatchObject({ ok: true, provider: null });
    }
    expect(canonical('a.b@gmаil.com')).toBe('a.b@xn--gmil-63d.com');
    // Only one label before a Fastmail domain is subdomain addressing.
    expect(canonicalizeEmail('x@a.b.fastmail.com')).toMatchObject({
      provider: null,
      canonical: 'x@a.b.fastmail.com',
    });
  });

  it('keeps a key parseable when the tag cut leaves a trailing dot', () => {
    expect(canonical('taro.+x@outlook.com')).toBe('"taro."@outlook.com');
    expect(canonical('"taro."@outlook.com')).toBe('"taro."@outlook.com');
  });

  it('refuses an empty mailbox', () => {
    for (const input of [
      '+shop@gmail.com',
      '+news@outlook.com',
      '.+x@gmail.com',
      '_-_@pm.me',
      '"+x"@icloud.com',
    ]) {
      const result = canonicalizeEmail(input);
      expect(result.ok ? result.canonical : result.error.code, input).toMatch(
        /^(empty-mailbox|invalid-dot)$/,
      );
    }
    expect(canonicalizeEmail('+shop@gmail.com')).toMatchObject({
      ok: false,
      error: { code: 'empty-mailbox' },
    });
    expect(canonicalizeEmail('_-_@pm.me')).toMatchObject({ ok: false, error: { code: 'empty-mailbox' } });
  });
});

describe('canonicalizeEmail: unknown domains', () => {
  it.each([
    ['Taro.Yamada@Example.COM', 'Taro.Yamada@example.com'],
    ['Taro.Yamada+x@corp.example.co.jp', 'Taro.Yamada+x@corp.example.co.jp'],
    ['"Taro Yamada"@example.com', '"Taro Yamada"@example.com'],
    ['"Taro.Yamada"@example.com', 'Taro.Yamada@example.com'],
    ['taro@例え.jp', 'taro@xn--r8jz45g.jp'],
    ['山田@例え.jp', '山田@xn--r8jz45g.jp'],
  ])('%s → %s', (input, key) => {
    expect(canonicalizeEmail(input)).toMatchObject({ ok: true, canonical: key, provider: null, removed: {} });
  });

  it('lower-cases the local part only when asked', () => {
    expect(canonical('Taro.Yamada@Example.com', { lowercaseUnknownLocal: true })).toBe(
      'taro.yamada@example.com',
    );
    expect(canonical('Taro.Yamada@Gmail.com', { lowercaseUnknownLocal: true })).toBe('taroyamada@gmail.com');
  });
});

describe('canonicalizeEmail: heuristics are opt-in', () => {
  it('groups Yahoo disposable addresses under base- only with yahooDisposable', () => {
    const on = { heuristics: { yahooDisposable: true } };
    expect(canonical('nick-keyword@yahoo.com')).toBe('nick-keyword@yahoo.com');
    expect(canonical('nick-keyword@yahoo.com', on)).toBe('nick-@yahoo.com');
    expect(canonical('Nick-Shop-2@yahoo.co.jp', on)).toBe('nick-@yahoo.co.jp');
    expect(canonical('nick-@yahoo.co.jp', on)).toBe('nick-@yahoo.co.jp');
    expect(canonical('-nick@yahoo.com', on)).toBe('-nick@yahoo.com');
    expect(canonical('nick-keyword@gmail.com', on)).toBe('nick-keyword@gmail.com');
    expect(canonicalizeEmail('nick-kw@yahoo.com', on)).toMatchObject({
      removed: { tag: 'kw' },
      notes: [{ code: 'heuristic-yahoo-disposable' }],
    });
  });

  it('maps ezweb.ne.jp to au.com only with auEzweb', () => {
    expect(canonical('taro@ezweb.ne.jp')).toBe('taro@ezweb.ne.jp');
    expect(
      canonicalizeEmail('taro@ezweb.ne.jp', { heuristics: { auEzweb: true }, locale: 'ja' }),
    ).toMatchObject({
      canonical: 'taro@au.com',
      removed: { domainAlias: { from: 'ezweb.ne.jp', to: 'au.com' } },
      notes: [{ code: 'heuristic-au-domain', message: 'au.com の同じ名前としてまとめました(推定)。' }],
    });
    expect(canonical('taro@biz.ezweb.ne.jp', { heuristics: { auEzweb: true } })).toBe('taro@biz.ezweb.ne.jp');
  });
});

describe('canonicalizeEmail: custom providers', () => {
  const workspace: EmailProvider[] = [
    {
      id: 'acme',
      name: 'ACME (Google Workspace)',
      domains: ['ACME.example', 'acme.co.jp'],
      rules: { subaddress: '+' },
    },
  ];

  it('adds a Workspace domain: +tag cut, dots kept', () => {
    expect(canonicalizeEmail('Taro.Yamada+x@acme.example', { providers: workspace })).toMatchObject({
      canonical: 'taro.yamada@acme.example',
      provider: { id: 'acme', name: 'ACME (Google Workspace)' },
    });
    expect(canonical('Taro.Yamada+x@acme.example')).toBe('Taro.Yamada+x@acme.example');
  });

  it('overrides a built-in row by id, and built-in rows stay otherwise', () => {
    const zoho: EmailProvider[] = [
      { id: 'zoho', name: 'Zoho Mail', domains: ['zohomail.com'], rules: { subaddress: '+' } },
    ];
    expect(canonical('taro+x@zohomail.com', { providers: zoho })).toBe('taro@zohomail.com');
    expect(canonicalizeEmail('taro+x@zoho.com', { providers: zoho })).toMatchObject({ provider: null });
    expect(canonical('t.a.ro@gmail.com', { providers: zoho })).toBe('taro@gmail.com');
  });

  it('supports separators, aliases, case-sensitivity and subdomain addressing', () => {
    const rows: EmailProvider[] = [
      {
        id: 'corp',
        name: 'Corp',
        domains: ['corp.example', 'corp-mail.example'],
        rules: { subaddress: '+-', transparent: '_', aliasOf: 'corp.example', caseSensitive: true },
      },
      { id: 'own', name: 'Own', domains: ['own.example'], rules: { subdomainAddressing: true } },
    ];
    expect(canonical('Ta_ro-x+y@corp-mail.example', { providers: rows })).toBe('Taro@corp.example');
    expect(canonical('Taro+y-x@corp.example', { providers: rows })).toBe('Taro@corp.example');
    expect(canonical('shop@joe.own.example', { providers: rows })).toBe('joe@own.example');
  });

  it('throws a TypeError for a malformed custom table (a programming error)', () => {
    const bad = (rows: unknown) => () =>
      canonicalizeEmail('a@b.example', { providers: rows as EmailProvider[] });
    expect(bad('nope')).toThrow(TypeError);
    expect(bad([null])).toThrow(/providers\[0\]/);
    expect(bad([{ id: '', name: 'x', domains: [], rules: {} }])).toThrow(/providers\[0\]\.id/);
    expect(bad([{ id: 'x', name: 1, domains: [], rules: {} }])).toThrow(/providers\[0\]\.name/);
    expect(bad([{ id: 'x', name: 'x', domains: 'a.example', rules: {} }])).toThrow(/domains/);
    expect(bad([{ id: 'x', name: 'x', domains: ['not a domain'], rules: {} }])).toThrow(/domains\[0\]/);
    expect(bad([{ id: 'x', name: 'x', domains: [3], rules: {} }])).toThrow(/domains\[0\]/);
    expect(bad([{ id: 'x', name: 'x', domains: ['a.example'], rules: 'x' }])).toThrow(/rules/);
    expect(bad([{ id: 'x', name: 'x', domains: ['a.example'], rules: { aliasOf: 'b.example' } }])).toThrow(
      /aliasOf/,
    );
    expect(bad([{ id: 'x', name: 'x', domains: ['a.example'], rules: { subaddress: '.' } }])).toThrow(
      /subaddress/,
    );
    expect(bad([{ id: 'x', name: 'x', domains: ['a.example'], rules: { transparent: 5 } }])).toThrow(
      /transparent/,
    );
    // A row without rules is accepted; the alias may be written in any case.
    expect(
      canonical('A.B@a.example', { providers: [{ id: 'x', name: 'x', domains: ['a.example'] } as never] }),
    ).toBe('a.b@a.example');
    const aliased = [
      { id: 'x', name: 'x', domains: ['a.example', 'b.example'], rules: { aliasOf: 'A.Example' } },
    ];
    expect(canonical('q@b.example', { providers: aliased })).toBe('q@a.example');
  });
});

describe('sameMailbox', () => {
  it.each([
    ['taro.yamada+shop@gmail.com', 'TaroYamada@googlemail.com', true],
    ['kuromame1234@gmail.com', 'kuromame.1234@gmail.com', true],
    ['ｔａｒｏ＠ｇｍａｉｌ．ｃｏｍ', 'taro@gmail.com', true],
    ['taro@例え.jp', 'taro@xn--r8jz45g.jp', true],
    ['foo@me.com', 'foo+x@icloud.com', true],
    ['taro.yamada@outlook.com', 'taroyamada@outlook.com', false],
    ['taro@hotmail.com', 'taro@outlook.com', false],
    ['Taro@example.com', 'taro@example.com', false],
    ['taro@gmail.com', 'not an address', false],
    ['not an address', 'taro@gmail.com', false],
  ])('%s ~ %s → %s', (a, b, same) => {
    expect(sameMailbox(a, b)).toBe(same);
    expect(sameMailbox(b, a)).toBe(same);
  });

  it('takes options', () => {
    expect(sameMailbox('Taro@example.com', 'taro@example.com', { lowercaseUnknownLocal: true })).toBe(true);
  });
});
