// Fuzz (issue #10): support-kit/zod — codeSchema, passwordSchema, emailSchema. `safeParse` never
// throws on any value; it succeeds exactly when the function behind it does, with its value, and
// a failure is one issue carrying that function's code and message.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalizeEmail } from '../../src/email/index.ts';
import { preparePassword, sanitizeCode } from '../../src/sanitize/index.ts';
import { codeSchema, emailSchema, passwordSchema } from '../../src/zod/index.ts';
import { codeLike, emailLike, HUGE_INPUTS, userText } from './arbitraries.ts';
import { withinHangGuard } from './bounded.ts';

type Outcome = { ok: true; value: unknown } | { ok: false; code: string; message: string };

/** A schema and the function it wraps, as one outcome each. */
const SUBJECTS: readonly (readonly [string, (value: unknown) => unknown, (value: string) => Outcome])[] = [
  [
    'codeSchema',
    (value) =>
      codeSchema({ alphabet: 'digits', length: { min: 4, max: 8 } }, { locale: 'ja' }).safeParse(value),
    (value) => {
      const r = sanitizeCode(value, { alphabet: 'digits', length: { min: 4, max: 8 } }, { locale: 'ja' });
      return r.ok
        ? { ok: true, value: r.value }
        : { ok: false, code: r.error.code, message: r.error.message };
    },
  ],
  [
    'passwordSchema',
    (value) => passwordSchema({ mode: 'set', minLength: 4 }).safeParse(value),
    (value) => {
      const r = preparePassword(value, { mode: 'set', minLength: 4 });
      return r.ok
        ? { ok: true, value: r.value }
        : { ok: false, code: r.error.code, message: r.error.message };
    },
  ],
  [
    'emailSchema',
    (value) => emailSchema({ heuristics: { yahooDisposable: true } }).safeParse(value),
    (value) => {
      const r = canonicalizeEmail(value, { heuristics: { yahooDisposable: true } });
      return r.ok
        ? {
            ok: true,
            value: { address: r.address, canonical: r.canonical, provider: r.provider?.id ?? null },
          }
        : { ok: false, code: r.error.code, message: r.error.message };
    },
  ],
];

function check([name, safeParse, direct]: (typeof SUBJECTS)[number], value: unknown): void {
  const parsed = safeParse(value) as {
    success: boolean;
    data?: unknown;
    error?: { issues: { code: string; message: string; input?: unknown; params?: { code?: string } }[] };
  };
  if (typeof value !== 'string') {
    // Not a string: zod's own type issue.
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.code).toBe('invalid_type');
    return;
  }
  const expected = direct(value);
  expect(parsed.success).toBe(expected.ok);
  if (expected.ok) {
    expect(parsed.data).toEqual(expected.value);
    return;
  }
  expect(parsed.error?.issues).toHaveLength(1);
  const issue = parsed.error?.issues[0];
  expect(issue).toMatchObject({ code: 'custom', message: expected.message, params: { code: expected.code } });
  // A refused password is never carried back in the issue.
  if (name === 'passwordSchema') expect(issue?.input).toBeUndefined();
}

describe('fuzz: zod schemas', () => {
  it('safeParse never throws, and agrees with the function it wraps on every value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SUBJECTS),
        fc.oneof(
          { weight: 6, arbitrary: fc.oneof(codeLike, emailLike, userText) },
          { weight: 1, arbitrary: fc.anything() },
        ),
        check,
      ),
      { numRuns: 800 },
    );
  });

  it('safeParse handles 1 MB strings in bounded time', { timeout: 60_000 }, () => {
    for (const subject of SUBJECTS) {
      for (const [name, text] of HUGE_INPUTS)
        withinHangGuard(`${subject[0]}: ${name}`, () => check(subject, text));
    }
  });
});
