// Instants and dates in and out of support-kit/sla (issue #10): what the parsers read, how
// formatInstant writes dates, and the exact errors that name the function a caller used.
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessMinutes,
  type CalendarConfig,
  formatInstant,
  type InstantInput,
  isBusinessDay,
  isBusinessTime,
  isJapaneseHoliday,
  nextBusinessStart,
} from '../../src/sla/index.ts';
import { at, WEEKDAYS, week } from './helpers.ts';

const utc = (): CalendarConfig => ({ timeZone: 'UTC', weeklyHours: week(WEEKDAYS, ['09:00', '18:00']) });
const instantError = (what: string, shown: string) =>
  new TypeError(
    `${what}: expected epoch milliseconds, a valid Date or an ISO-8601 string with an offset (…+09:00 or …Z), got ${JSON.stringify(shown)}`,
  );

describe('an invalid instant: a TypeError naming the function that was called', () => {
  const calls: [string, (t: InstantInput) => unknown][] = [
    ['isBusinessTime', (t) => isBusinessTime(utc(), t)],
    ['nextBusinessStart', (t) => nextBusinessStart(utc(), t)],
    ['addBusinessMinutes', (t) => addBusinessMinutes(utc(), t, 30)],
    ['addBusinessDays', (t) => addBusinessDays(utc(), t, 1)],
    ['formatInstant', (t) => formatInstant(t, 'UTC')],
  ];

  it.each(calls)('%s', (what, call) => {
    expect(() => call('2025-06-02T10:00:00')).toThrow(instantError(what, '2025-06-02T10:00:00'));
  });

  it('shows at most 60 characters of the input', () => {
    const long = `2025-06-02T10:00:00+09:00${'x'.repeat(60)}`;
    expect(() => isBusinessTime(utc(), long)).toThrow(instantError('isBusinessTime', long.slice(0, 60)));
  });

  it.each([
    ['a boxed string', new String('2025-06-02T10:00:00Z')],
    ['an object whose text is an instant', { toString: (): string => '2025-06-02T10:00:00Z' }],
  ])('refuses %s: only numbers, Dates and strings are instants', (_, input) => {
    expect(() => nextBusinessStart(utc(), input as unknown as string)).toThrow(
      instantError('nextBusinessStart', '2025-06-02T10:00:00Z'),
    );
  });
});

describe('an invalid date or count: errors naming the function', () => {
  it('isBusinessDay shows the bad date, cut to 40 characters', () => {
    expect(() => isBusinessDay(utc(), '2025-02-30')).toThrow(
      new TypeError('isBusinessDay: expected a date "YYYY-MM-DD", got "2025-02-30"'),
    );
    const long = `2025-06-02${'-'.repeat(40)}`;
    expect(() => isJapaneseHoliday(long)).toThrow(
      new TypeError(`findJapaneseHoliday: expected a date "YYYY-MM-DD", got "${long.slice(0, 40)}"`),
    );
  });

  it('addBusinessMinutes names a negative count', () => {
    expect(() => addBusinessMinutes(utc(), '2025-06-02T10:00:00Z', -1)).toThrow(
      new RangeError('addBusinessMinutes: minutes must be a finite number >= 0, got -1'),
    );
  });
});

describe('ISO-8601 input: every field counts', () => {
  it.each([
    ['2025-06-02T10:00:30+09:00', '2025-06-02T10:00:30+09:00'],
    ['2025-06-02T10:00:59.25+09:00', '2025-06-02T10:00:59.250+09:00'],
    ['2025-06-02T01:00:07,5Z', '2025-06-02T10:00:07.500+09:00'],
    ['2025-06-02T10:00+09:00', '2025-06-02T10:00:00+09:00'], // seconds may be left out
    ['2025-06-01t20:59:01-05:00', '2025-06-02T10:59:01+09:00'],
  ])('%s is %s', (input, tokyoTime) => {
    expect(formatInstant(input, 'Asia/Tokyo')).toBe(tokyoTime);
  });

  it('counts the seconds of the start in business minutes', () => {
    expect(addBusinessMinutes(utc(), '2025-06-02T17:59:30Z', 0.25)).toBe(at('2025-06-02T17:59:45Z'));
  });
});

describe('formatInstant: dates and milliseconds', () => {
  it.each([
    [Date.UTC(2000, 1, 29, 12), '2000-02-29T12:00:00+00:00'], // leap day of a year divisible by 400
    [Date.UTC(2000, 2, 1), '2000-03-01T00:00:00+00:00'],
    [Date.UTC(2100, 1, 28), '2100-02-28T00:00:00+00:00'],
    [Date.UTC(2100, 2, 1), '2100-03-01T00:00:00+00:00'], // 2100 is not a leap year
    [Date.UTC(1999, 2, 1), '1999-03-01T00:00:00+00:00'],
    [Date.UTC(1999, 2, 6, 23, 59, 59), '1999-03-06T23:59:59+00:00'],
    [Date.UTC(1975, 2, 3), '1975-03-03T00:00:00+00:00'],
    [Date.UTC(1972, 1, 29), '1972-02-29T00:00:00+00:00'],
  ])('writes %d as %s', (t, text) => {
    expect(formatInstant(t, 'UTC')).toBe(text);
  });

  it('writes milliseconds with three digits', () => {
    const t = Date.UTC(2025, 5, 2, 10);
    expect(formatInstant(t + 5, 'UTC')).toBe('2025-06-02T10:00:00.005+00:00');
    expect(formatInstant(t + 50, 'UTC')).toBe('2025-06-02T10:00:00.050+00:00');
    expect(formatInstant(t + 999, 'UTC')).toBe('2025-06-02T10:00:00.999+00:00');
  });

  it('takes 2000-02-29 as a real date', () => {
    expect(isBusinessDay(utc(), '2000-02-29')).toBe(true); // a Tuesday
    expect(isJapaneseHoliday('2000-02-29')).toBe(false);
  });
});
