import { describe, expect, it } from 'vitest';
import { type FollowUpPolicy, planFollowUps, type SlaPolicy, type TicketEvent } from '../../src/sla/index.ts';
import { at, tokyoConfig } from './helpers.ts';

// Monday 2025-06-02 is an ordinary business week in Tokyo (09:00–18:00, no holiday until 7/21).
const J = (local: string) => at(`${local}+09:00`);
const iso = (local: string) => `${local}+09:00`;
const biz = (minutes: number) => ({ minutes, basis: 'business' as const });

const created = (local: string, channel?: string): TicketEvent => ({
  type: 'created',
  at: iso(local),
  by: 'customer',
  priority: 'normal',
  ...(channel === undefined ? {} : { channel }),
});
const reply = (local: string, extra: { id?: string; channel?: string } = {}): TicketEvent => ({
  type: 'agentReply',
  at: iso(local),
  public: true,
  ...extra,
});
const note = (local: string): TicketEvent => ({ type: 'agentReply', at: iso(local), public: false });
const customer = (local: string, extra: { public?: boolean; channel?: string } = {}): TicketEvent => ({
  type: 'customerMessage',
  at: iso(local),
  ...extra,
});
const status = (local: string, to: 'open' | 'pending' | 'onHold' | 'solved'): TicketEvent => ({
  type: 'statusChange',
  at: iso(local),
  to,
});
const bounce = (local: string, extra: { replyId?: string; channel?: string } = {}): TicketEvent => ({
  type: 'deliveryFailed',
  at: iso(local),
  ...extra,
});
const noReplyReport = (local: string): TicketEvent => ({ type: 'customerReportsNoReply', at: iso(local) });

/** The English messages, as the caller sees them. */
const MSG = {
  delay:
    'Tell the customer that the answer is taking longer than planned, and when the next update will come.',
  reminder: 'Remind the customer that we are waiting for their answer.',
  autoClose: 'Close the ticket: the customer did not answer the reminders.',
  resend: 'Our reply did not reach the customer: send it again through another channel.',
  escalate: 'Escalate the ticket: its SLA target is running out.',
};
const EMPTY = { due: [], upcoming: [], warnings: [] };

const reminderAt = (since: number, n: number, when: number) => ({
  kind: 'pendingReminder',
  code: 'pending-reminder',
  at: when,
  key: `pendingReminder:${since}:${n}`,
  message: MSG.reminder,
  n,
  pendingSince: since,
});
const resendAt = (when: number, key: string, channels: string[], replyId?: string) => ({
  kind: 'resendViaAlternateChannel',
  code: 'resend-via-alternate-channel',
  at: when,
  key,
  message: MSG.resend,
  ...(replyId === undefined ? {} : { replyId }),
  channels,
});

/** A calendar and no targets: only reminders and re-sends can be planned, and nothing breaches. */
const calendarOnly: SlaPolicy = { id: 'calendar-only', calendar: tokyoConfig, targets: {} };
/** The plan of one reminder a business day after the ticket became pending. */
const remindAfterOneDay = (events: readonly TicketEvent[], now: number) =>
  planFollowUps(calendarOnly, { pendingReminders: { afterBusinessDays: [1] } }, events, now);

describe('planFollowUps: which pending period the reminders count from', () => {
  const fu: FollowUpPolicy = { pendingReminders: { afterBusinessDays: [1], autoCloseAfterBusinessDays: 2 } };

  it('counts from the change to pending, not from the earlier public reply', () => {
    const events = [
      created('2025-06-02T10:00:00'),
      reply('2025-06-02T11:00:00'),
      status('2025-06-02T14:00:00', 'pending'),
    ];
    const since = J('2025-06-02T14:00:00');
    expect(planFollowUps(calendarOnly, fu, events, J('2025-06-02T15:00:00'))).toStrictEqual({
      due: [],
      upcoming: [
        reminderAt(since, 1, J('2025-06-03T14:00:00')),
        {
          kind: 'autoClose',
          code: 'auto-close',
          at: J('2025-06-04T14:00:00'),
          key: `autoClose:${since}`,
          message: MSG.autoClose,
          pendingSince: since,
        },
      ],
      warnings: [],
    });
  });

  it('a public reply made while already pending restarts the count at the reply', () => {
    // The agent set pending first (e.g. with an internal note), then wrote to the customer.
    const events = [
      created('2025-06-02T10:00:00'),
      status('2025-06-02T10:30:00', 'pending'),
      reply('2025-06-02T11:00:00'),
    ];
    const since = J('2025-06-02T11:00:00');
    expect(remindAfterOneDay(events, J('2025-06-02T12:00:00'))).toStrictEqual({
      ...EMPTY,
      upcoming: [reminderAt(since, 1, J('2025-06-03T11:00:00'))],
    });
  });

  it('an internal note or a priority change while pending does not move the anchor', () => {
    const events = [
      created('2025-06-02T10:00:00'),
      reply('2025-06-02T11:00:00'),
      status('2025-06-02T11:00:00', 'pending'),
      note('2025-06-03T10:00:00'),
      { type: 'priorityChange', at: iso('2025-06-03T10:30:00'), to: 'high' },
    ] satisfies TicketEvent[];
    const since = J('2025-06-02T11:00:00');
    const plan = planFollowUps(
      calendarOnly,
      { pendingReminders: { afterBusinessDays: [1, 2] } },
      events,
      J('2025-06-03T12:00:00'),
    );
    expect(plan).toStrictEqual({
      due: [reminderAt(since, 1, J('2025-06-03T11:00:00'))],
      upcoming: [reminderAt(since, 2, J('2025-06-04T11:00:00'))],
      warnings: [],
    });
  });

  it('what happened before the pending period (a customer message, an open status) does not supersede it', () => {
    const events = [
      created('2025-06-02T10:00:00'),
      customer('2025-06-02T10:30:00'),
      status('2025-06-02T10:45:00', 'open'),
      reply('2025-06-02T11:00:00'),
      status('2025-06-02T11:00:00', 'pending'),
    ];
    const since = J('2025-06-02T11:00:00');
    expect(remindAfterOneDay(events, J('2025-06-02T12:00:00'))).toStrictEqual({
      ...EMPTY,
      upcoming: [reminderAt(since, 1, J('2025-06-03T11:00:00'))],
    });
  });

  // Back to pending 1 ms after leaving it, or in the same instant (listed open, then pending:
  // pending is the status entered last). Until 2026-11-23 a change away from pending at the
  // same instant hid the new period.
  it.each([
    ['later', '2025-06-02T14:00:00.001'],
    ['in the same instant', '2025-06-02T14:00:00'],
  ])('leaving pending and coming back %s starts a new period at the return', (_, back) => {
    const events = [
      created('2025-06-02T10:00:00'),
      reply('2025-06-02T11:00:00'),
      status('2025-06-02T11:00:00', 'pending'),
      status('2025-06-02T14:00:00', 'open'),
      status(back, 'pending'),
    ];
    const since = J(back);
    const nextDay = J(back.replace('06-02', '06-03'));
    expect(remindAfterOneDay(events, J('2025-06-02T15:00:00')).upcoming).toStrictEqual([
      reminderAt(since, 1, nextDay),
    ]);
  });
});

describe('planFollowUps: what supersedes or prevents reminders', () => {
  const fu: FollowUpPolicy = {
    pendingReminders: { afterBusinessDays: [1, 3], autoCloseAfterBusinessDays: 5 },
  };
  const pendingSince11 = [
    created('2025-06-02T10:00:00'),
    reply('2025-06-02T11:00:00'),
    status('2025-06-02T11:00:00', 'pending'),
  ];

  it('"I never got your reply" is a customer message: no reminders, no auto-close', () => {
    const events = [...pendingSince11, noReplyReport('2025-06-03T10:00:00')];
    expect(planFollowUps(calendarOnly, fu, events, J('2025-06-03T12:00:00'))).toStrictEqual(EMPTY);
  });

  it('a customer message at the very instant the ticket went pending supersedes it', () => {
    const events = [...pendingSince11, customer('2025-06-02T11:00:00')];
    expect(planFollowUps(calendarOnly, fu, events, J('2025-06-02T12:00:00'))).toStrictEqual(EMPTY);
  });

  it('a ticket that never went pending gets no reminders', () => {
    const events = [created('2025-06-02T10:00:00'), reply('2025-06-02T11:00:00')];
    expect(planFollowUps(calendarOnly, fu, events, J('2025-06-02T12:00:00'))).toStrictEqual(EMPTY);
  });

  it('a ticket set pending without any public reply gets no reminders', () => {
    // Nothing was asked of the customer: an internal note is not a reply.
    const events = [
      created('2025-06-02T10:00:00'),
      note('2025-06-02T11:00:00'),
      status('2025-06-02T11:00:00', 'pending'),
    ];
    expect(planFollowUps(calendarOnly, fu, events, J('2025-06-02T12:00:00'))).toStrictEqual(EMPTY);
  });

  it('a pending ticket with no reminders asked for plans nothing, and needs no calendar', () => {
    const noCalendar: SlaPolicy = { id: 'no-calendar', targets: {} };
    expect(planFollowUps(noCalendar, {}, pendingSince11, J('2025-06-02T12:00:00'))).toStrictEqual(EMPTY);
    expect(planFollowUps(calendarOnly, {}, pendingSince11, J('2025-06-02T12:00:00'))).toStrictEqual(EMPTY);
  });
});

describe('planFollowUps: delay notices', () => {
  // Created Monday 10:00: 960 business minutes make resolution due Tuesday 17:00.
  const resolution: SlaPolicy = {
    id: 'res',
    calendar: tokyoConfig,
    targets: { resolution: { normal: biz(960) } },
  };
  const notice = (when: number) => ({
    kind: 'delayNotice',
    code: 'delay-notice',
    at: when,
    key: 'delayNotice:resolution:1',
    message: MSG.delay,
    metric: 'resolution',
    cycle: 1,
    dueAt: J('2025-06-03T17:00:00'),
  });

  it('without skipIfAgentRepliedWithin, even a reply at the same instant does not suppress the notice', () => {
    const fu: FollowUpPolicy = { delayNotice: { metrics: ['resolution'], lead: { minutes: 120 } } };
    const events = [created('2025-06-02T10:00:00'), reply('2025-06-03T15:00:00')];
    expect(planFollowUps(resolution, fu, events, J('2025-06-03T15:00:00'))).toStrictEqual({
      ...EMPTY,
      due: [notice(J('2025-06-03T15:00:00'))],
    });
  });

  it('a reply exactly skipIfAgentRepliedWithin minutes before the notice suppresses it; a minute earlier does not', () => {
    const fu: FollowUpPolicy = {
      delayNotice: { metrics: ['resolution'], lead: { minutes: 120 }, skipIfAgentRepliedWithin: 60 },
    };
    const at1400 = [created('2025-06-02T10:00:00'), reply('2025-06-03T14:00:00')];
    expect(planFollowUps(resolution, fu, at1400, J('2025-06-03T14:30:00'))).toStrictEqual(EMPTY);
    const at1359 = [created('2025-06-02T10:00:00'), reply('2025-06-03T13:59:00')];
    expect(planFollowUps(resolution, fu, at1359, J('2025-06-03T14:30:00'))).toStrictEqual({
      ...EMPTY,
      upcoming: [notice(J('2025-06-03T15:00:00'))],
    });
  });

  it('a breached target warns with the instant it was missed, not the planning instant', () => {
    const tight: SlaPolicy = {
      id: 'tight',
      calendar: tokyoConfig,
      targets: { resolution: { normal: biz(60) } },
    };
    expect(
      planFollowUps(tight, {}, [created('2025-06-02T10:00:00')], J('2025-06-02T12:00:00')),
    ).toStrictEqual({
      ...EMPTY,
      warnings: [
        {
          code: 'target-breached',
          severity: 'warning',
          message: 'An SLA target is overdue.',
          action: 'Reply now, or tell the customer when they will hear from us.',
          metric: 'resolution',
          cycle: 1,
          at: J('2025-06-02T11:00:00'),
        },
      ],
    });
  });

  it('without a calendar, customer-facing times are kept as computed (nothing to snap to)', () => {
    // Calendar-basis resolution of 600 minutes from Monday 10:00: due at 20:00, notice at 19:00.
    const wall: SlaPolicy = {
      id: 'wall',
      targets: { resolution: { normal: { minutes: 600, basis: 'calendar' } } },
    };
    const fu: FollowUpPolicy = {
      delayNotice: { metrics: ['resolution'], lead: { minutes: 60 } },
      noReply: { alternateChannels: ['sms'] },
    };
    const events = [
      created('2025-06-02T10:00:00', 'email'),
      reply('2025-06-02T11:00:00', { id: 'r1' }),
      bounce('2025-06-02T11:30:00'),
    ];
    expect(planFollowUps(wall, fu, events, J('2025-06-02T12:00:00'))).toStrictEqual({
      due: [resendAt(J('2025-06-02T11:30:00'), 'resend:r1', ['sms'], 'r1')],
      upcoming: [
        {
          kind: 'delayNotice',
          code: 'delay-notice',
          at: J('2025-06-02T19:00:00'),
          key: 'delayNotice:resolution:1',
          message: MSG.delay,
          metric: 'resolution',
          cycle: 1,
          dueAt: J('2025-06-02T20:00:00'),
        },
      ],
      warnings: [],
    });
  });
});

describe('planFollowUps: paused cycles', () => {
  // agentWork is paused in onHold by default. 480 business minutes from Monday 10:00; on hold at
  // 12:00 after 120 minutes, i.e. exactly a quarter of the target.
  const policy: SlaPolicy = { id: 'aw', calendar: tokyoConfig, targets: { agentWork: { normal: biz(480) } } };
  const events = [created('2025-06-02T10:00:00'), status('2025-06-02T12:00:00', 'onHold')];
  const fu: FollowUpPolicy = {
    delayNotice: { metrics: ['agentWork'], lead: { minutes: 60 } },
    escalations: [
      { metric: 'agentWork', atFraction: 0.25, level: 1 },
      { metric: 'agentWork', atFraction: 1, level: 2 },
    ],
  };

  it('no delay notice and no future escalation while paused; a fraction reached as it paused still escalates then', () => {
    expect(planFollowUps(policy, fu, events, J('2025-06-02T13:00:00'))).toStrictEqual({
      due: [
        {
          kind: 'escalate',
          code: 'escalate',
          at: J('2025-06-02T12:00:00'),
          key: 'escalate:agentWork:1:1',
          message: MSG.escalate,
          metric: 'agentWork',
          cycle: 1,
          level: 1,
        },
      ],
      upcoming: [],
      warnings: [],
    });
  });
});

describe('planFollowUps: order of actions at the same instant', () => {
  // Resolution (960 business minutes from Monday 10:00) reaches 600 minutes, and the 360-minute
  // lead of the notice, on Tuesday 11:00; the ticket went pending on Monday 11:00, so the first
  // reminder and the auto-close (1 business day) are also on Tuesday 11:00.
  const policy: SlaPolicy = {
    id: 'same',
    calendar: tokyoConfig,
    targets: { resolution: { normal: biz(960) } },
  };
  const events = [
    created('2025-06-02T10:00:00'),
    reply('2025-06-02T11:00:00'),
    status('2025-06-02T11:00:00', 'pending'),
  ];
  const fu: FollowUpPolicy = {
    delayNotice: { metrics: ['resolution'], lead: { minutes: 360 } },
    pendingReminders: { afterBusinessDays: [1], autoCloseAfterBusinessDays: 1 },
    // Listed out of order on purpose: the plan must not depend on the order of the policy.
    escalations: [
      { metric: 'resolution', atFraction: 0.625, level: 2 },
      { metric: 'resolution', atFraction: 0.625, level: 1 },
      { metric: 'resolution', atFraction: 0.625, level: 3 },
    ],
  };

  it('orders by kind (notice, reminder, auto-close, re-send, escalation), then by key', () => {
    const plan = planFollowUps(policy, fu, events, J('2025-06-02T12:00:00'));
    expect(plan.upcoming.map((a) => [a.at, a.key])).toEqual([
      [J('2025-06-03T11:00:00'), 'delayNotice:resolution:1'],
      [J('2025-06-03T11:00:00'), `pendingReminder:${J('2025-06-02T11:00:00')}:1`],
      [J('2025-06-03T11:00:00'), `autoClose:${J('2025-06-02T11:00:00')}`],
      [J('2025-06-03T11:00:00'), 'escalate:resolution:1:1'],
      [J('2025-06-03T11:00:00'), 'escalate:resolution:1:2'],
      [J('2025-06-03T11:00:00'), 'escalate:resolution:1:3'],
    ]);
  });

  it('the order does not depend on the order of the escalations in the policy', () => {
    const forward = {
      ...fu,
      escalations: [1, 2, 3].map((level) => ({ metric: 'resolution' as const, atFraction: 0.625, level })),
    };
    const now = J('2025-06-02T12:00:00');
    expect(planFollowUps(policy, forward, events, now)).toStrictEqual(planFollowUps(policy, fu, events, now));
  });
});

describe('planFollowUps: re-sending a reply that did not arrive', () => {
  const fu: FollowUpPolicy = { noReply: { alternateChannels: ['email', 'sms', 'phone'] } };
  const start = [
    created('2025-06-02T10:00:00', 'email'),
    reply('2025-06-02T11:00:00', { id: 'r1', channel: 'email' }),
  ];
  const now = J('2025-06-02T12:00:00');

  it('names the bounced reply, keys the action by its id and offers the other channels', () => {
    const events = [...start, bounce('2025-06-02T11:30:00', { replyId: 'r1' })];
    expect(planFollowUps(calendarOnly, fu, events, now)).toStrictEqual({
      ...EMPTY,
      due: [resendAt(J('2025-06-02T11:30:00'), 'resend:r1', ['sms', 'phone'], 'r1')],
    });
  });

  it('a bounce in the same instant as the reply still plans a re-send (the reply is not later)', () => {
    const events = [...start, bounce('2025-06-02T11:00:00')];
    expect(planFollowUps(calendarOnly, fu, events, now).due).toStrictEqual([
      resendAt(J('2025-06-02T11:00:00'), 'resend:r1', ['sms', 'phone'], 'r1'),
    ]);
  });

  it('a bounce naming a reply sent outside this history keeps that id', () => {
    const events = [
      created('2025-06-02T10:00:00', 'email'),
      bounce('2025-06-02T11:30:00', { replyId: 'ext-7' }),
    ];
    expect(planFollowUps(calendarOnly, fu, events, now).due).toStrictEqual([
      resendAt(J('2025-06-02T11:30:00'), 'resend:ext-7', ['sms', 'phone'], 'ext-7'),
    ]);
  });

  it('without any reply id the key is the position of the event, and replyId is left out', () => {
    const events = [
      created('2025-06-02T10:00:00', 'email'),
      note('2025-06-02T10:30:00'),
      noReplyReport('2025-06-02T11:30:00'),
    ];
    expect(planFollowUps(calendarOnly, fu, events, now).due).toStrictEqual([
      resendAt(J('2025-06-02T11:30:00'), 'resend:2', ['sms', 'phone']),
    ]);
  });

  it('a bounce and a customer report about the same reply plan one re-send', () => {
    const events = [
      ...start,
      bounce('2025-06-02T11:30:00', { replyId: 'r1' }),
      noReplyReport('2025-06-02T11:45:00'),
    ];
    expect(planFollowUps(calendarOnly, fu, events, now).due).toStrictEqual([
      resendAt(J('2025-06-02T11:30:00'), 'resend:r1', ['sms', 'phone'], 'r1'),
    ]);
  });

  it('the channel that bounced is left out, even when the reply itself did not record one', () => {
    const events = [
      created('2025-06-02T10:00:00', 'email'),
      reply('2025-06-02T11:00:00', { id: 'r1' }),
      bounce('2025-06-02T11:30:00', { replyId: 'r1', channel: 'sms' }),
    ];
    expect(planFollowUps(calendarOnly, fu, events, now).due).toStrictEqual([
      resendAt(J('2025-06-02T11:30:00'), 'resend:r1', ['email', 'phone'], 'r1'),
    ]);
  });

  it('when no channel is known anywhere, the reply is taken to have gone by e-mail', () => {
    const events = [
      created('2025-06-02T10:00:00'),
      reply('2025-06-02T11:00:00', { id: 'r1' }),
      bounce('2025-06-02T11:30:00'),
    ];
    expect(planFollowUps(calendarOnly, fu, events, now).due).toStrictEqual([
      resendAt(J('2025-06-02T11:30:00'), 'resend:r1', ['sms', 'phone'], 'r1'),
    ]);
  });

  it('a customer message or an internal note after the bounce does not supersede the re-send', () => {
    // Only a later public reply does.
    const events = [
      ...start,
      bounce('2025-06-02T11:30:00', { replyId: 'r1' }),
      customer('2025-06-02T11:40:00', { public: true }),
      note('2025-06-02T11:50:00'),
    ];
    expect(planFollowUps(calendarOnly, fu, events, now).due).toStrictEqual([
      resendAt(J('2025-06-02T11:30:00'), 'resend:r1', ['sms', 'phone'], 'r1'),
    ]);
  });

  it('a customer report with a stray replyId field (events often come as JSON) still names the last public reply', () => {
    // Only a deliveryFailed event names its reply; the report is about the last public reply.
    const stray = {
      type: 'customerReportsNoReply',
      at: iso('2025-06-02T11:30:00'),
      replyId: 'r0',
    } as TicketEvent;
    expect(planFollowUps(calendarOnly, fu, [...start, stray], now).due).toStrictEqual([
      resendAt(J('2025-06-02T11:30:00'), 'resend:r1', ['sms', 'phone'], 'r1'),
    ]);
  });

  it('no channel left: a warning at the instant of the event', () => {
    const events = [...start, bounce('2025-06-02T11:30:00', { replyId: 'r1' })];
    expect(
      planFollowUps(calendarOnly, { noReply: { alternateChannels: ['email'] } }, events, now),
    ).toStrictEqual({
      ...EMPTY,
      warnings: [
        {
          code: 'no-alternate-channel',
          severity: 'warning',
          message: 'Our reply did not reach the customer and no other channel is configured.',
          action: 'Add alternateChannels to the follow-up policy, or call the customer.',
          at: J('2025-06-02T11:30:00'),
        },
      ],
    });
  });

  it('without a noReply policy a bounce plans nothing and warns about nothing', () => {
    const events = [
      ...start,
      bounce('2025-06-02T11:30:00', { replyId: 'r1' }),
      noReplyReport('2025-06-02T11:40:00'),
    ];
    expect(planFollowUps(calendarOnly, {}, events, now)).toStrictEqual(EMPTY);
  });
});

describe('planFollowUps: errors', () => {
  it('names planFollowUps in the errors about events and the policy', () => {
    expect(() => planFollowUps(calendarOnly, {}, [], J('2025-06-02T12:00:00'))).toThrow(
      'planFollowUps: events must be a non-empty array',
    );
    expect(() =>
      planFollowUps(
        { id: 'x', targets: { firstReply: { normal: biz(60) } } },
        {},
        [created('2025-06-02T10:00:00')],
        0,
      ),
    ).toThrow('planFollowUps: policy.calendar is required by business-basis targets');
  });
});
