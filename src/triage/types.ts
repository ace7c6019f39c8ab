import type { Hint } from '../deliverability/index.ts';
import type { AngerLevel, DetectedIntent, SuggestedActionCode, Urgency } from '../intent/index.ts';
import type { Diagnostic, Locale } from '../internal/diagnostic.ts';
import type {
  Channel,
  FollowUpCode,
  FollowUpPolicy,
  InstantInput,
  Metric,
  Priority,
  SlaPolicy,
  SlaWarning,
  Target,
} from '../sla/index.ts';

/**
 * An SLA policy plus the follow-ups to plan: the same shape as the `--policy` file of
 * `support-kit sla` and `support-kit triage`.
 *
 * @example
 * const policy: TriagePolicy = defaultPolicy('ja-JP');
 */
export interface TriagePolicy extends SlaPolicy {
  /**
   * Follow-ups to plan for every inquiry (overridden by {@link TriageInquiryOptions.followUps}).
   * @defaultValue none
   */
  readonly followUps?: FollowUpPolicy | undefined;
}

/**
 * One incoming message.
 *
 * @example
 * const input: TriageInput = {
 *   text: '至急お願いします。注文番号A-100が届きません。', from: 'taro@au.com',
 *   receivedAt: '2026-11-20T09:12:00+09:00', channel: 'email',
 * };
 */
export interface TriageInput {
  /** The message body as the customer wrote it (quoted mail and signatures are ignored). */
  readonly text: string;
  /** The sender's e-mail address, if any; `null` or absent when the channel has none. */
  readonly from?: string | null | undefined;
  /** When it was received: epoch ms, a `Date`, or ISO 8601 **with** an offset. */
  readonly receivedAt: InstantInput;
  /** The channel it came through (`email`, `web`, `chat`…); recorded on the SLA ticket. */
  readonly channel?: Channel | undefined;
  /** The subject line; not analysed, echoed back for display. */
  readonly subject?: string | undefined;
}

/**
 * Options of {@link triageInquiry}.
 *
 * @example
 * const options: TriageInquiryOptions = { policy: defaultPolicy('ja-JP'), locale: 'ja' };
 */
export interface TriageInquiryOptions {
  /**
   * The SLA policy (targets per priority, calendar, follow-ups). Validated on first use; a bad
   * policy throws a `TypeError` naming the field.
   * @defaultValue `defaultPolicy('ja-JP')` when `locale` is `'ja'`, else `defaultPolicy('en-US')`
   */
  readonly policy?: TriagePolicy | undefined;
  /**
   * Follow-ups to plan; overrides `policy.followUps`.
   * @defaultValue `policy.followUps`, or none
   */
  readonly followUps?: FollowUpPolicy | undefined;
  /**
   * Language of every message, reason and hint.
   * @defaultValue `'en'`
   */
  readonly locale?: Locale | undefined;
  /**
   * Our sending domain, named in the allow-list guidance for carrier addresses.
   * @defaultValue "our domain" / 「当社のドメイン」
   */
  readonly senderDomain?: string | undefined;
  /**
   * A disposable-domain check (e.g. `isDisposableDomain` from `support-kit/deliverability/disposable`).
   * @defaultValue none: no `disposable` hint
   */
  readonly isDisposable?: ((domain: string) => boolean) | undefined;
}

/**
 * Why an input could not be triaged.
 *
 * @example
 * const code: TriageErrorCode = 'invalid-received-at';
 */
export type TriageErrorCode = 'invalid-text' | 'invalid-received-at' | 'received-at-out-of-range';

/**
 * Why a priority was chosen (see docs/triage.md for the rules).
 *
 * @example
 * const code: PriorityReasonCode = 'deadline-before-due';
 */
export type PriorityReasonCode =
  | 'no-reply-needed'
  | 'urgency-critical'
  | 'urgency-high'
  | 'urgency-normal'
  | 'anger'
  | 'hidden-anger'
  | 'escalation'
  | 'deadline-before-due';

/**
 * Actions that triage adds to the intent's suggestions, from the sender's deliverability hints.
 *
 * @example
 * const code: SenderActionCode = 'carrier-allow-list-guidance';
 */
export type SenderActionCode =
  | 'phone-customer'
  | 'resend-reply'
  | 'carrier-allow-list-guidance'
  | 'confirm-address';

/**
 * Every action code of a triage result: the intent module's, plus {@link SenderActionCode}.
 *
 * @example
 * const code: TriageActionCode = 'resend-reply';
 */
export type TriageActionCode = SuggestedActionCode | SenderActionCode;

/**
 * Every message code of the triage module (for the message tables).
 *
 * @example
 * const code: TriageCode = 'invalid-text';
 */
export type TriageCode = TriageErrorCode | PriorityReasonCode;

/**
 * One thing an agent should do, merged from the intent's suggestions and the sender's hints.
 *
 * @example
 * const action: TriageAction = {
 *   code: 'phone-customer', source: 'sender', message: 'Call the customer before the reply is due.',
 *   reason: 'Replies to this carrier address may be filtered.', due: '2026-11-20T10:12:00+09:00',
 *   dueMs: 1795137120000,
 * };
 */
export interface TriageAction {
  /** Stable kebab-case code. */
  readonly code: TriageActionCode;
  /** `intent`: suggested by the message; `sender`: added because of the sender's address. */
  readonly source: 'intent' | 'sender';
  /** What to do, in the caller's locale. */
  readonly message: string;
  /** Why, in the caller's locale. */
  readonly reason: string;
  /** Do it before this instant (ISO with the policy zone's offset), or `null`. */
  readonly due: string | null;
  /** `due` as epoch ms, or `null`. */
  readonly dueMs: number | null;
}

/**
 * The sender's address: canonical key, provider, and why our reply may not reach it.
 *
 * @example
 * const sender: TriageSender = {
 *   address: 'taro@au.com', canonical: 'taro@au.com', provider: { id: 'au', name: 'au' },
 *   carrier: 'au', hints: [], suggestion: null,
 * };
 */
export interface TriageSender {
  /** The cleaned address, or `null` when there is none or it was refused. */
  readonly address: string | null;
  /** The mailbox key (see `canonicalizeEmail`), or `null`. */
  readonly canonical: string | null;
  /** The provider whose rules apply, or `null`. */
  readonly provider: { readonly id: string; readonly name: string } | null;
  /** The Japanese mobile carrier, when the address is carrier mail (`docomo`, `au`, `softbank`…). */
  readonly carrier: string | null;
  /** Deliverability hints (`carrier-filter`, `typo-domain`, `invalid`…). */
  readonly hints: readonly Hint[];
  /** The corrected address when the domain looks like a typo, else `null`. */
  readonly suggestion: string | null;
}

/**
 * One SLA clock of the new ticket.
 *
 * @example
 * const clock: TriageClock = {
 *   metric: 'firstReply', target: { minutes: 120, basis: 'business' },
 *   due: '2026-11-20T11:12:00+09:00', dueMs: 1795140720000,
 * };
 */
export interface TriageClock {
  /** The metric. */
  readonly metric: Metric;
  /** The target that applies at the derived priority. */
  readonly target: Target;
  /** When it is due (ISO with the zone's offset). */
  readonly due: string | null;
  /** `due` as epoch ms. */
  readonly dueMs: number | null;
}

/**
 * A planned follow-up (see `planFollowUps` of `support-kit/sla`).
 *
 * @example
 * const followUp: TriageFollowUp = {
 *   code: 'escalate', at: '2026-11-20T10:42:00+09:00', atMs: 1795138920000,
 *   key: 'escalate:firstReply:1:1', message: 'Escalate the ticket: its SLA target is running out.',
 * };
 */
export interface TriageFollowUp {
  /** Stable code of the follow-up. */
  readonly code: FollowUpCode;
  /** When to act (ISO with the zone's offset). */
  readonly at: string;
  /** `at` as epoch ms. */
  readonly atMs: number;
  /** A stable key for de-duplication. */
  readonly key: string;
  /** What to do, in the caller's locale. */
  readonly message: string;
  /** Channels to re-send through (`resend-via-alternate-channel` only). */
  readonly channels?: readonly Channel[];
}

/**
 * The SLA of the new ticket at the derived priority.
 *
 * @example
 * const sla: Pick<TriageSla, 'firstReplyDue'> = { firstReplyDue: '2026-11-20T11:12:00+09:00' };
 */
export interface TriageSla {
  /** The policy's `id`. */
  readonly policyId: string;
  /** The IANA zone of every ISO time in the result. */
  readonly timeZone: string;
  /** When the first reply is due, or `null` when the policy has no first-reply target. */
  readonly firstReplyDue: string | null;
  /** `firstReplyDue` as epoch ms. */
  readonly firstReplyDueMs: number | null;
  /** When the ticket must be solved, or `null` without a resolution target. */
  readonly resolutionDue: string | null;
  /** `resolutionDue` as epoch ms. */
  readonly resolutionDueMs: number | null;
  /** Every running clock, due first first. */
  readonly clocks: readonly TriageClock[];
  /** Follow-ups planned from receipt on (`due` now and upcoming), in time order. */
  readonly followUps: readonly TriageFollowUp[];
  /** Planner warnings (`no-alternate-channel`…). */
  readonly warnings: readonly SlaWarning[];
}

/**
 * The deadline the customer stated, resolved in the policy's zone.
 *
 * @example
 * const deadline: TriageDeadline = {
 *   date: '2026-11-21', text: '明日まで', end: '2026-11-22T00:00:00+09:00', endMs: 1795273200000,
 *   beforeFirstReplyDue: false,
 * };
 */
export interface TriageDeadline {
  /** `YYYY-MM-DD`, or `null` when the words could not be resolved to a date. */
  readonly date: string | null;
  /** The words that state it. */
  readonly text: string;
  /** The end of that day (local midnight after it), or `null`. */
  readonly end: string | null;
  /** `end` as epoch ms. */
  readonly endMs: number | null;
  /** Whether the first reply, at the priority the signals alone give, would be due after `end`. */
  readonly beforeFirstReplyDue: boolean;
}

/**
 * Everything a helpdesk needs to act on one inquiry.
 *
 * @example
 * const result: Pick<TriageSuccess, 'ok' | 'priority'> = { ok: true, priority: 'urgent' };
 */
export interface TriageSuccess {
  readonly ok: true;
  /** `ja` or `en`, from the text. */
  readonly lang: 'ja' | 'en';
  /** Intents, strongest first, each with the words that raised it. */
  readonly intents: readonly DetectedIntent[];
  /** How soon a human must act. */
  readonly urgency: Urgency;
  /** 0 neutral … 3 hostile. */
  readonly anger: AngerLevel;
  /** Anger under a polite surface. */
  readonly hiddenAnger: boolean;
  /** A manager or an authority is asked for, or the message is hostile. */
  readonly escalation: boolean;
  /** False for thanks-only mail, auto-replies and spam. */
  readonly needsReply: boolean;
  /** The customer's deadline, or `null`. */
  readonly deadline: TriageDeadline | null;
  /** The derived ticket priority. */
  readonly priority: Priority;
  /** Why that priority, in order of the rules, with messages. */
  readonly priorityReasons: readonly Diagnostic<PriorityReasonCode>[];
  /** When it was received (ISO with the zone's offset). */
  readonly receivedAt: string;
  /** `receivedAt` as epoch ms. */
  readonly receivedAtMs: number;
  /** The channel, or `null`. */
  readonly channel: string | null;
  /** The subject, or `null`. */
  readonly subject: string | null;
  /** SLA due times and planned follow-ups. */
  readonly sla: TriageSla;
  /** The sender's address. */
  readonly sender: TriageSender;
  /** What to do, merged from the intent and the sender's hints. */
  readonly actions: readonly TriageAction[];
}

/**
 * An input that could not be triaged (a non-string text, a `receivedAt` without an offset).
 *
 * @example
 * const failure: TriageFailure = {
 *   ok: false, error: { code: 'invalid-received-at', severity: 'error', message: '…', action: '…' },
 * };
 */
export interface TriageFailure {
  readonly ok: false;
  readonly error: Diagnostic<TriageErrorCode>;
}

/**
 * Result of {@link triageInquiry}.
 *
 * @example
 * const result: TriageResult = { ok: false, error: { code: 'invalid-text', severity: 'error', message: '…' } };
 */
export type TriageResult = TriageSuccess | TriageFailure;

/**
 * The signals {@link derivePriority} reads (the fields of a `detectIntent` result).
 *
 * @example
 * const signals: PrioritySignals = { urgency: 'high', anger: 0, hiddenAnger: false, escalation: false, needsReply: true };
 */
export interface PrioritySignals {
  /** How soon a human must act. */
  readonly urgency: Urgency;
  /** 0 … 3. */
  readonly anger: AngerLevel;
  /** Anger under a polite surface. */
  readonly hiddenAnger?: boolean | undefined;
  /** A manager or an authority is involved. */
  readonly escalation: boolean;
  /** False for thanks-only mail and auto-replies. */
  readonly needsReply?: boolean | undefined;
}
