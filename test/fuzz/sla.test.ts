// Fuzz (issue #10): support-kit/sla — the functions that read text: an instant written as ISO 8601
// (formatInstant and every calendar function taking an `InstantInput`) and a date `YYYY-MM-DD`
// (isJapaneseHoliday, findJapaneseHoliday, isBusinessDay). Such text comes from files and clients;
// the documented answer to text that is not an instant or a date is a TypeError (RangeError for a
// year the holiday rules do not cover), never another error, and what is returned is well-formed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createCalendar,
  findJapaneseHoliday,
  formatInstant,
  isBusinessDay,
  isBusinessTime,
  isJapaneseHoliday,
  nextBusinessStart,
} from '../../src/sla/index.ts';
import { HUGE_INPUTS, riskyPiece, userText } from './arbitraries.ts';
import { withinHangGuard } from './bounded.ts';

const ZONES = ['Asia/Tokyo', 'UTC', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?[+-]\d\d:\d\d$/;
const DAY: [string, string][] = [['09:00', '18:00']];
const calendar = createCalendar({
  timeZone: 'Asia/Tokyo',
  weeklyHours: { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY },
  holidays: 'JP',
});

/** ISO 8601 as clients write it, then bent: other offsets, fractions, separators, a risky piece. */
const instantText = fc.oneof(
  fc
    .tuple(
      fc.date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      }),
      fc.constantFrom('Z', '+09:00', '-05:00', '+0530', 'z', '', '+24:00'),
      fc.constantFrom('T', 't', ' ', '_'),
      fc.constantFrom('', '.5', ',123456789', ':60'),
    )
    .map(([date, offset, separator, fraction]) => {
      const iso = date.toISOString();
      return `${iso.slice(0, 10)}${separator}${iso.slice(11, 19)}${fraction}${offset}`;
    }),
  fc.tuple(fc.date({ noInvalidDate: true }), riskyPiece, fc.nat()).map(([date, piece, at]) => {
    const iso = date.toISOString();
    const i = at % (iso.length + 1);
    return iso.slice(0, i) + piece + iso.slice(i);
  }),
  userText,
);

/** Dates as typed: real ones, impossible ones, other years, and anything. */
const dateText = fc.oneof(
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
  userText,
);

/** Calls `call`; a documented error (TypeError, or RangeError when allowed) is an answer too. */
function answer<T>(call: () => T, rangeError = false): T | undefined {
  try {
    return call();
  } catch (error) {
    const allowed = error instanceof TypeError || (rangeError && error instanceof RangeError);
    if (!allowed) throw error;
    expect((error as Error).message).not.toBe('');
    return undefined;
  }
}

describe('fuzz: instants written as text', () => {
  it('formatInstant gives ISO 8601 that reads back to itself and to the same instant, or a TypeError', () => {
    fc.assert(
      fc.property(instantText, fc.constantFrom(...ZONES), (text, zone) => {
        const formatted = answer(() => formatInstant(text, zone));
        if (formatted === undefined) return;
        expect(formatted).toMatch(ISO);
        expect(formatInstant(formatted, zone)).toBe(formatted);
        expect(formatInstant(Date.parse(formatted), zone)).toBe(formatted);
      }),
      { numRuns: 600 },
    );
  });

  it('calendar functions answer for a text instant or throw a TypeError (RangeError outside 2000–2099)', () => {
    fc.assert(
      fc.property(instantText, (text) => {
        const open = answer(() => isBusinessTime(calendar, text), true);
        if (open !== undefined) expect(typeof open).toBe('boolean');
        const start = answer(() => nextBusinessStart(calendar, text), true);
        if (start !== undefined) expect(isBusinessTime(calendar, start)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('fuzz: dates written as text', () => {
  it('holiday and business-day checks answer for a date, or throw the documented error', () => {
    fc.assert(
      fc.property(dateText, (date) => {
        const holiday = answer(() => findJapaneseHoliday(date), true);
        const is = answer(() => isJapaneseHoliday(date), true);
        if (holiday !== undefined) expect(holiday.date).toBe(date);
        if (is !== undefined) expect(is).toBe(holiday !== undefined);
        const business = answer(() => isBusinessDay(calendar, date), true);
        if (business === true) expect(is).not.toBe(true);
      }),
      { numRuns: 600 },
    );
  });
});

describe('fuzz: 1 MB texts', () => {
  it('are refused in bounded time', { timeout: 60_000 }, () => {
    for (const [name, text] of HUGE_INPUTS) {
      expect(
        withinHangGuard(`formatInstant: ${name}`, () => answer(() => formatInstant(text, 'UTC'))),
      ).toBeUndefined();
      expect(
        withinHangGuard(`isJapaneseHoliday: ${name}`, () => answer(() => isJapaneseHoliday(text))),
      ).toBeUndefined();
      expect(
        withinHangGuard(`isBusinessTime: ${name}`, () => answer(() => isBusinessTime(calendar, text))),
      ).toBeUndefined();
    }
  });
});
