import { formatterFor, minuteOffsetAt } from '../internal/zone.ts';
import { DAY, dayToDate, toInstant } from './date.ts';
import type { InstantInput } from './types.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * An instant as local ISO-8601 with the zone's offset, for people and logs.
 *
 * @param t - The instant.
 * @param timeZone - An IANA zone, e.g. a calendar's `timeZone`.
 * @returns `"YYYY-MM-DDTHH:MM:SS±HH:MM"` (milliseconds are shown only when present; an offset
 *   that is not a whole number of minutes is rounded to one, and the local time with it).
 * @throws `RangeError` for an unknown zone.
 *
 * @example
 * formatInstant(Date.UTC(2025, 5, 4, 4, 30), 'Asia/Tokyo') //=> '2025-06-04T13:30:00+09:00'
 */
export function formatInstant(t: InstantInput, timeZone: string): string {
  const at = toInstant(t, 'formatInstant');
  formatterFor(timeZone);
  // An offset of seconds (local mean time, e.g. Tokyo's +09:18:59 before 1888) cannot be written
  // as ±HH:MM: it is rounded to the minute, and the local time with it, so the string stays
  // ISO 8601 and names the same instant.
  const offset = minuteOffsetAt(timeZone, at);
  const local = at + offset;
  const day = Math.floor(local / DAY);
  const ms = local - day * DAY;
  const sub = ms % 1000;
  const abs = Math.abs(offset) / 60_000;
  return `${dayToDate(day)}T${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}${sub ? `.${String(Math.floor(sub)).padStart(3, '0')}` : ''}${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
