/** Milliseconds in a day of 24 hours. */
export const DAY = 86_400_000;

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
 *
 * @example
 * daysFromCivil(1970, 1, 2) //=> 1
 */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/**
 * `"YYYY-MM-DD"` of a day number (days since 1970-01-01). Years outside 0000–9999 get a sign and
 * six digits (`+010000-01-01`), the expanded form of ISO 8601 that `Date.parse` reads.
 *
 * @example
 * dayToDate(0) //=> '1970-01-01'
 */
export function dayToDate(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const year =
    y >= 0 && y <= 9999
      ? String(y).padStart(4, '0')
      : `${y < 0 ? '-' : '+'}${String(Math.abs(y)).padStart(6, '0')}`;
  return `${year}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** `YYYY-MM-DD`, four-digit years only. */
const DATE = /^(\d{4})-(\d\d)-(\d\d)$/;

/**
 * The day number of `"YYYY-MM-DD"`, or `NaN` when it is not a real date.
 *
 * @example
 * dateToDay('2025-02-30') //=> NaN
 */
export function dateToDay(date: string): number {
  const m = DATE.exec(date);
  if (m === null) return NaN;
  const day = daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
  return dayToDate(day) === date ? day : NaN;
}
