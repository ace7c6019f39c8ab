// Fuzz (issue #10): support-kit/intent — detectIntent. Never throws on a string; every evidence span
// lies in the text and slices to its own text; confidences, levels and codes stay in their ranges;
// the locale changes messages only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DetectIntentResult, detectIntent, INTENT_ACTIONS_EN } from '../../src/intent/index.ts';
import { INTENT_CLASSES } from '../../src/intent/lexicon/classes.ts';
import { HUGE_INPUTS, inquiryLike, userText } from './arbitraries.ts';
import { withinHangGuard } from './bounded.ts';

const RECEIVED = '2026-11-20T10:00:00+09:00';
const RECEIVED_DAY = '2026-11-20';
const ACTION_CODES = Object.keys(INTENT_ACTIONS_EN);
const text = fc.oneof(inquiryLike, userText);
const receivedAt = fc.constantFrom<string | Date | undefined>(
  RECEIVED,
  undefined,
  new Date(Date.UTC(2026, 0, 1, 0, 0)),
  '2026-03-31T23:59:59Z',
);

function checkSpan(source: string, span: { text: string; start: number; end: number }): void {
  expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.start).toBeLessThan(span.end);
  expect(span.end).toBeLessThanOrEqual(source.length);
  expect(source.slice(span.start, span.end)).toBe(span.text);
}

function checkResult(source: string, result: DetectIntentResult, received: string | Date | undefined): void {
  expect(['ja', 'en']).toContain(result.lang);
  expect(['none', 'normal', 'high', 'critical']).toContain(result.urgency);
  expect([0, 1, 2, 3]).toContain(result.anger);
  expect(result.urgency === 'none').toBe(!result.needsReply);
  if (result.hiddenAnger) expect(result.anger).toBeGreaterThanOrEqual(1);
  const ids = result.intents.map((intent) => intent.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const intent of result.intents) {
    expect(INTENT_CLASSES).toContain(intent.id);
    // 0–0.99 (types.ts), and an intent is only reported with some confidence.
    expect(intent.confidence).toBeGreaterThan(0);
    expect(intent.confidence).toBeLessThanOrEqual(0.99);
    expect(intent.evidence.length).toBeLessThanOrEqual(16);
    for (const span of intent.evidence) checkSpan(source, span);
  }
  const { signals } = result;
  for (const span of [...signals.urgency, ...signals.anger, ...signals.hiddenAnger]) checkSpan(source, span);
  if (result.deadline !== null) {
    checkSpan(source, result.deadline);
    if (received === undefined) expect(result.deadline.date).toBeNull();
    if (received === RECEIVED && result.deadline.date !== null) {
      expect(result.deadline.date).toMatch(/^\d{4}-\d\d-\d\d$/);
      // A deadline is never before the day the message came in.
      expect(result.deadline.date >= RECEIVED_DAY).toBe(true);
    }
  }
  const codes = result.suggestedActions.map((action) => action.code);
  expect(new Set(codes).size).toBe(codes.length);
  for (const action of result.suggestedActions) {
    expect(ACTION_CODES).toContain(action.code);
    expect(action.message).not.toBe('');
    expect(action.reason).not.toBe('');
  }
}

/**
 * Everything but the suggested actions' wording and `lang`, which is the locale itself for a text
 * without letters: the locale changes nothing else.
 */
function withoutWording(result: DetectIntentResult) {
  return {
    ...result,
    lang: undefined,
    suggestedActions: result.suggestedActions.map((action) => action.code),
  };
}

describe('fuzz: detectIntent', () => {
  it('never throws, and every span, score, level and code keeps its contract', () => {
    fc.assert(
      fc.property(text, receivedAt, (source, received) => {
        checkResult(source, detectIntent(source, { receivedAt: received }), received);
      }),
      { numRuns: 600 },
    );
  });

  it('reads the same intents, signals and deadline whatever the locale of the messages', () => {
    fc.assert(
      fc.property(text, (source) => {
        const en = detectIntent(source, { receivedAt: RECEIVED });
        const ja = detectIntent(source, { receivedAt: RECEIVED, locale: 'ja' });
        expect(withoutWording(ja)).toEqual(withoutWording(en));
        if (en.lang !== ja.lang) expect([en.lang, ja.lang]).toEqual(['en', 'ja']);
      }),
      { numRuns: 400 },
    );
  });

  it('throws only the documented TypeError for an invalid receivedAt or timeZone option', () => {
    fc.assert(
      fc.property(text, userText, fc.boolean(), (source, option, asZone) => {
        const options = asZone ? { timeZone: option } : { receivedAt: option };
        try {
          checkResult(source, detectIntent(source, options), asZone ? undefined : option);
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
          expect((error as Error).message).toMatch(asZone ? /options\.timeZone/ : /options\.receivedAt/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles 1 MB messages in bounded time', { timeout: 60_000 }, () => {
    for (const [name, source] of HUGE_INPUTS) {
      const result = withinHangGuard(`detectIntent: ${name}`, () =>
        detectIntent(source, { receivedAt: RECEIVED }),
      );
      checkResult(source, result, RECEIVED);
    }
  });
});
