import { DAY, dateToDay } from '../internal/civilDay.ts';
import { minuteOffsetAt } from '../internal/zone.ts';

/**
 * The instant a local calendar day ends (the midnight after it) in a time zone, with the zone's
 * offset rounded to the minute as `formatInstant` shows it.
 *
 * @param date - `YYYY-MM-DD`.
 * @param timeZone - An IANA zone.
 * @returns Epoch ms, or `null` when `date` is not a date (`2026-02-30` included).
 *
 * @example
 * localDayEnd('2026-11-21', 'Asia/Tokyo') //=> 1795273200000 (2026-11-22T00:00:00+09:00)
 */
export function localDayEnd(date: string, timeZone: string): number | null {
  const day = dateToDay(date);
  if (Number.isNaN(day)) return null;
  const wall = (day + 1) * DAY;
  const guess = wall - minuteOffsetAt(timeZone, wall);
  return wall - minuteOffsetAt(timeZone, guess);
}
