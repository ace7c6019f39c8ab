import { formatInstant } from '../sla/index.ts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const OFFSET = /([+-])(\d{2}):(\d{2})$/;

function offsetAt(t: number, timeZone: string): number {
  const match = OFFSET.exec(formatInstant(t, timeZone));
  if (match === null) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return (match[1] === '-' ? -minutes : minutes) * 60_000;
}

/**
 * The instant a local calendar day ends (the midnight after it) in a time zone.
 *
 * @param date - `YYYY-MM-DD`.
 * @param timeZone - An IANA zone.
 * @returns Epoch ms, or `null` when `date` is not a date.
 *
 * @example
 * localDayEnd('2026-11-21', 'Asia/Tokyo') //=> 1795273200000 (2026-11-22T00:00:00+09:00)
 */
export function localDayEnd(date: string, timeZone: string): number | null {
  const match = DATE.exec(date);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const start = new Date(0);
  start.setUTCFullYear(year, month, day);
  // 2026-02-30 would roll over to March: not a date.
  if (start.getUTCMonth() !== month || start.getUTCDate() !== day) return null;
  const wall = start.getTime() + 86_400_000;
  const guess = wall - offsetAt(wall, timeZone);
  return wall - offsetAt(guess, timeZone);
}
