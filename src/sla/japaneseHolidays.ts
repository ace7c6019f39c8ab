import { daysFromCivil, dayToDate, weekdayOf } from './date.ts';
import {
  AGED,
  AUTUMNAL,
  CEREMONY,
  CHILDREN,
  CITIZENS,
  COMING_OF_AGE,
  CONSTITUTION,
  CULTURE,
  EMPEROR,
  ENTHRONEMENT,
  FOUNDATION,
  GREENERY,
  HEALTH,
  type HolidayNames,
  LABOUR,
  MARINE,
  MOUNTAIN,
  NEW_YEAR,
  SHOWA,
  SPORTS,
  SUBSTITUTE,
  VERNAL,
} from './japaneseHolidayNames.ts';
import type { JapaneseHoliday, JapaneseHolidayKind } from './types.ts';

let byYear: Map<number, readonly JapaneseHoliday[]> | undefined;

/** The n-th Monday of a month, as a day number. */
function nthMonday(year: number, month: number, n: number): number {
  const first = daysFromCivil(year, month, 1);
  return first + ((7 - weekdayOf(first)) % 7) + (n - 1) * 7;
}

/** The equinox day of March (vernal) or September (autumnal) by the 1980–2099 formula. */
function equinox(year: number, base: number): number {
  return Math.floor(base + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4));
}

/** The 祝日 (national holidays) of a year under the rules in force that year. */
function nationalDays(y: number): [number, HolidayNames][] {
  const d = (m: number, day: number): number => daysFromCivil(y, m, day);
  const list: [number, HolidayNames][] = [
    [d(1, 1), NEW_YEAR],
    [nthMonday(y, 1, 2), COMING_OF_AGE],
    [d(2, 11), FOUNDATION],
    [d(3, equinox(y, 20.8431)), VERNAL],
    [d(4, 29), y < 2007 ? GREENERY : SHOWA],
    [d(5, 3), CONSTITUTION],
    [d(5, 5), CHILDREN],
    [d(9, equinox(y, 23.2488)), AUTUMNAL],
    [d(11, 3), CULTURE],
    [d(11, 23), LABOUR],
    [y < 2003 ? d(9, 15) : nthMonday(y, 9, 3), AGED],
  ];
  if (y < 2019) list.push([d(12, 23), EMPEROR]);
  if (y > 2019) list.push([d(2, 23), EMPEROR]);
  if (y > 2006) list.push([d(5, 4), GREENERY]);
  if (y === 2019) list.push([d(5, 1), ENTHRONEMENT], [d(10, 22), CEREMONY]);
  // Tokyo Olympics and Paralympics special measures: 2020 and 2021 moved three holidays.
  if (y === 2020) {
    list.push([d(7, 23), MARINE], [d(7, 24), SPORTS], [d(8, 10), MOUNTAIN]);
  } else if (y === 2021) {
    list.push([d(7, 22), MARINE], [d(7, 23), SPORTS], [d(8, 8), MOUNTAIN]);
  } else {
    list.push([y < 2003 ? d(7, 20) : nthMonday(y, 7, 3), MARINE]);
    list.push([nthMonday(y, 10, 2), y < 2020 ? HEALTH : SPORTS]);
    if (y >= 2016) list.push([d(8, 11), MOUNTAIN]);
  }
  return list;
}

function build(year: number): readonly JapaneseHoliday[] {
  const national = new Map(nationalDays(year));
  const out = new Map<number, [HolidayNames, JapaneseHolidayKind]>();
  for (const [day, names] of national) out.set(day, [names, 'national']);
  for (const day of national.keys()) {
    // 振替休日: a 祝日 on Sunday makes the next day (since 2007: the next day that is not a 祝日) a holiday.
    if (weekdayOf(day) === 6) {
      let next = day + 1;
      while (year > 2006 && national.has(next)) next++;
      if (!national.has(next)) out.set(next, [SUBSTITUTE, 'substitute']);
    }
  }
  for (const day of national.keys()) {
    // 国民の休日: a day between two 祝日 (until 2006 also not a Sunday nor a substitute holiday).
    const mid = day + 1;
    if (
      national.has(day + 2) &&
      !national.has(mid) &&
      (year > 2006 || (weekdayOf(mid) !== 6 && !out.has(mid)))
    ) {
      out.set(mid, [CITIZENS, 'citizens']);
    }
  }
  return [...out]
    .sort((a, b) => a[0] - b[0])
    .map(([day, [[name, nameEn], kind]]) => Object.freeze({ date: dayToDate(day), name, nameEn, kind }));
}

/**
 * The Japanese holidays of a year (2000–2099), computed by the law's rules.
 *
 * @remarks
 * 国民の祝日に関する法律 as amended, the 2019 enthronement law (5/1 and 10/22), the 2020/2021
 * Olympic moves of 海の日, スポーツの日 and 山の日, both 振替休日 rules (next day until 2006,
 * next non-祝日 since 2007) and 国民の休日. Equinox days use the formula of 『新こよみ便利帳』, which
 * matches the announced dates so far and Meeus' algorithm for every year to 2099; a date announced
 * differently in the future can be fixed with a calendar's `extraHolidays`/`removedHolidays`.
 * Company closures such as 12/29–1/3 are not holidays: use a calendar `closures` entry.
 *
 * @param year - A year from 2000 to 2099.
 * @returns The holidays in date order (frozen objects).
 * @throws `RangeError` outside 2000–2099.
 *
 * @example
 * japaneseHolidays(2026).find((h) => h.date === '2026-09-22')
 * //=> { date: '2026-09-22', name: '国民の休日', nameEn: "Citizens' Holiday", kind: 'citizens' }
 */
export function japaneseHolidays(year: number): readonly JapaneseHoliday[] {
  if (!Number.isInteger(year) || year < 2000 || year > 2099) {
    throw new RangeError(`japaneseHolidays: year must be an integer from 2000 to 2099, got ${year}`);
  }
  byYear ??= new Map();
  let list = byYear.get(year);
  if (list === undefined) {
    list = build(year);
    byYear.set(year, list);
  }
  return list.slice();
}
