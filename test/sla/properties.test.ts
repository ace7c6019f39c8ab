import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessMinutes,
  type BusinessCalendar,
  businessMinutesBetween,
  businessPeriods,
  createCalendar,
  isBusinessTime,
  nextBusinessStart,
  type TimeRange,
  type Weekday,
} from '../../src/sla/index.ts';
import { propertyRuns } from '../underMutation.ts';

const DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const ZONES = [
  'Asia/Tokyo',
  'America/New_York',
  'Europe/London',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'UTC',
];
const wall = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Random valid calendars: non-overlapping intervals on the week circle, on a 15-minute grid. */
const calendars: fc.Arbitrary<BusinessCalendar> = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    marks: fc.uniqueArray(fc.integer({ min: 0, max: 671 }), { minLength: 2, maxLength: 16 }),
    jp: fc.boolean(),
    closure: fc.boolean(),
  })
  .map(({ zone, marks, jp, closure }) => {
    const sorted = [...marks].sort((a, b) => a - b).map((m) => m * 15);
    const weeklyHours: Partial<Record<Weekday, TimeRange[]>> = {};
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      const s = sorted[i] ?? 0;
      const e = Math.min(sorted[i + 1] ?? 0, s + 1440);
      const day = DAYS[Math.floor(s / 1440)] ?? 'mon';
      const end = e % 1440 === 0 && e - Math.floor(s / 1440) * 1440 === 1440 ? '24:00' : wall(e % 1440);
      const list = weeklyHours[day] ?? [];
      list.push([wall(s % 1440), end]);
      weeklyHours[day] = list;
    }
    return createCalendar({
      timeZone: zone,
      weeklyHours,
      holidays: jp ? 'JP' : null,
      closures: closure ? [{ from: '12-29', to: '01-03' }] : [],
    });
  });
// Up to 2085: the sparsest calendar (15 minutes a week) needs ~8 years for the largest addition
// (6,000 minutes), and a 'JP' calendar ends, by design, with the law's rules in 2099 (RangeError).
const instants = fc.integer({ min: Date.UTC(2001, 0, 1), max: Date.UTC(2085, 0, 1) });
const sub = fc.integer({ min: 0, max: 59_999 });

describe('business-time properties on random calendars', () => {
  it('addBusinessMinutes and businessMinutesBetween are inverse', () => {
    fc.assert(
      fc.property(
        calendars,
        instants,
        fc.integer({ min: 0, max: 360_000_000 }).map((ms) => ms / 60_000),
        (calendar, t, minutes) => {
          const u = addBusinessMinutes(calendar, t, minutes);
          expect(u).toBeGreaterThanOrEqual(t);
          expect(businessMinutesBetween(calendar, t, u)).toBeCloseTo(minutes, 6);
          if (minutes > 0) expect(isBusinessTime(calendar, u - 0.001)).toBe(true); // never inside closed time
        },
      ),
      { numRuns: propertyRuns(300) },
    );
  });

  it('adding the minutes between a and b lands at or before b, with no business time left', () => {
    fc.assert(
      fc.property(
        calendars,
        instants,
        fc.integer({ min: 0, max: 30 * 86_400_000 }),
        sub,
        (calendar, a, span, ms) => {
          const b = a + span + ms;
          const minutes = businessMinutesBetween(calendar, a, b);
          expect(minutes).toBeGreaterThanOrEqual(0);
          expect(businessMinutesBetween(calendar, b, a) === -minutes).toBe(true); // +0 and -0 alike
          const u = addBusinessMinutes(calendar, a, minutes);
          expect(u).toBeLessThanOrEqual(b + 1e-6);
          expect(businessMinutesBetween(calendar, u, b)).toBeCloseTo(0, 6);
          const total = businessPeriods(calendar, a, b).reduce((sum, p) => sum + (p.end - p.start), 0);
          expect(total / 60_000).toBeCloseTo(minutes, 6);
        },
      ),
      { numRuns: propertyRuns(200) },
    );
  });

  it('nextBusinessStart is business time, with none before it', () => {
    fc.assert(
      fc.property(calendars, instants, (calendar, t) => {
        const u = nextBusinessStart(calendar, t);
        expect(isBusinessTime(calendar, u)).toBe(true);
        expect(businessMinutesBetween(calendar, t, u)).toBe(0);
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('businessPeriods are ordered, disjoint, non-touching and inside business time', () => {
    fc.assert(
      fc.property(calendars, instants, (calendar, t) => {
        const periods = businessPeriods(calendar, t, t + 14 * 86_400_000);
        periods.forEach((p, i) => {
          expect(p.end).toBeGreaterThan(p.start);
          expect(isBusinessTime(calendar, p.start)).toBe(true);
          expect(isBusinessTime(calendar, p.end - 1)).toBe(true);
          if (i > 0) expect(p.start).toBeGreaterThan(periods[i - 1]?.end ?? 0);
        });
      }),
      { numRuns: propertyRuns(150) },
    );
  });
});
