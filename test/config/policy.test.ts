import { describe, expect, it } from 'vitest';
import {
  evaluateSla,
  type FollowUpPolicy,
  planFollowUps,
  type SlaPolicy,
  type TicketEvent,
} from '../../src/sla/index.ts';
import { configError, FORBIDDEN_KEYS, globalSnapshot, withForbiddenKey } from './helpers.ts';

const calendar = { timeZone: 'Asia/Tokyo', weeklyHours: { mon: [['09:00', '18:00']] }, holidays: 'JP' };
const target = { minutes: 480, basis: 'business' };
const policy = {
  id: 'tokyo',
  calendar,
  targets: { firstReply: { normal: target }, resolution: { normal: { minutes: 2700, basis: 'business' } } },
  pausedIn: { resolution: ['pending'] },
  warnAt: [0.5],
};
const followUps = {
  delayNotice: { metrics: ['resolution'], lead: { fraction: 0.25 } },
  pendingReminders: { afterBusinessDays: [3, 7], autoCloseAfterBusinessDays: 10 },
  noReply: { alternateChannels: ['email', 'sms'] },
  escalations: [{ metric: 'firstReply', atFraction: 0.75, level: 1 }],
};
const events: TicketEvent[] = [
  { type: 'created', at: '2025-06-02T10:00:00+09:00', by: 'customer', priority: 'normal' },
];
const NOW = '2025-06-02T12:00:00+09:00';
const evaluate = (p: unknown) => () => evaluateSla(p as SlaPolicy, events, NOW);
const plan = (f: unknown) => () =>
  planFollowUps(policy as unknown as SlaPolicy, f as FollowUpPolicy, events, NOW);
const many = <T>(n: number, item: T): T[] => Array.from({ length: n }, () => item);

describe('evaluateSla / planFollowUps: strict policies', () => {
  it('accepts a policy and follow-ups from a JSON file, and a policy that carries its follow-ups', () => {
    const fromJson = JSON.parse(JSON.stringify({ ...policy, followUps, description: 'Tokyo desk' }));
    expect(evaluateSla(fromJson, events, NOW).nextDeadline?.metric).toBe('firstReply');
    expect(planFollowUps(fromJson, fromJson.followUps, events, NOW).warnings).toEqual([]);
  });

  it.each([
    ['the policy', { ...policy, name: 'x' }, 'policy', 'name'],
    [
      'targets',
      { ...policy, targets: { ...policy.targets, firstResponse: {} } },
      'policy.targets',
      'firstResponse',
    ],
    ['a metric', { ...policy, targets: { firstReply: { p1: target } } }, 'policy.targets.firstReply', 'p1'],
    [
      'a target',
      { ...policy, targets: { firstReply: { normal: { ...target, hours: 8 } } } },
      'policy.targets.firstReply.normal',
      'hours',
    ],
    ['pausedIn', { ...policy, pausedIn: { waiting: ['pending'] } }, 'policy.pausedIn', 'waiting'],
    ['the calendar', { ...policy, calendar: { ...calendar, zone: 'UTC' } }, 'policy.calendar', 'zone'],
    [
      'the follow-ups of the policy',
      { ...policy, followUps: { ...followUps, reminders: [] } },
      'policy.followUps',
      'reminders',
    ],
  ])('refuses an unknown key in %s', (_, bad, field, key) => {
    const error = configError(evaluate(bad));
    expect(error.field).toBe(field);
    expect(error.message).toBe(`evaluateSla: ${field} has an unknown field "${key}"`);
  });

  it.each([
    ['the follow-ups', { ...followUps, reminder: {} }, 'followUps', 'reminder'],
    [
      'delayNotice',
      { delayNotice: { ...followUps.delayNotice, before: 5 } },
      'followUps.delayNotice',
      'before',
    ],
    ['lead', { delayNotice: { metrics: [], lead: { hours: 2 } } }, 'followUps.delayNotice.lead', 'hours'],
    [
      'an escalation',
      { escalations: [{ ...followUps.escalations[0], to: 'lead' }] },
      'followUps.escalations[0]',
      'to',
    ],
  ])('refuses an unknown key in %s (planFollowUps)', (_, bad, field, key) => {
    const error = configError(plan(bad));
    expect(error.message).toBe(`planFollowUps: ${field} has an unknown field "${key}"`);
  });

  describe.each(FORBIDDEN_KEYS)('the key %s', (key) => {
    it.each([
      ['the policy', (how: 'computed' | 'json') => withForbiddenKey(policy, key, how), 'policy'],
      [
        'targets',
        (how: 'computed' | 'json') => ({ ...policy, targets: withForbiddenKey(policy.targets, key, how) }),
        'policy.targets',
      ],
      [
        'a metric',
        (how: 'computed' | 'json') => ({
          ...policy,
          targets: { firstReply: withForbiddenKey(policy.targets.firstReply, key, how) },
        }),
        'policy.targets.firstReply',
      ],
      [
        'pausedIn',
        (how: 'computed' | 'json') => ({ ...policy, pausedIn: withForbiddenKey(policy.pausedIn, key, how) }),
        'policy.pausedIn',
      ],
      [
        'the calendar',
        (how: 'computed' | 'json') => ({ ...policy, calendar: withForbiddenKey(calendar, key, how) }),
        'policy.calendar',
      ],
    ])('is refused in %s without pollution', (_, build, field) => {
      for (const how of ['computed', 'json'] as const) {
        const snapshot = globalSnapshot();
        const error = configError(evaluate(build(how)));
        expect(error.message).toBe(`evaluateSla: ${field} has a forbidden key "${key}"`);
        snapshot.untouched();
      }
    });

    it('is refused in the follow-ups without pollution', () => {
      for (const how of ['computed', 'json'] as const) {
        const snapshot = globalSnapshot();
        expect(configError(plan(withForbiddenKey(followUps, key, how))).message).toBe(
          `planFollowUps: followUps has a forbidden key "${key}"`,
        );
        const lead = { delayNotice: { metrics: [], lead: withForbiddenKey({ minutes: 5 }, key, how) } };
        expect(configError(plan(lead)).field).toBe('followUps.delayNotice.lead');
        snapshot.untouched();
      }
    });
  });

  it.each([
    [
      'minutes',
      { ...policy, targets: { firstReply: { normal: { ...target, minutes: 1e9 } } } },
      /minutes must be <= 1000000/,
    ],
    ['warnAt', { ...policy, warnAt: many(10_001, 0.5) }, /warnAt must have at most 10000 items/],
    ['a fraction', { ...policy, warnAt: [1e6] }, /warnAt\[0\] must be <= 10/],
    ['an id', { ...policy, id: 'x'.repeat(1001) }, /policy\.id must have at most 1000 characters/],
    [
      'pausedIn',
      { ...policy, pausedIn: { resolution: many(10_001, 'pending') } },
      /pausedIn\.resolution must have at most 10000 items/,
    ],
  ])('refuses absurd sizes in the policy: %s', (_, bad, message) => {
    expect(configError(evaluate(bad)).message).toMatch(message);
  });

  it.each([
    [
      'reminders',
      { pendingReminders: { afterBusinessDays: many(10_001, 1) } },
      /afterBusinessDays must have at most 10000/,
    ],
    [
      'business days',
      { pendingReminders: { afterBusinessDays: [1e7] } },
      /afterBusinessDays\[0\] must be <= 1000/,
    ],
    [
      'channels',
      { noReply: { alternateChannels: many(10_001, 'sms') } },
      /alternateChannels must have at most/,
    ],
    [
      'a channel name',
      { noReply: { alternateChannels: ['x'.repeat(1001)] } },
      /alternateChannels\[0\] must have at most 1000 characters/,
    ],
    ['escalations', { escalations: many(10_001, followUps.escalations[0]) }, /escalations must have at most/],
  ])('refuses absurd sizes in the follow-ups: %s', (_, bad, message) => {
    expect(configError(plan(bad)).message).toMatch(message);
  });

  it.each([
    ['id', { ...policy, id: 7 }, 'policy.id must be a string'],
    ['targets', { ...policy, targets: 'fast' }, 'policy.targets must be an object'],
    [
      'minutes',
      { ...policy, targets: { firstReply: { normal: { ...target, minutes: '60' } } } },
      'minutes must be a finite number',
    ],
    [
      'minutes',
      { ...policy, targets: { firstReply: { normal: { ...target, minutes: Infinity } } } },
      'minutes must be a finite number',
    ],
    [
      'basis',
      { ...policy, targets: { firstReply: { normal: { ...target, basis: 'wall' } } } },
      'basis must be one of "business", "calendar"',
    ],
    [
      'pausedIn',
      { ...policy, pausedIn: { resolution: ['waiting'] } },
      'policy.pausedIn.resolution[0] must be one of',
    ],
    [
      'a flag',
      { ...policy, undeliveredReplyFulfils: 'yes' },
      'policy.undeliveredReplyFulfils must be a boolean',
    ],
    [
      'the calendar',
      { ...policy, calendar: 'Asia/Tokyo' },
      'policy.calendar must be a calendar or a calendar configuration',
    ],
    [
      'a calendar field',
      { ...policy, calendar: { ...calendar, timeZone: 9 } },
      'policy.calendar.timeZone must be a string',
    ],
    ['the policy', null, 'evaluateSla: policy must be an object'],
  ])('names the field of a wrong type: %s', (_, bad, message) => {
    expect(configError(evaluate(bad)).message).toContain(message);
  });

  it.each([
    [
      'lead',
      { delayNotice: { metrics: ['resolution'], lead: {} } },
      'followUps.delayNotice.lead must have either',
    ],
    [
      'a metric',
      { delayNotice: { metrics: ['speed'], lead: { minutes: 5 } } },
      'followUps.delayNotice.metrics[0] must be one of',
    ],
    [
      'days',
      { pendingReminders: { afterBusinessDays: [1.5] } },
      'followUps.pendingReminders.afterBusinessDays[0] must be an integer',
    ],
    [
      'a level',
      { escalations: [{ metric: 'firstReply', atFraction: 0.5, level: 'one' }] },
      'followUps.escalations[0].level must be a finite number',
    ],
    ['the follow-ups', [], 'planFollowUps: followUps must be an object'],
  ])('names the field of a wrong type in the follow-ups: %s', (_, bad, message) => {
    expect(configError(plan(bad)).message).toContain(message);
  });
});
