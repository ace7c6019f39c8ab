import { createCalendar } from './createCalendar.ts';
import type { BusinessCalendar, CalendarConfig, CalendarInput } from './types.ts';

let made: WeakMap<object, BusinessCalendar> | undefined;

/** Whether the input is a calendar made by {@link createCalendar} (not a configuration). */
function isCalendar(input: CalendarInput): input is BusinessCalendar {
  return typeof (input as Partial<BusinessCalendar> | null)?.periodsOn === 'function';
}

/**
 * The calendar itself, or the (memoized) calendar made from a configuration object.
 *
 * @example
 * resolveCalendar(createCalendar(config)) // the same object
 */
export function resolveCalendar(input: CalendarInput): BusinessCalendar {
  if (isCalendar(input)) return input;
  made ??= new WeakMap();
  let calendar = made.get(input);
  if (calendar === undefined) {
    calendar = createCalendar(input as CalendarConfig);
    made.set(input, calendar);
  }
  return calendar;
}
