import type { MessageTable } from '../../internal/diagnostic.ts';
import type { SenderActionCode, TriageCode } from '../types.ts';

/**
 * What to do and why, for one action triage adds.
 *
 * @example
 * const text: SenderActionText = { message: 'Send the reply again.', reason: 'The customer says none arrived.' };
 */
export interface SenderActionText {
  readonly message: string;
  readonly reason: string;
}

/**
 * A table of {@link SenderActionText} for one locale.
 *
 * @example
 * const table: SenderActionTable = TRIAGE_ACTIONS_EN;
 */
export type SenderActionTable = { readonly [K in SenderActionCode]: SenderActionText };

/**
 * English messages of the triage module: input errors and priority reasons.
 *
 * @example
 * TRIAGE_MESSAGES_EN['invalid-text'].message //=> 'The inquiry text is not a string.'
 */
export const TRIAGE_MESSAGES_EN: MessageTable<TriageCode> = {
  'invalid-text': {
    message: 'The inquiry text is not a string.',
    action: 'Pass the message body as a string.',
  },
  'invalid-received-at': {
    message: 'The receipt time is not an instant with a time-zone offset.',
    action: 'Pass epoch milliseconds, a Date, or ISO 8601 with an offset such as 2026-11-20T09:12:00+09:00.',
  },
  'received-at-out-of-range': {
    message:
      'The receipt time lies outside the years triage supports, 2000–2099 (those of the Japanese holiday table).',
    action: 'Check the clock or the unit of receivedAt (milliseconds, not seconds).',
  },
  'no-reply-needed': { message: 'No reply is needed (thanks only, an automatic reply or spam): low.' },
  'urgency-critical': { message: 'The message is critical (safety, security, or a deadline today): urgent.' },
  'urgency-high': { message: 'The message is urgent: high.' },
  'urgency-normal': { message: 'The message needs an ordinary reply: normal.' },
  anger: { message: 'The customer is angry: at least high.' },
  'hidden-anger': {
    message: 'Politeness hides displeasure (a repeated request, formal complaints): at least high.',
  },
  escalation: { message: 'A manager or an outside authority is involved: one level up, at least high.' },
  'deadline-before-due': {
    message: "The customer's deadline falls before the first reply would be due: raised until it does not.",
  },
};

/**
 * English texts of the actions triage adds from the sender's address.
 *
 * @example
 * TRIAGE_ACTIONS_EN['resend-reply'].message //=> 'Send our last reply again, and say so in the new one.'
 */
export const TRIAGE_ACTIONS_EN: SenderActionTable = {
  'phone-customer': {
    message: 'Call the customer before the reply is due.',
    reason:
      'The matter is urgent and the sender is a mobile-carrier address whose filter often rejects mail from companies: an e-mail reply may never arrive.',
  },
  'resend-reply': {
    message: 'Send our last reply again, and say so in the new one.',
    reason: 'The customer says no reply arrived.',
  },
  'carrier-allow-list-guidance': {
    message: "Explain how to allow our domain in the carrier's mail settings.",
    reason: 'The sender is a mobile-carrier address; replies are filtered until our domain is allowed.',
  },
  'confirm-address': {
    message: 'Confirm the e-mail address with the customer before replying.',
    reason: 'The address looks mistyped or cannot receive mail.',
  },
};
