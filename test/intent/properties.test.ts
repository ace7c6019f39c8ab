import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DetectIntentResult, Evidence } from '../../src/intent/index.ts';
import { detectIntent } from '../../src/intent/index.ts';
import { codePointString } from '../codePointString.ts';
import { propertyRuns, underMutation } from '../underMutation.ts';

const RECEIVED = '2026-11-20T10:00:00+09:00';

/** Words from both lexicons, so random texts actually exercise the rules. */
const WORDS = [
  '返金',
  'キャンセル',
  'しないで',
  'は不要',
  'ではなく',
  '注文',
  '届かない',
  'メール',
  '明日まで',
  '来週の月曜',
  '至急',
  '再三',
  'ありがとうございました',
  '> ',
  '\n',
  '--\n',
  '■内容：',
  'ﾍﾝﾋﾟﾝ',
  'ＡＢＣ',
  '😡',
  '\u200b',
  'refund',
  'cancel',
  "don't",
  'no need to',
  'by Friday',
  'on Nov 3',
  'wrote:',
  'lawyer',
  'if',
  'NOW',
  '?',
  '。',
];

function spans(r: DetectIntentResult): Evidence[] {
  const all = [
    ...r.intents.flatMap((intent) => intent.evidence),
    ...r.signals.urgency,
    ...r.signals.anger,
    ...r.signals.hiddenAnger,
  ];
  if (r.deadline !== null) all.push(r.deadline);
  return all;
}

function checkInvariants(text: string, r: DetectIntentResult): void {
  for (const span of spans(r)) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(text.length);
    expect(span.start).toBeLessThan(span.end);
    expect(text.slice(span.start, span.end)).toBe(span.text);
  }
  for (const intent of r.intents) {
    expect(intent.confidence).toBeGreaterThan(0);
    expect(intent.confidence).toBeLessThan(1);
  }
  expect(r.urgency === 'none').toBe(!r.needsReply);
  expect(r.escalation).toBe(
    r.anger === 3 || r.intents.some((i) => i.id === 'escalation.manager' || i.id === 'escalation.authority'),
  );
  if (r.hiddenAnger) expect(r.anger).toBeGreaterThanOrEqual(1);
  const ids = r.intents.map((i) => i.id);
  if (ids.includes('gratitude.only') || ids.includes('auto.reply')) expect(ids).toHaveLength(1);
  expect(new Set(ids).size).toBe(ids.length);
}

const textArb = fc.oneof(
  codePointString(),
  fc.string({ unit: 'grapheme' }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((words) => words.join('')),
);

describe('detectIntent: properties', () => {
  it('never throws and keeps its invariants on any string (lone surrogates included)', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        checkInvariants(text, detectIntent(text, { receivedAt: RECEIVED }));
      }),
      { numRuns: propertyRuns(400) },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(detectIntent(text, { receivedAt: RECEIVED })).toEqual(
          detectIntent(text, { receivedAt: RECEIVED }),
        );
      }),
      { numRuns: propertyRuns(150) },
    );
  });

  it('quoted lines never change the result', () => {
    fc.assert(
      fc.property(textArb, fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }), (text, quoted) => {
        const withQuote = `${text}\n> ${quoted.join(' ').replaceAll('\n', ' ')}`;
        const a = detectIntent(text, { receivedAt: RECEIVED });
        const b = detectIntent(withQuote, { receivedAt: RECEIVED });
        expect(b.intents.map((i) => i.id)).toEqual(a.intents.map((i) => i.id));
        expect(b.urgency).toBe(a.urgency);
      }),
      { numRuns: propertyRuns(150) },
    );
  });

  it.skipIf(underMutation)(
    'handles a 1 MB message, and 1 MB of lone surrogates and control characters',
    () => {
      const big = '注文したケーキが届きません。明日までに返金してください。'
        .repeat(40000)
        .slice(0, 1_000_000);
      const r = detectIntent(big, { receivedAt: RECEIVED });
      checkInvariants(big, r);
      expect(r.intents.map((i) => i.id)).toContain('refund.request');
      const junk = '\uD800\u0000\uDFFF\u0007'.repeat(250_000);
      checkInvariants(junk, detectIntent(junk, { receivedAt: RECEIVED }));
      const oneLine = 'a'.repeat(1_000_000);
      expect(detectIntent(oneLine).intents).toEqual([]);
    },
  );
});
