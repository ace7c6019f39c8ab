import { offsetAt } from '../internal/zone.ts';
import { DAY } from './date.ts';
import type { BusinessCalendar } from './types.ts';

/** How many consecutive days without business time a search crosses before it gives up. */
export const SEARCH_LIMIT_DAYS = 1100;

/**
 * Visits the business periods that end after `from`, in time order, as non-overlapping pieces
 * `[start, end)` (start may be before `from`). Stops when `visit` returns `true`, or after the
 * local day of `until`. Throws a `RangeError` after {@link SEARCH_LIMIT_DAYS} days without business
 * time, so a calendar that never opens cannot loop forever.
 *
 * @example
 * scan(calendar, Date.now(), (start, end) => true)
 */
export function scan(
  calendar: BusinessCalendar,
  from: number,
  visit: (start: number, end: number) => boolean | undefined,
  until = Infinity,
): void {
  const { timeZone } = calendar;
  let day = Math.floor((from + offsetAt(timeZone, from)) / DAY) - 1;
  const lastDay = until === Infinity ? until : Math.floor((until + offsetAt(timeZone, until)) / DAY);
  let cursor = -Infinity;
  let empty = 0;
  for (; day <= lastDay; day++) {
    const periods = calendar.periodsOn(day);
    if (periods.length > 0) empty = 0;
    else if (++empty > SEARCH_LIMIT_DAYS) {
      throw new RangeError(
        `support-kit/sla: no business time in ${SEARCH_LIMIT_DAYS} days after ${new Date(from).toISOString()} (${timeZone}); check weeklyHours, holidays, closures and overrides`,
      );
    }
    for (let i = 0; i < periods.length; i += 2) {
      const start = Math.max(periods[i] ?? 0, cursor);
      const end = periods[i + 1] ?? 0;
      if (end <= start) continue;
      cursor = end;
      if (end > from && visit(start, end)) return;
    }
  }
}
