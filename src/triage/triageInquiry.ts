import { deliverabilityHints } from '../deliverability/index.ts';
import { canonicalizeEmail } from '../email/index.ts';
import { detectIntent } from '../intent/index.ts';
import type { Diagnostic } from '../internal/diagnostic.ts';
import { createDiagnostic } from '../internal/message.ts';
import {
  evaluateSla,
  type FollowUpPlan,
  type FollowUpPolicy,
  formatInstant,
  type Priority,
  planFollowUps,
  type TicketEvent,
} from '../sla/index.ts';
import { defaultPolicy } from './defaultPolicy.ts';
import { derivePriority } from './derivePriority.ts';
import { localDayEnd } from './localDayEnd.ts';
import { mergeActions } from './mergeActions.ts';
import { TRIAGE_MESSAGES_EN } from './messages/en.ts';
import { TRIAGE_MESSAGES_JA } from './messages/ja.ts';
import type {
  PriorityReasonCode,
  TriageClock,
  TriageErrorCode,
  TriageFollowUp,
  TriageInput,
  TriageInquiryOptions,
  TriagePolicy,
  TriageResult,
  TriageSender,
} from './types.ts';
import { checkTriagePolicy } from './validatePolicy.ts';

const TABLES = { en: TRIAGE_MESSAGES_EN, ja: TRIAGE_MESSAGES_JA };
const NO_PLAN: FollowUpPlan = { due: [], upcoming: [], warnings: [] };
/** One object, so that "no follow-ups" is validated once, not on every call. */
const NO_FOLLOW_UPS = {};
/** The years a reception time may fall in (local time), as `YYYY` strings: the Japanese holiday table's. */
const FIRST_YEAR = '2000';
const LAST_YEAR = '2099';
/** The four-digit year at the start of a formatted instant (expanded years do not match). */
const YEAR = /^(\d{4})-/;

let defaults: { en?: TriagePolicy; ja?: TriagePolicy } | undefined;

function failure(code: TriageErrorCode, locale: TriageInquiryOptions['locale']): TriageResult {
  return { ok: false, error: createDiagnostic(TABLES, locale, code, 'error') as Diagnostic<TriageErrorCode> };
}

function senderOf(from: unknown, options: TriageInquiryOptions | undefined): TriageSender {
  if (typeof from !== 'string' || from.trim() === '') {
    return { address: null, canonical: null, provider: null, carrier: null, hints: [], suggestion: null };
  }
  const canonical = canonicalizeEmail(from, { locale: options?.locale ?? 'en' });
  const hints = deliverabilityHints(from, {
    locale: options?.locale,
    senderDomain: options?.senderDomain,
    isDisposable: options?.isDisposable,
  });
  const carrier = hints.hints.find((hint) => hint.code === 'carrier-filter')?.data?.carrier ?? null;
  return {
    address: hints.address,
    canonical: canonical.ok ? canonical.canonical : null,
    provider: canonical.ok ? canonical.provider : null,
    carrier,
    hints: hints.hints,
    suggestion: hints.suggestion,
  };
}

/**
 * Triages one incoming message: what the customer wants, how urgent and angry it is, the ticket
 * priority, when the first reply and the resolution are due, whether our reply can reach the
 * sender, and what to do next.
 *
 * @remarks
 * Runs `detectIntent` on the text, `canonicalizeEmail` and `deliverabilityHints` on the sender,
 * derives the priority with {@link derivePriority} (the SLA's first-reply due time is compared with
 * the customer's deadline), evaluates the policy's clocks and plans its follow-ups for a ticket
 * created at `receivedAt` (a "no reply arrived" message also records `customerReportsNoReply`), and
 * merges the actions with {@link mergeActions}. Times are ISO strings with the offset of the
 * policy's zone, and epoch ms. Never throws on the text or the address; an invalid `receivedAt`
 * gives `{ ok: false, error }`. A bad policy or follow-up policy throws a `ConfigError` (a `TypeError`)
 * naming the field, on its first use; a policy object is checked once, so do not change it after use.
 *
 * @param input - `{ text, from, receivedAt, channel?, subject? }`.
 * @param options - Policy, follow-ups, locale and deliverability options; see {@link TriageInquiryOptions}.
 * @returns A {@link TriageResult}.
 * @throws `ConfigError` (a `TypeError`) for an invalid policy or follow-up policy.
 *
 * @example
 * const result = triageInquiry(
 *   { text: '至急！明日までに届かないと困ります。', from: 'taro@au.com', receivedAt: '2026-11-20T09:12:00+09:00' },
 *   { policy: defaultPolicy('ja-JP') },
 * );
 * result.ok && [result.priority, result.actions[0]?.code]
 * //=> ['urgent', 'phone-customer']
 */
export function triageInquiry(input: TriageInput, options?: TriageInquiryOptions): TriageResult {
  const locale = options?.locale === 'ja' ? 'ja' : 'en';
  let policy = options?.policy;
  if (policy === undefined) {
    defaults ??= {};
    policy = defaults[locale] ??= defaultPolicy(locale === 'ja' ? 'ja-JP' : 'en-US');
  }
  const followUps = options?.followUps ?? policy.followUps ?? NO_FOLLOW_UPS;
  checkTriagePolicy(policy, followUps, 'triageInquiry');
  const zone = policy.calendar?.timeZone ?? 'UTC';
  const text: unknown = input?.text;
  if (typeof text !== 'string') return failure('invalid-text', locale);
  let receivedAt: string;
  try {
    receivedAt = formatInstant(input.receivedAt, zone);
  } catch {
    return failure('invalid-received-at', locale);
  }
  // Triage supports the years of the Japanese holiday table, whatever the policy: a receipt in
  // 1970 is nearly always seconds passed as milliseconds, and due times stay four-digit years.
  const year = YEAR.exec(receivedAt)?.[1];
  if (year === undefined || year < FIRST_YEAR || year > LAST_YEAR) {
    return failure('received-at-out-of-range', locale);
  }
  try {
    return triageAt(input, text, receivedAt, policy, followUps, zone, locale, options);
  } catch (error) {
    // The calendar covers a range of years (Japanese holidays: 2000–2099) and throws a
    // RangeError beyond it: a reception time there is refused like an unreadable one.
    if (error instanceof RangeError) return failure('received-at-out-of-range', locale);
    throw error;
  }
}

/** {@link triageInquiry} once the text and the reception time are known to be usable. */
function triageAt(
  input: TriageInput,
  text: string,
  receivedAt: string,
  policy: TriagePolicy,
  followUps: FollowUpPolicy,
  zone: string,
  locale: 'en' | 'ja',
  options: TriageInquiryOptions | undefined,
): TriageResult {
  const at = Date.parse(receivedAt);
  const iso = (t: number | null | undefined): string | null =>
    t === null || t === undefined ? null : formatInstant(t, zone);
  const channel = typeof input.channel === 'string' ? input.channel : undefined;
  const detected = detectIntent(text, { receivedAt: new Date(at), timeZone: zone, locale });
  const replyMissing = detected.intents.some((intent) => intent.id === 'reply.missing');
  const events = (priority: Priority): TicketEvent[] => [
    { type: 'created', at, by: 'customer', priority, channel },
    ...(replyMissing ? [{ type: 'customerReportsNoReply' as const, at, channel }] : []),
  ];
  const firstReplyDue = (priority: Priority): number | null =>
    evaluateSla(policy, events(priority), at).targets.find((t) => t.metric === 'firstReply')?.dueAt ?? null;
  const deadlineEnd =
    detected.deadline?.date === null || detected.deadline === null
      ? null
      : localDayEnd(detected.deadline.date, zone);
  const signalsOnly = derivePriority(detected);
  const derived = derivePriority(detected, { deadlineEnd, firstReplyDue });
  const ticket = events(derived.priority);
  const evaluation = evaluateSla(policy, ticket, at);
  const plan =
    Object.keys(followUps).length === 0 ? NO_PLAN : planFollowUps(policy, followUps, ticket, at, { locale });
  const clocks: TriageClock[] = evaluation.targets
    .filter((state) => state.status === 'active' || state.status === 'breached')
    .map((state) => ({
      metric: state.metric,
      target: state.target,
      due: iso(state.dueAt),
      dueMs: state.dueAt,
    }))
    .sort((a, b) => (a.dueMs ?? Number.POSITIVE_INFINITY) - (b.dueMs ?? Number.POSITIVE_INFINITY));
  const dueOf = (metric: string): number | null =>
    clocks.find((clock) => clock.metric === metric)?.dueMs ?? null;
  const firstReplyDueMs = dueOf('firstReply');
  const resolutionDueMs = dueOf('resolution');
  const followUpList: TriageFollowUp[] = [...plan.due, ...plan.upcoming].map((action) => ({
    code: action.code,
    at: formatInstant(action.at, zone),
    atMs: action.at,
    key: action.key,
    message: action.message,
    ...(action.kind === 'resendViaAlternateChannel' ? { channels: action.channels } : {}),
  }));
  const sender = senderOf(input.from, options);
  const signalsDue = deadlineEnd === null ? null : firstReplyDue(signalsOnly.priority);
  return {
    ok: true,
    lang: detected.lang,
    intents: detected.intents,
    urgency: detected.urgency,
    anger: detected.anger,
    hiddenAnger: detected.hiddenAnger,
    escalation: detected.escalation,
    needsReply: detected.needsReply,
    deadline:
      detected.deadline === null
        ? null
        : {
            date: detected.deadline.date,
            text: detected.deadline.text,
            end: iso(deadlineEnd),
            endMs: deadlineEnd,
            beforeFirstReplyDue: deadlineEnd !== null && signalsDue !== null && deadlineEnd < signalsDue,
          },
    priority: derived.priority,
    priorityReasons: derived.reasons.map(
      (code) => createDiagnostic(TABLES, locale, code, 'info') as Diagnostic<PriorityReasonCode>,
    ),
    receivedAt,
    receivedAtMs: at,
    channel: channel ?? null,
    subject: typeof input.subject === 'string' ? input.subject : null,
    sla: {
      policyId: policy.id,
      timeZone: zone,
      firstReplyDue: iso(firstReplyDueMs),
      firstReplyDueMs,
      resolutionDue: iso(resolutionDueMs),
      resolutionDueMs,
      clocks,
      followUps: followUpList,
      warnings: plan.warnings,
    },
    sender,
    actions: mergeActions(detected.suggestedActions, sender.hints, {
      urgency: detected.urgency,
      priority: derived.priority,
      replyMissing,
      replyDue: iso(firstReplyDueMs),
      replyDueMs: firstReplyDueMs,
      locale,
    }),
  };
}
