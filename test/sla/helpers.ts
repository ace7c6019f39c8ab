import { type CalendarConfig, createCalendar, type TimeRange, type Weekday } from '../../src/sla/index.ts';

/** Same ranges on the given weekdays. */
export function week(
  days: readonly Weekday[],
  ...ranges: TimeRange[]
): Partial<Record<Weekday, readonly TimeRange[]>> {
  return Object.fromEntries(days.map((day) => [day, ranges]));
}
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
export const ALL_DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export const tokyoConfig: CalendarConfig = {
  timeZone: 'Asia/Tokyo',
  weeklyHours: week(WEEKDAYS, ['09:00', '18:00']),
  holidays: 'JP',
  closures: [{ name: '年末年始', from: '12-29', to: '01-03' }],
};
export const tokyo = createCalendar(tokyoConfig);

/** Epoch ms of an ISO string with offset (test inputs are written with explicit offsets). */
export const at = (iso: string): number => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad test instant ${iso}`);
  return ms;
};
