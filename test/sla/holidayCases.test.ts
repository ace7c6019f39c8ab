// Japanese holidays: the rules that changed over the years (issue #10). Each test loads a fresh copy
// of the module: the holiday table is cached per year for the whole module, so without it a year
// computed earlier by another test would be read from that cache instead of computed by the rules.
import { describe, expect, it, vi } from 'vitest';

async function freshSla(): Promise<typeof import('../../src/sla/index.ts')> {
  vi.resetModules();
  return import('../../src/sla/index.ts');
}

describe('japaneseHolidays: names that changed with the law', () => {
  it('April 29 is みどりの日 until 2006 and 昭和の日 from 2007, when みどりの日 moved to May 4', async () => {
    const { findJapaneseHoliday } = await freshSla();
    expect(findJapaneseHoliday('2006-04-29')).toEqual({
      date: '2006-04-29',
      name: 'みどりの日',
      nameEn: 'Greenery Day',
      kind: 'national',
    });
    // Until 2006, May 4 was a 国民の休日 between two 祝日.
    expect(findJapaneseHoliday('2006-05-04')?.kind).toBe('citizens');
    expect(findJapaneseHoliday('2007-04-29')).toEqual({
      date: '2007-04-29',
      name: '昭和の日',
      nameEn: 'Showa Day',
      kind: 'national',
    });
    expect(findJapaneseHoliday('2007-05-04')).toMatchObject({ name: 'みどりの日', kind: 'national' });
  });

  it('the second Monday of October is 体育の日 until 2019 and スポーツの日 from 2020', async () => {
    const { findJapaneseHoliday } = await freshSla();
    expect(findJapaneseHoliday('2019-10-14')).toMatchObject({
      name: '体育の日',
      nameEn: 'Health and Sports Day',
    });
    expect(findJapaneseHoliday('2022-10-10')).toMatchObject({ name: 'スポーツの日', nameEn: 'Sports Day' });
    expect(findJapaneseHoliday('2099-10-12')).toMatchObject({ name: 'スポーツの日', kind: 'national' });
  });

  it('天皇誕生日 is 12/23 until 2018, absent in 2019 and 2/23 from 2020', async () => {
    const { findJapaneseHoliday, isJapaneseHoliday } = await freshSla();
    expect(findJapaneseHoliday('2018-12-23')).toMatchObject({
      name: '天皇誕生日',
      nameEn: "The Emperor's Birthday",
    });
    expect(isJapaneseHoliday('2019-02-23')).toBe(false);
    expect(isJapaneseHoliday('2019-12-23')).toBe(false);
    expect(findJapaneseHoliday('2020-02-23')).toMatchObject({ name: '天皇誕生日', kind: 'national' });
    expect(isJapaneseHoliday('2020-12-23')).toBe(false);
  });
});

describe('japaneseHolidays: whole years', () => {
  it('2019: the enthronement year, 22 days off including the ten-day Golden Week', async () => {
    const { japaneseHolidays } = await freshSla();
    expect(japaneseHolidays(2019).map(({ date, name, kind }) => `${date} ${name} ${kind}`)).toEqual([
      '2019-01-01 元日 national',
      '2019-01-14 成人の日 national',
      '2019-02-11 建国記念の日 national',
      '2019-03-21 春分の日 national',
      '2019-04-29 昭和の日 national',
      '2019-04-30 国民の休日 citizens',
      '2019-05-01 即位の日 national',
      '2019-05-02 国民の休日 citizens',
      '2019-05-03 憲法記念日 national',
      '2019-05-04 みどりの日 national',
      '2019-05-05 こどもの日 national',
      '2019-05-06 振替休日 substitute',
      '2019-07-15 海の日 national',
      '2019-08-11 山の日 national',
      '2019-08-12 振替休日 substitute',
      '2019-09-16 敬老の日 national',
      '2019-09-23 秋分の日 national',
      '2019-10-14 体育の日 national',
      '2019-10-22 即位礼正殿の儀 national',
      '2019-11-03 文化の日 national',
      '2019-11-04 振替休日 substitute',
      '2019-11-23 勤労感謝の日 national',
    ]);
  });

  it('2025: each Sunday holiday (2/23, 5/4, 11/23) makes the next day that is not a holiday a 振替休日', async () => {
    const { japaneseHolidays } = await freshSla();
    // 5/4 falls on a Sunday and 5/5 is こどもの日: since 2007 the substitute skips to 5/6.
    expect(
      japaneseHolidays(2025)
        .filter((h) => h.kind !== 'national')
        .map(({ date, kind }) => `${date} ${kind}`),
    ).toEqual(['2025-02-24 substitute', '2025-05-06 substitute', '2025-11-24 substitute']);
  });
});

describe('japaneseHolidays: errors', () => {
  it.each([1999, 2100, 2025.5])('names the accepted range for year %s', async (year) => {
    const { japaneseHolidays } = await freshSla();
    expect(() => japaneseHolidays(year)).toThrow(
      new RangeError(`japaneseHolidays: year must be an integer from 2000 to 2099, got ${year}`),
    );
  });

  it('names itself for a malformed date', async () => {
    const { findJapaneseHoliday, isJapaneseHoliday } = await freshSla();
    const message = 'findJapaneseHoliday: expected a date "YYYY-MM-DD", got "2025-02-30"';
    expect(() => findJapaneseHoliday('2025-02-30')).toThrow(new TypeError(message));
    expect(() => isJapaneseHoliday('2025-02-30')).toThrow(new TypeError(message));
  });
});
