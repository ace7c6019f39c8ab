import { describe, expect, it } from 'vitest';
import { type FollowUpPolicy, planFollowUps, type SlaPolicy, type TicketEvent } from '../../src/sla/index.ts';
import { at, tokyoConfig } from './helpers.ts';

const J = (local: string) => at(`${local}+09:00`);
const ev = (type: string, local: string, extra: object = {}) =>
  ({ type, at: `${local}+09:00`, ...extra }) as TicketEvent;
const biz = (minutes: number) => ({ minutes, basis: 'business' as const });
const policy: SlaPolicy = {
  id: 'p',
  calendar: tokyoConfig,
  targets: {
    firstReply: { normal: biz(120), urgent: biz(30) },
    nextReply: { normal: biz(240) },
    resolution: { normal: biz(960) },
  },
};
const created = ev('created', '2025-06-02T10:00:00', {
  by: 'customer',
  priority: 'normal',
  channel: 'email',
});

describe('planFollowUps: pending reminders and auto-close', () => {
  const fu: FollowUpPolicy = {
    pendingReminders: { afterBusinessDays: [3, 7], autoCloseAfterBusinessDays: 10 },
  };
  const pending = [
    created,
    ev('agentReply', '2025-12-24T15:00:00', { public: true, id: 'r1' }),
    ev('statusChange', '2025-12-24T15:00:00', { to: 'pending' }),
  ];

  it('counts business days, skipping the year-end closure and 成人の日', () => {
    const plan = planFollowUps(policy, fu, pending, J('2025-12-25T09:00:00'));
    expect(plan.upcoming.map((a) => [a.kind, a.at])).toEqual([
      ['pendingReminder', J('2026-01-05T15:00:00')], // 12/25, 12/26, then 1/5
      ['pendingReminder', J('2026-01-09T15:00:00')],
      ['autoClose', J('2026-01-15T15:00:00')], // 1/12 成人の日 skipped
    ]);
    expect(plan.due).toEqual([]);
    expect(plan.upcoming[0]).toMatchObject({
      code: 'pending-reminder',
      n: 1,
      pendingSince: J('2025-12-24T15:00:00'),
    });
  });

  it('moves a reminder at an after-hours anchor to the next opening (snapToOpen default)', () => {
    const late = [
      created,
      ev('agentReply', '2025-06-02T19:00:00', { public: true }),
      ev('statusChange', '2025-06-02T19:00:00', { to: 'pending' }),
    ];
    expect(
      planFollowUps(policy, { pendingReminders: { afterBusinessDays: [1] } }, late, J('2025-06-02T20:00:00'))
        .upcoming[0]?.at,
    ).toBe(J('2025-06-04T09:00:00'));
    expect(
      planFollowUps(
        policy,
        { pendingReminders: { afterBusinessDays: [1], snapToOpen: false } },
        late,
        J('2025-06-02T20:00:00'),
      ).upcoming[0]?.at,
    ).toBe(J('2025-06-03T19:00:00'));
  });

  it('a customer message or leaving pending supersedes them all', () => {
    expect(
      planFollowUps(
        policy,
        fu,
        [...pending, ev('customerMessage', '2025-12-25T10:00:00')],
        J('2025-12-25T11:00:00'),
      ).upcoming,
    ).toEqual([]);
    expect(
      planFollowUps(
        policy,
        fu,
        [...pending, ev('statusChange', '2025-12-25T10:00:00', { to: 'open' })],
        J('2025-12-25T11:00:00'),
      ).upcoming,
    ).toEqual([]);
  });

  it('moves to due once the time has come, and is deterministic', () => {
    const plan = planFollowUps(policy, fu, pending, J('2026-01-06T00:00:00'));
    expect(plan.due.map((a) => a.kind)).toEqual(['pendingReminder']);
    expect(planFollowUps(policy, fu, pending, J('2026-01-06T00:00:00'))).toEqual(plan);
  });
});

describe('planFollowUps: delay notice and escalations', () => {
  const fu: FollowUpPolicy = {
    delayNotice: { metrics: ['resolution'], lead: { minutes: 120 }, skipIfAgentRepliedWithin: 60 },
    escalations: [
      { metric: 'resolution', atFraction: 0.5, level: 1 },
      { metric: 'resolution', atFraction: 1, level: 2 },
    ],
  };
  it('plans the notice when 120 business minutes remain, and escalations at fractions (not snapped)', () => {
    const plan = planFollowUps(policy, fu, [created], J('2025-06-02T11:00:00'));
    expect(plan.upcoming.map((a) => [a.kind, a.at])).toEqual([
      ['escalate', J('2025-06-02T18:00:00')], // 50 % lands on the closing instant: agents, not snapped
      ['delayNotice', J('2025-06-03T15:00:00')],
      ['escalate', J('2025-06-03T17:00:00')],
    ]);
    expect(plan.upcoming[1]).toMatchObject({
      metric: 'resolution',
      cycle: 1,
      dueAt: J('2025-06-03T17:00:00'),
      key: 'delayNotice:resolution:1',
    });
  });

  it('sends the notice now when less than the lead remains, but not just after a public reply', () => {
    const late = planFollowUps(policy, fu, [created], J('2025-06-03T16:00:00'));
    expect(late.due.find((a) => a.kind === 'delayNotice')?.at).toBe(J('2025-06-03T16:00:00'));
    const replied = [created, ev('agentReply', '2025-06-03T15:30:00', { public: true })];
    expect(
      planFollowUps(policy, fu, replied, J('2025-06-03T16:00:00')).due.find((a) => a.kind === 'delayNotice'),
    ).toBeUndefined();
  });

  it('uses the calendar for a notice computed outside hours', () => {
    const night = planFollowUps(
      policy,
      { delayNotice: { metrics: ['resolution'], lead: { fraction: 0.5 } } },
      [created],
      J('2025-06-02T21:00:00'),
    );
    expect(night.upcoming[0]?.at).toBe(J('2025-06-03T09:00:00'));
  });

  it('plans nothing for a fulfilled cycle, and warns about breached ones', () => {
    const solved = [created, ev('statusChange', '2025-06-02T12:00:00', { to: 'solved' })];
    expect(planFollowUps(policy, fu, solved, J('2025-06-05T12:00:00'))).toEqual({
      due: [],
      upcoming: [],
      warnings: [],
    });
    const overdue = planFollowUps(policy, {}, [created], J('2025-06-05T12:00:00'), { locale: 'ja' });
    expect(overdue.warnings.map((w) => [w.code, w.metric])).toEqual([
      ['target-breached', 'firstReply'],
      ['target-breached', 'resolution'],
    ]);
    expect(overdue.warnings[0]?.message).toMatch(/SLA/);
    expect(overdue.warnings[0]?.action).toBeTruthy();
  });
});

describe('planFollowUps: "I never got your reply"', () => {
  const fu: FollowUpPolicy = { noReply: { alternateChannels: ['email', 'sms', 'phone'] } };
  const base = [
    created,
    ev('agentReply', '2025-06-02T11:00:00', { public: true, id: 'r1', channel: 'email' }),
  ];

  it('a bounce plans a re-send through the other channels, at the next opening for non-urgent tickets', () => {
    const events = [...base, ev('deliveryFailed', '2025-06-02T20:00:00', { replyId: 'r1' })];
    const plan = planFollowUps(policy, fu, events, J('2025-06-02T21:00:00'));
    expect(plan.upcoming).toMatchObject([
      {
        kind: 'resendViaAlternateChannel',
        at: J('2025-06-03T09:00:00'),
        replyId: 'r1',
        channels: ['sms', 'phone'],
      },
    ]);
  });

  it('an urgent ticket re-sends at once; the customer report names the last reply', () => {
    const urgent = [
      created,
      ev('priorityChange', '2025-06-02T10:10:00', { to: 'urgent' }),
      ...base.slice(1),
      ev('customerReportsNoReply', '2025-06-02T20:00:00', { channel: 'web' }),
    ];
    const plan = planFollowUps(policy, fu, urgent, J('2025-06-02T21:00:00'), { locale: 'ja' });
    expect(plan.due).toMatchObject([
      { kind: 'resendViaAlternateChannel', at: J('2025-06-02T20:00:00'), replyId: 'r1' },
    ]);
    expect(plan.due[0]?.message).toMatch(/再送/);
  });

  it('a later public reply supersedes it; no channel left is a warning', () => {
    const events = [
      ...base,
      ev('deliveryFailed', '2025-06-02T12:00:00'),
      ev('agentReply', '2025-06-02T13:00:00', { public: true, channel: 'sms' }),
    ];
    expect(planFollowUps(policy, fu, events, J('2025-06-02T14:00:00')).due).toEqual([]);
    const none = planFollowUps(
      policy,
      { noReply: { alternateChannels: ['email'] } },
      events.slice(0, 3),
      J('2025-06-02T14:00:00'),
    );
    expect(none.warnings).toMatchObject([{ code: 'no-alternate-channel', severity: 'warning' }]);
  });
});

it('planFollowUps: reminders need a calendar', () => {
  const noCal: SlaPolicy = { id: 'x', targets: {} };
  const events = [
    created,
    ev('agentReply', '2025-06-02T11:00:00', { public: true }),
    ev('statusChange', '2025-06-02T11:00:00', { to: 'pending' }),
  ];
  expect(() =>
    planFollowUps(noCal, { pendingReminders: { afterBusinessDays: [1] } }, events, J('2025-06-02T12:00:00')),
  ).toThrow(/need policy\.calendar/);
});
