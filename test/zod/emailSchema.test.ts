import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { emailSchema } from '../../src/zod/emailSchema.ts';

describe('emailSchema', () => {
  it.each([
    ['Taro.Yamada+shop@GoogleMail.com', 'Taro.Yamada+shop@googlemail.com', 'taroyamada@gmail.com', 'gmail'],
    ['ｔａｒｏ＠ｇｍａｉｌ．ｃｏｍ', 'taro@gmail.com', 'taro@gmail.com', 'gmail'],
    [' Taro@Example.COM ', 'Taro@example.com', 'Taro@example.com', null],
  ])('%s → %s / %s', (input, address, canonical, provider) => {
    expect(emailSchema().parse(input)).toEqual({ address, canonical, provider });
  });

  it('reports our code, message and action as one issue', () => {
    const result = emailSchema({ locale: 'ja' }).safeParse('taro@');
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]).toMatchObject({
      code: 'custom',
      message: '@の後ろが空です。',
      params: { code: 'empty-domain', action: '@の後ろを入力してください。' },
    });
    expect(emailSchema().safeParse('+x@gmail.com').error?.issues[0]).toMatchObject({
      params: { code: 'empty-mailbox' },
    });
  });

  it('passes options through and composes in an object schema', () => {
    const form = z.object({ email: emailSchema({ heuristics: { yahooDisposable: true } }) });
    expect(form.parse({ email: 'nick-shop@yahoo.co.jp' }).email.canonical).toBe('nick-@yahoo.co.jp');
    expect(form.safeParse({ email: 42 }).success).toBe(false);
    expect(form.safeParse({ email: 'a b@c.jp' }).error?.issues[0]?.path).toEqual(['email']);
  });
});
