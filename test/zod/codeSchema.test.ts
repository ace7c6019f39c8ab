import { describe, expect, it } from 'vitest';
import { codeSchema } from '../../src/zod/codeSchema.ts';

describe('codeSchema', () => {
  it.each([
    ['【１２３４ー５６７８】', '12345678'],
    [' 1234-5678 ', '12345678'],
  ])('parses %j to %j', (input, value) => {
    expect(codeSchema({ alphabet: 'digits', length: 8 }).parse(input)).toBe(value);
  });

  it.each([
    ['1234', 'wrong-length'],
    ['1234²678', 'ambiguous-character'],
    ['', 'empty'],
    ['\ud8001234', 'lone-surrogate'],
  ])('refuses %j with our code %s', (input, code) => {
    const result = codeSchema({ alphabet: 'digits', length: 8 }).safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]).toMatchObject({ code: 'custom', params: { code } });
  });

  it('carries the message, action and detail in the chosen locale', () => {
    const issue = codeSchema({ alphabet: 'digits', length: 8 }, { locale: 'ja' }).safeParse('1234').error
      ?.issues[0];
    expect(issue).toMatchObject({
      message: 'このコードは8文字です（入力は4文字）。',
      params: {
        code: 'wrong-length',
        action: '文字の不足や余分がないかご確認ください。',
        detail: { expected: 8, actual: 4 },
      },
    });
  });

  it('leaves non-strings to zod', () => {
    expect(codeSchema().safeParse(1234).error?.issues[0]).toMatchObject({ code: 'invalid_type' });
  });

  it('works inside an object schema', async () => {
    const { z } = await import('zod');
    const form = z.object({ coupon: codeSchema({ alphabet: 'crockford', checksum: 'crockford' }) });
    expect(form.parse({ coupon: 'x011z5-$' })).toEqual({ coupon: 'X011Z5$' });
    expect(form.safeParse({ coupon: 'X101Z5$' }).error?.issues[0]).toMatchObject({
      path: ['coupon'],
      params: { code: 'bad-checksum' },
    });
  });
});
