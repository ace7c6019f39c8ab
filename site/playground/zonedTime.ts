// Wall-clock times in a calendar's zone: what a `datetime-local` field holds, turned into an
// instant, and instants shown to people in that zone. Offsets are read through support-kit's own
// formatInstant, so the page and the library agree on every zone rule.
import type { Locale } from 'support-kit/sanitize';
import { formatInstant } from 'support-kit/sla';

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const OFFSET = /([+-])(\d{2}):(\d{2})$/;

function offsetAt(ms: number, timeZone: string): number {
  const match = OFFSET.exec(formatInstant(ms, timeZone));
  if (match === null) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return (match[1] === '-' ? -minutes : minutes) * 60_000;
}

/**
 * The instant a local wall time `YYYY-MM-DDTHH:MM` names in `timeZone`, or `null` when the field
 * is empty or incomplete. A time skipped by a DST change moves forward, as the library does.
 *
 * @example
 * wallTimeToInstant('2026-11-20T17:00', 'Asia/Tokyo') //=> Date.parse('2026-11-20T17:00:00+09:00')
 */
export function wallTimeToInstant(wall: string, timeZone: string): number | null {
  const match = WALL_TIME.exec(wall);
  if (match === null) return null;
  const [, year, month, day, hour, minute, second = '0'] = match;
  const asUtc = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
  );
  const guess = asUtc - offsetAt(asUtc, timeZone);
  return asUtc - offsetAt(guess, timeZone);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant for people, in the calendar's zone and the page's language:
 * "Tue, Nov 24, 2026, 10:00 GMT+9" / "2026年11月24日(火) 10:00 JST".
 *
 * @example
 * formatForPeople(Date.parse('2026-11-24T10:00:00+09:00'), 'Asia/Tokyo', 'en');
 */
export function formatForPeople(ms: number, timeZone: string, locale: Locale): string {
  const key = `${locale} ${timeZone}`;
  let format = formatters.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-US', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    formatters.set(key, format);
  }
  return format.format(ms);
}

/**
 * The local date `YYYY-MM-DD` of an instant in `timeZone`.
 *
 * @example
 * localDate(Date.parse('2026-11-20T23:30:00Z'), 'Asia/Tokyo') //=> '2026-11-21'
 */
export function localDate(ms: number, timeZone: string): string {
  return formatInstant(ms, timeZone).slice(0, 10);
}
