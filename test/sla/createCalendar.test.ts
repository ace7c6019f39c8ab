import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessMinutes,
  type CalendarConfig,
  createCalendar,
  isBusinessTime,
  nextBusinessStart,
} from '../../src/sla/index.ts';
import { tokyoConfig, WEEKDAYS, week } from './helpers.ts';

const base = { timeZone: 'Asia/Tokyo', weeklyHours: week(WEEKDAYS, ['09:00', '18:00']) };
const bad = (patch: object) => ({ ...base, ...patch }) as unknown as CalendarConfig;

describe('createCalendar: a bad config throws a TypeError naming the field', () => {
  it.each([
    [
      'an unknown zone',
      bad({ timeZone: 'Mars/Olympus' }),
      /timeZone "Mars\/Olympus" is not an IANA time zone/,
    ],
    ['a zone that is not a string', bad({ timeZone: 9 }), /timeZone must be a string/],
    ['a missing weeklyHours', { timeZone: 'UTC' }, /weeklyHours must be an object/],
    [
      'a malformed time',
      bad({ weeklyHours: { mon: [['9:00', '18:00']] } }),
      /weeklyHours\.mon\[0\]\[0\] must be "HH:MM"/,
    ],
    ['25:00', bad({ weeklyHours: { mon: [['09:00', '25:00']] } }), /weeklyHours\.mon\[0\]\[1\]/],
    [
      'a start at 24:00',
      bad({ weeklyHours: { mon: [['24:00', '06:00']] } }),
      /weeklyHours\.mon\[0\] cannot start at "24:00"/,
    ],
    [
      'a range that is not a pair',
      bad({ weeklyHours: { mon: [['09:00']] } }),
      /weeklyHours\.mon\[0\] must be a pair/,
    ],
    [
      'an unknown weekday',
      bad({ weeklyHours: { monday: [['09:00', '18:00']] } }),
      /weeklyHours has an unknown field "monday"/,
    ],
    ['an unknown field', bad({ holiday: 'JP' }), /config has an unknown field "holiday"/],
    [
      'overlapping ranges on one day',
      bad({
        weeklyHours: {
          mon: [
            ['09:00', '18:00'],
            ['17:00', '20:00'],
          ],
        },
      }),
      /weeklyHours\.mon\[0\] overlaps weeklyHours\.mon\[1\]/,
    ],
    [
      'an overnight shift overlapping the next day',
      bad({ weeklyHours: { mon: [['22:00', '06:00']], tue: [['05:00', '12:00']] } }),
      /weeklyHours\.mon\[0\] overlaps weeklyHours\.tue\[0\]/,
    ],
    [
      'a Sunday shift overlapping Monday (week wrap)',
      bad({ weeklyHours: { sun: [['20:00', '10:00']], mon: [['09:00', '12:00']] } }),
      /weeklyHours\.sun\[0\] overlaps weeklyHours\.mon\[0\]/,
    ],
    ['no hours at all', bad({ weeklyHours: {} }), /weeklyHours has no business hours/],
    ['holidays of a wrong kind', bad({ holidays: 'US' }), /holidays must be "JP"/],
    ['a bad holiday date', bad({ holidays: ['2025-02-30'] }), /holidays must be "JP"/],
    ['a bad extra holiday', bad({ extraHolidays: ['tomorrow'] }), /extraHolidays\[0\] must be a real date/],
    [
      'a bad closure date',
      bad({ closures: [{ from: '13-01', to: '01-03' }] }),
      /closures\[0\]\.from must be "MM-DD"/,
    ],
    [
      'closure forms that differ',
      bad({ closures: [{ from: '12-29', to: '2026-01-03' }] }),
      /closures\[0\] must give "from" and "to" in the same form/,
    ],
    [
      'a repeated override date',
      bad({
        overrides: [
          { date: '2025-06-07', hours: [] },
          { date: '2025-06-07', hours: [] },
        ],
      }),
      /overrides\[1\]\.date repeats 2025-06-07/,
    ],
    [
      'overlapping override ranges',
      bad({
        overrides: [
          {
            date: '2025-06-07',
            hours: [
              ['09:00', '12:00'],
              ['11:00', '13:00'],
            ],
          },
        ],
      }),
      /overrides\[0\]\.hours\[0\] overlaps overrides\[0\]\.hours\[1\]/,
    ],
    ['an unknown attribution', bad({ holidayAttribution: 'period-end' }), /holidayAttribution/],
    ['not an object', 'Asia/Tokyo', /config must be an object/],
  ])('%s', (_, config, message) => {
    expect(() => createCalendar(config as CalendarConfig)).toThrow(TypeError);
    expect(() => createCalendar(config as CalendarConfig)).toThrow(message);
  });

  it('accepts the evaluation-set shape: holidays null and a description', () => {
    const calendar = createCalendar({
      ...base,
      holidays: null,
      description: 'Tokyo',
      holidayAttribution: 'period-start',
    });
    expect(calendar.timeZone).toBe('Asia/Tokyo');
    expect(createCalendar(tokyoConfig).config).toBe(tokyoConfig);
  });
});

describe('bounded searches: a calendar that never opens', () => {
  const never = createCalendar({ ...base, holidays: () => true });
  const onlyOnce = createCalendar({
    ...base,
    weeklyHours: {},
    overrides: [{ date: '2025-06-07', hours: [['10:00', '11:00']] }],
  });
  it('throws a clear RangeError instead of looping', () => {
    expect(() => nextBusinessStart(never, 0)).toThrow(/no business time in 1100 days/);
    expect(() => addBusinessMinutes(never, 0, 1)).toThrow(RangeError);
    expect(() => addBusinessDays(never, 0, 1)).toThrow(/no business day in 1100 days/);
    expect(() => addBusinessMinutes(onlyOnce, Date.parse('2025-06-07T10:30:00+09:00'), 60)).toThrow(
      RangeError,
    );
  });
  it('still answers questions that need no search', () => {
    expect(isBusinessTime(never, 0)).toBe(false);
    expect(addBusinessMinutes(never, 5, 0)).toBe(5);
    expect(isBusinessTime(onlyOnce, Date.parse('2025-06-07T10:30:00+09:00'))).toBe(true);
  });
  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses minutes = %s', (minutes) => {
    expect(() => addBusinessMinutes(base, 0, minutes)).toThrow(RangeError);
  });
  it('never throws anything but TypeError on arbitrary configs', () => {
    fc.assert(
      fc.property(fc.anything(), (config) => {
        try {
          createCalendar(config as CalendarConfig);
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
        }
      }),
    );
  });
});
