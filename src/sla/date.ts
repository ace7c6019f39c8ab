import { DAY, dateToDay, daysFromCivil, dayToDate } from '../internal/civilDay.ts';
import type { Instant, InstantInput } from './types.ts';

export { DAY, dateToDay, daysFromCivil, dayToDate };

/** ISO 8601 with an offset: hours 00–23, minutes and seconds 00–59, offset minutes 00–59. */
const ISO =
  /^(\d{4}-\d\d-\d\d)[Tt ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d\d):?([0-5]\d))$/;

/**
 * The day number of `"YYYY-MM-DD"`; throws a `TypeError` naming `what` when it is not a real date.
 *
 * @example
 * toDay('2025-02-30', 'isBusinessDay') // throws: isBusinessDay: expected a date "YYYY-MM-DD", got "2025-02-30"
 */
export function toDay(date: string, what: string): number {
  const day = dateToDay(date);
  if (Number.isNaN(day)) {
    throw new TypeError(
      `${what}: expected a date "YYYY-MM-DD", got ${JSON.stringify(String(date).slice(0, 40))}`,
    );
  }
  return day;
}

/**
 * Weekday of a day number: 0 = Monday … 6 = Sunday.
 *
 * @example
 * weekdayOf(0) //=> 3 (1970-01-01 was a Thursday)
 */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/**
 * Epoch milliseconds of an {@link InstantInput}; throws a `TypeError` naming `what` otherwise.
 *
 * @example
 * toInstant('1970-01-01T09:00:00+09:00', 'now') //=> 0
 */
export function toInstant(input: InstantInput, what: string): Instant {
  let ms = NaN;
  if (typeof input === 'number') ms = input;
  else if (input instanceof Date) ms = input.getTime();
  else if (typeof input === 'string') {
    const m = ISO.exec(input);
    if (m !== null) {
      const [, date = '', h, mi, s = '0', frac = '', z, sign, oh, om] = m;
      const offset = z === undefined ? (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) * 60_000 : 0;
      ms =
        dateToDay(date) * DAY +
        Number(h) * 3_600_000 +
        Number(mi) * 60_000 +
        Number(s) * 1000 +
        Number(`0.${frac}`) * 1000 -
        offset;
    }
  }
  if (!Number.isFinite(ms)) {
    throw new TypeError(
      `${what}: expected epoch milliseconds, a valid Date or an ISO-8601 string with an offset (…+09:00 or …Z), got ${JSON.stringify(String(input).slice(0, 60))}`,
    );
  }
  return ms;
}
