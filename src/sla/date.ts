import { DAY, daysFromCivil } from '../internal/civilDay.ts';
import type { Instant, InstantInput } from './types.ts';

export { DAY, daysFromCivil };

const DATE = /^(\d{4})-(\d\d)-(\d\d)$/;
/** ISO 8601 with an offset: hours 00–23, minutes and seconds 00–59, offset minutes 00–59. */
const ISO =
  /^(\d{4}-\d\d-\d\d)[Tt ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d\d):?([0-5]\d))$/;

/**
 * `"YYYY-MM-DD"` of a day number (days since 1970-01-01). Years outside 0000–9999 get a sign and
 * six digits (`+010000-01-01`), the expanded form of ISO 8601 that `Date.parse` reads.
 *
 * @example
 * dayToDate(0) //=> '1970-01-01'
 */
export function dayToDate(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const year =
    y >= 0 && y <= 9999
      ? String(y).padStart(4, '0')
      : `${y < 0 ? '-' : '+'}${String(Math.abs(y)).padStart(6, '0')}`;
  return `${year}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * The day number of `"YYYY-MM-DD"`, or `NaN` when it is not a real date.
 *
 * @example
 * dateToDay('2025-02-30') //=> NaN
 */
export function dateToDay(date: string): number {
  const m = DATE.exec(date);
  if (m === null) return NaN;
  const day = daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
  return dayToDate(day) === date ? day : NaN;
}

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
