import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { findJapaneseHoliday, isJapaneseHoliday, japaneseHolidays } from '../../src/sla/index.ts';

const require = createRequire(import.meta.url);
const reference = require('@holiday-jp/holiday_jp/lib/holidays.js') as Record<string, { name: string }>;

/** holiday_jp's kind, from its naming: "… 振替休日", "休日" (citizens'), the rest are 祝日. */
function referenceKind(name: string): string {
  if (name.includes('振替休日')) return 'substitute';
  return name === '休日' || name === '国民の休日' ? 'citizens' : 'national';
}

describe('japaneseHolidays against @holiday-jp/holiday_jp', () => {
  const years = Array.from({ length: 51 }, (_, i) => 2000 + i);
  it.each(years)('%i: same dates and kinds', (year) => {
    const theirs = Object.keys(reference)
      .filter((date) => date.startsWith(`${year}-`))
      .map((date) => ({ date, kind: referenceKind(reference[date]?.name ?? '') }));
    expect(theirs.length).toBeGreaterThan(10);
    expect(japaneseHolidays(year).map(({ date, kind }) => ({ date, kind }))).toEqual(theirs);
  });

  it('covers every reference date from 2000 on', () => {
    const dates = Object.keys(reference).filter((date) => date >= '2000');
    expect(dates.length).toBeGreaterThan(850);
    for (const date of dates) expect(isJapaneseHoliday(date), date).toBe(true);
  });
});

describe('japaneseHolidays: the law, case by case (sla.md §2, §4.17)', () => {
  it.each([
    ['2019-04-30', 'citizens', '国民の休日'],
    ['2019-05-01', 'national', '即位の日'],
    ['2019-05-02', 'citizens', '国民の休日'],
    ['2019-05-06', 'substitute', '振替休日'],
    ['2019-10-22', 'national', '即位礼正殿の儀'],
    ['2020-02-24', 'substitute', '振替休日'],
    ['2020-07-23', 'national', '海の日'],
    ['2020-07-24', 'national', 'スポーツの日'],
    ['2020-08-10', 'national', '山の日'],
    ['2021-07-22', 'national', '海の日'],
    ['2021-07-23', 'national', 'スポーツの日'],
    ['2021-08-08', 'national', '山の日'],
    ['2021-08-09', 'substitute', '振替休日'],
    ['2008-05-06', 'substitute', '振替休日'],
    ['2026-05-06', 'substitute', '振替休日'],
    ['2006-05-04', 'citizens', '国民の休日'],
    ['2015-09-22', 'citizens', '国民の休日'],
    ['2026-09-22', 'citizens', '国民の休日'],
    ['2032-09-21', 'citizens', '国民の休日'],
    ['2049-09-21', 'citizens', '国民の休日'],
    ['2024-09-23', 'substitute', '振替休日'],
    ['2027-03-22', 'substitute', '振替休日'],
    ['2029-09-24', 'substitute', '振替休日'],
    ['2026-03-20', 'national', '春分の日'],
    ['2018-12-23', 'national', '天皇誕生日'],
    ['2020-02-23', 'national', '天皇誕生日'],
    ['2007-04-29', 'national', '昭和の日'],
    ['2006-04-29', 'national', 'みどりの日'],
    ['2002-07-20', 'national', '海の日'],
    ['2002-09-15', 'national', '敬老の日'],
    ['2019-10-14', 'national', '体育の日'],
    ['2099-01-01', 'national', '元日'],
  ])('%s is a %s holiday (%s)', (date, kind, name) => {
    expect(findJapaneseHoliday(date)).toMatchObject({ date, kind, name });
    expect(findJapaneseHoliday(date)?.nameEn).toMatch(/[A-Z]/);
  });

  it.each([
    '2019-12-23', // no 天皇誕生日 in 2019
    '2020-07-20', // regular 海の日, moved for the Olympics
    '2020-10-12', // regular 体育の日/スポーツの日, moved
    '2021-08-11', // regular 山の日, moved
    '2021-10-11',
    '2025-01-02', // bank holiday, not a national one
    '2025-12-29', // year-end: a closure, not a holiday
    '2024-02-29', // leap day
    '2015-05-07',
    '2020-12-23',
  ])('%s is not a holiday', (date) => {
    expect(isJapaneseHoliday(date)).toBe(false);
    expect(findJapaneseHoliday(date)).toBeUndefined();
  });

  it('computes equinoxes 2024–2030 by the formula', () => {
    const days = (year: number) =>
      japaneseHolidays(year)
        .filter((h) => h.name.endsWith('分の日'))
        .map((h) => h.date);
    expect([2024, 2025, 2026, 2027, 2028, 2029, 2030].flatMap(days)).toEqual([
      '2024-03-20',
      '2024-09-22',
      '2025-03-20',
      '2025-09-23',
      '2026-03-20',
      '2026-09-23',
      '2027-03-21',
      '2027-09-23',
      '2028-03-20',
      '2028-09-22',
      '2029-03-20',
      '2029-09-23',
      '2030-03-20',
      '2030-09-23',
    ]);
  });

  it('gives ten days off for the 2019 Golden Week (4/27–5/6 with the weekend)', () => {
    for (let d = 28; d <= 30; d++) expect(isJapaneseHoliday(`2019-04-${d}`) || d === 28).toBe(true);
    for (let d = 1; d <= 6; d++) expect(isJapaneseHoliday(`2019-05-0${d}`), `5/${d}`).toBe(true);
  });

  it('returns copies: mutating the list does not change the next call', () => {
    const list = japaneseHolidays(2025) as unknown[];
    list.length = 0;
    expect(japaneseHolidays(2025).length).toBeGreaterThan(10);
    expect(Object.isFrozen(japaneseHolidays(2025)[0])).toBe(true);
  });

  it.each([1999, 2100, 2025.5, Number.NaN])('throws RangeError for year %s', (year) => {
    expect(() => japaneseHolidays(year)).toThrow(RangeError);
  });

  it.each(['1999-12-31', '2100-01-01'])('isJapaneseHoliday(%s) throws RangeError', (date) => {
    expect(() => isJapaneseHoliday(date)).toThrow(RangeError);
  });

  it.each(['2025-02-30', '2025-1-1', '', '2025/01/01', 'x'])(
    'isJapaneseHoliday(%j) throws TypeError',
    (date) => {
      expect(() => isJapaneseHoliday(date)).toThrow(TypeError);
    },
  );
});
