// A short password got no step-10 warnings at 'set': `too-short` returned before they were
// computed, so a signup form could not say "Japanese input is on" until the password was long
// enough (found by the docs-site playground).
import { describe, expect, it } from 'vitest';
import { preparePassword } from '../../src/sanitize/index.ts';

const codes = (warnings: readonly { code: string }[]) => warnings.map((warning) => warning.code);
const SET = { mode: 'set' } as const;

describe('preparePassword: too-short carries the warnings', () => {
  it.each([
    ['ｐａｓｓ', ['full-width-characters', 'non-ascii']],
    [' pass', ['leading-whitespace']],
    ['pass ', ['trailing-whitespace']],
    ['【pass】', ['enclosed-in-brackets', 'non-ascii']],
    [
      '\u3000ｐａｓｓ\n',
      ['newline-removed', 'space-mapped', 'leading-whitespace', 'full-width-characters', 'non-ascii'],
    ],
  ])('%j → too-short with %j', (input, expected) => {
    const result = preparePassword(input, SET);
    expect(result.ok).toBe(false);
    expect(result.ok || result.error.code).toBe('too-short');
    expect(codes(result.warnings)).toEqual(expected);
  });

  it('gives a short password the same warnings as the long one it becomes', () => {
    const long = preparePassword(' ｐａｓｓｗｏｒｄ ｐａｓｓｗｏｒｄ', SET);
    const short = preparePassword(' ｐａｓｓ', SET);
    expect(long.ok).toBe(true);
    expect(short.ok).toBe(false);
    expect(codes(short.warnings)).toEqual(codes(long.warnings));
    expect(short.warnings.map((w) => w.message)).toEqual(long.warnings.map((w) => w.message));
  });

  it('warns in the chosen locale, with the action', () => {
    const result = preparePassword('ｐａｓｓ', { mode: 'set', locale: 'ja' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'too-short', detail: { min: 15 } },
      warnings: [{ code: 'full-width-characters', severity: 'warning', action: expect.any(String) }, {}],
    });
    expect(result.warnings[0]?.message).toMatch(/全角/);
  });

  it('still refuses first what comes before the length (empty, spaces only, too long)', () => {
    expect(preparePassword('\u3000', SET)).toMatchObject({ error: { code: 'only-whitespace' } });
    expect(preparePassword('ｘ'.repeat(20), { mode: 'set', maxLength: 16 })).toMatchObject({
      error: { code: 'too-long' },
      warnings: [],
    });
  });
});
