import { createCalendar } from './createCalendar.ts';
import type { BusinessCalendar, CalendarInput } from './types.ts';

let made: WeakMap<object, BusinessCalendar> | undefined;

/**
 * The calendar itself, or the (memoized) calendar made from a configuration object.
 *
 * @example
 * resolveCalendar(createCalendar(config)) // the same object
 */
export function resolveCalendar(input: CalendarInput): BusinessCalendar {
  if (typeof input === 'object' && input !== null && 'periodsOn' in input) return input;
  made ??= new WeakMap();
  let calendar = made.get(input);
  if (calendar === undefined) {
    calendar = createCalendar(input);
    made.set(input, calendar);
  }
  return calendar;
}
