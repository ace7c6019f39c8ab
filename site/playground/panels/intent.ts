// The intent half of the inquiry panel: detectIntent on the text, every intent with the words that
// raised it marked in the text, and the urgency, anger and deadline signals.
import { type DetectIntentResult, detectIntent } from 'support-kit/intent';
import type { Locale } from 'support-kit/sanitize';
import { h } from '../dom.ts';
import { type LabelledSpan, runs } from '../highlight.ts';
import { uiText } from '../i18n.ts';
import { intentLabel, urgencyLabel } from '../labels.ts';
import { facts, labelled, type Text } from './parts.ts';

/** How many intent colours the style sheet defines (`.intent-0` … `.intent-5`). */
const INTENT_COLOURS = 6;

const intentKind = (index: number): string => `intent-${index % INTENT_COLOURS}`;

function spansOf(result: DetectIntentResult): LabelledSpan[] {
  return [
    ...result.intents.flatMap((intent, index) =>
      intent.evidence.map((e) => ({ start: e.start, end: e.end, kind: intentKind(index), label: intent.id })),
    ),
    ...result.signals.urgency.map((e) => ({ start: e.start, end: e.end, kind: 'urgency', label: 'urgency' })),
    ...result.signals.anger.map((e) => ({ start: e.start, end: e.end, kind: 'anger', label: 'anger' })),
    ...result.signals.hiddenAnger.map((e) => ({
      start: e.start,
      end: e.end,
      kind: 'hidden-anger',
      label: 'hiddenAnger',
    })),
  ];
}

function highlighted(text: string, result: DetectIntentResult): HTMLElement {
  const box = h('div', { class: 'highlighted', lang: result.lang });
  for (const run of runs(text, spansOf(result))) {
    if (run.spans.length === 0) box.append(run.text);
    else {
      const kinds = [...new Set(run.spans.map((s) => s.kind))];
      const labels = [...new Set(run.spans.map((s) => s.label))];
      box.append(
        h(
          'mark',
          { class: kinds.join(' '), title: labels.join(', '), 'data-labels': labels.join(' ') },
          run.text,
        ),
      );
    }
  }
  return box;
}

function intentList(result: DetectIntentResult, locale: Locale, text: Text): HTMLElement {
  if (result.intents.length === 0) return h('p', { class: 'quiet' }, text.noIntents);
  return h(
    'ul',
    { class: 'intents' },
    ...result.intents.map((intent, index) =>
      h(
        'li',
        { 'data-intent': intent.id },
        h('span', { class: `swatch ${intentKind(index)}`, 'aria-hidden': 'true' }),
        h('strong', {}, intentLabel(intent.id, locale)),
        ' ',
        h('code', {}, intent.id),
        ' ',
        h('span', { class: 'quiet' }, `${text.confidence} ${Math.round(intent.confidence * 100)}%`),
        h(
          'span',
          { class: 'evidence' },
          ...intent.evidence.map((e) => h('q', { class: intentKind(index) }, e.text)),
        ),
      ),
    ),
  );
}

const yesNo = (value: boolean, text: Text): string => (value ? text.yes : text.no);

/**
 * Runs detectIntent and renders what the customer wants, the marked text and the signals.
 *
 * @example
 * renderIntent(output, '至急、注文させてください。', { receivedAt: '2026-11-20T17:00:00+09:00', timeZone: 'Asia/Tokyo' }, 'ja');
 */
export function renderIntent(
  output: HTMLElement,
  inquiry: string,
  received: { readonly receivedAt: string | undefined; readonly timeZone: string },
  locale: Locale,
): void {
  const text = uiText(locale);
  const result = detectIntent(inquiry, {
    timeZone: received.timeZone,
    locale,
    ...(received.receivedAt === undefined ? {} : { receivedAt: received.receivedAt }),
  });
  const deadline = result.deadline;
  output.replaceChildren(
    h('h4', {}, h('code', {}, 'detectIntent')),
    facts([
      [text.lang, h('code', {}, result.lang), 'lang'],
      [text.urgency, labelled(urgencyLabel(result.urgency, locale), result.urgency), 'urgency'],
      [text.anger, String(result.anger), 'anger'],
      [text.hiddenAnger, yesNo(result.hiddenAnger, text), 'hiddenAnger'],
      [text.escalation, yesNo(result.escalation, text), 'escalation'],
      [text.needsReply, yesNo(result.needsReply, text), 'needsReply'],
      [
        text.deadline,
        deadline === null
          ? text.noDeadline
          : h('span', {}, h('q', {}, deadline.text), deadline.date === null ? '' : ` → ${deadline.date}`),
        'deadline',
      ],
    ]),
    h('h4', {}, text.intents),
    intentList(result, locale, text),
    h('h4', {}, text.evidenceHeading),
    highlighted(inquiry, result),
    h(
      'p',
      { class: 'legend' },
      h('mark', { class: 'urgency' }, text.legendUrgency),
      ' ',
      h('mark', { class: 'anger' }, text.legendAnger),
      ' ',
      h('mark', { class: 'hidden-anger' }, text.legendHiddenAnger),
    ),
  );
}
