import { offsetAt, wallToInstant } from '../internal/zone.ts';
import { DAY, toInstant } from './date.ts';
import { nextBusinessStart } from './nextBusinessStart.ts';
import { resolveCalendar } from './resolveCalendar.ts';
import { SEARCH_LIMIT_DAYS } from './scan.ts';
import type { CalendarInput, Instant, InstantInput } from './types.ts';

/** Options of {@link addBusinessDays}. */
export interface AddBusinessDaysOptions {
  /**
   * Move a result outside business hours to the next opening ({@link nextBusinessStart}).
   * @defaultValue `false`
   */
  readonly snapToOpen?: boolean | undefined;
}

/**
 * Moves to the N-th following (or, for a negative N, preceding) business day and keeps the local
 * wall time (resolved like `'compatible'` if it does not exist that day).
 *
 * @remarks
 * A business day is one on which a period starts ({@link isBusinessDay}). From a non-business day
 * the first step lands on the next business day: Saturday + 1 is Monday. `days = 0` returns `t`.
 *
 * @param calendar - A calendar from {@link createCalendar} (or its configuration).
 * @param t - The start instant.
 * @param days - An integer.
 * @param options - See {@link AddBusinessDaysOptions}.
 * @returns Epoch milliseconds.
 * @throws `RangeError` for a non-integer `days`, or when no business day comes for years.
 *
 * @example
 * addBusinessDays(tokyo, '2026-12-25T15:00:00+09:00', 3) // over the 12/29–1/3 closure
 * //=> Date.parse('2027-01-05T15:00:00+09:00')
 */
export function addBusinessDays(
  calendar: CalendarInput,
  t: InstantInput,
  days: number,
  options?: AddBusinessDaysOptions,
): Instant {
  const at = toInstant(t, 'addBusinessDays');
  if (!Number.isInteger(days)) throw new RangeError(`addBusinessDays: days must be an integer, got ${days}`);
  const cal = resolveCalendar(calendar);
  let result = at;
  if (days !== 0) {
    const local = at + offsetAt(cal.timeZone, at);
    let day = Math.floor(local / DAY);
    const wall = local - day * DAY;
    const step = days > 0 ? 1 : -1;
    let skipped = 0;
    for (let left = Math.abs(days); left > 0; ) {
      day += step;
      if (cal.periodsOn(day).length > 0) {
        left--;
        skipped = 0;
      } else if (++skipped > SEARCH_LIMIT_DAYS) {
        throw new RangeError(
          `addBusinessDays: no business day in ${SEARCH_LIMIT_DAYS} days (${cal.timeZone})`,
        );
      }
    }
    result = wallToInstant(cal.timeZone, day * DAY + wall);
  }
  return options?.snapToOpen ? nextBusinessStart(cal, result) : result;
}
