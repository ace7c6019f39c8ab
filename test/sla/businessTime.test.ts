import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessMinutes,
  businessMinutesBetween,
  businessPeriods,
  createCalendar,
  formatInstant,
  isBusinessDay,
  isBusinessTime,
  nextBusinessStart,
} from '../../src/sla/index.ts';
import { ALL_DAYS, at, tokyo, WEEKDAYS, week } from './helpers.ts';

const J = (local: string) => at(`${local}+09:00`);
const lunch = createCalendar({
  timeZone: 'Asia/Tokyo',
  weeklyHours: week(WEEKDAYS, ['09:00', '12:00'], ['13:00', '18:00']),
});
const night = createCalendar({
  timeZone: 'Asia/Tokyo',
  weeklyHours: week(WEEKDAYS, ['22:00', '06:00']),
  holidays: 'JP',
  closures: [{ from: '12-29', to: '01-03' }],
});
const sundayWindow = createCalendar({ timeZone: 'Asia/Tokyo', weeklyHours: { sun: [['01:00', '04:00']] } });
const ny24x5 = createCalendar({
  timeZone: 'America/New_York',
  weeklyHours: week(WEEKDAYS, ['00:00', '24:00']),
});
const ny24x7 = createCalendar({
  timeZone: 'America/New_York',
  weeklyHours: week(ALL_DAYS, ['00:00', '24:00']),
});
const nyDay = createCalendar({
  timeZone: 'America/New_York',
  weeklyHours: week(WEEKDAYS, ['09:00', '17:00']),
});
const nyNight = createCalendar({ timeZone: 'America/New_York', weeklyHours: { sun: [['01:00', '04:00']] } });
const london24x5 = createCalendar({
  timeZone: 'Europe/London',
  weeklyHours: week(WEEKDAYS, ['00:00', '24:00']),
});
const londonSunday = createCalendar({
  timeZone: 'Europe/London',
  weeklyHours: { sun: [['00:00', '03:00']] },
});

describe('§4.1 half-open boundaries: opening inside, closing outside', () => {
  it.each([
    ['day opening', tokyo, J('2025-06-02T09:00:00'), true],
    ['day closing', tokyo, J('2025-06-02T18:00:00'), false],
    ['1 ms before closing', tokyo, J('2025-06-02T18:00:00') - 1, true],
    ['1 ms before opening', tokyo, J('2025-06-02T09:00:00') - 1, false],
    ['overnight opening', night, J('2025-06-02T22:00:00'), true],
    ['overnight, after midnight', night, J('2025-06-03T05:59:59'), true],
    ['overnight closing', night, J('2025-06-03T06:00:00'), false],
    ['lunch break start', lunch, J('2025-06-02T12:00:00'), false],
    ['lunch break end', lunch, J('2025-06-02T13:00:00'), true],
    ['Sunday window opening', sundayWindow, J('2025-06-01T01:00:00'), true],
    ['Sunday window closing', sundayWindow, J('2025-06-01T04:00:00'), false],
  ])('%s', (_, calendar, t, inside) => {
    expect(isBusinessTime(calendar, t)).toBe(inside);
    expect(nextBusinessStart(calendar, t) === t).toBe(inside);
  });
});

describe('§4.2–4.3 a target that ends at closing returns the closing instant', () => {
  it.each([
    ['17:30 + 30', tokyo, J('2025-06-02T17:30:00'), 30, J('2025-06-02T18:00:00')],
    ['17:30 + 31 jumps to the next opening', tokyo, J('2025-06-02T17:30:00'), 31, J('2025-06-03T09:01:00')],
    ['17:30 + 60 (brief example)', tokyo, J('2025-06-02T17:30:00'), 60, J('2025-06-03T09:30:00')],
    [
      'Friday 24:00 in a 24×5 week',
      ny24x5,
      at('2025-06-06T23:00:00-04:00'),
      60,
      at('2025-06-07T00:00:00-04:00'),
    ],
    [
      'the overnight shift ends Saturday 06:00',
      night,
      J('2025-06-07T05:00:00'),
      60,
      J('2025-06-07T06:00:00'),
    ],
    ['one minute more jumps to Monday 22:00', night, J('2025-06-07T05:00:00'), 61, J('2025-06-09T22:01:00')],
    ['12:00 before lunch, not 13:00', lunch, J('2025-06-02T11:00:00'), 60, J('2025-06-02T12:00:00')],
    ['Friday 16:00 + 4 h → Monday 11:00', tokyo, J('2025-06-06T16:00:00'), 240, J('2025-06-09T11:00:00')],
  ])('%s', (_, calendar, t, minutes, expected) => {
    expect(formatInstant(addBusinessMinutes(calendar, t, minutes), calendar.timeZone)).toBe(
      formatInstant(expected, calendar.timeZone),
    );
    expect(businessMinutesBetween(calendar, t, expected)).toBe(minutes);
  });
});

describe('§4.4 created on a holiday, in a closure, outside hours', () => {
  it.each([
    ['a Golden Week Saturday', '2025-05-03T10:00:00', '2025-05-07T09:00:00'],
    ['a weekday holiday (建国記念の日)', '2025-02-11T10:00:00', '2025-02-12T09:00:00'],
    ['inside the year-end closure', '2025-12-30T11:00:00', '2026-01-05T09:00:00'],
    ['before hours', '2025-06-02T07:00:00', '2025-06-02T09:00:00'],
    ['after hours', '2025-06-02T19:00:00', '2025-06-03T09:00:00'],
    ['just before the closure', '2025-12-26T18:30:00', '2026-01-05T09:00:00'],
    ['just before Golden Week', '2025-05-02T17:59:00', '2025-05-02T17:59:00'],
  ])('%s', (_, created, opening) => {
    expect(nextBusinessStart(tokyo, J(created))).toBe(J(opening));
  });

  it('counts a first-reply target from the next opening', () => {
    expect(addBusinessMinutes(tokyo, J('2025-12-30T11:00:00'), 90)).toBe(J('2026-01-05T10:30:00'));
  });
});

describe('§4.5 0-minute target', () => {
  it.each([J('2025-06-02T10:00:00'), J('2025-06-02T20:00:00'), J('2025-06-07T10:00:00')])(
    'returns the start %s',
    (t) => {
      expect(addBusinessMinutes(tokyo, t, 0)).toBe(t);
    },
  );
});

describe('§4.6 DST in America/New_York', () => {
  it('Friday EST → Monday EDT keeps local opening hours', () => {
    expect(addBusinessMinutes(nyDay, at('2025-03-07T16:30:00-05:00'), 60)).toBe(
      at('2025-03-10T09:30:00-04:00'),
    );
    expect(addBusinessMinutes(nyDay, at('2025-10-31T16:30:00-04:00'), 60)).toBe(
      at('2025-11-03T09:30:00-05:00'),
    );
  });

  it('a fixed offset would be wrong: 09:30 EDT is business time, 08:30 EDT is not', () => {
    expect(isBusinessTime(nyDay, at('2025-03-10T13:30:00Z'))).toBe(true);
    expect(isBusinessTime(nyDay, at('2025-03-10T12:30:00Z'))).toBe(false);
    expect(isBusinessTime(nyDay, at('2025-03-07T14:30:00Z'))).toBe(true);
  });

  it('a 24×7 weekend is 47 real hours in spring and 49 in autumn', () => {
    expect(
      businessMinutesBetween(ny24x7, at('2025-03-08T00:00:00-05:00'), at('2025-03-10T00:00:00-04:00')),
    ).toBe(47 * 60);
    expect(
      businessMinutesBetween(ny24x7, at('2025-11-01T00:00:00-04:00'), at('2025-11-03T00:00:00-05:00')),
    ).toBe(49 * 60);
  });

  it('a 01:00–04:00 window is 120 minutes on the spring Sunday and 240 on the autumn one', () => {
    expect(
      businessMinutesBetween(nyNight, at('2025-03-09T00:00:00-05:00'), at('2025-03-09T12:00:00-04:00')),
    ).toBe(120);
    expect(
      businessMinutesBetween(nyNight, at('2025-11-02T00:00:00-04:00'), at('2025-11-02T12:00:00-05:00')),
    ).toBe(240);
    expect(
      businessPeriods(nyNight, at('2025-11-02T00:00:00-04:00'), at('2025-11-03T00:00:00-05:00')),
    ).toEqual([{ start: at('2025-11-02T01:00:00-04:00'), end: at('2025-11-02T04:00:00-05:00') }]);
  });

  it('resolves a wall time in the gap forward and an ambiguous one to the earlier instant', () => {
    const gap = createCalendar({ timeZone: 'America/New_York', weeklyHours: { sun: [['02:30', '05:00']] } });
    expect(nextBusinessStart(gap, at('2025-03-09T00:00:00-05:00'))).toBe(at('2025-03-09T03:30:00-04:00'));
    const overlap = createCalendar({
      timeZone: 'America/New_York',
      weeklyHours: { sun: [['01:30', '05:00']] },
    });
    expect(nextBusinessStart(overlap, at('2025-11-02T00:00:00-04:00'))).toBe(at('2025-11-02T01:30:00-04:00'));
  });
});

describe('§4.7 DST in Europe/London', () => {
  it('a 24×5 week across both transitions', () => {
    expect(
      businessMinutesBetween(london24x5, at('2025-03-28T00:00:00Z'), at('2025-04-01T00:00:00+01:00')),
    ).toBe(2 * 1440);
    expect(
      businessMinutesBetween(london24x5, at('2025-10-24T00:00:00+01:00'), at('2025-10-28T00:00:00Z')),
    ).toBe(2 * 1440);
  });

  it('UTC input that is still Sunday in UTC but already Monday in BST', () => {
    const t = at('2025-03-30T23:30:00Z');
    expect(isBusinessTime(london24x5, t)).toBe(true);
    expect(isBusinessTime(london24x5, t - 3_600_000)).toBe(false);
  });

  it('a Sunday 00:00–03:00 window across the transition is 2 hours, then 4 in October', () => {
    expect(
      businessMinutesBetween(londonSunday, at('2025-03-29T12:00:00Z'), at('2025-03-30T12:00:00+01:00')),
    ).toBe(120);
    expect(
      businessMinutesBetween(londonSunday, at('2025-10-25T12:00:00+01:00'), at('2025-10-26T12:00:00Z')),
    ).toBe(240);
  });
});

describe('§4.8 shifts across midnight', () => {
  it('Monday 03:00 is not business time (no Sunday shift); Saturday 05:00 is', () => {
    expect(isBusinessTime(night, J('2025-06-02T03:00:00'))).toBe(false);
    expect(isBusinessTime(night, J('2025-06-07T05:00:00'))).toBe(true);
    expect(isBusinessTime(night, at('2025-06-06T20:00:00Z'))).toBe(true); // Saturday 05:00 JST, Friday in UTC
  });

  it('a holiday cancels the shift that starts on it, not the one running into it', () => {
    // 2025-02-11 (Tue) 建国記念の日: Monday's shift runs into its morning; its own shift is cancelled.
    expect(isBusinessTime(night, J('2025-02-11T05:00:00'))).toBe(true);
    expect(isBusinessTime(night, J('2025-02-11T23:00:00'))).toBe(false);
    expect(isBusinessDay(night, '2025-02-11')).toBe(false);
    // The 12/26 (Fri) shift runs into 12/27; 12/28 is Sunday; the closure starts 12/29.
    expect(isBusinessTime(night, J('2025-12-27T05:00:00'))).toBe(true);
    expect(isBusinessTime(night, J('2025-12-29T23:00:00'))).toBe(false);
  });

  it('the 12/28 shift runs into the closure', () => {
    const everyNight = createCalendar({
      timeZone: 'Asia/Tokyo',
      weeklyHours: week(ALL_DAYS, ['22:00', '06:00']),
      closures: [{ from: '12-29', to: '01-03' }],
    });
    expect(isBusinessTime(everyNight, J('2025-12-29T05:00:00'))).toBe(true);
    expect(isBusinessTime(everyNight, J('2025-12-29T22:00:00'))).toBe(false);
    expect(nextBusinessStart(everyNight, J('2025-12-29T06:00:00'))).toBe(J('2026-01-04T22:00:00'));
  });
});

describe('§4.9 contiguous days', () => {
  it('Tuesday 00:00 in a 24×5 week is inside, and Monday+Tuesday is one period', () => {
    expect(isBusinessTime(ny24x5, at('2025-06-03T00:00:00-04:00'))).toBe(true);
    expect(addBusinessMinutes(ny24x5, at('2025-06-02T23:00:00-04:00'), 120)).toBe(
      at('2025-06-03T01:00:00-04:00'),
    );
    expect(businessPeriods(ny24x5, at('2025-06-02T12:00:00-04:00'), at('2025-06-04T12:00:00-04:00'))).toEqual(
      [{ start: at('2025-06-02T12:00:00-04:00'), end: at('2025-06-04T12:00:00-04:00') }],
    );
  });
});

describe('§4.10 leap years', () => {
  it.each([
    ['2024-02-28T17:00:00', 120, '2024-02-29T10:00:00'],
    ['2028-02-28T17:00:00', 120, '2028-02-29T10:00:00'],
    ['2023-02-28T17:00:00', 120, '2023-03-01T10:00:00'],
  ])('%s + %i → %s', (from, minutes, to) => {
    expect(addBusinessMinutes(tokyo, J(from), minutes)).toBe(J(to));
  });
});

describe('§4.11 Japanese calendar interplay', () => {
  it.each([
    ['天皇誕生日 2026 (Mon 2/23)', '2026-02-20T17:00:00', 120, '2026-02-24T10:00:00'],
    ['Silver Week 2026 (9/19–9/23)', '2026-09-18T17:00:00', 120, '2026-09-24T10:00:00'],
    ['ten-day Golden Week 2019', '2019-04-26T17:00:00', 120, '2019-05-07T10:00:00'],
  ])('%s', (_, from, minutes, to) => {
    expect(addBusinessMinutes(tokyo, J(from), minutes)).toBe(J(to));
  });

  it('30 business days across year-end and 成人の日', () => {
    // From Fri 2025-12-19: 12/22–12/26 (5), closure to 1/4, 1/5–1/9 (5), 1/12 成人の日, then on.
    const due = addBusinessDays(tokyo, J('2025-12-19T10:00:00'), 30);
    expect(formatInstant(due, 'Asia/Tokyo')).toBe('2026-02-09T10:00:00+09:00');
    expect(isBusinessDay(tokyo, '2026-01-12')).toBe(false);
    expect(isBusinessDay(tokyo, '2019-05-01')).toBe(false);
  });
});

describe('§4.12 pauses and §4.14 reversed intervals', () => {
  it('counts the business part of a paused span', () => {
    expect(businessMinutesBetween(tokyo, J('2025-06-02T15:00:00'), J('2025-06-03T11:30:00'))).toBe(180 + 150);
  });
  it('is 0 for an empty interval and negative when reversed', () => {
    const a = J('2025-06-02T10:00:00');
    expect(businessMinutesBetween(tokyo, a, a)).toBe(0);
    expect(businessMinutesBetween(tokyo, J('2025-06-09T10:00:00'), J('2025-06-06T17:00:00'))).toBe(-120);
    expect(businessPeriods(tokyo, J('2025-06-09T10:00:00'), J('2025-06-06T17:00:00'))).toEqual([]);
  });
});

describe('§4.13 sub-minute instants', () => {
  it.each([
    ['2025-06-02T17:59:30', 0.5, '2025-06-02T18:00:00'],
    ['2025-06-02T17:59:30', 1, '2025-06-03T09:00:30'],
    ['2025-06-02T08:59:59.500', 1, '2025-06-02T09:01:00'],
    ['2025-06-02T12:00:00.250', 0.25, '2025-06-02T12:00:15.250'],
  ])('%s + %f min → %s', (from, minutes, to) => {
    expect(addBusinessMinutes(tokyo, J(from), minutes)).toBe(J(to));
  });
  it('returns fractional minutes', () => {
    expect(businessMinutesBetween(tokyo, J('2025-06-02T17:59:30'), J('2025-06-03T09:00:15'))).toBe(0.75);
  });
});

describe('§4.15 input offsets', () => {
  it.each([
    '2025-06-02T01:00:00Z',
    '2025-06-02T01:00:00+00:00',
    '2025-06-01T20:00:00-05:00',
    '2025-06-02T10:00:00+09:00',
    '2025-06-02T10:00:00+0900',
    '2025-06-02 10:00:00.000+09:00',
  ])('%s', (input) => {
    expect(addBusinessMinutes(tokyo, input, 30)).toBe(J('2025-06-02T10:30:00'));
    expect(isBusinessTime(tokyo, new Date(J('2025-06-02T10:00:00')))).toBe(true);
  });

  it.each([
    '2025-06-02T10:00:00',
    '2025-06-02',
    'tomorrow',
    '2025-02-30T10:00:00Z',
    '2025-06-02T25:00:00Z',
    '',
  ])('refuses %j (no offset or not a date)', (input) => {
    expect(() => isBusinessTime(tokyo, input)).toThrow(TypeError);
  });
  it.each([Number.NaN, Number.POSITIVE_INFINITY, new Date('x')])('refuses %s', (input) => {
    expect(() => nextBusinessStart(tokyo, input)).toThrow(/expected epoch milliseconds/);
  });
});

describe('addBusinessDays', () => {
  it.each([
    ['Saturday + 1 is Monday (date-fns #1584)', '2025-06-07T10:00:00', 1, '2025-06-09T10:00:00'],
    ['Friday + 1 is Monday', '2025-06-06T15:00:00', 1, '2025-06-09T15:00:00'],
    ['across the closure', '2025-12-26T15:00:00', 1, '2026-01-05T15:00:00'],
    ['backwards', '2025-06-09T15:00:00', -1, '2025-06-06T15:00:00'],
    ['0 days', '2025-06-07T10:00:00', 0, '2025-06-07T10:00:00'],
  ])('%s', (_, from, days, to) => {
    expect(addBusinessDays(tokyo, J(from), days)).toBe(J(to));
  });

  it('keeps the wall time outside hours unless snapToOpen', () => {
    expect(addBusinessDays(tokyo, J('2025-06-06T20:00:00'), 1)).toBe(J('2025-06-09T20:00:00'));
    expect(addBusinessDays(tokyo, J('2025-06-06T20:00:00'), 1, { snapToOpen: true })).toBe(
      J('2025-06-10T09:00:00'),
    );
  });

  it('keeps the wall time across DST', () => {
    expect(addBusinessDays(nyDay, at('2025-03-07T10:00:00-05:00'), 1)).toBe(at('2025-03-10T10:00:00-04:00'));
  });

  it('refuses a fractional day count', () => {
    expect(() => addBusinessDays(tokyo, 0, 1.5)).toThrow(RangeError);
  });
});

describe('overrides and custom holidays', () => {
  const custom = createCalendar({
    timeZone: 'Asia/Tokyo',
    weeklyHours: week(WEEKDAYS, ['09:00', '18:00']),
    holidays: ['2025-06-03'],
    extraHolidays: ['2025-06-04'],
    removedHolidays: ['2025-06-03'],
    overrides: [
      { date: '2025-06-07', hours: [['10:00', '15:00']] },
      { date: '2025-06-05', hours: [] },
    ],
    closures: [{ from: '2025-06-10', to: '2025-06-11' }],
  });
  it.each([
    ['2025-06-03', true], // removed from the holidays
    ['2025-06-04', false], // extra holiday
    ['2025-06-05', false], // closed by override
    ['2025-06-07', true], // Saturday workday
    ['2025-06-10', false], // one-off closure
    ['2025-06-12', true],
  ])('%s business day: %s', (date, open) => {
    expect(isBusinessDay(custom, date)).toBe(open);
  });

  it('takes a predicate, and a raw config wherever a calendar is expected', () => {
    const config = {
      timeZone: 'UTC',
      weeklyHours: week(ALL_DAYS, ['09:00', '17:00']),
      holidays: (d: string) => d.endsWith('-01'),
    };
    expect(isBusinessDay(config, '2025-06-01')).toBe(false);
    expect(isBusinessDay(config, '2025-06-02')).toBe(true);
  });

  it('refuses a malformed date', () => {
    expect(() => isBusinessDay(tokyo, '2025-6-1')).toThrow(TypeError);
  });
});

describe('formatInstant', () => {
  it.each([
    [at('2025-06-04T04:30:00Z'), 'Asia/Tokyo', '2025-06-04T13:30:00+09:00'],
    [at('2025-01-04T04:30:00.5Z'), 'America/New_York', '2025-01-03T23:30:00.500-05:00'],
    [at('2025-01-04T04:30:00Z'), 'Asia/Kolkata', '2025-01-04T10:00:00+05:30'],
  ])('%s in %s', (t, zone, text) => {
    expect(formatInstant(t, zone)).toBe(text);
    expect(Date.parse(text)).toBe(t);
  });
});
