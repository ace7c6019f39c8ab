// Fuzz (issue #10): support-kit/triage — triageInquiry with fuzzed text, sender, subject, channel and
// reception time, and localDayEnd (which reads a date that detectIntent found in the text). Never a
// throw on what the customer or a client sent; every field keeps its contract and agrees with the
// functions triage is built on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deliverabilityHints } from '../../src/deliverability/index.ts';
import { canonicalizeEmail } from '../../src/email/index.ts';
import { detectIntent } from '../../src/intent/index.ts';
import { formatInstant } from '../../src/sla/index.ts';
import {
  defaultPolicy,
  localDayEnd,
  TRIAGE_MESSAGES_EN,
  type TriageInput,
  type TriageResult,
  triageInquiry,
} from '../../src/triage/index.ts';
import { emailLike, HUGE_INPUTS, inquiryLike, userText } from './arbitraries.ts';
import { withinHangGuard } from './bounded.ts';

const RECEIVED = '2026-11-20T09:12:00+09:00';
const REASONS = Object.keys(TRIAGE_MESSAGES_EN);
const policy = defaultPolicy('ja-JP');
const ZONE = policy.calendar?.timeZone ?? 'UTC';
const message = fc.record({
  text: fc.oneof(inquiryLike, userText),
  from: fc.oneof(emailLike, userText, fc.constantFrom(null, undefined, '', '   ')),
  subject: fc.option(fc.oneof(userText, inquiryLike), { nil: undefined }),
  channel: fc.option(fc.oneof(fc.constantFrom('email', 'web', 'line'), userText), { nil: undefined }),
});

function checkTriage(input: TriageInput, locale: 'en' | 'ja', result: TriageResult): void {
  if (!result.ok) {
    expect(['invalid-text', 'invalid-received-at', 'received-at-out-of-range']).toContain(result.error.code);
    expect(result.error.message).not.toBe('');
    return;
  }
  expect(['low', 'normal', 'high', 'urgent']).toContain(result.priority);
  for (const reason of result.priorityReasons) expect(REASONS).toContain(reason.code);
  expect(result.receivedAtMs).toBe(Date.parse(result.receivedAt));
  expect(formatInstant(result.receivedAtMs, ZONE)).toBe(result.receivedAt);
  expect(result.subject).toBe(typeof input.subject === 'string' ? input.subject : null);
  expect(result.channel).toBe(typeof input.channel === 'string' ? input.channel : null);
  // The text is read by detectIntent, as it is.
  const detected = detectIntent(input.text, {
    receivedAt: new Date(result.receivedAtMs),
    timeZone: ZONE,
    locale,
  });
  expect(result.intents).toEqual(detected.intents);
  expect(result.urgency).toBe(detected.urgency);
  // The sender is read by canonicalizeEmail and deliverabilityHints, as typed.
  const { sender } = result;
  if (typeof input.from !== 'string' || input.from.trim() === '') {
    expect(sender).toMatchObject({ address: null, canonical: null, hints: [] });
  } else {
    const canonical = canonicalizeEmail(input.from);
    const hints = deliverabilityHints(input.from, { locale });
    expect(sender.canonical).toBe(canonical.ok ? canonical.canonical : null);
    expect(sender.address).toBe(hints.address);
    expect(sender.hints.map((hint) => hint.code)).toEqual(hints.hints.map((hint) => hint.code));
  }
  // Every due time is an instant in the policy's zone, in both forms.
  for (const clock of result.sla.clocks) {
    if (clock.dueMs !== null) expect(clock.due).toBe(formatInstant(clock.dueMs, ZONE));
  }
  for (const action of result.actions) {
    expect(action.message).not.toBe('');
    expect(action.reason).not.toBe('');
    if (action.dueMs !== null) expect(action.due).toBe(formatInstant(action.dueMs, ZONE));
  }
  if (result.deadline !== null && result.deadline.endMs !== null) {
    expect(result.deadline.endMs).toBeGreaterThan(result.receivedAtMs - 86_400_000);
  }
}

/** The language-independent part of a result: codes, times and priority. */
function codesOf(result: TriageResult) {
  if (!result.ok) return result.error.code;
  return {
    priority: result.priority,
    reasons: result.priorityReasons.map((reason) => reason.code),
    intents: result.intents.map((intent) => intent.id),
    due: result.sla.clocks.map((clock) => clock.dueMs),
    actions: result.actions.map((action) => `${action.code}@${action.dueMs}`),
    hints: result.sender.hints.map((hint) => hint.code),
  };
}

describe('fuzz: triageInquiry', () => {
  it('never throws on a fuzzed message, and every field keeps its contract', () => {
    fc.assert(
      fc.property(message, fc.constantFrom<'en' | 'ja'>('en', 'ja'), (fields, locale) => {
        const input = { ...fields, receivedAt: RECEIVED } as TriageInput;
        checkTriage(input, locale, triageInquiry(input, { policy, locale }));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same priority, codes and due times in English and Japanese', () => {
    fc.assert(
      fc.property(message, (fields) => {
        const input = { ...fields, receivedAt: RECEIVED } as TriageInput;
        expect(codesOf(triageInquiry(input, { policy, locale: 'ja' }))).toEqual(
          codesOf(triageInquiry(input, { policy, locale: 'en' })),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('turns any reception time or text that is not usable into { ok: false }, never a throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(userText, fc.anything()),
        fc.oneof(userText, fc.anything()),
        (receivedAt, text) => {
          // Instants outside the default calendar's years are the known failure below.
          const input = { text, from: 'taro@example.com', receivedAt } as unknown as TriageInput;
          checkTriage(input, 'en', triageInquiry(input, { policy }));
          if (typeof text !== 'string') expect(triageInquiry(input, { policy })).toMatchObject({ ok: false });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('turns a reception time outside the calendar years (epoch 0, year 2100) into { ok: false }', () => {
    for (const receivedAt of [0, '2100-01-04T10:00:00+09:00', -8.64e15]) {
      const input: TriageInput = { text: '至急', from: null, receivedAt };
      expect(triageInquiry(input, { policy })).toMatchObject({
        ok: false,
        error: { code: 'received-at-out-of-range' },
      });
    }
  });

  it('handles 1 MB texts, senders and subjects in bounded time', { timeout: 60_000 }, () => {
    for (const [name, text] of HUGE_INPUTS) {
      const input: TriageInput = { text, from: text, subject: text, channel: text, receivedAt: RECEIVED };
      checkTriage(
        input,
        'en',
        withinHangGuard(`triageInquiry: ${name}`, () => triageInquiry(input, { policy })),
      );
    }
  });
});

describe('fuzz: localDayEnd', () => {
  it('never throws on any text, and gives the end of a real day or null', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          userText,
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        ),
        (date) => {
          const end = localDayEnd(date, ZONE);
          if (end === null) return;
          expect(Number.isFinite(end)).toBe(true);
          // Midnight in the zone, the day after `date` (Date.UTC rolls an impossible day over).
          expect(formatInstant(end, ZONE)).toMatch(/T00:00:00[+-]\d\d:\d\d$/);
        },
      ),
      { numRuns: 500 },
    );
    for (const [name, text] of HUGE_INPUTS) {
      expect(withinHangGuard(`localDayEnd: ${name}`, () => localDayEnd(text, ZONE))).toBeNull();
    }
  });
});
