// Calendar configuration and business-day cases (issue #10). Every calendar here is made inside its
// test, not at module level, so that each test exercises createCalendar and periodsOn itself.
import { describe, expect, it, vi } from 'vitest';
import {
  addBusinessDays,
  businessMinutesBetween,
  businessPeriods,
  type CalendarConfig,
  createCalendar,
  isBusinessDay,
  isBusinessTime,
  isConfigError,
  nextBusinessStart,
} from '../../src/sla/index.ts';
import { ALL_DAYS, at, WEEKDAYS, week } from './helpers.ts';

const DAY_MS = 86_400_000;
const nineToSix = week(WEEKDAYS, ['09:00', '18:00']);

/** `n` consecutive dates "YYYY-MM-DD" from `first`. */
const datesFrom = (first: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) =>
    new Date(at(`${first}T00:00:00Z`) + i * DAY_MS).toISOString().slice(0, 10),
  );

/** The ConfigError message createCalendar throws for a config, or `undefined` when it accepts it. */
function refusal(config: unknown): string | undefined {
  try {
    createCalendar(config as CalendarConfig);
    return undefined;
  } catch (error) {
    expect(isConfigError(error), String(error)).toBe(true);
    return (error as Error).message;
  }
}

describe('createCalendar: exact messages of the checks made after the schema', () => {
  it.each([
    [
      'overlapping ranges given out of order name the later-starting one first',
      {
        weeklyHours: {
          mon: [
            ['13:00', '18:00'],
            ['09:00', '14:00'],
          ],
        },
      },
      'createCalendar: weeklyHours.mon[1] overlaps weeklyHours.mon[0]',
    ],
    [
      'a range starting at 24:00',
      { weeklyHours: { tue: [['24:00', '06:00']] } },
      'createCalendar: weeklyHours.tue[0] cannot start at "24:00"',
    ],
    [
      'an unknown zone',
      { timeZone: 'Mars/Olympus' },
      'createCalendar: timeZone "Mars/Olympus" is not an IANA time zone',
    ],
    [
      'no hours at all',
      { weeklyHours: {} },
      'createCalendar: weeklyHours has no business hours (and no override opens a day): nothing could ever be due',
    ],
  ])('%s', (_, patch, message) => {
    expect(refusal({ timeZone: 'UTC', weeklyHours: nineToSix, ...patch })).toBe(message);
  });
});

describe('createCalendar: ranges and their order', () => {
  it('accepts the ranges of a day in any order and counts all of them', () => {
    // Afternoon listed before morning: the morning must neither be reported as an overlap nor lost.
    const calendar = createCalendar({
      timeZone: 'UTC',
      weeklyHours: {
        mon: [
          ['13:00', '18:00'],
          ['09:00', '12:00'],
        ],
      },
    });
    expect(isBusinessTime(calendar, '2025-06-02T10:00:00Z')).toBe(true);
    expect(isBusinessTime(calendar, '2025-06-02T12:30:00Z')).toBe(false);
    expect(isBusinessTime(calendar, '2025-06-02T13:00:00Z')).toBe(true);
    expect(nextBusinessStart(calendar, '2025-06-02T08:00:00Z')).toBe(at('2025-06-02T09:00:00Z'));
    expect(businessMinutesBetween(calendar, '2025-06-02T00:00:00Z', '2025-06-03T00:00:00Z')).toBe(480);
  });

  it('accepts ranges that touch, within a day, across the week wrap and in an override', () => {
    // Periods are half-open, so [09:00, 12:00) and [12:00, 18:00) do not overlap.
    const calendar = createCalendar({
      timeZone: 'UTC',
      weeklyHours: {
        mon: [
          ['00:00', '12:00'],
          ['12:00', '18:00'],
        ],
        sun: [['20:00', '24:00']],
      },
      overrides: [
        {
          date: '2025-06-04',
          hours: [
            ['09:00', '10:00'],
            ['10:00', '11:00'],
          ],
        },
      ],
    });
    // Sunday 20:00 runs without a break into Monday's hours: one merged period.
    expect(businessPeriods(calendar, '2025-06-01T00:00:00Z', '2025-06-03T00:00:00Z')).toEqual([
      { start: at('2025-06-01T20:00:00Z'), end: at('2025-06-02T18:00:00Z') },
    ]);
    expect(businessMinutesBetween(calendar, '2025-06-04T00:00:00Z', '2025-06-05T00:00:00Z')).toBe(120);
  });

  it('drops a range that the spring-forward gap makes empty: that Sunday is no business day', () => {
    // 02:00–03:00 does not exist on 2025-03-09 in New York: both ends resolve to 03:00 EDT.
    const calendar = createCalendar({
      timeZone: 'America/New_York',
      weeklyHours: { sun: [['02:00', '03:00']] },
    });
    expect(isBusinessDay(calendar, '2025-03-09')).toBe(false);
    expect(isBusinessDay(calendar, '2025-03-16')).toBe(true);
    expect(addBusinessDays(calendar, at('2025-03-08T02:30:00-05:00'), 1)).toBe(
      at('2025-03-16T02:30:00-04:00'),
    );
  });
});

describe('createCalendar: holidays', () => {
  it('takes lowercase "jp" like "JP"', () => {
    const calendar = createCalendar({ timeZone: 'Asia/Tokyo', weeklyHours: nineToSix, holidays: 'jp' });
    expect(isBusinessDay(calendar, '2025-02-11')).toBe(false); // 建国記念の日
    expect(isBusinessDay(calendar, '2025-02-12')).toBe(true);
  });

  it('closes the dates of a holiday list and of extraHolidays', () => {
    const calendar = createCalendar({
      timeZone: 'UTC',
      weeklyHours: nineToSix,
      holidays: ['2025-06-03'],
      extraHolidays: ['2025-06-04'],
    });
    expect(
      ['2025-06-02', '2025-06-03', '2025-06-04', '2025-06-05'].map((d) => isBusinessDay(calendar, d)),
    ).toEqual([true, false, false, true]);
  });

  it('accepts a holiday list of exactly 10,000 dates and refuses 10,001', () => {
    const dates = datesFrom('2000-01-01', 10_001);
    const calendar = createCalendar({
      timeZone: 'UTC',
      weeklyHours: nineToSix,
      holidays: dates.slice(0, 10_000),
    });
    expect(isBusinessDay(calendar, '2000-01-03')).toBe(false);
    expect(isBusinessDay(calendar, dates[9_999] ?? '')).toBe(false);
    expect(refusal({ timeZone: 'UTC', weeklyHours: nineToSix, holidays: dates })).toBe(
      'createCalendar: holidays must be "JP", a list of at most 10000 dates "YYYY-MM-DD", a function or null',
    );
  });

  it('refuses a holiday list with one bad date after a good one', () => {
    expect(
      refusal({ timeZone: 'UTC', weeklyHours: nineToSix, holidays: ['2025-06-03', '2025-06-31'] }),
    ).toMatch(/^createCalendar: holidays must be "JP"/);
  });

  it('refuses a date that is not a string with a ConfigError, even one that cannot become a string', () => {
    // Config can come from anywhere: a Symbol or a prototype-less object must not escape as a raw
    // "Cannot convert … to a string" TypeError.
    for (const bad of [Symbol('2025-06-03'), Object.create(null), ['2025-06-03']]) {
      expect(refusal({ timeZone: 'UTC', weeklyHours: nineToSix, extraHolidays: [bad] })).toBe(
        'createCalendar: extraHolidays[0] must be a real date "YYYY-MM-DD"',
      );
    }
  });

  it('asks a holiday predicate once per date: its results are memoized', () => {
    const asked: string[] = [];
    const calendar = createCalendar({
      timeZone: 'UTC',
      weeklyHours: week(ALL_DAYS, ['09:00', '18:00']),
      holidays: (date) => {
        asked.push(date);
        return date === '2025-06-04';
      },
    });
    for (let i = 0; i < 3; i++) {
      expect(isBusinessDay(calendar, '2025-06-03')).toBe(true);
      expect(isBusinessDay(calendar, '2025-06-04')).toBe(false);
    }
    expect(asked).toEqual(['2025-06-03', '2025-06-04']);
  });

  it('keeps 5,001 days memoized, and no more: a long-running process does not grow without bound', () => {
    let calls = 0;
    const calendar = createCalendar({
      timeZone: 'UTC',
      weeklyHours: nineToSix,
      holidays: () => {
        calls++;
        return false;
      },
    });
    const dates = datesFrom('2000-01-01', 5_002);
    for (const date of dates.slice(0, 5_001)) isBusinessDay(calendar, date);
    expect(calls).toBe(5_001);
    isBusinessDay(calendar, '2000-01-01'); // still remembered
    expect(calls).toBe(5_001);
    isBusinessDay(calendar, dates[5_001] ?? ''); // one day more: the memo starts over
    isBusinessDay(calendar, '2000-01-01');
    expect(calls).toBe(5_003);
  });

  it('remembers the calendar made from a raw config: the same object is validated and asked once', () => {
    const asked: string[] = [];
    const config: CalendarConfig = {
      timeZone: 'UTC',
      weeklyHours: nineToSix,
      holidays: (date) => {
        asked.push(date);
        return false;
      },
    };
    expect(isBusinessDay(config, '2025-06-02')).toBe(true);
    expect(isBusinessDay(config, '2025-06-02')).toBe(true);
    // isBusinessTime also looks at the day before (a night shift could run into this one).
    expect(isBusinessTime(config, '2025-06-02T10:00:00Z')).toBe(true);
    expect(asked).toEqual(['2025-06-02', '2025-06-01']);
  });

  it('refuses null where a calendar is expected with the ConfigError of createCalendar', () => {
    expect(() => isBusinessDay(null as unknown as CalendarConfig, '2025-06-02')).toThrow(
      'createCalendar: config must be an object',
    );
  });
});

describe('createCalendar: closures', () => {
  const closedDays = (closure: { from: string; to: string }, dates: string[]) => {
    const calendar = createCalendar({
      timeZone: 'UTC',
      weeklyHours: week(ALL_DAYS, ['09:00', '18:00']),
      closures: [closure],
    });
    return dates.filter((date) => !isBusinessDay(calendar, date));
  };

  it('closes a one-day closure on that day only', () => {
    expect(
      closedDays({ from: '2025-06-10', to: '2025-06-10' }, ['2025-06-09', '2025-06-10', '2025-06-11']),
    ).toEqual(['2025-06-10']);
    expect(
      closedDays({ from: '12-31', to: '12-31' }, ['2025-12-30', '2025-12-31', '2026-01-01', '2026-06-02']),
    ).toEqual(['2025-12-31']);
  });

  it('includes the last day of a closure', () => {
    expect(
      closedDays({ from: '2025-06-10', to: '2025-06-11' }, ['2025-06-09', '2025-06-11', '2025-06-12']),
    ).toEqual(['2025-06-11']);
    // A yearly closure over the new year includes 01-03 and ends there.
    expect(
      closedDays({ from: '12-29', to: '01-03' }, ['2025-12-28', '2025-12-29', '2026-01-03', '2026-01-04']),
    ).toEqual(['2025-12-29', '2026-01-03']);
  });

  it('refuses a closure bound that is not a string, naming that bound', () => {
    const closures = [{ from: ['12-29'], to: '01-03' }];
    expect(refusal({ timeZone: 'UTC', weeklyHours: nineToSix, closures })).toBe(
      'createCalendar: closures[0].from must be "MM-DD" or "YYYY-MM-DD"',
    );
  });
});

describe('createCalendar on a freshly loaded module', () => {
  it('validates and builds the very first calendar it is asked for', async () => {
    // The validation schema is built lazily on the first call; make that call happen here.
    vi.resetModules();
    const sla = await import('../../src/sla/index.ts');
    const calendar = sla.createCalendar({ timeZone: 'UTC', weeklyHours: nineToSix });
    expect(sla.isBusinessDay(calendar, '2025-06-02')).toBe(true);
    expect(() => sla.createCalendar({ timeZone: 'UTC', weeklyHours: { mon: [['9:00', '18:00']] } })).toThrow(
      'createCalendar: weeklyHours.mon[0][0] must be "HH:MM", 00:00 to 24:00',
    );
  });
});

describe('addBusinessDays', () => {
  const utc = (): CalendarConfig => ({ timeZone: 'UTC', weeklyHours: nineToSix });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses %s days with a RangeError naming it',
    (days) => {
      // A 2025 start on a calendar without built-in holidays: nothing else could throw.
      expect(() => addBusinessDays(utc(), '2025-06-02T10:00:00Z', days)).toThrow(
        new RangeError(`addBusinessDays: days must be an integer, got ${days}`),
      );
    },
  );

  it('returns t itself for 0 days, even at the second 01:30 of a fall-back night', () => {
    // Re-resolving the wall time 01:30 would give the first (EDT) instant, an hour earlier.
    const calendar = createCalendar({
      timeZone: 'America/New_York',
      weeklyHours: week(ALL_DAYS, ['09:00', '17:00']),
    });
    const second = at('2025-11-02T01:30:00-05:00');
    expect(addBusinessDays(calendar, second, 0)).toBe(second);
  });

  it('crosses 1100 empty days and gives up after 1101', () => {
    // The documented bound: a business day 1101 days ahead (1100 empty days between) is found.
    const withOpenDays = (...dates: string[]) =>
      createCalendar({
        timeZone: 'UTC',
        weeklyHours: {},
        overrides: dates.map((date) => ({ date, hours: [['09:00', '17:00']] as const })),
      });
    expect(addBusinessDays(withOpenDays('2025-01-01', '2028-01-07'), '2025-01-01T10:00:00Z', 1)).toBe(
      at('2028-01-07T10:00:00Z'),
    );
    expect(() =>
      addBusinessDays(withOpenDays('2025-01-01', '2028-01-08'), '2025-01-01T10:00:00Z', 1),
    ).toThrow('addBusinessDays: no business day in 1100 days (UTC)');
  });
});
