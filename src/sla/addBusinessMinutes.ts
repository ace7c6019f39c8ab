import { toInstant } from './date.ts';
import { resolveCalendar } from './resolveCalendar.ts';
import { scan } from './scan.ts';
import type { CalendarInput, Instant, InstantInput } from './types.ts';

/**
 * Adds business minutes: the smallest instant `u >= t` with `businessMinutesBetween(t, u) >= minutes`.
 *
 * @remarks
 * Minutes are real elapsed minutes (a DST change inside business hours counts as it happened).
 * A target that ends exactly at closing returns the closing instant, not the next opening, and
 * `minutes = 0` returns `t` itself, even outside hours. Fractions of a minute are kept (no rounding).
 *
 * @param calendar - A calendar from {@link createCalendar} (or its configuration).
 * @param t - The start instant.
 * @param minutes - Finite, `>= 0`.
 * @returns Epoch milliseconds.
 * @throws `RangeError` for a negative or non-finite `minutes`, or when the calendar has no
 * business time for years.
 *
 * @example
 * addBusinessMinutes(tokyo, '2025-06-02T17:30:00+09:00', 30) //=> Date.parse('2025-06-02T18:00:00+09:00')
 * addBusinessMinutes(tokyo, '2025-06-02T17:30:00+09:00', 60) //=> Date.parse('2025-06-03T09:30:00+09:00')
 */
export function addBusinessMinutes(calendar: CalendarInput, t: InstantInput, minutes: number): Instant {
  const at = toInstant(t, 'addBusinessMinutes');
  if (!(minutes >= 0 && minutes < Infinity)) {
    throw new RangeError(`addBusinessMinutes: minutes must be a finite number >= 0, got ${minutes}`);
  }
  if (minutes === 0) return at;
  // Rounded to the nanosecond, so that minutes computed by businessMinutesBetween (ms / 60000) add back exactly.
  let left = Math.round(minutes * 60_000_000_000) / 1_000_000;
  let result = at;
  scan(resolveCalendar(calendar), at, (start, end) => {
    const from = Math.max(start, at);
    if (left <= end - from) {
      result = from + left;
      return true;
    }
    left -= end - from;
    return false;
  });
  return result;
}
