import { toInstant } from './date.ts';
import { resolveCalendar } from './resolveCalendar.ts';
import { scan } from './scan.ts';
import type { CalendarInput, InstantInput } from './types.ts';

/**
 * Business minutes in `[a, b)`: real elapsed minutes inside business periods.
 *
 * @param calendar - A calendar from {@link createCalendar} (or its configuration).
 * @param a - Start instant.
 * @param b - End instant.
 * @returns Minutes, fractional when the instants have seconds; `0` when `a = b`; negative when `b < a`.
 *
 * @example
 * businessMinutesBetween(tokyo, '2025-06-06T17:00:00+09:00', '2025-06-09T10:00:00+09:00') //=> 120
 * businessMinutesBetween(tokyo, '2025-06-09T10:00:00+09:00', '2025-06-06T17:00:00+09:00') //=> -120
 */
export function businessMinutesBetween(calendar: CalendarInput, a: InstantInput, b: InstantInput): number {
  const from = toInstant(a, 'businessMinutesBetween');
  const to = toInstant(b, 'businessMinutesBetween');
  if (to < from) return -businessMinutesBetween(calendar, to, from);
  let total = 0;
  scan(
    resolveCalendar(calendar),
    from,
    (start, end) => {
      if (start >= to) return true;
      total += Math.min(end, to) - Math.max(start, from);
      return false;
    },
    to,
  );
  return total / 60_000;
}
