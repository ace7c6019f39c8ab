import { describe, expect, it } from 'vitest';
import {
  businessMinutesBetween,
  businessPeriods,
  createCalendar,
  nextBusinessStart,
} from '../../src/sla/index.ts';
import { at, tokyo } from './helpers.ts';

// Tokyo hours are 09:00–18:00 on weekdays; 2025-06-06 is a Friday, 2025-06-09 the Monday after.
const J = (local: string) => at(`${local}+09:00`);

describe('businessPeriods: the end of the range', () => {
  it.each([
    ['before the next opening', '2025-06-09T08:00:00'],
    ['exactly at the next opening', '2025-06-09T09:00:00'],
  ])('a range ending %s holds no piece of that next period', (_, end) => {
    // Half-open [from, to): a period starting at or after `to` is outside, not an empty piece.
    expect(businessPeriods(tokyo, J('2025-06-06T12:00:00'), J(end))).toEqual([
      { start: J('2025-06-06T12:00:00'), end: J('2025-06-06T18:00:00') },
    ]);
  });

  it.each([
    ['empty', '2025-06-09T12:00:00'],
    ['reversed', '2025-06-09T10:00:00'],
  ])('an %s range inside business hours has no periods', (_, end) => {
    expect(businessPeriods(tokyo, J('2025-06-09T12:00:00'), J(end))).toEqual([]);
  });

  it('names itself when an instant is invalid', () => {
    expect(() => businessPeriods(tokyo, '2025-06-09T10:00', J('2025-06-09T12:00:00'))).toThrow(
      /^businessPeriods: expected epoch milliseconds/,
    );
    expect(() => businessPeriods(tokyo, J('2025-06-09T10:00:00'), 'tomorrow')).toThrow(
      /^businessPeriods: expected epoch milliseconds/,
    );
  });
});

describe('businessMinutesBetween: the end of the range', () => {
  it('an interval ending before an opening on its last day counts nothing of that day', () => {
    expect(businessMinutesBetween(tokyo, J('2025-06-06T17:00:00'), J('2025-06-09T08:00:00'))).toBe(60);
    expect(businessMinutesBetween(tokyo, J('2025-06-09T08:00:00'), J('2025-06-06T17:00:00'))).toBe(-60);
  });

  it('names itself when an instant is invalid', () => {
    expect(() => businessMinutesBetween(tokyo, '2025-06-09T10:00', 0)).toThrow(
      /^businessMinutesBetween: expected epoch milliseconds/,
    );
    expect(() => businessMinutesBetween(tokyo, 0, Number.NaN)).toThrow(
      /^businessMinutesBetween: expected epoch milliseconds/,
    );
  });
});

describe('an override inside the previous night shift', () => {
  // Monday's 22:00–06:00 shift runs into Tuesday 2025-06-03, whose override adds 01:00–05:00 (wholly
  // inside the shift) and 05:30–08:00 (overlapping its last half hour). Each minute counts once.
  const nights = createCalendar({
    timeZone: 'Asia/Tokyo',
    weeklyHours: { mon: [['22:00', '06:00']] },
    overrides: [
      {
        date: '2025-06-03',
        hours: [
          ['01:00', '05:00'],
          ['05:30', '08:00'],
        ],
      },
    ],
  });

  it('counts the shift and the part of the override after it', () => {
    expect(businessMinutesBetween(nights, J('2025-06-02T21:00:00'), J('2025-06-03T12:00:00'))).toBe(
      480 + 120,
    );
  });

  it('gives one merged period', () => {
    expect(businessPeriods(nights, J('2025-06-02T21:00:00'), J('2025-06-03T12:00:00'))).toEqual([
      { start: J('2025-06-02T22:00:00'), end: J('2025-06-03T08:00:00') },
    ]);
  });
});

describe('bounded searches', () => {
  it('a range needs no search past its own end: a calendar with one opening answers for later ranges', () => {
    // Open only on Saturday 2025-06-07, 10:00–16:00; nothing after it would trip the
    // 1100-empty-days guard if the search did not stop at the end of the range.
    const popUp = createCalendar({
      timeZone: 'Asia/Tokyo',
      weeklyHours: {},
      overrides: [{ date: '2025-06-07', hours: [['10:00', '16:00']] }],
    });
    expect(businessMinutesBetween(popUp, J('2025-06-07T09:00:00'), J('2025-06-08T09:00:00'))).toBe(360);
    expect(businessMinutesBetween(popUp, J('2025-06-10T00:00:00'), J('2025-06-20T00:00:00'))).toBe(0);
    expect(businessPeriods(popUp, J('2025-06-01T00:00:00'), J('2025-06-30T00:00:00'))).toEqual([
      { start: J('2025-06-07T10:00:00'), end: J('2025-06-07T16:00:00') },
    ]);
  });

  it('a calendar open one hour a week is searched across years: only consecutive empty days count', () => {
    const mondays = createCalendar({ timeZone: 'UTC', weeklyHours: { mon: [['09:00', '10:00']] } });
    // 2025-01-06 and 2029-01-01 are Mondays 208 weeks apart: 208 hours, across ~1250 empty days.
    expect(businessMinutesBetween(mondays, '2025-01-06T00:00:00Z', '2029-01-01T00:00:00Z')).toBe(208 * 60);
  });

  describe('the 1100-day limit', () => {
    // Closed every day except 2030-01-01 09:00–10:00 (UTC).
    const once = createCalendar({
      timeZone: 'UTC',
      weeklyHours: {},
      overrides: [{ date: '2030-01-01', hours: [['09:00', '10:00']] }],
    });

    it('finds an opening after 1099 empty days', () => {
      // 2026-12-29 is 1099 days before 2030-01-01.
      expect(nextBusinessStart(once, '2026-12-29T00:00:00Z')).toBe(at('2030-01-01T09:00:00Z'));
    });

    it('gives up after 1100 empty days', () => {
      expect(() => nextBusinessStart(once, '2026-12-28T00:00:00Z')).toThrow(/no business time in 1100 days/);
    });
  });
});
