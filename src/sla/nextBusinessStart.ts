import { toInstant } from './date.ts';
import { resolveCalendar } from './resolveCalendar.ts';
import { scan } from './scan.ts';
import type { CalendarInput, Instant, InstantInput } from './types.ts';

/**
 * The earliest instant at or after `t` that is business time: `t` itself when open, else the next
 * opening. Use it for anything a customer sees (a delay notice sent at 03:00 reads badly).
 *
 * @param calendar - A calendar from {@link createCalendar} (or its configuration).
 * @param t - The instant.
 * @returns Epoch milliseconds.
 * @throws `RangeError` when the calendar has no business time for years (a bounded search).
 *
 * @example
 * nextBusinessStart(tokyo, '2025-06-06T18:00:00+09:00') // Friday closing
 * //=> Date.parse('2025-06-09T09:00:00+09:00') (Monday opening)
 */
export function nextBusinessStart(calendar: CalendarInput, t: InstantInput): Instant {
  const at = toInstant(t, 'nextBusinessStart');
  let result = at;
  scan(resolveCalendar(calendar), at, (start) => {
    result = Math.max(start, at);
    return true;
  });
  return result;
}
