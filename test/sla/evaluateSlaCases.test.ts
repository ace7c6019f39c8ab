import { describe, expect, it } from 'vitest';
import {
  evaluateSla,
  type SlaPolicy,
  type TargetState,
  type TargetWarning,
  type TicketEvent,
} from '../../src/sla/index.ts';
import { at, tokyoConfig } from './helpers.ts';

// Tokyo hours are 09:00–18:00 on weekdays; 2025-06-02 is a Monday with no holiday that week.
const J = (local: string) => at(`${local}+09:00`);
const biz = (minutes: number) => ({ minutes, basis: 'business' as const });
const policy = (targets: SlaPolicy['targets'], extra: Partial<SlaPolicy> = {}): SlaPolicy => ({
  id: 'cases',
  calendar: tokyoConfig,
  targets,
  ...extra,
});
const created = (local: string): TicketEvent => ({
  type: 'created',
  at: `${local}+09:00`,
  by: 'customer',
  priority: 'normal',
});
const reply = (local: string, id?: string): TicketEvent => ({
  type: 'agentReply',
  at: `${local}+09:00`,
  public: true,
  ...(id === undefined ? {} : { id }),
});
const customer = (local: string): TicketEvent => ({ type: 'customerMessage', at: `${local}+09:00` });
const status = (local: string, to: string): TicketEvent =>
  ({ type: 'statusChange', at: `${local}+09:00`, to }) as TicketEvent;
const priorityTo = (local: string, to: string): TicketEvent =>
  ({ type: 'priorityChange', at: `${local}+09:00`, to }) as TicketEvent;
const warn = (fraction: number, local: string | null, passed: boolean): TargetWarning => ({
  fraction,
  at: local === null ? null : J(local),
  passed,
});
const find = (result: ReturnType<typeof evaluateSla>, metric: string, cycle = 1) =>
  result.targets.find((t) => t.metric === metric && t.cycle === cycle);
const summary = (result: ReturnType<typeof evaluateSla>) =>
  result.targets.map((t) => [t.metric, t.cycle, t.status]);

describe('evaluateSla: warnings of a cycle that stopped', () => {
  const p = policy({ firstReply: { normal: biz(60) } });

  it('a reply before the 50 % mark leaves both warnings unreached (at: null, not passed)', () => {
    const r = evaluateSla(
      p,
      [created('2025-06-02T10:00:00'), reply('2025-06-02T10:20:00')],
      J('2025-06-02T12:00:00'),
    );
    expect(r.targets).toStrictEqual([
      {
        metric: 'firstReply',
        cycle: 1,
        priority: 'normal',
        status: 'achieved',
        target: biz(60),
        startedAt: J('2025-06-02T10:00:00'),
        dueAt: J('2025-06-02T11:00:00'),
        fulfilledAt: J('2025-06-02T10:20:00'),
        elapsedMinutes: 20,
        remainingMinutes: 40,
        warnings: [warn(0.5, null, false), warn(0.75, null, false)],
      },
    ]);
    expect(r.nextDeadline).toBeNull();
  });

  it('keeps the warnings reached before the reply, including one reached at the reply instant', () => {
    // 75 % of 60 minutes is 10:45, the very instant of the reply: reached, not "null".
    const r = evaluateSla(
      p,
      [created('2025-06-02T10:00:00'), reply('2025-06-02T10:45:00')],
      J('2025-06-02T12:00:00'),
    );
    expect(find(r, 'firstReply')?.warnings).toStrictEqual([
      warn(0.5, '2025-06-02T10:30:00', true),
      warn(0.75, '2025-06-02T10:45:00', true),
    ]);
  });
});

describe('evaluateSla: warnings of a running cycle', () => {
  it('a warning whose instant is exactly now has passed', () => {
    const p = policy({ firstReply: { normal: biz(60) } });
    const r = evaluateSla(p, [created('2025-06-02T10:00:00')], J('2025-06-02T10:30:00'));
    const expected: TargetState = {
      metric: 'firstReply',
      cycle: 1,
      priority: 'normal',
      status: 'active',
      target: biz(60),
      startedAt: J('2025-06-02T10:00:00'),
      dueAt: J('2025-06-02T11:00:00'),
      elapsedMinutes: 30,
      remainingMinutes: 30,
      warnings: [warn(0.5, '2025-06-02T10:30:00', true), warn(0.75, '2025-06-02T10:45:00', false)],
    };
    expect(r).toStrictEqual({ targets: [expected], nextDeadline: expected });
  });

  it('a warning reached exactly when the clock pauses is at the pause, not at the resume', () => {
    // 120 minutes from Mon 10:00, paused 11:00–13:00: 50 % is reached at 11:00 (as the pause
    // starts), 75 % at 13:30, and the cycle is due at 14:00.
    const p = policy({ resolution: { normal: biz(120) } }, { pausedIn: { resolution: ['pending'] } });
    const events = [
      created('2025-06-02T10:00:00'),
      status('2025-06-02T11:00:00', 'pending'),
      status('2025-06-02T13:00:00', 'open'),
    ];
    expect(evaluateSla(p, events, J('2025-06-02T13:45:00')).targets).toStrictEqual([
      {
        metric: 'resolution',
        cycle: 1,
        priority: 'normal',
        status: 'active',
        target: biz(120),
        startedAt: J('2025-06-02T10:00:00'),
        dueAt: J('2025-06-02T14:00:00'),
        elapsedMinutes: 105,
        remainingMinutes: 15,
        warnings: [warn(0.5, '2025-06-02T11:00:00', true), warn(0.75, '2025-06-02T13:30:00', true)],
      },
    ]);
  });

  it('a warning that falls after a pause counts only the time outside the pause', () => {
    // 50 % of 120 = 60 minutes: 30 before the 10:30 pause, 30 after the 13:00 resume → 13:30.
    const p = policy({ resolution: { normal: biz(120) } }, { pausedIn: { resolution: ['pending'] } });
    const events = [
      created('2025-06-02T10:00:00'),
      status('2025-06-02T10:30:00', 'pending'),
      status('2025-06-02T13:00:00', 'open'),
    ];
    expect(find(evaluateSla(p, events, J('2025-06-02T13:10:00')), 'resolution')).toMatchObject({
      dueAt: J('2025-06-02T14:30:00'),
      warnings: [warn(0.5, '2025-06-02T13:30:00', false), warn(0.75, '2025-06-02T14:00:00', false)],
    });
  });
});

describe('evaluateSla: due times around pauses', () => {
  const p = (minutes: number) =>
    policy({ resolution: { normal: biz(minutes) } }, { pausedIn: { resolution: ['pending'] } });

  it('a cycle that ran past its due time before pausing is breached at that due time', () => {
    const events = [created('2025-06-02T10:00:00'), status('2025-06-02T12:00:00', 'pending')];
    expect(evaluateSla(p(60), events, J('2025-06-02T12:30:00'))).toStrictEqual({
      targets: [
        {
          metric: 'resolution',
          cycle: 1,
          priority: 'normal',
          status: 'breached',
          target: biz(60),
          startedAt: J('2025-06-02T10:00:00'),
          dueAt: J('2025-06-02T11:00:00'),
          breachedAt: J('2025-06-02T11:00:00'),
          elapsedMinutes: 120,
          remainingMinutes: -60,
          warnings: [warn(0.5, '2025-06-02T10:30:00', true), warn(0.75, '2025-06-02T10:45:00', true)],
        },
      ],
      nextDeadline: null,
    });
  });

  it('solving a resumed cycle before its (pause-extended) due time is achieved', () => {
    // docs/sla.md example 2: due Wednesday 13:30 because of the pause; solved Wednesday 12:00.
    const events = [
      created('2025-06-02T10:00:00'),
      status('2025-06-02T15:00:00', 'pending'),
      status('2025-06-03T11:30:00', 'open'),
      status('2025-06-04T12:00:00', 'solved'),
    ];
    expect(evaluateSla(p(960), events, J('2025-06-05T12:00:00')).targets).toStrictEqual([
      {
        metric: 'resolution',
        cycle: 1,
        priority: 'normal',
        status: 'achieved',
        target: biz(960),
        startedAt: J('2025-06-02T10:00:00'),
        dueAt: J('2025-06-04T13:30:00'),
        fulfilledAt: J('2025-06-04T12:00:00'),
        elapsedMinutes: 300 + 390 + 180,
        remainingMinutes: 90,
        // 480 minutes: 300 on Monday + 180 from Tue 11:30; 720: + 390 on Tuesday + 30 on Wednesday.
        warnings: [warn(0.5, '2025-06-03T14:30:00', true), warn(0.75, '2025-06-04T09:30:00', true)],
      },
    ]);
  });

  it('a ticket solved while pending and reopened counts neither the pending nor the solved time', () => {
    // requesterWait pauses in pending (default); resolution never pauses but stops while solved.
    const q = policy({ requesterWait: { normal: biz(6000) }, resolution: { normal: biz(6000) } });
    const events = [
      created('2025-06-02T10:00:00'),
      status('2025-06-02T11:00:00', 'pending'),
      status('2025-06-02T12:00:00', 'solved'),
      status('2025-06-02T14:00:00', 'open'),
    ];
    const r = evaluateSla(q, events, J('2025-06-02T15:00:00'));
    expect(r.targets.map((t) => [t.metric, t.status, t.elapsedMinutes])).toEqual([
      ['requesterWait', 'active', 60 + 60],
      ['resolution', 'active', 120 + 60],
    ]);
  });
});

describe('evaluateSla: cancelled and solved cycles', () => {
  const p = policy({ firstReply: { normal: biz(60) }, resolution: { normal: biz(600) } });

  it.each(['solved', 'closed'])(
    'going straight to %s cancels the reply clock and fulfils resolution',
    (to) => {
      const r = evaluateSla(
        p,
        [created('2025-06-02T10:00:00'), status('2025-06-02T10:30:00', to)],
        J('2025-06-02T12:00:00'),
      );
      expect(r).toStrictEqual({
        targets: [
          {
            metric: 'firstReply',
            cycle: 1,
            priority: 'normal',
            status: 'cancelled',
            target: biz(60),
            startedAt: J('2025-06-02T10:00:00'),
            dueAt: null, // a cancelled cycle is no longer due
            elapsedMinutes: 30,
            remainingMinutes: 30,
            warnings: [warn(0.5, '2025-06-02T10:30:00', true), warn(0.75, null, false)],
          },
          {
            metric: 'resolution',
            cycle: 1,
            priority: 'normal',
            status: 'achieved',
            target: biz(600),
            startedAt: J('2025-06-02T10:00:00'),
            dueAt: J('2025-06-03T11:00:00'),
            fulfilledAt: J('2025-06-02T10:30:00'),
            elapsedMinutes: 30,
            remainingMinutes: 570,
            warnings: [warn(0.5, null, false), warn(0.75, null, false)],
          },
        ],
        nextDeadline: null,
      });
    },
  );

  it('closing a solved ticket is not a reopen: resolution stays achieved at the solve', () => {
    const events = [
      created('2025-06-02T10:00:00'),
      status('2025-06-02T10:30:00', 'solved'),
      status('2025-06-02T11:00:00', 'closed'),
    ];
    expect(find(evaluateSla(p, events, J('2025-06-02T12:00:00')), 'resolution')).toMatchObject({
      status: 'achieved',
      fulfilledAt: J('2025-06-02T10:30:00'),
      elapsedMinutes: 30,
    });
  });
});

describe('evaluateSla: which events start cycles', () => {
  it('with periodicStartsAt: creation, the pausable update clock also starts at creation', () => {
    const p = policy({ pausableUpdate: { normal: biz(120) } }, { periodicStartsAt: 'creation' });
    const r = evaluateSla(p, [created('2025-06-02T10:00:00')], J('2025-06-02T10:30:00'));
    expect(r.targets).toMatchObject([
      { metric: 'pausableUpdate', cycle: 1, status: 'active', startedAt: J('2025-06-02T10:00:00') },
    ]);
  });

  it('a customer message before the first reply starts no next-reply cycle', () => {
    const p = policy({ firstReply: { normal: biz(60) }, nextReply: { normal: biz(120) } });
    const events = [
      created('2025-06-02T10:00:00'),
      customer('2025-06-02T10:10:00'),
      reply('2025-06-02T10:20:00'),
    ];
    expect(summary(evaluateSla(p, events, J('2025-06-02T11:00:00')))).toEqual([
      ['firstReply', 1, 'achieved'],
    ]);
  });

  it('a no-reply report opens a next-reply cycle even if it carries customer-message flags', () => {
    // Events often come from JSON: `public` and `needsReply` belong to customer messages only.
    const p = policy({ firstReply: { normal: biz(60) }, nextReply: { normal: biz(120) } });
    const report = {
      type: 'customerReportsNoReply',
      at: '2025-06-02T11:00:00+09:00',
      public: false,
      needsReply: false,
    } as unknown as TicketEvent;
    const events = [created('2025-06-02T10:00:00'), reply('2025-06-02T10:20:00'), report];
    expect(find(evaluateSla(p, events, J('2025-06-02T11:30:00')), 'nextReply')).toMatchObject({
      status: 'active',
      startedAt: J('2025-06-02T11:00:00'),
      dueAt: J('2025-06-02T13:00:00'),
    });
  });

  it('with undeliveredReplyFulfils: false, only a deliveryFailed event un-fulfils a reply', () => {
    const p = policy(
      { firstReply: { normal: biz(60) }, nextReply: { normal: biz(120) } },
      { undeliveredReplyFulfils: false },
    );
    const events = [
      created('2025-06-02T10:00:00'),
      reply('2025-06-02T10:30:00', 'r1'),
      customer('2025-06-02T11:00:00'),
    ];
    const r = evaluateSla(p, events, J('2025-06-02T12:00:00'));
    expect(summary(r)).toEqual([
      ['firstReply', 1, 'achieved'],
      ['nextReply', 1, 'active'],
    ]);
    expect(find(r, 'firstReply')?.fulfilledAt).toBe(J('2025-06-02T10:30:00'));
  });

  it('events are all after now: no clock has started yet', () => {
    const p = policy({ firstReply: { normal: biz(60) } });
    expect(evaluateSla(p, [created('2025-06-02T10:00:00')], J('2025-06-02T09:59:59'))).toStrictEqual({
      targets: [],
      nextDeadline: null,
    });
  });
});

describe('evaluateSla: calendar-basis targets next to a business calendar', () => {
  it('counts wall minutes for a calendar-basis target on a weekend, business minutes for the other', () => {
    const p = policy({
      firstReply: { normal: biz(60) },
      resolution: { normal: { minutes: 600, basis: 'calendar' } },
    });
    const r = evaluateSla(p, [created('2025-06-07T10:00:00')], J('2025-06-07T12:00:00')); // a Saturday
    expect(r.targets.map((t) => [t.metric, t.elapsedMinutes, t.dueAt])).toEqual([
      ['firstReply', 0, J('2025-06-09T10:00:00')],
      ['resolution', 120, J('2025-06-07T20:00:00')],
    ]);
    expect(r.nextDeadline?.metric).toBe('resolution');
  });
});

describe('evaluateSla: priority changes', () => {
  const p = policy({ firstReply: { normal: biz(60) } });

  it('a change to the priority the cycle already has changes nothing (warnings stay put)', () => {
    const events = [created('2025-06-02T10:00:00'), priorityTo('2025-06-02T10:40:00', 'normal')];
    expect(evaluateSla(p, events, J('2025-06-02T10:50:00')).targets).toStrictEqual([
      {
        metric: 'firstReply',
        cycle: 1,
        priority: 'normal',
        status: 'active',
        target: biz(60),
        startedAt: J('2025-06-02T10:00:00'),
        dueAt: J('2025-06-02T11:00:00'),
        elapsedMinutes: 50,
        remainingMinutes: 10,
        warnings: [warn(0.5, '2025-06-02T10:30:00', true), warn(0.75, '2025-06-02T10:45:00', true)],
      },
    ]);
  });

  it('a change to a priority without a target keeps the running cycle on its old target', () => {
    const events = [created('2025-06-02T10:00:00'), priorityTo('2025-06-02T10:10:00', 'high')];
    expect(evaluateSla(p, events, J('2025-06-02T10:20:00')).targets).toMatchObject([
      { metric: 'firstReply', priority: 'normal', status: 'active', dueAt: J('2025-06-02T11:00:00') },
    ]);
  });
});

describe('evaluateSla: next deadline', () => {
  it('on a tie, the first cycle in output order (by metric) is the next deadline', () => {
    const p = policy({ firstReply: { normal: biz(60) }, resolution: { normal: biz(60) } });
    const r = evaluateSla(p, [created('2025-06-02T10:00:00')], J('2025-06-02T10:10:00'));
    expect(r.targets.map((t) => t.dueAt)).toEqual([J('2025-06-02T11:00:00'), J('2025-06-02T11:00:00')]);
    expect(r.nextDeadline).toBe(r.targets[0]);
  });
});

describe('evaluateSla: error messages name the input', () => {
  const p = policy({ firstReply: { normal: biz(60) } });
  const first = created('2025-06-02T10:00:00');

  it.each([
    ['null', null],
    ['undefined', undefined],
  ])('an event that is %s is an unknown type, not a crash', (_, event) => {
    expect(() => evaluateSla(p, [first, event as unknown as TicketEvent], J('2025-06-03T00:00:00'))).toThrow(
      /^evaluateSla: events\[1\] has an unknown type undefined$/,
    );
  });

  it('an unknown status lists the known ones', () => {
    expect(() =>
      evaluateSla(p, [first, status('2025-06-02T11:00:00', 'waiting')], J('2025-06-03T00:00:00')),
    ).toThrow(
      /^evaluateSla: events\[1\]\.to is an unknown status "waiting" \(expected new, open, pending, onHold, solved, closed\)$/,
    );
  });

  it('a priority change to an unknown priority is refused', () => {
    expect(() =>
      evaluateSla(p, [first, priorityTo('2025-06-02T11:00:00', 'p1')], J('2025-06-03T00:00:00')),
    ).toThrow(/^evaluateSla: events\[1\] has an unknown priority "p1"$/);
  });

  it('a bad now is named "now"', () => {
    expect(() => evaluateSla(p, [first], '2025-06-02T10:00')).toThrow(
      /^evaluateSla: now: expected epoch milliseconds/,
    );
  });
});
