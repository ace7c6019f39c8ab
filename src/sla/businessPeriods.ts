import { toInstant } from './date.ts';
import { resolveCalendar } from './resolveCalendar.ts';
import { scan } from './scan.ts';
import type { BusinessPeriod, CalendarInput, InstantInput } from './types.ts';

/**
 * The business periods in `[from, to)`, clipped to it, with touching periods merged (Monday
 * 00:00–24:00 and Tuesday 00:00–24:00 are one period).
 *
 * @param calendar - A calendar from {@link createCalendar} (or its configuration).
 * @param from - Start instant.
 * @param to - End instant; an empty list when `to <= from`.
 * @returns Periods in time order.
 *
 * @example
 * businessPeriods(tokyo, '2025-06-06T12:00:00+09:00', '2025-06-09T12:00:00+09:00')
 * //=> [{ start: <Fri 12:00>, end: <Fri 18:00> }, { start: <Mon 09:00>, end: <Mon 12:00> }]
 */
export function businessPeriods(
  calendar: CalendarInput,
  from: InstantInput,
  to: InstantInput,
): BusinessPeriod[] {
  const a = toInstant(from, 'businessPeriods');
  const b = toInstant(to, 'businessPeriods');
  const out: { start: number; end: number }[] = [];
  if (b <= a) return out;
  scan(
    resolveCalendar(calendar),
    a,
    (start, end) => {
      if (start >= b) return true;
      const last = out[out.length - 1];
      if (last !== undefined && last.end === start) last.end = Math.min(end, b);
      else out.push({ start: Math.max(start, a), end: Math.min(end, b) });
      return false;
    },
    b,
  );
  return out;
}
