import { describe, expect, it } from 'vitest';
import type { CalendarConfig } from '../../src/sla/index.ts';
import {
  DEFAULT_TARGETS,
  type DefaultPolicyOptions,
  defaultPolicy,
  type TriagePolicy,
  triageInquiry,
} from '../../src/triage/index.ts';
import { configError, FORBIDDEN_KEYS, globalSnapshot, withForbiddenKey } from './helpers.ts';

const input = {
  text: '注文をキャンセルしたいです。',
  from: 'taro@example.com',
  receivedAt: '2026-11-20T09:12:00+09:00',
};
const triage = (policy: unknown, followUps?: unknown) => () =>
  triageInquiry(input, {
    policy: policy as TriagePolicy,
    ...(followUps === undefined ? {} : { followUps: followUps as never }),
  });
const options = (value: unknown) => () => defaultPolicy('ja-JP', value as DefaultPolicyOptions);
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('triageInquiry: strict policies', () => {
  it('accepts the default policies after a JSON round trip (the --policy file)', () => {
    expect(triageInquiry(input, { policy: json(defaultPolicy('ja-JP')) }).ok).toBe(true);
    expect(triageInquiry(input, { policy: json(defaultPolicy('en-US')) }).ok).toBe(true);
  });

  it.each([
    ['the policy', { ...defaultPolicy('ja-JP'), owner: 'me' }, 'policy', 'has an unknown field "owner"'],
    [
      'a target',
      { ...defaultPolicy('ja-JP'), targets: { firstReply: { normal: { minutes: -1, basis: 'business' } } } },
      'policy.targets.firstReply.normal.minutes',
      'must be >= 0',
    ],
    [
      'the follow-ups of the policy',
      { ...defaultPolicy('ja-JP'), followUps: { noReply: { channels: [] } } },
      'policy.followUps.noReply',
      'has an unknown field "channels"',
    ],
  ])('names the field in %s, as triageInquiry', (_, policy, field, problem) => {
    expect(configError(triage(policy)).message).toBe(`triageInquiry: ${field} ${problem}`);
  });

  it('names the field of the follow-ups option', () => {
    const error = configError(triage(defaultPolicy('ja-JP'), { escalations: [{ metric: 'x' }] }));
    expect(error.message).toMatch(/^triageInquiry: followUps\.escalations\[0\]\.metric must be one of/);
    expect(configError(triage(defaultPolicy('ja-JP'), 'none')).message).toBe(
      'triageInquiry: followUps must be an object',
    );
  });

  it('reports a calendar that never opens as an unusable policy', () => {
    const policy = {
      id: 'x',
      calendar: { timeZone: 'UTC', weeklyHours: { mon: [['09:00', '10:00']] }, holidays: () => true },
      targets: { firstReply: { normal: { minutes: 60, basis: 'business' } } },
    };
    expect(configError(triage(policy)).message).toMatch(
      /^triageInquiry: policy cannot be used: .*no business time/,
    );
  });

  it.each(FORBIDDEN_KEYS)('refuses %s in a policy and its targets without pollution', (key) => {
    for (const how of ['computed', 'json'] as const) {
      const snapshot = globalSnapshot();
      const policy = json(defaultPolicy('ja-JP'));
      expect(configError(triage(withForbiddenKey(policy, key, how))).message).toBe(
        `triageInquiry: policy has a forbidden key "${key}"`,
      );
      const targets = { ...policy, targets: withForbiddenKey(policy.targets, key, how) };
      expect(configError(triage(targets)).field).toBe('policy.targets');
      snapshot.untouched();
    }
  });
});

describe('defaultPolicy: strict options, shared tables untouched', () => {
  it.each([
    ['options', { calendr: {} }, 'options has an unknown field "calendr"'],
    ['options.calendar', { calendar: { zone: 'UTC' } }, 'options.calendar has an unknown field "zone"'],
    [
      'options.targets',
      { targets: { firstResponse: {} } },
      'options.targets has an unknown field "firstResponse"',
    ],
    [
      'a target',
      { targets: { firstReply: { normal: { minutes: 'soon', basis: 'business' } } } },
      'options.targets.firstReply.normal.minutes must be a finite number',
    ],
    [
      'options.followUps',
      { followUps: { escalate: [] } },
      'options.followUps has an unknown field "escalate"',
    ],
    ['options.id', { id: 5 }, 'options.id must be a string'],
    ['options.calendar', { calendar: 'UTC' }, 'options.calendar must be an object'],
    ['options', 'ja', 'options must be an object'],
  ])('names the field: %s', (_, value, message) => {
    expect(configError(options(value)).message).toBe(`defaultPolicy: ${message}`);
  });

  it('refuses another region with a ConfigError', () => {
    expect(configError(() => defaultPolicy('fr-FR' as 'ja-JP')).field).toBe('region');
  });

  it.each(FORBIDDEN_KEYS)('refuses %s anywhere in the options without pollution', (key) => {
    for (const how of ['computed', 'json'] as const) {
      const snapshot = globalSnapshot();
      expect(configError(options(withForbiddenKey({ id: 'x' }, key, how))).message).toBe(
        `defaultPolicy: options has a forbidden key "${key}"`,
      );
      for (const part of ['calendar', 'targets', 'followUps'] as const) {
        expect(configError(options({ [part]: withForbiddenKey({}, key, how) })).message).toBe(
          `defaultPolicy: options.${part} has a forbidden key "${key}"`,
        );
      }
      const metric = { targets: { firstReply: withForbiddenKey({}, key, how) } };
      expect(configError(options(metric)).field).toBe('options.targets.firstReply');
      snapshot.untouched();
    }
  });

  it('hands out copies: changing a policy never changes the next one or the shared targets', () => {
    const snapshot = globalSnapshot();
    const fresh = json(defaultPolicy('ja-JP'));
    // biome-ignore lint/suspicious/noExplicitAny: the test changes a policy the way a JavaScript caller may
    const mine = defaultPolicy('ja-JP') as any;
    mine.targets.firstReply.normal.minutes = 1;
    mine.targets.firstReply.urgent = { minutes: 2, basis: 'calendar' };
    mine.calendar.weeklyHours.mon.push(['20:00', '21:00']);
    mine.calendar.weeklyHours.mon[0][1] = '23:00';
    mine.calendar.closures.push({ from: '08-13', to: '08-16' });
    mine.followUps.escalations[0].level = 9;
    expect(defaultPolicy('ja-JP')).toEqual(fresh);
    expect((defaultPolicy('ja-JP').calendar as CalendarConfig).weeklyHours.tue).toEqual([['09:00', '18:00']]);
    snapshot.untouched();
  });

  it('freezes DEFAULT_TARGETS all the way down', () => {
    expect(Object.isFrozen(DEFAULT_TARGETS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_TARGETS.firstReply)).toBe(true);
    expect(Object.isFrozen(DEFAULT_TARGETS.firstReply?.normal)).toBe(true);
    expect(() => {
      (DEFAULT_TARGETS.firstReply?.normal as { minutes: number }).minutes = 1;
    }).toThrow(TypeError);
    expect(DEFAULT_TARGETS.firstReply?.normal?.minutes).toBe(480);
  });

  it('still lets the options replace targets and calendar fields', () => {
    const made = defaultPolicy('en-US', {
      calendar: { holidays: ['2026-11-26'] },
      targets: { firstReply: { normal: { minutes: 240, basis: 'business' } } },
    });
    expect(made.targets.firstReply?.normal).toEqual({ minutes: 240, basis: 'business' });
    expect(made.targets.firstReply?.high).toEqual(DEFAULT_TARGETS.firstReply?.high);
    expect(made.calendar).toMatchObject({ timeZone: 'America/New_York', holidays: ['2026-11-26'] });
  });
});
