import { describe, expect, it, vi } from 'vitest';
import {
  evaluateSla,
  type FollowUpPolicy,
  planFollowUps,
  type SlaPolicy,
  type TicketEvent,
} from '../../src/sla/index.ts';
import { tokyoConfig } from './helpers.ts';

const created: TicketEvent = {
  type: 'created',
  at: '2025-06-02T10:00:00+09:00',
  by: 'customer',
  priority: 'normal',
};
const events = [created];
const now = '2025-06-02T12:00:00+09:00';
const biz = (minutes: number) => ({ minutes, basis: 'business' as const });
const wall = (minutes: number) => ({ minutes, basis: 'calendar' as const });

/**
 * support-kit/sla with a module state of its own. The schemas are built on first use and kept for
 * the life of the module, so a case about what the schema accepts must see it built afresh.
 */
async function freshSla() {
  vi.resetModules();
  return import('../../src/sla/index.ts');
}

/** The ConfigError message `fn` throws, or `null` when it does not throw. */
function thrown(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('policy and follow-up validation: every documented option is accepted', () => {
  it('a policy using every field, with either value of each choice', async () => {
    const sla = await freshSla();
    const followUps: FollowUpPolicy = {
      delayNotice: { metrics: ['resolution'], lead: { minutes: 120 }, skipIfAgentRepliedWithin: 30 },
      pendingReminders: { afterBusinessDays: [3, 7], autoCloseAfterBusinessDays: 10, snapToOpen: false },
      noReply: { alternateChannels: ['sms', 'phone'] },
      escalations: [{ metric: 'resolution', atFraction: 0.75, level: 1 }],
    };
    const full: SlaPolicy = {
      id: 'full',
      calendar: tokyoConfig,
      targets: { firstReply: { normal: biz(60) }, resolution: { normal: wall(2880) } },
      pausedIn: { resolution: ['onHold'] },
      warnAt: [0.5],
      onPriorityChange: 'retarget-keep-elapsed',
      periodicStartsAt: 'firstAgentReply',
      undeliveredReplyFulfils: false,
      followUps,
      description: 'every field',
    };
    const other: SlaPolicy = {
      ...full,
      onPriorityChange: 'keep-cycle-target',
      periodicStartsAt: 'creation',
      followUps: { delayNotice: { metrics: ['resolution'], lead: { fraction: 0.25 } } },
    };
    expect(thrown(() => sla.evaluateSla(full, events, now))).toBeNull();
    expect(thrown(() => sla.evaluateSla(other, events, now))).toBeNull();
    expect(thrown(() => sla.planFollowUps(full, followUps, events, now))).toBeNull();
    expect(thrown(() => sla.planFollowUps(other, other.followUps ?? {}, events, now))).toBeNull();
  });
});

describe('policy and follow-up validation: the messages', () => {
  it('a delay notice lead needs exactly one of minutes and fraction', async () => {
    const sla = await freshSla();
    const policy: SlaPolicy = { id: 'p', targets: {} };
    const message = 'planFollowUps: followUps.delayNotice.lead must have either "minutes" or "fraction"';
    const both = { delayNotice: { metrics: ['resolution'], lead: { minutes: 60, fraction: 0.5 } } };
    const neither = { delayNotice: { metrics: ['resolution'], lead: {} } };
    expect(thrown(() => sla.planFollowUps(policy, both as unknown as FollowUpPolicy, events, now))).toBe(
      message,
    );
    expect(thrown(() => sla.planFollowUps(policy, neither as unknown as FollowUpPolicy, events, now))).toBe(
      message,
    );
  });

  it.each([
    ['a string', 'Asia/Tokyo'],
    ['null', null],
    ['an array', [tokyoConfig]],
  ])('a calendar that is %s is refused with the expected shapes named', async (_, calendar) => {
    const sla = await freshSla();
    const policy = { id: 'p', calendar, targets: {} } as unknown as SlaPolicy;
    expect(thrown(() => sla.evaluateSla(policy, events, now))).toBe(
      'evaluateSla: policy.calendar must be a calendar or a calendar configuration',
    );
  });
});

describe('policy validation: business-basis targets need a calendar', () => {
  const required = 'evaluateSla: policy.calendar is required by business-basis targets';

  it('one business target among calendar ones is enough to need it', () => {
    const mixed: SlaPolicy = { id: 'mixed', targets: { firstReply: { normal: wall(60), high: biz(30) } } };
    expect(thrown(() => evaluateSla(mixed, events, now))).toBe(required);
  });

  it('calendar-only targets, an empty metric or an unset priority do not need it', () => {
    const policy = {
      id: 'wall',
      targets: { firstReply: {}, resolution: { low: undefined, normal: wall(600) } },
    } as unknown as SlaPolicy;
    expect(evaluateSla(policy, events, now).targets).toMatchObject([
      { metric: 'resolution', status: 'active', dueAt: Date.parse('2025-06-02T20:00:00+09:00') },
    ]);
  });
});

describe('validation happens once per object (docs/sla.md: "Do not change a policy object after its first use")', () => {
  // The check is remembered per object so that each later call costs a lookup, not a parse.
  it('a policy is not checked again on later calls', () => {
    const policy = { id: 'once', targets: { resolution: { normal: wall(600) } } } as SlaPolicy & {
      later?: unknown;
    };
    expect(thrown(() => evaluateSla(policy, events, now))).toBeNull();
    policy.later = 'added after first use';
    expect(thrown(() => evaluateSla(policy, events, now))).toBeNull();
    // A new object with the same field is checked.
    expect(thrown(() => evaluateSla({ ...policy }, events, now))).toBe(
      'evaluateSla: policy has an unknown field "later"',
    );
  });

  it('a follow-up policy is not checked again on later calls', () => {
    const policy: SlaPolicy = { id: 'p', targets: {} };
    const followUps = { escalations: [] } as FollowUpPolicy & { later?: unknown };
    expect(thrown(() => planFollowUps(policy, followUps, events, now))).toBeNull();
    followUps.later = 'added after first use';
    expect(thrown(() => planFollowUps(policy, followUps, events, now))).toBeNull();
    expect(thrown(() => planFollowUps(policy, { ...followUps }, events, now))).toBe(
      'planFollowUps: followUps has an unknown field "later"',
    );
  });
});
