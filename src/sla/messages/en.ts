import type { SlaMessages } from './table.ts';

/** English messages of the sla module. */
export const EN: SlaMessages = {
  'delay-notice': {
    message:
      'Tell the customer that the answer is taking longer than planned, and when the next update will come.',
  },
  'pending-reminder': { message: 'Remind the customer that we are waiting for their answer.' },
  'auto-close': { message: 'Close the ticket: the customer did not answer the reminders.' },
  'resend-via-alternate-channel': {
    message: 'Our reply did not reach the customer: send it again through another channel.',
  },
  escalate: { message: 'Escalate the ticket: its SLA target is running out.' },
  'target-breached': {
    message: 'An SLA target is overdue.',
    action: 'Reply now, or tell the customer when they will hear from us.',
  },
  'no-alternate-channel': {
    message: 'Our reply did not reach the customer and no other channel is configured.',
    action: 'Add alternateChannels to the follow-up policy, or call the customer.',
  },
};
