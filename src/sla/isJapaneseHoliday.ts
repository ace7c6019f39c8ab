import { findJapaneseHoliday } from './findJapaneseHoliday.ts';

/**
 * Whether a date is a Japanese holiday: a 祝日, a 振替休日 or a 国民の休日 (2000–2099).
 *
 * @remarks
 * Company closures are not holidays: `isJapaneseHoliday('2026-01-02')` is `false`; a calendar with a
 * 12/29–1/3 closure is closed that day. See {@link japaneseHolidays} for the rules.
 *
 * @param date - A date `"YYYY-MM-DD"`.
 * @returns `true` on a holiday.
 * @throws `TypeError` for a malformed date, `RangeError` outside 2000–2099.
 *
 * @example
 * isJapaneseHoliday('2019-05-01') //=> true (即位の日)
 * isJapaneseHoliday('2019-12-23') //=> false (no 天皇誕生日 in 2019)
 */
export function isJapaneseHoliday(date: string): boolean {
  return findJapaneseHoliday(date) !== undefined;
}
