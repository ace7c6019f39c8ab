import type { Locale } from '../internal/diagnostic.ts';

/**
 * The 22 intent ids of the taxonomy (`area.action`). They are stable API: an id is never renamed
 * without a major version. See docs/intent.md for the meaning of each.
 */
export type IntentId =
  | 'order.place'
  | 'order.change'
  | 'order.cancel'
  | 'order.status'
  | 'delivery.deadline'
  | 'product.defect'
  | 'return.exchange'
  | 'refund.request'
  | 'billing.payment'
  | 'stock.request'
  | 'product.question'
  | 'faq.answerable'
  | 'account.login'
  | 'account.manage'
  | 'code.invalid'
  | 'reply.missing'
  | 'contact.callback'
  | 'escalation.manager'
  | 'escalation.authority'
  | 'complaint.service'
  | 'gratitude.only'
  | 'auto.reply';

/** How soon the message needs a human: `none` exactly when no reply is needed. */
export type Urgency = 'none' | 'normal' | 'high' | 'critical';

/** Anger from 0 (neutral) to 3 (hostile). */
export type AngerLevel = 0 | 1 | 2 | 3;

/** A span of the ORIGINAL text: `text === original.slice(start, end)` (UTF-16 indices). */
export interface Evidence {
  /** The words as the customer wrote them. */
  readonly text: string;
  /** Start index (inclusive) in the original text. */
  readonly start: number;
  /** End index (exclusive) in the original text. */
  readonly end: number;
}

/** One intent found in the message, with the words that raised it. */
export interface DetectedIntent {
  /** The taxonomy id. */
  readonly id: IntentId;
  /** 0–0.99: `1 - exp(-score / 2)`, lowered by a fifth when the request is conditional (なら, if). */
  readonly confidence: number;
  /** The cue words (and markers) that raised the intent, in text order (at most 16). */
  readonly evidence: readonly Evidence[];
}

/** The date by which the customer needs something to happen. */
export interface Deadline {
  /** `YYYY-MM-DD` in the option `timeZone`, or `null` when it cannot be resolved (no `receivedAt`). */
  readonly date: string | null;
  /** The words that state it, as written (e.g. `今夜中に`). */
  readonly text: string;
  /** Where they are in the original text. */
  readonly start: number;
  /** End (exclusive) in the original text. */
  readonly end: number;
}

/** Stable codes of {@link SuggestedAction}. */
export type SuggestedActionCode =
  | 'no-reply-needed'
  | 'ask-for-details'
  | 'answer-every-request'
  | 'reply-before-deadline'
  | 'phone-customer'
  | 'escalate-to-lead'
  | 'apologize-first'
  | 'check-spam-folder-guidance'
  | 'secure-account'
  | 'handle-safety-report'
  | 'send-help-article';

/** What an agent should do next, and why. */
export interface SuggestedAction {
  /** Stable kebab-case code. */
  readonly code: SuggestedActionCode;
  /** What to do, in the caller's locale. */
  readonly message: string;
  /** Why, in the caller's locale. */
  readonly reason: string;
}

/** Evidence behind each signal (urgency, anger, hidden anger, escalation). */
export interface SignalEvidence {
  /** Words that raised urgency (urgency words, safety or security words, the deadline). */
  readonly urgency: readonly Evidence[];
  /** Words that raised anger. */
  readonly anger: readonly Evidence[];
  /** Politeness-masked markers (repetition, formal displeasure, sarcasm). */
  readonly hiddenAnger: readonly Evidence[];
}

/** Options for {@link detectIntent}. */
export interface DetectIntentOptions {
  /**
   * When the message was received; relative deadlines ("明日まで", "by Friday") are resolved
   * against it. A `Date` or an ISO 8601 string. Without it, `deadline.date` is `null`.
   * @defaultValue `undefined`
   */
  readonly receivedAt?: Date | string | undefined;
  /**
   * IANA time zone in which the calendar day of `receivedAt` is taken.
   * @defaultValue `'Asia/Tokyo'`
   */
  readonly timeZone?: string | undefined;
  /**
   * Language of `suggestedActions` messages and reasons, and the `lang` of a text without letters.
   * @defaultValue `'en'`
   */
  readonly locale?: Locale | undefined;
}

/** What {@link detectIntent} reads in one message. */
export interface DetectIntentResult {
  /**
   * `ja` when the new text has kana, or CJK ideographs and no Latin word; `en` when it has a Latin
   * word; the option `locale` (default `en`) when it has neither.
   */
  readonly lang: 'ja' | 'en';
  /** Intents, strongest first; `[]` when nothing we route on (spam, a bare "help"). */
  readonly intents: readonly DetectedIntent[];
  /** How soon a human must act. */
  readonly urgency: Urgency;
  /** 0 neutral … 3 hostile. */
  readonly anger: AngerLevel;
  /** Anger carried by a polite or positive surface, without explicit anger words. */
  readonly hiddenAnger: boolean;
  /** A manager or an outside authority is asked for or involved, or the message is hostile. */
  readonly escalation: boolean;
  /** False for thanks-only mail, auto-replies and spam. */
  readonly needsReply: boolean;
  /** The earliest date by which the customer needs something, or `null`. */
  readonly deadline: Deadline | null;
  /** What to do next, with reasons. */
  readonly suggestedActions: readonly SuggestedAction[];
  /** The words behind the signals. */
  readonly signals: SignalEvidence;
}
