import { describe, expect, it } from 'vitest';
import { type CalendarConfig, createCalendar, isBusinessTime } from '../../src/sla/index.ts';
import { configError, FORBIDDEN_KEYS, globalSnapshot, withForbiddenKey } from './helpers.ts';

const base = {
  timeZone: 'Asia/Tokyo',
  weeklyHours: { mon: [['09:00', '18:00']] },
  holidays: 'JP',
  closures: [{ name: '年末年始', from: '12-29', to: '01-03' }],
  overrides: [{ date: '2025-06-07', hours: [['10:00', '12:00']] }],
} as const;
const make = (config: unknown) => () => createCalendar(config as CalendarConfig);
const many = <T>(n: number, item: T): T[] => Array.from({ length: n }, () => item);

describe('createCalendar: strict config', () => {
  it('accepts the same config after a JSON round trip (what a config file gives)', () => {
    expect(createCalendar(JSON.parse(JSON.stringify(base))).timeZone).toBe('Asia/Tokyo');
  });

  it.each([
    ['the root', { ...base, holiday: 'JP' }, 'config', 'holiday'],
    [
      'weeklyHours',
      { ...base, weeklyHours: { mon: base.weeklyHours.mon, monday: [] } },
      'weeklyHours',
      'monday',
    ],
    ['a closure', { ...base, closures: [{ ...base.closures[0], until: '01-04' }] }, 'closures[0]', 'until'],
    ['an override', { ...base, overrides: [{ ...base.overrides[0], note: 'x' }] }, 'overrides[0]', 'note'],
  ])('refuses an unknown key in %s, naming the field and the key', (_, config, field, key) => {
    const error = configError(make(config));
    expect(error.field).toBe(field);
    expect(error.message).toBe(`createCalendar: ${field} has an unknown field "${key}"`);
  });

  describe.each(FORBIDDEN_KEYS)('the key %s', (key) => {
    it.each([
      ['the root', (how: 'computed' | 'json') => withForbiddenKey(base, key, how), 'config'],
      [
        'weeklyHours',
        (how: 'computed' | 'json') => ({
          ...base,
          weeklyHours: withForbiddenKey(base.weeklyHours, key, how),
        }),
        'weeklyHours',
      ],
      [
        'a closure',
        (how: 'computed' | 'json') => ({ ...base, closures: [withForbiddenKey(base.closures[0], key, how)] }),
        'closures[0]',
      ],
    ])('is refused in %s, as a computed key and from JSON.parse, without pollution', (_, build, field) => {
      for (const how of ['computed', 'json'] as const) {
        const snapshot = globalSnapshot();
        const config = build(how);
        const error = configError(make(config));
        expect(error.message).toBe(`createCalendar: ${field} has a forbidden key "${key}"`);
        snapshot.untouched();
      }
    });
  });

  it.each([
    ['holidays', { ...base, holidays: many(10_001, '2025-01-01') }, 'holidays', /at most 10000 dates/],
    [
      'extraHolidays',
      { ...base, extraHolidays: many(10_001, '2025-01-01') },
      'extraHolidays',
      /at most 10000 items/,
    ],
    [
      'removedHolidays',
      { ...base, removedHolidays: many(10_001, '2025-01-01') },
      'removedHolidays',
      /at most 10000 items/,
    ],
    ['closures', { ...base, closures: many(10_001, base.closures[0]) }, 'closures', /at most 10000 items/],
    [
      'overrides',
      { ...base, overrides: many(10_001, base.overrides[0]) },
      'overrides',
      /at most 10000 items/,
    ],
    [
      'ranges of a day',
      { ...base, weeklyHours: { mon: many(10_001, ['09:00', '10:00']) } },
      'weeklyHours.mon',
      /at most 10000 items/,
    ],
    ['description', { ...base, description: 'x'.repeat(1001) }, 'description', /at most 1000 characters/],
    [
      'a closure name',
      { ...base, closures: [{ ...base.closures[0], name: 'x'.repeat(1001) }] },
      'closures[0].name',
      /at most 1000 characters/,
    ],
    ['timeZone', { ...base, timeZone: 'A'.repeat(100_000) }, 'timeZone', /at most 1000 characters/],
  ])('refuses absurd sizes: %s', (_, config, field, problem) => {
    const error = configError(make(config));
    expect(error.field).toBe(field);
    expect(error.message).toMatch(problem);
  });

  it.each([
    ['timeZone', { ...base, timeZone: 9 }, 'timeZone must be a string'],
    ['weeklyHours', { ...base, weeklyHours: [] }, 'weeklyHours must be an object'],
    ['a day', { ...base, weeklyHours: { mon: 'all day' } }, 'weeklyHours.mon must be an array'],
    ['a range', { ...base, weeklyHours: { mon: [[9, 18]] } }, 'weeklyHours.mon[0][0] must be a string'],
    [
      'a closure name',
      { ...base, closures: [{ ...base.closures[0], name: 5 }] },
      'closures[0].name must be a string',
    ],
    [
      'override hours',
      { ...base, overrides: [{ date: '2025-06-07', hours: null }] },
      'overrides[0].hours must be an array',
    ],
    ['holidayAttribution', { ...base, holidayAttribution: 'period-end' }, 'holidayAttribution'],
    ['the config', null, 'config must be an object'],
    ['the config', [base], 'config must be an object'],
  ])('names the field of a wrong type: %s', (_, config, message) => {
    expect(configError(make(config)).message).toContain(message);
  });

  it('checks a configuration passed where a calendar is expected, naming the field', () => {
    const config = { ...base, periodsOn: 'not a function' } as unknown as CalendarConfig;
    expect(configError(() => isBusinessTime(config, 0)).message).toBe(
      'createCalendar: config has an unknown field "periodsOn"',
    );
  });
});
