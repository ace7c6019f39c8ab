import { suggestActions } from './actions.ts';
import { type CivilDay, checkTimeZone, findDeadline, receivedDay } from './deadline.ts';
import { classId, type Entry, type Hit, type ScanState, scanLexicon } from './matchers.ts';
import { type NormalizedText, normalizeText, toOriginal } from './normalize.ts';
import { findNewText } from './regions.ts';
import { scoreHits } from './scoring.ts';
import type {
  AngerLevel,
  DetectedIntent,
  DetectIntentOptions,
  DetectIntentResult,
  Evidence,
  IntentId,
  Urgency,
} from './types.ts';

/** Class id of date triggers (looked up on first use). */
let dateClass: number | undefined;

/** At most this many spans per intent or signal (a 1 MB message would otherwise cite thousands). */
const MAX_EVIDENCE = 16;

/** An order number or a quantity: what a phone call needs (`phone-customer`). */
const ORDER_DETAILS = /#\s?\d{3,}|\d{4,}|\d\s?(?:個|本|枚|箱|せっと|units?|pcs|pieces|boxes|sets)/;

const NO_SHOUT = { words: 0, now: false } as const;
/** Without four capitals in a row or NOW, no word counts as shouting. */
const MAY_SHOUT = /[A-Z]{4}|NOW/;

/** A run of capitals. */
const CAPITALS = /[A-Z]+/g;

/** Words in capitals (shouting) and a capitalised NOW, in the original text of the kept ranges. */
function shouting(
  original: string,
  map: NormalizedText,
  ranges: readonly number[],
): { words: number; now: boolean } {
  let words = 0;
  let now = false;
  // The next run of capitals, searched once for all the ranges that come before it.
  let run: RegExpExecArray | null = null;
  for (let r = 0; r + 1 < ranges.length; r += 2) {
    const [from, to] = toOriginal(map, ranges[r] as number, ranges[r + 1] as number);
    if (run === null || run.index < from) {
      CAPITALS.lastIndex = from;
      run = CAPITALS.exec(original);
      if (run === null) break;
    }
    for (; run !== null && run.index < to; run = CAPITALS.exec(original)) {
      const end = Math.min(run.index + run[0].length, to);
      const next = end < to ? original.charCodeAt(end) : 0;
      // A capital that starts a word in lower case is no shouting.
      if (next >= 0x61 && next <= 0x7a) continue;
      if (end - run.index === 3 && original.startsWith('NOW', run.index)) now = true;
      if (end - run.index >= 4) words++;
    }
    if (run === null) break;
  }
  return { words, now };
}

function byPosition(a: Hit, b: Hit): number {
  return a.start - b.start || a.end - b.end;
}

/** Reused by {@link evidenceOf}: the hits of one list, sorted. */
const sorted: Hit[] = [];

/**
 * The distinct spans of `hits` in the original text, in text order (at most {@link MAX_EVIDENCE}).
 * The map back to the original is strictly increasing, so hits sort the same in either text.
 */
function evidenceOf(original: string, map: NormalizedText, hits: readonly Hit[]): Evidence[] {
  if (sorted.length > 0) sorted.length = 0;
  for (const hit of hits) if (hit.end > hit.start) sorted.push(hit);
  if (sorted.length > 32) sorted.sort(byPosition);
  else {
    // Lists are short and nearly in order: an insertion sort (stable, like `sort`).
    for (let i = 1; i < sorted.length; i++) {
      const hit = sorted[i] as Hit;
      let j = i - 1;
      for (; j >= 0; j--) {
        const other = sorted[j] as Hit;
        if (other.start < hit.start || (other.start === hit.start && other.end <= hit.end)) break;
        sorted[j + 1] = other;
      }
      sorted[j + 1] = hit;
    }
  }
  const out: Evidence[] = [];
  let lastStart = -1;
  let lastEnd = -1;
  for (const hit of sorted) {
    if (out.length === MAX_EVIDENCE) break;
    if (hit.start === lastStart && hit.end === lastEnd) continue;
    lastStart = hit.start;
    lastEnd = hit.end;
    const [start, end] = toOriginal(map, hit.start, hit.end);
    out.push({ text: original.slice(start, end), start, end });
  }
  if (sorted.length > 0) sorted.length = 0;
  return out;
}

/**
 * Reads one customer inquiry (Japanese or English) the way a support lead does: what the customer
 * wants (several intents), how urgent and how angry it is, whether anger hides behind polite
 * wording, whether it must be escalated, whether it needs a reply at all, and the date by which
 * the customer needs something — each with the words that show it.
 *
 * @remarks
 * Pure and offline: lexicons and rules (src/intent/lexicon) built once into one Aho–Corasick
 * automaton on the first call; cost is linear in the length. Only the customer's new text counts:
 * quoted mail, attribution lines, signatures, disclaimers and web-form labels are ignored.
 * Negation cancels within its scope (返金は不要です, no need to refund). The taxonomy, the signal
 * rules and the evaluation are in docs/intent.md. Never throws on any string; throws a
 * `TypeError` only when `text` is not a string or an option is invalid (caller bugs).
 *
 * @param text - The message as received (any string: empty, 1 MB, lone surrogates).
 * @param options - See {@link DetectIntentOptions}.
 * @returns The report; every evidence span satisfies `text.slice(start, end) === evidence.text`.
 *
 * @example
 * detectIntent('返金ではなく、同じ商品を再送してほしいです').intents.map((i) => i.id)
 * //=> ['return.exchange']
 *
 * @example
 * detectIntent('I need them by Friday, please.', { receivedAt: '2026-11-20T10:00:00+09:00' }).deadline
 * //=> { date: '2026-11-27', text: 'Friday', start: 15, end: 21 }
 *
 * @example
 * detectIntent('返信ありがとうございます。よく分かりました。')
 * //=> { intents: [{ id: 'gratitude.only', … }], needsReply: false, urgency: 'none', … }
 */
export function detectIntent(text: string, options?: DetectIntentOptions): DetectIntentResult {
  if (typeof text !== 'string') throw new TypeError('detectIntent: text must be a string');
  const timeZone = options?.timeZone ?? 'Asia/Tokyo';
  if (options?.timeZone !== undefined) checkTimeZone(timeZone);
  const today: CivilDay | null =
    options?.receivedAt === undefined ? null : receivedDay(options.receivedAt, timeZone);
  const map = normalizeText(text);
  const norm = map.text;
  const ranges = findNewText(norm);
  const hits: Hit[] = [];
  const state: ScanState = { sentence: 0, kana: false, ideographs: false, latinWord: false };
  for (let r = 0; r + 1 < ranges.length; r += 2) {
    const from = ranges[r] as number;
    // A line that starts in lower case goes on with the sentence of the line before (hard-wrapped
    // mail: "Please don't\ncancel it"); after 。 ! ? or ". " the scan has already begun a new one.
    if (/[a-z]/.test(text.charAt(toOriginal(map, from, from + 1)[0]))) state.sentence--;
    scanLexicon(norm, from, ranges[r + 1] as number, hits, state);
  }
  // §3.1: `ja` with any kana, or ideographs and no Latin word of two letters or more.
  const lang =
    state.kana || (state.ideographs && !state.latinWord)
      ? 'ja'
      : state.latinWord || state.ideographs
        ? 'en'
        : (options?.locale ?? 'en');
  const triggers: number[] = [];
  dateClass ??= classId('date');
  // The entry of a date trigger: a deadline span is cited as a hit of it (only its span is read).
  let dateEntry: Entry | undefined;
  for (const hit of hits) {
    if (hit.e.c !== dateClass) continue;
    triggers.push(hit.start);
    dateEntry = hit.e;
  }
  // Hits come by end, so starts are nearly in order: an insertion sort.
  for (let i = 1; i < triggers.length; i++) {
    const start = triggers[i] as number;
    let j = i - 1;
    for (; j >= 0 && (triggers[j] as number) > start; j--) triggers[j + 1] = triggers[j] as number;
    triggers[j + 1] = start;
  }
  const found = findDeadline(norm, ranges, triggers, today);
  const deadlineHit: Hit | null =
    // A deadline is only looked for around date triggers, so one was seen.
    found === null ? null : { e: dateEntry as Entry, start: found.start, end: found.end, s: -1 };
  const scored = scoreHits(norm, hits, deadlineHit);
  const boilerplate = scored.auto || scored.spam;
  const needsReply = !(scored.auto || scored.spam || scored.gratitude);
  // Shouting needs at least three capitalised words of four letters, or NOW: Latin words in the
  // new text (they fold to lower case, so the scan saw them) and a quick look at the whole text.
  const shout =
    boilerplate || !state.latinWord || !MAY_SHOUT.test(text) ? NO_SHOUT : shouting(text, map, ranges);
  let anger = scored.anger;
  if (shout.words >= 6) anger = 3;
  else if (shout.words >= 3) anger = Math.max(anger, 2);
  const ids: IntentId[] = [];
  for (const s of scored.intents) ids.push(s.id);
  const escalation =
    ids.includes('escalation.manager') || ids.includes('escalation.authority') || anger === 3;
  const deadline =
    found === null || boilerplate
      ? null
      : {
          date: found.date,
          text: text.slice(...toOriginal(map, found.start, found.end)),
          ...startEnd(map, found),
        };
  const days = boilerplate ? null : (found?.days ?? null);
  let urgency: Urgency = 'normal';
  if (!needsReply) urgency = 'none';
  else if (
    ids.includes('escalation.authority') ||
    scored.urgencyWords === 2 ||
    shout.now ||
    (days !== null && days <= 1)
  ) {
    urgency = 'critical';
  } else if (
    scored.urgencyWords === 1 ||
    (days !== null && days <= 7) ||
    ids.includes('reply.missing') ||
    ids.includes('escalation.manager') ||
    anger >= 2
  ) {
    urgency = 'high';
  }
  const intents: DetectedIntent[] = [];
  for (const s of scored.intents) {
    const confidence = Math.min(0.99, (1 - Math.exp(-s.score / 2)) * (s.conditional ? 0.8 : 1));
    intents.push({
      id: s.id,
      confidence: Math.round(confidence * 100) / 100,
      evidence: evidenceOf(text, map, s.hits),
    });
  }
  let orderDetails = false;
  // Only read when it can matter: urgent, and no call asked for already (phone-customer rule).
  const needDetails = (urgency === 'high' || urgency === 'critical') && !ids.includes('contact.callback');
  for (let r = 0; needDetails && r + 1 < ranges.length && !orderDetails; r += 2) {
    const from = ranges[r] as number;
    const to = ranges[r + 1] as number;
    if (to - from <= 4000) orderDetails = ORDER_DETAILS.test(norm.slice(from, to));
  }
  const urgencyHits =
    deadlineHit !== null && days !== null && days <= 7
      ? [...scored.urgencyHits, deadlineHit]
      : scored.urgencyHits;
  return {
    lang,
    intents,
    urgency,
    anger: anger as AngerLevel,
    hiddenAnger: scored.hidden,
    escalation,
    needsReply,
    deadline,
    suggestedActions: suggestActions(
      {
        intents: ids,
        urgency,
        anger: anger as AngerLevel,
        hiddenAnger: scored.hidden,
        escalation,
        needsReply,
        deadline: deadline === null ? null : (deadline.date ?? deadline.text),
        orderDetails,
        safety: scored.safety,
        security: scored.security,
      },
      options?.locale,
    ),
    signals: {
      urgency: needsReply ? evidenceOf(text, map, urgencyHits) : [],
      anger: evidenceOf(text, map, scored.angerHits),
      hiddenAnger: evidenceOf(text, map, scored.hiddenHits),
    },
  };
}

function startEnd(
  map: NormalizedText,
  found: { start: number; end: number },
): { start: number; end: number } {
  const [start, end] = toOriginal(map, found.start, found.end);
  return { start, end };
}
