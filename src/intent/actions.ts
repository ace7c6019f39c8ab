import type { Locale } from '../internal/diagnostic.ts';
import { type ActionTable, INTENT_ACTIONS_EN } from './messages/en.ts';
import { INTENT_ACTIONS_JA } from './messages/ja.ts';
import type { AngerLevel, IntentId, SuggestedAction, SuggestedActionCode, Urgency } from './types.ts';

/** What {@link suggestActions} reads. */
export interface ActionFacts {
  readonly intents: readonly IntentId[];
  readonly urgency: Urgency;
  readonly anger: AngerLevel;
  readonly hiddenAnger: boolean;
  readonly escalation: boolean;
  readonly needsReply: boolean;
  /** The deadline's date, or its words when it cannot be resolved. */
  readonly deadline: string | null;
  /** The message carries an order number or a quantity. */
  readonly orderDetails: boolean;
  readonly safety: boolean;
  readonly security: boolean;
}

/** Intents that are topics to answer (not the thanks/auto-reply markers). */
const TOPICS_EXCLUDED: readonly IntentId[] = ['gratitude.only', 'auto.reply', 'complaint.service'];

/**
 * Chooses the next steps for an agent from the detected intents and signals.
 *
 * @param facts - The detection result, reduced to what the rules read.
 * @param locale - Language of the texts.
 * @returns Actions in the order an agent should take them.
 *
 * @example
 * suggestActions({ intents: ['gratitude.only'], needsReply: false, … }, 'en')[0].code
 * //=> 'no-reply-needed'
 */
export function suggestActions(facts: ActionFacts, locale: Locale | undefined): SuggestedAction[] {
  const table: ActionTable = locale === 'ja' ? INTENT_ACTIONS_JA : INTENT_ACTIONS_EN;
  const codes: SuggestedActionCode[] = [];
  if (!facts.needsReply) {
    codes.push('no-reply-needed');
  } else {
    if (facts.safety) codes.push('handle-safety-report');
    if (facts.security) codes.push('secure-account');
    if (facts.escalation) codes.push('escalate-to-lead');
    if (facts.anger >= 2 || facts.hiddenAnger) codes.push('apologize-first');
    const urgent = facts.urgency === 'critical' || facts.urgency === 'high';
    if (facts.intents.includes('contact.callback') || (urgent && facts.orderDetails))
      codes.push('phone-customer');
    if (facts.deadline !== null) codes.push('reply-before-deadline');
    if (facts.intents.includes('reply.missing')) codes.push('check-spam-folder-guidance');
    let topics = 0;
    for (const id of facts.intents) if (!TOPICS_EXCLUDED.includes(id)) topics++;
    if (topics >= 2) codes.push('answer-every-request');
    if (facts.intents.includes('faq.answerable')) codes.push('send-help-article');
    if (facts.intents.length === 0) codes.push('ask-for-details');
  }
  const actions: SuggestedAction[] = [];
  for (const code of codes) {
    const row = table[code];
    const message = facts.deadline === null ? row.message : row.message.replace('{date}', facts.deadline);
    actions.push({ code, message, reason: row.reason });
  }
  return actions;
}
