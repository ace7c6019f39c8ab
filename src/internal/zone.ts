import { DAY, daysFromCivil } from './civilDay.ts';

let formatters: Map<string, Intl.DateTimeFormat> | undefined;
let dayStartOffsets: Map<string, Map<number, number>> | undefined;
let transitions: Map<string, Map<number, number>> | undefined;

/**
 * The cached formatter of a zone (created once per zone, on first use). Throws a `RangeError`
 * for a name that is not an IANA time zone.
 *
 * @example
 * formatterFor('Asia/Tokyo').resolvedOptions().timeZone //=> 'Asia/Tokyo'
 */
export function formatterFor(timeZone: string): Intl.DateTimeFormat {
  formatters ??= new Map();
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/**
 * The instants whose offset the formatter is asked for: from 0001-01-03 (earlier local years
 * would need eras; every zone keeps its local mean time from far before its first change) to
 * the last instant a Date can hold (8.64e15 ms; the next day's start would throw).
 */
const FIRST_READ = -62135424000000;
const LAST_READ = 8.64e15;

/** UTC offset (ms) of a zone at a whole second, read from the formatter. */
function readOffset(timeZone: string, ms: number): number {
  const at = Math.min(Math.max(ms, FIRST_READ), LAST_READ);
  const f: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) f[part.type] = Number(part.value);
  const wall =
    daysFromCivil(f.year ?? 0, f.month ?? 0, f.day ?? 0) * DAY +
    (f.hour ?? 0) * 3_600_000 +
    (f.minute ?? 0) * 60_000 +
    (f.second ?? 0) * 1000;
  return wall - at;
}

function cacheOf(all: Map<string, Map<number, number>>, timeZone: string): Map<number, number> {
  let cache = all.get(timeZone);
  if (cache === undefined || cache.size > 20_000) {
    cache = new Map();
    all.set(timeZone, cache);
  }
  return cache;
}

function offsetAtDayStart(timeZone: string, day: number): number {
  dayStartOffsets ??= new Map();
  const cache = cacheOf(dayStartOffsets, timeZone);
  let offset = cache.get(day);
  if (offset === undefined) {
    offset = readOffset(timeZone, day * DAY);
    cache.set(day, offset);
  }
  return offset;
}

/**
 * UTC offset in milliseconds of `timeZone` at instant `ms` (local = ms + offset).
 *
 * @remarks
 * Offsets are cached per UTC day: a day whose start and end share an offset is taken as constant
 * (true of every zone in use since 1970); a day with a transition is searched once, to the second.
 *
 * @example
 * offsetAt('Asia/Tokyo', 0) //=> 32400000
 */
export function offsetAt(timeZone: string, ms: number): number {
  const day = Math.floor(ms / DAY);
  const o0 = offsetAtDayStart(timeZone, day);
  const o1 = offsetAtDayStart(timeZone, day + 1);
  if (o0 === o1) return o0;
  transitions ??= new Map();
  const cache = cacheOf(transitions, timeZone);
  let at = cache.get(day);
  if (at === undefined) {
    let lo = day * DAY;
    let hi = lo + DAY;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (readOffset(timeZone, mid) === o0) lo = mid;
      else hi = mid;
    }
    at = hi;
    cache.set(day, at);
  }
  return ms < at ? o0 : o1;
}

/**
 * {@link offsetAt} rounded to the whole minute, the offset an ISO-8601 string can show: local
 * mean time such as Tokyo's +09:18:59 before 1888 becomes +09:19.
 *
 * @example
 * minuteOffsetAt('Asia/Tokyo', Date.UTC(1887, 0, 1)) //=> 33540000
 */
export function minuteOffsetAt(timeZone: string, ms: number): number {
  return Math.round(offsetAt(timeZone, ms) / 60_000) * 60_000;
}

/**
 * The instant of a local wall-clock time (given as ms since 1970-01-01T00:00 local), resolved like
 * Temporal's `'compatible'`: a time in a gap moves forward by the gap, an ambiguous time takes the
 * earlier instant.
 *
 * @example
 * wallToInstant('Asia/Tokyo', 32400000) //=> 0
 */
export function wallToInstant(timeZone: string, wall: number): number {
  const before = offsetAt(timeZone, wall - DAY);
  const after = offsetAt(timeZone, wall + DAY);
  const a = wall - before;
  if (before === after) return a;
  const b = wall - after;
  const aOk = offsetAt(timeZone, a) === before;
  const bOk = offsetAt(timeZone, b) === after;
  if (aOk && bOk) return Math.min(a, b);
  return bOk && !aOk ? b : a;
}
