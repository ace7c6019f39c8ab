import { toDay } from './date.ts';
import { resolveCalendar } from './resolveCalendar.ts';
import type { CalendarInput, LocalDate } from './types.ts';

/**
 * Whether at least one business period starts on a local date (after holidays, closures and
 * overrides). A day reached only by the night shift of the day before is not a business day.
 *
 * @param calendar - A calendar from {@link createCalendar} (or its configuration).
 * @param date - `"YYYY-MM-DD"` in the calendar's zone.
 * @returns `true` on a business day.
 * @throws `TypeError` for a malformed date.
 *
 * @example
 * isBusinessDay(tokyo, '2026-01-02') //=> false (year-end closure)
 * isBusinessDay(tokyo, '2026-01-05') //=> true
 */
export function isBusinessDay(calendar: CalendarInput, date: LocalDate): boolean {
  return resolveCalendar(calendar).periodsOn(toDay(date, 'isBusinessDay')).length > 0;
}
