import { describe, expect, it } from 'vitest';
import { type EmailErrorCode, parseEmail } from '../../src/email/index.ts';

describe('parseEmail: accepted', () => {
  it.each([
    ['taro@example.com', 'taro@example.com', 'example.com', []],
    ['  Taro@Example.COM\r\n', 'Taro@example.com', 'example.com', ['trimmed']],
    ['\ttaro@gmail.com\n', 'taro@gmail.com', 'gmail.com', ['trimmed']],
    ['\u3000taro@gmail.com\u3000', 'taro@gmail.com', 'gmail.com', ['trimmed']],
    ['ｔａｒｏ＠ｇｍａｉｌ．ｃｏｍ', 'taro@gmail.com', 'gmail.com', ['ime-folded']],
    ['taro＠example.jp', 'taro@example.jp', 'example.jp', ['ime-folded']],
    ['taro@ｅｘａｍｐｌｅ．ｊｐ', 'taro@example.jp', 'example.jp', ['ime-folded']],
    [
      'ｔａｒｏ．ｙａｍａｄａ＋ｓｈｏｐ＠ｇｍａｉｌ．ｃｏｍ',
      'taro.yamada+shop@gmail.com',
      'gmail.com',
      ['ime-folded'],
    ],
    ['taro@gmail.com.', 'taro@gmail.com', 'gmail.com', ['trailing-dot-removed']],
    ['"taro.yamada"@gmail.com', 'taro.yamada@gmail.com', 'gmail.com', ['quotes-removed']],
    ['"taro yamada"@example.com', '"taro yamada"@example.com', 'example.com', []],
    ['"a@b"@example.com', '"a@b"@example.com', 'example.com', []],
    ['"a\\"b"@example.com', '"a\\"b"@example.com', 'example.com', []],
    ['"a\\b"@example.com', 'ab@example.com', 'example.com', ['quotes-removed']],
    ['"a..b"@example.com', '"a..b"@example.com', 'example.com', []],
    [
      '"taro..yamada"@docomo.ne.jp',
      'taro..yamada@docomo.ne.jp',
      'docomo.ne.jp',
      ['quotes-removed', 'rfc-violating-local'],
    ],
    ["o'brien+x@example.ie", "o'brien+x@example.ie", 'example.ie', []],
    ["!#$%&'*+-/=?^_`{|}~@example.com", "!#$%&'*+-/=?^_`{|}~@example.com", 'example.com', []],
    ['山田太郎@example.jp', '山田太郎@example.jp', 'example.jp', []],
    ['用户@例子.广告', '用户@xn--fsqu00a.xn--4rr70v', 'xn--fsqu00a.xn--4rr70v', ['idn']],
    ['taro..yamada@docomo.ne.jp', 'taro..yamada@docomo.ne.jp', 'docomo.ne.jp', ['rfc-violating-local']],
    ['taro.@ezweb.ne.jp', 'taro.@ezweb.ne.jp', 'ezweb.ne.jp', ['rfc-violating-local']],
    ['try..this..0511@docomo.ne.jp', 'try..this..0511@docomo.ne.jp', 'docomo.ne.jp', ['rfc-violating-local']],
    ['.taro@i.softbank.jp', '.taro@i.softbank.jp', 'i.softbank.jp', ['rfc-violating-local']],
    ['a@b-c.d-e.example', 'a@b-c.d-e.example', 'b-c.d-e.example', []],
    ['a@123.example', 'a@123.example', '123.example', []],
    [`${'a'.repeat(64)}@example.com`, `${'a'.repeat(64)}@example.com`, 'example.com', []],
    [`a@${'b'.repeat(63)}.com`, `a@${'b'.repeat(63)}.com`, `${'b'.repeat(63)}.com`, []],
  ])('%j → %s', (input, address, domain, notes) => {
    const result = parseEmail(input);
    expect(result).toMatchObject({ ok: true, address, domain });
    expect(result.ok && result.notes.map((n) => n.code)).toEqual(notes);
  });

  it('returns the parts and the Unicode domain', () => {
    expect(parseEmail(' Taro@例え.JP ')).toEqual({
      ok: true,
      address: 'Taro@xn--r8jz45g.jp',
      local: 'Taro',
      domain: 'xn--r8jz45g.jp',
      unicodeDomain: '例え.jp',
      quoted: false,
      notes: [
        { code: 'trimmed', severity: 'info', message: 'Spaces around the address were removed.' },
        { code: 'idn', severity: 'info', message: 'The domain was converted to ASCII.' },
      ],
    });
    expect(parseEmail('"taro yamada"@example.com')).toMatchObject({ local: '"taro yamada"', quoted: true });
  });

  it('accepts RFC-violating local parts everywhere or nowhere when asked', () => {
    expect(parseEmail('taro..yamada@example.com', { rfcViolatingLocal: 'always' })).toMatchObject({
      ok: true,
    });
    expect(parseEmail('taro..yamada@docomo.ne.jp', { rfcViolatingLocal: 'never' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-dot' },
    });
    expect(parseEmail('..@docomo.ne.jp')).toMatchObject({ ok: false, error: { code: 'invalid-dot' } });
  });
});

describe('parseEmail: IDN (Unicode ↔ punycode)', () => {
  it.each([
    ['taro@例え.jp', 'xn--r8jz45g.jp', '例え.jp'],
    ['taro@xn--r8jz45g.jp', 'xn--r8jz45g.jp', '例え.jp'],
    ['taro@XN--R8JZ45G.JP', 'xn--r8jz45g.jp', '例え.jp'],
    ['taro@例え。jp', 'xn--r8jz45g.jp', '例え.jp'],
    ['taro@例え｡jp', 'xn--r8jz45g.jp', '例え.jp'],
    ['user@bücher.de', 'xn--bcher-kva.de', 'bücher.de'],
    ['user@BÜCHER.de', 'xn--bcher-kva.de', 'bücher.de'],
    ['user@xn--Bcher-kva.DE', 'xn--bcher-kva.de', 'bücher.de'],
    ['user@faß.de', 'xn--fa-hia.de', 'faß.de'],
    ['user@ⓁⒾⒻⒺ.com', 'life.com', 'life.com'],
    ['user@ﾄﾞﾒｲﾝ.jp', 'xn--eckwd4c7c.jp', 'ドメイン.jp'],
    ['user@exam\u00adple.com', 'example.com', 'example.com'],
    ['user@exa\u200bmple.com', 'example.com', 'example.com'],
    ['user@gmаil.com', 'xn--gmil-63d.com', 'gmаil.com'],
    ['user@日本語.jp.', 'xn--wgv71a119e.jp', '日本語.jp'],
    ['user@😀.example', 'xn--e28h.example', '😀.example'],
  ])('%s → %s / %s', (input, domain, unicodeDomain) => {
    expect(parseEmail(input)).toMatchObject({ ok: true, domain, unicodeDomain });
  });
});

describe('parseEmail: rejected, each with its code', () => {
  it.each<[unknown, EmailErrorCode]>([
    [undefined, 'not-a-string'],
    [42, 'not-a-string'],
    [null, 'not-a-string'],
    ['', 'empty'],
    ['   \t ', 'empty'],
    ['taro\u0000@example.com', 'unsafe-character'],
    ['taro@exa\u0007mple.com', 'unsafe-character'],
    ['ta\u200bro@example.com', 'unsafe-character'],
    ['ta\u202ero@example.com', 'unsafe-character'],
    ['taro@exa\u202emple.com', 'unsafe-character'],
    ['ta\ud800ro@example.com', 'unsafe-character'],
    ['taro@exa\udc00mple.com', 'unsafe-character'],
    ['"ta\ud800"@example.com', 'unsafe-character'],
    ['"ta\u0001"@example.com', 'unsafe-character'],
    ['ta\u0085ro@example.com', 'unsafe-character'],
    ['taro yamada@example.com', 'whitespace'],
    ['taro@exam ple.com', 'whitespace'],
    ['taro\u3000yamada@example.com', 'whitespace'],
    ['taro@exam\u00a0ple.com', 'whitespace'],
    ['"taro\tyamada"@example.com', 'whitespace'],
    ['"taro\u2003"@example.com', 'whitespace'],
    ['taro\tx@example.com', 'whitespace'],
    ['taro.example.com', 'missing-at'],
    ['"taro"', 'missing-at'],
    ['taro@yamada@example.com', 'multiple-at'],
    ['taro＠yamada@example.com', 'multiple-at'],
    ['@example.com', 'empty-local'],
    ['""@example.com', 'empty-local'],
    ['taro@', 'empty-domain'],
    ['taro,jiro@example.com', 'invalid-local'],
    ['taro<x>@example.com', 'invalid-local'],
    ['ta"ro@example.com', 'invalid-local'],
    ['"taro"x@example.com', 'invalid-local'],
    ['taro[1]@example.com', 'invalid-local'],
    ['taro..yamada@gmail.com', 'invalid-dot'],
    ['.taro@example.com', 'invalid-dot'],
    ['taro.@example.com', 'invalid-dot'],
    ['"taro@example.com', 'unterminated-quote'],
    ['"taro\\', 'unterminated-quote'],
    ['taro(comment)@example.com', 'comment-not-allowed'],
    ['taro@(comment)example.com', 'comment-not-allowed'],
    [`${'a'.repeat(65)}@example.com`, 'local-too-long'],
    [`${'あ'.repeat(22)}@example.com`, 'local-too-long'],
    [
      `a@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.${'f'.repeat(10)}.com`,
      'address-too-long',
    ],
    ['a'.repeat(2000), 'address-too-long'],
    ['taro@exa_mple.com', 'invalid-domain'],
    ['taro@example..com', 'invalid-domain'],
    ['taro@.example.com', 'invalid-domain'],
    ['taro@example.com..', 'invalid-domain'],
    ['taro@-example.com', 'invalid-domain'],
    ['taro@example-.com', 'invalid-domain'],
    ['taro@example.com-', 'invalid-domain'],
    ['taro@1.2.3.4', 'invalid-domain'],
    ['taro@例え.-jp', 'invalid-domain'],
    ['taro@例え..jp', 'invalid-domain'],
    ['taro@例え.jp..', 'invalid-domain'],
    ['taro@例え/.jp', 'invalid-domain'],
    [`taro@${'b'.repeat(64)}.com`, 'label-too-long'],
    [`taro@${'例'.repeat(60)}.com`, 'label-too-long'],
    ['taro@localhost', 'domain-needs-dot'],
    ['taro@localhost.', 'domain-needs-dot'],
    ['taro@例え', 'domain-needs-dot'],
    ['taro@[192.0.2.1]', 'domain-literal'],
    ['taro@⒈.com', 'invalid-idn'],
    ['taro@a﹫b.com', 'invalid-idn'],
    ['taro@xn--zz.com', 'invalid-idn'],
    ['taro@xn--abc-.com', 'invalid-domain'],
    ['taro@xn--ls8h-.com', 'invalid-domain'],
    ['taro@xn--gmail-.com', 'invalid-domain'],
    ['taro@xn--gmail.com', 'invalid-idn'],
    ['taro@xn--wca.com', 'invalid-idn'],
    ['taro@\u0301abc.com', 'invalid-idn'],
  ])('%j → %s', (input, code) => {
    const result = parseEmail(input);
    expect(result).toMatchObject({ ok: false, error: { code, severity: 'error' } });
    expect(result.ok || result.error.message.length > 0).toBe(true);
  });

  it('explains errors in English and Japanese, with an action and the offending character', () => {
    expect(parseEmail('taro,jiro@example.com')).toEqual({
      ok: false,
      error: {
        code: 'invalid-local',
        severity: 'error',
        message: '"," is not allowed before the @.',
        action: 'Check the address for typos.',
        detail: { char: ',', codePoint: 'U+002C', index: 5 },
      },
    });
    expect(parseEmail('taro@', { locale: 'ja' })).toMatchObject({
      error: { message: '@の後ろが空です。', action: '@の後ろを入力してください。' },
    });
    expect(parseEmail('ta\u200bro@example.com')).toMatchObject({
      error: { detail: { codePoint: 'U+200B', index: 3 }, message: expect.stringContaining('U+200B') },
    });
    expect(parseEmail('😀 @example.com')).toMatchObject({
      error: { code: 'whitespace', detail: { index: 2 } },
    });
    expect(parseEmail(`${'a'.repeat(65)}@example.com`)).toMatchObject({
      error: { message: 'The name before the @ is over 64 bytes.', detail: { max: 64, actual: 65 } },
    });
    expect(parseEmail(`taro@${'b'.repeat(64)}.com`, { locale: 'ja' })).toMatchObject({
      error: { message: 'ドメインの一部が63文字を超えています。' },
    });
  });
});
