import { toInstant } from './date.ts';
import { resolveCalendar } from './resolveCalendar.ts';
import { scan } from './scan.ts';
import type { CalendarInput, InstantInput } from './types.ts';

/**
 * Whether an instant is inside business hours. Periods are half-open: the opening instant is
 * inside, the closing instant is not.
 *
 * @param calendar - A calendar from {@link createCalendar} (or its configuration).
 * @param t - The instant: epoch ms, a `Date`, or an ISO string with an offset.
 * @returns `true` inside a business period.
 *
 * @example
 * isBusinessTime(tokyo, '2025-06-02T18:00:00+09:00') //=> false (closing instant)
 * isBusinessTime(tokyo, '2025-06-02T09:00:00+09:00') //=> true
 */
export function isBusinessTime(calendar: CalendarInput, t: InstantInput): boolean {
  const at = toInstant(t, 'isBusinessTime');
  let inside = false;
  scan(
    resolveCalendar(calendar),
    at,
    (start) => {
      inside = start <= at;
      return true;
    },
    at,
  );
  return inside;
}
