// Regressions found by the fuzz suite and the ReDoS gate (issue #10).
import { describe, expect, it } from 'vitest';
import { preparePassword } from '../../src/sanitize/index.ts';

const codes = (warnings: readonly { code: string }[]) => warnings.map((warning) => warning.code);

describe('preparePassword: regressions', () => {
  it('warns about full-width characters on every call, not every other one (no regex state kept)', () => {
    // The test used a global regex, whose `lastIndex` carried over from one call to the next.
    for (let call = 0; call < 3; call++) {
      expect(codes(preparePassword('！', { mode: 'login' }).warnings)).toEqual(['full-width-characters']);
      expect(codes(preparePassword('ｐａｓｓ', { mode: 'login', locale: 'ja' }).warnings)).toEqual([
        'full-width-characters',
      ]);
    }
  });

  it('trims the spaces around a password with long inner runs of spaces in one pass', () => {
    // `/^ +| +$/g` retried ` +$` from every space of an inner run: 200,000 spaces took minutes.
    const inner = `a${' '.repeat(200_000)}b`;
    const result = preparePassword(` ${inner} `, { mode: 'login', maxLength: 1 << 20 });
    expect(result).toMatchObject({ ok: true, value: ` ${inner} `, alternatives: [inner] });
  });
});
