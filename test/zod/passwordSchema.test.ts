import { describe, expect, it } from 'vitest';
import { passwordSchema } from '../../src/zod/passwordSchema.ts';

describe('passwordSchema', () => {
  it('outputs the prepared password', () => {
    expect(passwordSchema({ mode: 'set' }).parse('correct horse battery staple\n')).toBe(
      'correct horse battery staple',
    );
    expect(passwordSchema({ mode: 'login' }).parse('pass\u200bword')).toBe('password');
  });

  it.each([
    ['hunter2', 'too-short'],
    ['pass\u200bword with enough length', 'invisible-character'],
    ['', 'empty'],
    ['tab\there and more words', 'control-character'],
  ])('refuses %j at set with our code %s', (input, code) => {
    const result = passwordSchema({ mode: 'set' }).safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'custom', params: { code } });
  });

  it('speaks Japanese and keeps the password out of the issue', () => {
    const result = passwordSchema({ mode: 'set', locale: 'ja' }).safeParse('hunter2');
    const issue = result.error?.issues[0];
    expect(issue).toMatchObject({
      message: '15文字以上で設定してください。',
      params: { detail: { min: 15 } },
    });
    expect(JSON.stringify(result.error)).not.toContain('hunter2');
  });
});
