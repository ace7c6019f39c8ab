// The severity of each preparePassword warning (docs/sanitize.md table), when a password counts
// as enclosed, and which login alternatives are offered.
import { describe, expect, it } from 'vitest';
import { type PreparePasswordOptions, preparePassword } from '../../src/sanitize/index.ts';

const SET: PreparePasswordOptions = { mode: 'set' };
const LOGIN: PreparePasswordOptions = { mode: 'login' };
const severities = (warnings: readonly { code: string; severity: string }[]) =>
  warnings.map((warning) => [warning.code, warning.severity]);

describe('preparePassword: warning severities', () => {
  it.each([
    ['correct horse battery staple\n', SET, [['newline-removed', 'warning']]],
    ['correct\u3000horse battery staple', SET, [['space-mapped', 'info']]],
    ['pass\u200bword', LOGIN, [['invisible-removed', 'warning']]],
    [
      'cafe\u0301 horse battery staple',
      SET,
      [
        ['normalized', 'info'],
        ['non-ascii', 'info'],
      ],
    ],
    [
      '「correct horse battery staple」',
      SET,
      [
        ['enclosed-in-brackets', 'warning'],
        ['non-ascii', 'info'],
      ],
    ],
    [
      'ﬁsh and chips 2024',
      SET,
      [
        ['compatibility-characters', 'info'],
        ['non-ascii', 'info'],
      ],
    ],
    [
      '\uf8ff correct horse battery',
      SET,
      [
        ['non-ascii', 'info'],
        ['private-use-character', 'info'],
      ],
    ],
    // The full-width Ａ is reported as full-width only: leaving it out of the compatibility check
    // must not make the accent after it compose with the e before it.
    [
      'correct horse e\uff21\u0301',
      SET,
      [
        ['full-width-characters', 'warning'],
        ['non-ascii', 'info'],
      ],
    ],
  ] as [string, PreparePasswordOptions, string[][]][])('%j (%o)', (input, options, expected) => {
    const result = preparePassword(input, options);
    expect(result.ok).toBe(true);
    expect(severities(result.warnings)).toEqual(expected);
  });
});

describe('preparePassword: enclosed in brackets or quotes', () => {
  it('counts a password of just a bracket pair as enclosed, with nothing inside to offer', () => {
    expect(preparePassword('「」', LOGIN)).toEqual({
      ok: true,
      value: '「」',
      warnings: [expect.objectContaining({ code: 'enclosed-in-brackets', severity: 'warning' })],
    });
    expect(preparePassword('""', LOGIN)).toEqual({
      ok: true,
      value: '""',
      warnings: [expect.objectContaining({ code: 'enclosed-in-brackets' })],
    });
  });

  it('does not count a single quotation mark as enclosing itself', () => {
    expect(preparePassword('"', LOGIN)).toEqual({ ok: true, value: '"', warnings: [] });
  });

  it('needs a quote at both ends', () => {
    expect(preparePassword('"correct horse battery staple', SET)).toEqual({
      ok: true,
      value: '"correct horse battery staple',
      warnings: [],
    });
    expect(preparePassword("'s-Hertogenbosch 2024", SET)).toEqual({
      ok: true,
      value: "'s-Hertogenbosch 2024",
      warnings: [],
    });
    expect(preparePassword('correct horse battery staple’', SET)).toMatchObject({
      ok: true,
      warnings: [{ code: 'non-ascii' }],
    });
  });

  it('counts single quotes of any kind around the whole password', () => {
    const result = preparePassword("'correct horse battery staple’", LOGIN);
    expect(result).toMatchObject({
      ok: true,
      value: "'correct horse battery staple’",
      warnings: [{ code: 'enclosed-in-brackets' }],
      alternatives: ['correct horse battery staple'],
    });
    expect(result.warnings).toHaveLength(1);
  });
});

describe('preparePassword: login alternatives', () => {
  it('offers no width-folded spelling for half-width katakana alone', () => {
    // ｶﾀｶﾅ is not full-width (no full-width-characters warning), so nothing is folded.
    expect(preparePassword('ｶﾀｶﾅpassword', LOGIN)).toEqual({ ok: true, value: 'ｶﾀｶﾅpassword', warnings: [] });
  });

  it('folds half-width katakana along with the full-width letters that were warned', () => {
    expect(preparePassword('ｶﾀｶﾅｐａｓｓ', LOGIN)).toMatchObject({
      ok: true,
      value: 'ｶﾀｶﾅｐａｓｓ',
      warnings: [{ code: 'full-width-characters' }],
      alternatives: ['カタカナpass'],
    });
  });
});
