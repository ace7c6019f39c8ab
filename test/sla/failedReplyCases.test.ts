import { describe, expect, it } from 'vitest';
import { evaluateSla, planFollowUps, type SlaPolicy, type TicketEvent } from '../../src/sla/index.ts';
import { at, tokyoConfig } from './helpers.ts';

// Which public reply did not reach the customer: the one a deliveryFailed event names, else the
// last public reply before the event. Seen through the re-send plan (its replyId and the channel
// left out) and through undeliveredReplyFulfils: false (which reply does not fulfil its cycle).

const J = (local: string) => at(`${local}+09:00`);
const iso = (local: string) => `${local}+09:00`;
const created: TicketEvent = {
  type: 'created',
  at: iso('2025-06-02T10:00:00'),
  by: 'customer',
  priority: 'normal',
  channel: 'email',
};
const reply = (local: string, id: string, channel: string): TicketEvent => ({
  type: 'agentReply',
  at: iso(local),
  public: true,
  id,
  channel,
});
const resend = (when: number, key: string, channels: string[], replyId?: string) => ({
  kind: 'resendViaAlternateChannel',
  code: 'resend-via-alternate-channel',
  at: when,
  key,
  message: 'Our reply did not reach the customer: send it again through another channel.',
  ...(replyId === undefined ? {} : { replyId }),
  channels,
});

const calendarOnly: SlaPolicy = { id: 'calendar-only', calendar: tokyoConfig, targets: {} };
const fu = { noReply: { alternateChannels: ['email', 'sms', 'phone'] } };

describe('the reply that failed, in the re-send plan', () => {
  it('a bounce naming an earlier reply leaves out that reply’s channel, not the latest one’s', () => {
    // r1 went by e-mail, r2 by SMS; the e-mail bounce arrives after both.
    const events = [
      created,
      reply('2025-06-02T11:00:00', 'r1', 'email'),
      reply('2025-06-02T12:00:00', 'r2', 'sms'),
      { type: 'deliveryFailed', at: iso('2025-06-02T13:00:00'), replyId: 'r1' },
    ] satisfies TicketEvent[];
    expect(planFollowUps(calendarOnly, fu, events, J('2025-06-02T14:00:00')).due).toStrictEqual([
      resend(J('2025-06-02T13:00:00'), 'resend:r1', ['sms', 'phone'], 'r1'),
    ]);
  });

  it('a public customer message is not the reply that went missing', () => {
    const events = [
      created,
      reply('2025-06-02T11:00:00', 'r1', 'email'),
      { type: 'customerMessage', at: iso('2025-06-02T11:30:00'), public: true, channel: 'web' },
      { type: 'customerReportsNoReply', at: iso('2025-06-02T12:00:00') },
    ] satisfies TicketEvent[];
    expect(planFollowUps(calendarOnly, fu, events, J('2025-06-02T13:00:00')).due).toStrictEqual([
      resend(J('2025-06-02T12:00:00'), 'resend:r1', ['sms', 'phone'], 'r1'),
    ]);
  });
});

describe('the reply that failed, with undeliveredReplyFulfils: false', () => {
  // firstReply is due 1 calendar hour after creation (11:00).
  const policy: SlaPolicy = {
    id: 'undelivered',
    targets: { firstReply: { normal: { minutes: 60, basis: 'calendar' } } },
    undeliveredReplyFulfils: false,
  };

  it('a bounce without replyId marks the last reply before it, not a later one', () => {
    const events = [
      created,
      reply('2025-06-02T10:30:00', 'r1', 'email'),
      { type: 'deliveryFailed', at: iso('2025-06-02T10:40:00') },
      reply('2025-06-02T10:50:00', 'r2', 'sms'),
    ] satisfies TicketEvent[];
    expect(evaluateSla(policy, events, J('2025-06-02T12:00:00')).targets[0]).toMatchObject({
      metric: 'firstReply',
      status: 'achieved',
      fulfilledAt: J('2025-06-02T10:50:00'),
    });
  });

  it('a bounce naming an earlier reply marks that one, not the latest', () => {
    // r2 fulfils firstReply once r1 is known not to have arrived.
    const events = [
      created,
      reply('2025-06-02T10:30:00', 'r1', 'email'),
      reply('2025-06-02T10:50:00', 'r2', 'sms'),
      { type: 'deliveryFailed', at: iso('2025-06-02T11:30:00'), replyId: 'r1' },
    ] satisfies TicketEvent[];
    expect(evaluateSla(policy, events, J('2025-06-02T12:00:00')).targets[0]).toMatchObject({
      metric: 'firstReply',
      status: 'achieved',
      fulfilledAt: J('2025-06-02T10:50:00'),
    });
  });

  it('a public customer message before the bounce is not mistaken for the reply', () => {
    // r1 is the failed reply, so nothing fulfilled firstReply: breached at 11:00.
    const events = [
      created,
      reply('2025-06-02T10:30:00', 'r1', 'email'),
      { type: 'customerMessage', at: iso('2025-06-02T10:35:00'), public: true },
      { type: 'deliveryFailed', at: iso('2025-06-02T10:40:00') },
    ] satisfies TicketEvent[];
    expect(evaluateSla(policy, events, J('2025-06-02T12:00:00')).targets[0]).toMatchObject({
      metric: 'firstReply',
      status: 'breached',
      breachedAt: J('2025-06-02T11:00:00'),
    });
  });
});
