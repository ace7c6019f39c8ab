import { describe, expect, it } from 'vitest';
import { computeSla, evaluateSla, type SlaPolicy, type TicketEvent } from '../../src/sla/index.ts';
import { at, tokyoConfig } from './helpers.ts';

const J = (local: string) => at(`${local}+09:00`);
const biz = (minutes: number) => ({ minutes, basis: 'business' as const });
const policy = (targets: SlaPolicy['targets'], extra: Partial<SlaPolicy> = {}): SlaPolicy => ({
  id: 'test',
  calendar: tokyoConfig,
  targets,
  ...extra,
});
const created = (local: string, extra: Partial<TicketEvent> = {}): TicketEvent =>
  ({ type: 'created', at: `${local}+09:00`, by: 'customer', priority: 'normal', ...extra }) as TicketEvent;
const reply = (local: string, extra: object = {}): TicketEvent =>
  ({ type: 'agentReply', at: `${local}+09:00`, public: true, ...extra }) as TicketEvent;
const customer = (local: string, extra: object = {}): TicketEvent =>
  ({ type: 'customerMessage', at: `${local}+09:00`, ...extra }) as TicketEvent;
const status = (local: string, to: string): TicketEvent =>
  ({ type: 'statusChange', at: `${local}+09:00`, to }) as TicketEvent;
const find = (result: ReturnType<typeof evaluateSla>, metric: string, cycle = 1) =>
  result.targets.find((t) => t.metric === metric && t.cycle === cycle);

describe('evaluateSla: boundaries (§3.4, §4.16)', () => {
  const p = policy({ firstReply: { normal: biz(60) } });
  it.each([
    ['a reply at exactly dueAt is achieved', '2025-06-02T11:00:00', 'achieved'],
    ['a reply 1 ms later is breached', '2025-06-02T11:00:00.001', 'breached'],
  ])('%s', (_, when, expected) => {
    const r = evaluateSla(p, [created('2025-06-02T10:00:00'), reply(when)], J('2025-06-03T12:00:00'));
    expect(find(r, 'firstReply')).toMatchObject({
      status: expected,
      dueAt: J('2025-06-02T11:00:00'),
      fulfilledAt: J(when),
    });
  });

  it('is active until dueAt and breached 1 ms after', () => {
    const events = [created('2025-06-02T10:00:00')];
    expect(find(evaluateSla(p, events, J('2025-06-02T11:00:00')), 'firstReply')).toMatchObject({
      status: 'active',
      remainingMinutes: 0,
    });
    expect(find(evaluateSla(p, events, J('2025-06-02T11:00:00') + 1), 'firstReply')).toMatchObject({
      status: 'breached',
      breachedAt: J('2025-06-02T11:00:00'),
    });
  });

  it('a 0-minute target is due at the start: achieved only by a reply at that instant', () => {
    const zero = policy({ firstReply: { normal: biz(0) } });
    const start = '2025-06-07T10:00:00'; // a Saturday: outside hours
    expect(find(evaluateSla(zero, [created(start), reply(start)], J(start) + 5), 'firstReply')).toMatchObject(
      {
        status: 'achieved',
        dueAt: J(start),
      },
    );
    expect(find(evaluateSla(zero, [created(start)], J(start) + 1), 'firstReply')?.status).toBe('breached');
    expect(find(evaluateSla(zero, [created(start)], J(start)), 'firstReply')?.status).toBe('active');
  });

  it('a reply after hours past the closing due time is breached even with no business minutes used', () => {
    const r = evaluateSla(
      p,
      [created('2025-06-02T17:30:00'), reply('2025-06-02T19:00:00')],
      J('2025-06-03T12:00:00'),
    );
    expect(find(r, 'firstReply')).toMatchObject({ status: 'achieved' });
    const r2 = evaluateSla(
      p,
      [created('2025-06-02T17:00:00'), reply('2025-06-02T19:00:00')],
      J('2025-06-03T12:00:00'),
    );
    expect(find(r2, 'firstReply')).toMatchObject({ status: 'breached', dueAt: J('2025-06-02T18:00:00') });
  });

  it('computeSla is the same function', () => {
    expect(computeSla).toBe(evaluateSla);
  });
});

describe('evaluateSla: warnings land on a closing instant (§3.4)', () => {
  it('4 business hours from Friday 16:00: 50 % at Fri 18:00, 75 % Mon 10:00, due Mon 11:00', () => {
    const r = evaluateSla(
      policy({ firstReply: { normal: biz(240) } }),
      [created('2025-06-06T16:00:00')],
      J('2025-06-09T09:30:00'),
    );
    expect(find(r, 'firstReply')).toMatchObject({
      dueAt: J('2025-06-09T11:00:00'),
      warnings: [
        { fraction: 0.5, at: J('2025-06-06T18:00:00'), passed: true },
        { fraction: 0.75, at: J('2025-06-09T10:00:00'), passed: false },
      ],
    });
    expect(r.nextDeadline?.metric).toBe('firstReply');
  });
});

describe('evaluateSla: pause and resume (§4.12)', () => {
  const p = policy({ resolution: { normal: biz(960) } }, { pausedIn: { resolution: ['pending'] } });
  it('created Mon 10:00, pending 15:00, resumed Tue 11:30 → due Wed 13:30 (Tue 17:00 without the pause)', () => {
    const events = [
      created('2025-06-02T10:00:00'),
      status('2025-06-02T15:00:00', 'pending'),
      status('2025-06-03T11:30:00', 'open'),
    ];
    expect(find(evaluateSla(p, events, J('2025-06-03T12:00:00')), 'resolution')).toMatchObject({
      status: 'active',
      dueAt: J('2025-06-04T13:30:00'),
      elapsedMinutes: 330,
    });
    expect(find(evaluateSla(p, events.slice(0, 2), J('2025-06-03T12:00:00')), 'resolution')).toMatchObject({
      status: 'paused',
      dueAt: null,
      elapsedMinutes: 300,
      remainingMinutes: 660,
    });
    expect(find(evaluateSla(p, events.slice(0, 1), J('2025-06-02T12:00:00')), 'resolution')?.dueAt).toBe(
      J('2025-06-03T17:00:00'),
    );
  });

  it('a pause outside hours or on a holiday changes nothing', () => {
    const plain = [created('2025-02-10T10:00:00')];
    const withPause = [
      ...plain,
      status('2025-02-11T10:00:00', 'pending'),
      status('2025-02-11T16:00:00', 'open'),
    ];
    const night = [...plain, status('2025-02-10T19:00:00', 'pending'), status('2025-02-12T08:00:00', 'open')];
    const due = find(evaluateSla(p, plain, J('2025-02-12T09:00:00')), 'resolution')?.dueAt;
    expect(find(evaluateSla(p, withPause, J('2025-02-12T09:00:00')), 'resolution')?.dueAt).toBe(due);
    expect(find(evaluateSla(p, night, J('2025-02-12T09:00:00')), 'resolution')?.dueAt).toBe(due);
  });

  it('pausing exactly at dueAt is not a breach; due again at resume', () => {
    const short = policy({ resolution: { normal: biz(60) } }, { pausedIn: { resolution: ['pending'] } });
    const events = [created('2025-06-02T10:00:00'), status('2025-06-02T11:00:00', 'pending')];
    expect(find(evaluateSla(short, events, J('2025-06-03T10:00:00')), 'resolution')?.status).toBe('paused');
    const resumed = [...events, status('2025-06-03T10:00:00', 'open')];
    expect(find(evaluateSla(short, resumed, J('2025-06-03T10:00:00')), 'resolution')).toMatchObject({
      status: 'active',
      dueAt: J('2025-06-03T10:00:00'),
    });
    expect(find(evaluateSla(short, resumed, J('2025-06-03T10:00:01')), 'resolution')?.status).toBe(
      'breached',
    );
  });

  it('requester wait pauses in pending, agent work in pending and on-hold, resolution never', () => {
    const all = policy({
      requesterWait: { normal: biz(6000) },
      agentWork: { normal: biz(6000) },
      resolution: { normal: biz(6000) },
    });
    const events = [
      created('2025-06-02T10:00:00'),
      status('2025-06-02T11:00:00', 'pending'),
      status('2025-06-02T12:00:00', 'onHold'),
      status('2025-06-02T13:00:00', 'open'),
    ];
    const r = evaluateSla(all, events, J('2025-06-02T14:00:00'));
    expect(find(r, 'requesterWait')?.elapsedMinutes).toBe(180);
    expect(find(r, 'agentWork')?.elapsedMinutes).toBe(120);
    expect(find(r, 'resolution')?.elapsedMinutes).toBe(240);
  });
});

describe('evaluateSla: cycles and events (§4.16)', () => {
  const p = policy({
    firstReply: { normal: biz(60), high: biz(30) },
    nextReply: { normal: biz(120), high: biz(60) },
    resolution: { normal: biz(600) },
  });

  it('next reply starts at the oldest unanswered message; needsReply: false starts nothing', () => {
    const events = [
      created('2025-06-02T10:00:00'),
      reply('2025-06-02T10:30:00'),
      customer('2025-06-02T11:00:00'),
      customer('2025-06-02T11:30:00'),
      reply('2025-06-02T12:00:00'),
      customer('2025-06-02T13:00:00', { needsReply: false }),
      customer('2025-06-02T13:10:00', { public: false }),
    ];
    const r = evaluateSla(p, events, J('2025-06-02T16:00:00'));
    expect(r.targets.filter((t) => t.metric === 'nextReply')).toMatchObject([
      {
        cycle: 1,
        startedAt: J('2025-06-02T11:00:00'),
        status: 'achieved',
        fulfilledAt: J('2025-06-02T12:00:00'),
      },
    ]);
  });

  it("an agent-created ticket's first reply runs from the first customer message", () => {
    const events = [
      created('2025-06-02T10:00:00', { by: 'agent' }),
      reply('2025-06-02T10:01:00'),
      customer('2025-06-02T14:00:00'),
      reply('2025-06-02T14:30:00'),
    ];
    expect(find(evaluateSla(p, events, J('2025-06-02T16:00:00')), 'firstReply')).toMatchObject({
      startedAt: J('2025-06-02T14:00:00'),
      status: 'achieved',
      fulfilledAt: J('2025-06-02T14:30:00'),
    });
  });

  it('a priority change retargets the running cycle and keeps the time used', () => {
    const events = [
      created('2025-06-02T10:00:00'),
      { type: 'priorityChange', at: '2025-06-02T10:20:00+09:00', to: 'high' } as TicketEvent,
    ];
    expect(find(evaluateSla(p, events, J('2025-06-02T10:25:00')), 'firstReply')).toMatchObject({
      priority: 'high',
      dueAt: J('2025-06-02T10:30:00'),
    });
    const keep = policy(p.targets, { onPriorityChange: 'keep-cycle-target' });
    expect(find(evaluateSla(keep, events, J('2025-06-02T10:25:00')), 'firstReply')).toMatchObject({
      priority: 'normal',
      dueAt: J('2025-06-02T11:00:00'),
    });
  });

  it('a breached cycle stays breached after a priority change', () => {
    const events = [
      created('2025-06-02T10:00:00'),
      { type: 'priorityChange', at: '2025-06-02T12:00:00+09:00', to: 'low' } as TicketEvent,
    ];
    const withLow = policy({ firstReply: { normal: biz(60), low: biz(600) } });
    expect(find(evaluateSla(withLow, events, J('2025-06-02T13:00:00')), 'firstReply')).toMatchObject({
      status: 'breached',
      priority: 'normal',
      breachedAt: J('2025-06-02T11:00:00'),
    });
  });

  it('solving cancels reply cycles and fulfils resolution; a reopen resumes resolution', () => {
    const events = [created('2025-06-02T10:00:00'), status('2025-06-02T10:30:00', 'solved')];
    const r = evaluateSla(p, events, J('2025-06-02T12:00:00'));
    expect(find(r, 'firstReply')?.status).toBe('cancelled');
    expect(find(r, 'resolution')).toMatchObject({
      status: 'achieved',
      fulfilledAt: J('2025-06-02T10:30:00'),
    });
    const reopened = evaluateSla(
      p,
      [...events, status('2025-06-02T11:00:00', 'open')],
      J('2025-06-02T12:00:00'),
    );
    expect(find(reopened, 'resolution')).toMatchObject({ status: 'active', elapsedMinutes: 90 });
  });

  it('customerReportsNoReply opens a next-reply cycle; an undelivered reply can be made not to count', () => {
    const events = [
      created('2025-06-02T10:00:00'),
      reply('2025-06-02T10:30:00', { id: 'r1' }),
      { type: 'deliveryFailed', at: '2025-06-02T10:31:00+09:00', replyId: 'r1' } as TicketEvent,
      { type: 'customerReportsNoReply', at: '2025-06-03T10:00:00+09:00' } as TicketEvent,
    ];
    expect(find(evaluateSla(p, events, J('2025-06-03T10:30:00')), 'nextReply')).toMatchObject({
      status: 'active',
      startedAt: J('2025-06-03T10:00:00'),
    });
    const strict = policy(p.targets, { undeliveredReplyFulfils: false });
    expect(find(evaluateSla(strict, events, J('2025-06-03T10:30:00')), 'firstReply')?.status).toBe(
      'breached',
    );
  });

  it('periodic updates cycle on each public reply, from creation when asked', () => {
    const q = policy({ periodicUpdate: { normal: biz(120) } }, { periodicStartsAt: 'creation' });
    const events = [
      created('2025-06-02T10:00:00'),
      reply('2025-06-02T11:00:00'),
      reply('2025-06-02T14:00:00'),
    ];
    const r = evaluateSla(q, events, J('2025-06-02T15:00:00'));
    expect(r.targets.map((t) => [t.cycle, t.status])).toEqual([
      [1, 'achieved'],
      [2, 'breached'],
      [3, 'active'],
    ]);
  });

  it('ignores events after now (replay as of an earlier instant)', () => {
    const events = [created('2025-06-02T10:00:00'), reply('2025-06-02T10:30:00')];
    expect(find(evaluateSla(p, events, J('2025-06-02T10:10:00')), 'firstReply')?.status).toBe('active');
  });

  it('supports calendar-basis targets without a calendar', () => {
    const cal = { id: 'c', targets: { firstReply: { normal: { minutes: 60, basis: 'calendar' as const } } } };
    expect(
      find(evaluateSla(cal, [created('2025-06-07T10:00:00')], J('2025-06-07T10:30:00')), 'firstReply')?.dueAt,
    ).toBe(J('2025-06-07T11:00:00'));
  });
});

describe('evaluateSla: bad input is a clear TypeError', () => {
  const p = policy({ firstReply: { normal: biz(60) } });
  it.each([
    [
      'events out of order',
      [created('2025-06-02T10:00:00'), reply('2025-06-02T11:00:00'), reply('2025-06-02T10:30:00')],
      /events\[2\] is out of order/,
    ],
    [
      'an unknown status',
      [created('2025-06-02T10:00:00'), status('2025-06-02T11:00:00', 'waiting')],
      /events\[1\]\.to is an unknown status "waiting"/,
    ],
    [
      'an unknown type',
      [created('2025-06-02T10:00:00'), { type: 'note', at: 0 }],
      /events\[1\] has an unknown type "note"/,
    ],
    ['no created event first', [reply('2025-06-02T11:00:00')], /events\[0\] must be the one "created" event/],
    [
      'a second created event',
      [created('2025-06-02T10:00:00'), created('2025-06-02T10:00:00')],
      /events\[1\] must be the one "created"/,
    ],
    [
      'an unknown priority',
      [created('2025-06-02T10:00:00', { priority: 'p1' } as never)],
      /unknown priority "p1"/,
    ],
    [
      'an instant without offset',
      [{ type: 'created', at: '2025-06-02T10:00:00', by: 'customer', priority: 'normal' }],
      /events\[0\]\.at: expected/,
    ],
    ['no events', [], /events must be a non-empty array/],
  ])('%s', (_, events, message) => {
    expect(() => evaluateSla(p, events as TicketEvent[], J('2025-06-03T00:00:00'))).toThrow(message);
  });

  it.each([
    [
      'an unknown metric',
      policy({ firstResponse: { normal: biz(1) } } as never),
      /policy\.targets has an unknown field "firstResponse"/,
    ],
    [
      'an unknown priority',
      policy({ firstReply: { p1: biz(1) } } as never),
      /policy\.targets\.firstReply has an unknown field "p1"/,
    ],
    ['negative minutes', policy({ firstReply: { normal: biz(-1) } }), /minutes must be >= 0/],
    [
      'a bad basis',
      policy({ firstReply: { normal: { minutes: 1, basis: 'wall' } } } as never),
      /policy\.targets\.firstReply\.normal\.basis must be one of "business", "calendar"/,
    ],
    [
      'business targets without calendar',
      { id: 'x', targets: { firstReply: { normal: biz(1) } } },
      /policy\.calendar is required/,
    ],
    ['bad warnAt', policy({}, { warnAt: [Number.NaN] }), /warnAt/],
    ['no targets', { id: 'x' } as never, /policy\.targets must be an object/],
  ])('%s', (_, bad, message) => {
    expect(() =>
      evaluateSla(bad as SlaPolicy, [created('2025-06-02T10:00:00')], J('2025-06-03T00:00:00')),
    ).toThrow(message);
  });
});
