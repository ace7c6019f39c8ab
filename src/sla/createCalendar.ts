import * as z from 'zod/mini';
import { ConfigError } from '../internal/configError.ts';
import { CONFIG_LIMITS } from '../internal/configShape.ts';
import { formatterFor, wallToInstant } from '../internal/zone.ts';
import { DAY, dateToDay, dayToDate, weekdayOf } from './date.ts';
import { isJapaneseHoliday } from './isJapaneseHoliday.ts';
import { each, list, parseConfig, text } from './parseConfig.ts';
import type { BusinessCalendar, CalendarConfig, TimeRange, Weekday } from './types.ts';

const WALL = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEK = 7 * 1440;

let schema: z.ZodMiniType | undefined;

function isDate(value: unknown): boolean {
  return typeof value === 'string' && !Number.isNaN(dateToDay(value));
}

function buildSchema(): z.ZodMiniType {
  const wall = z.string().check(z.regex(WALL, 'must be "HH:MM", 00:00 to 24:00'));
  const range = z.array(wall).check(z.refine((r) => r.length === 2, 'must be a pair [start, end]'));
  const date = z.custom(isDate, 'must be a real date "YYYY-MM-DD"');
  const dates = z.optional(list(date));
  const closureDate = z.custom(
    // "MM-DD" is a real date in a leap year (`isDate` checks the whole "YYYY-MM-DD" form).
    (v) => isDate(v) || (typeof v === 'string' && isDate(`2000-${v}`)),
    'must be "MM-DD" or "YYYY-MM-DD"',
  );
  return z.strictObject({
    timeZone: text(),
    weeklyHours: each(WEEKDAYS, list(range)),
    holidays: z.optional(
      z.custom(
        (v) =>
          v === null ||
          v === 'JP' ||
          v === 'jp' ||
          typeof v === 'function' ||
          (Array.isArray(v) && v.length <= CONFIG_LIMITS.items && v.every(isDate)),
        `must be "JP", a list of at most ${CONFIG_LIMITS.items} dates "YYYY-MM-DD", a function or null`,
      ),
    ),
    extraHolidays: dates,
    removedHolidays: dates,
    closures: z.optional(
      list(z.strictObject({ name: z.optional(text()), from: closureDate, to: closureDate })),
    ),
    overrides: z.optional(list(z.strictObject({ date, hours: list(range) }))),
    holidayAttribution: z.optional(z.literal('period-start')),
    description: z.optional(text()),
  });
}

function fail(field: string, problem: string): never {
  throw new ConfigError('createCalendar', field, problem);
}

/** A range in minutes (of the day, or of the week for weekly hours) with the field it came from. */
type Span = [start: number, end: number, field: string];

/** Minutes since midnight of a valid `"HH:MM"`. */
function minutesOf(wall: string): number {
  return Number(wall.slice(0, 2)) * 60 + Number(wall.slice(3));
}

/** The span of a range in minutes of the day; `end` is after `start` (up to 2880 for the next day). */
function toSpan([from, to]: TimeRange, field: string): Span {
  const start = minutesOf(from);
  const end = minutesOf(to);
  if (start >= 1440) fail(field, 'cannot start at "24:00"');
  return [start, end > start ? end : end + 1440, field];
}

/** Throws when two spans of a cycle of `length` minutes (0: no cycle) overlap; touching is fine. */
function checkOverlap(spans: readonly Span[], length: number): void {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const first = sorted[0];
  // In a cycle, the last span is followed by the first one of the next cycle.
  if (length > 0 && first !== undefined) sorted.push([first[0] + length, first[1] + length, first[2]]);
  sorted.forEach(([, end, field], i) => {
    const next = sorted[i + 1];
    if (next !== undefined && end > next[0]) fail(field, `overlaps ${next[2]}`);
  });
}

/**
 * Validates a calendar configuration and makes the calendar every business-time function uses.
 *
 * @remarks
 * Weekly hours are local wall-clock time in `timeZone` (IANA). Periods are half-open `[start, end)`;
 * `end <= start` means the range ends the next day and `"24:00"` is a legal end. A holiday, a closure
 * or an override cancels or replaces the periods that **start** on its date, so Friday's
 * 22:00–06:00 shift still runs into a Saturday holiday. Holidays can be `'JP'` (built in, 2000–2099),
 * a list or a predicate (it must be pure; results are memoized). Wall times are resolved like
 * Temporal's `'compatible'`: a time in a DST gap moves forward, an ambiguous time takes the earlier
 * instant. Time-zone data come from the platform's `Intl` (ICU).
 *
 * @param config - See {@link CalendarConfig}.
 * @returns A calendar to pass to {@link isBusinessTime}, {@link addBusinessMinutes} and the others.
 * @throws `ConfigError` (a `TypeError`) naming the field for any invalid part: an unknown zone, a
 * malformed time, overlapping ranges, an unknown field, a `__proto__`/`constructor`/`prototype`
 * key, a list over 10,000 items or a text over 1,000 characters, a calendar with no business hours.
 *
 * @example
 * const tokyo = createCalendar({
 *   timeZone: 'Asia/Tokyo',
 *   weeklyHours: { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']], wed: [['09:00', '18:00']],
 *                  thu: [['09:00', '18:00']], fri: [['09:00', '18:00']] },
 *   holidays: 'JP',
 *   closures: [{ name: '年末年始', from: '12-29', to: '01-03' }],
 * });
 * tokyo.timeZone //=> 'Asia/Tokyo'
 *
 * @example
 * createCalendar({ timeZone: 'Mars/Olympus', weeklyHours: {} })
 * //=> throws ConfigError: createCalendar: timeZone "Mars/Olympus" is not an IANA time zone
 */
export function createCalendar(config: CalendarConfig): BusinessCalendar {
  schema ??= buildSchema();
  parseConfig(schema, config, 'createCalendar', '');
  const { timeZone } = config;
  try {
    formatterFor(timeZone);
  } catch {
    fail('timeZone', `${JSON.stringify(timeZone)} is not an IANA time zone`);
  }
  const weekly = WEEKDAYS.map((day) =>
    (config.weeklyHours[day] ?? []).map((range, i) => toSpan(range, `weeklyHours.${day}[${i}]`)),
  );
  checkOverlap(
    weekly.flatMap((spans, d) => spans.map(([s, e, field]): Span => [d * 1440 + s, d * 1440 + e, field])),
    WEEK,
  );
  const overrides = new Map<string, Span[]>();
  for (const [i, { date, hours }] of (config.overrides ?? []).entries()) {
    const field = `overrides[${i}]`;
    if (overrides.has(date)) fail(`${field}.date`, `repeats ${date}`);
    const spans = hours.map((range, j) => toSpan(range, `${field}.hours[${j}]`));
    checkOverlap(spans, 0);
    overrides.set(date, spans);
  }
  if ([...weekly, ...overrides.values()].every((spans) => spans.length === 0)) {
    fail('weeklyHours', 'has no business hours (and no override opens a day): nothing could ever be due');
  }
  const closures = (config.closures ?? []).map(({ from, to }, i) => {
    if (from.length !== to.length) fail(`closures[${i}]`, 'must give "from" and "to" in the same form');
    return { from, to };
  });
  const { holidays } = config;
  const listed = new Set([...(config.extraHolidays ?? []), ...(Array.isArray(holidays) ? holidays : [])]);
  const removed = new Set(config.removedHolidays);
  const isHoliday = (date: string): boolean =>
    !removed.has(date) &&
    (listed.has(date) ||
      (typeof holidays === 'function'
        ? holidays(date)
        : typeof holidays === 'string' && isJapaneseHoliday(date)));
  const isClosed = (date: string): boolean =>
    closures.some(({ from, to }) => {
      const key = from.length === 5 ? date.slice(5) : date; // "MM-DD": a yearly closure
      return from <= to ? key >= from && key <= to : key >= from || key <= to;
    });
  const memo = new Map<number, readonly number[]>();
  const periodsOn = (day: number): readonly number[] => {
    let periods = memo.get(day);
    if (periods !== undefined) return periods;
    const date = dayToDate(day);
    const ranges =
      overrides.get(date) ?? (isClosed(date) || isHoliday(date) ? [] : (weekly[weekdayOf(day)] ?? []));
    const pairs: [number, number][] = [];
    for (const [s, e] of ranges) {
      const start = wallToInstant(timeZone, day * DAY + s * 60_000);
      const end = wallToInstant(timeZone, day * DAY + e * 60_000);
      if (end > start) pairs.push([start, end]);
    }
    periods = pairs.sort((a, b) => a[0] - b[0]).flat();
    if (memo.size > 5000) memo.clear();
    memo.set(day, periods);
    return periods;
  };
  return { timeZone, config, periodsOn };
}
