import { toDay } from './date.ts';
import { japaneseHolidays } from './japaneseHolidays.ts';
import type { JapaneseHoliday } from './types.ts';

/**
 * The Japanese holiday on a date, with its names and kind.
 *
 * @param date - A date `"YYYY-MM-DD"` from 2000 to 2099.
 * @returns The holiday, or `undefined` on an ordinary day.
 * @throws `TypeError` for a malformed date, `RangeError` outside 2000–2099.
 *
 * @example
 * findJapaneseHoliday('2008-05-06')
 * //=> { date: '2008-05-06', name: '振替休日', nameEn: 'Substitute Holiday', kind: 'substitute' }
 */
export function findJapaneseHoliday(date: string): JapaneseHoliday | undefined {
  toDay(date, 'findJapaneseHoliday');
  return japaneseHolidays(Number(date.slice(0, 4))).find((h) => h.date === date);
}
