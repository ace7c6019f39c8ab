import type { SuggestedActionCode } from '../types.ts';

/** One row of an action table: what to do and why. `{date}` is filled with the deadline. */
export interface ActionText {
  readonly message: string;
  readonly reason: string;
}

/** A table of action texts for one locale. */
export type ActionTable = { readonly [K in SuggestedActionCode]: ActionText };

/**
 * English texts of the suggested actions, one row per code.
 *
 * @example
 * INTENT_ACTIONS_EN['no-reply-needed'].message //=> 'Close the ticket without replying.'
 */
export const INTENT_ACTIONS_EN: ActionTable = {
  'no-reply-needed': {
    message: 'Close the ticket without replying.',
    reason:
      'The message is only thanks or an acknowledgement, an automatic reply, or unsolicited mail; answering it starts a loop.',
  },
  'ask-for-details': {
    message: 'Reply and ask what the customer needs.',
    reason: 'The message asks for help but names nothing we can act on.',
  },
  'answer-every-request': {
    message: 'Answer every request in one reply.',
    reason: 'The customer asks for several things; answering only the first is how customers are lost.',
  },
  'reply-before-deadline': {
    message: 'Reply before {date} and say whether it can be met.',
    reason: 'The customer needs something by a stated date; a reply after it is worthless.',
  },
  'phone-customer': {
    message: 'Call the customer.',
    reason:
      'The customer asked for a call, or the matter is urgent and the message has what a call needs (order details).',
  },
  'escalate-to-lead': {
    message: 'Hand the ticket to a team lead.',
    reason: 'The customer asks for a manager, involves an outside authority, or is hostile.',
  },
  'apologize-first': {
    message: 'Open with an apology before the facts.',
    reason: 'The customer is angry, openly or behind polite wording.',
  },
  'check-spam-folder-guidance': {
    message: 'Resend our mail and explain how to check the spam folder and carrier filters.',
    reason:
      'The customer says our mail did not arrive; spam folders and domain filters of mobile carriers are the usual cause.',
  },
  'secure-account': {
    message: 'Lock the account, stop pending orders and follow the takeover procedure.',
    reason: 'The message reports access, orders or charges the customer did not make.',
  },
  'handle-safety-report': {
    message: 'Record a safety incident and tell the customer to stop using the product.',
    reason: 'The message reports heat, fire, injury or a hazard.',
  },
  'send-help-article': {
    message: 'Answer with the help-centre article or the standard reply.',
    reason: 'The question has the same answer for every customer.',
  },
};
