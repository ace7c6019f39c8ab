// Behaviour of the deadline extractor (src/intent/deadline.ts) through `detectIntent`: which
// date expressions count as a need-by date, and which calendar day each resolves to.
//
// The combined RegExp of deadline.ts and the class id of date triggers in detectIntent.ts are
// built on first use and kept in module variables, and deadline.ts caches the last reception day.
// Every case loads fresh copies of the modules (`fresh()`), so that it runs that code itself: a
// test that reused the copy another test built would not check the build (and mutation testing
// would credit the build to whichever test ran first).
//
// Reception days (10:00 in Asia/Tokyo, the default zone):
//   Mon 2026-11-16, Wed 2026-11-18, Fri 2026-11-20 (the default), Sun 2026-11-22,
//   Thu 2026-12-10, Sun 2026-12-20.
import { describe, expect, it, vi } from 'vitest';
import type { DetectIntentResult } from '../../src/intent/index.ts';

async function fresh() {
  vi.resetModules();
  return await import('../../src/intent/index.ts');
}

const MON = '2026-11-16T10:00:00+09:00';
const WED = '2026-11-18T10:00:00+09:00';
const FRI = '2026-11-20T10:00:00+09:00';
const SUN = '2026-11-22T10:00:00+09:00';
const DEC10 = '2026-12-10T10:00:00+09:00';
const DEC20 = '2026-12-20T10:00:00+09:00';

/** One case: the message, the expected `date [words]` (or null), and the reception time (Friday). */
type Row = readonly [text: string, expected: string | null, receivedAt?: string];

/** `date [words]` of the deadline, or null: one string shows both what was read and its day. */
function shown(deadline: DetectIntentResult['deadline']): string | null {
  return deadline === null ? null : `${deadline.date} [${deadline.text}]`;
}

/** Checks every row with one fresh copy of the library; a failure shows the rows that differ. */
async function expectTable(rows: readonly Row[]): Promise<void> {
  const { detectIntent } = await fresh();
  const actual = rows.map(([text, , receivedAt]) => [
    text,
    shown(detectIntent(text, { receivedAt: receivedAt ?? FRI }).deadline),
  ]);
  expect(actual).toEqual(rows.map(([text, expected]) => [text, expected]));
}

/** The deadline of one message received on Friday (a fresh copy of the library). */
async function found(text: string): Promise<string | null> {
  const { detectIntent } = await fresh();
  return shown(detectIntent(text, { receivedAt: FRI }).deadline);
}

describe('relative Japanese words resolve against the reception day', () => {
  // Kana spellings are as common as kanji ones (明後日, 明日).
  it('あさって is two days on, あした and あす one day', async () => {
    await expectTable([
      ['あさってまでに届けてください。', '2026-11-22 [あさってまでに]'],
      ['あしたまでに届けてください。', '2026-11-21 [あしたまでに]'],
      ['あすまでに届けてください。', '2026-11-21 [あすまでに]'],
    ]);
  });

  // A relative word followed by まで, に, 中, の or じゅう is a deadline by itself; followed by
  // anything else it needs a need word in its sentence or clause.
  it('a relative word needs まで, に, 中, の or じゅう after it, or a need word in its sentence', async () => {
    await expectTable([
      ['明日までお待ちします。', '2026-11-21 [明日まで]'],
      ['明日は必ず届けてください。', '2026-11-21 [明日]'],
      ['明日は在宅しています。', null],
      ['明日は家にいます。', null],
    ]);
  });
});

describe('Japanese weekdays', () => {
  // A bare weekday is its next occurrence after the reception day (the same weekday: a week on);
  // 来週 is that weekday in the Monday-based week after the reception week, 今週 in the
  // reception week itself (a day of it already past is not a deadline).
  it('a weekday is its next occurrence; 来週 the week after the reception week, 今週 the reception week', async () => {
    await expectTable([
      ['土曜日に届けてください。', '2026-11-21 [土曜日]'],
      ['日曜日に届けてください。', '2026-11-22 [日曜日]'],
      ['来週土曜日に届けてください。', '2026-11-28 [来週土曜日]'],
      ['来週の日曜日に届けてください。', '2026-11-29 [来週の日曜日]'],
      ['来週の金曜日までにお願いします。', '2026-11-27 [来週の金曜日までに]', MON],
      ['金曜日までにお願いします。', '2026-11-20 [金曜日までに]', MON],
      ['今週の金曜日までに届けてください。', '2026-11-20 [今週の金曜日までに]', MON],
      ['今週の日曜日までに届けてください。', '2026-11-22 [今週の日曜日までに]', WED],
      ['今週の月曜日までに届けてください。', null, WED],
      ['今週の土曜日までに届けてください。', null, SUN],
    ]);
  });

  it('reads a weekday in brackets after a date as part of that date, not as a second deadline', async () => {
    // 12月2日（水曜）: the bracketed 水曜 would otherwise be the next Wednesday, 2026-11-25.
    expect(await found('12月2日（水曜）までに届けてください。')).toBe('2026-12-02 [12月2日]');
  });

  it('毎 and 先週 right before a date make it no deadline', async () => {
    await expectTable([
      // 毎月曜日 is every Monday; 先週の金曜日 is last Friday.
      ['毎月曜日に配達してほしいです。', null],
      ['毎週金曜日までに届けてください。', null],
      // Recurring month dates: every month's end, every 25th, every year's 12/25.
      ['毎月末までにお支払いください。', null],
      ['毎月25日までに届けてください。', null],
      ['毎年12月25日に届けてください。', null],
      // 毎 three characters or more before the date does not touch it.
      ['毎回の件、明日までにご連絡ください。', '2026-11-21 [明日までに]'],
      ['先週の金曜日の件でお電話ください。', null],
      // 先週 three characters or more before the date does not touch it.
      ['先週問い合わせた件です。来週月曜までに返事をください。', '2026-11-23 [来週月曜までに]'],
    ]);
  });
});

describe('numeric Japanese dates', () => {
  it('N日, N日以内, M/D, M月D日 and Y年M月D日 resolve to a real calendar day', async () => {
    await expectTable([
      // N日 is this month's day N if it is not past, else next month's (December rolls into January).
      ['25日までに届けてください。', '2026-11-25 [25日までに]'],
      ['20日までに返事をください。', '2026-11-20 [20日までに]'],
      ['5日までに届けてください。', '2026-12-05 [5日までに]'],
      ['5日までに届けてください。', '2027-01-05 [5日までに]', DEC20],
      ['20日までに返事をください。', '2026-12-20 [20日までに]', DEC20],
      // N日 needs a need word in its sentence or clause (…に伺います is a visit, not a deadline).
      ['25日に伺います。', null],
      // Numbers of one or two digits, 0 and 9 included.
      ['9日以内に返金してください。', '2026-11-29 [9日以内]'],
      ['09/30までに届けてください。', '2027-09-30 [09/30までに]'],
      // A count of three digits is not a count of days.
      ['123日以内に返金してください。', null],
      // Month 0 and month 13 do not exist (not even as a roll-over into another year).
      ['0/5までにお願いします。', null],
      ['13/5までにお願いします。', null],
      ['2026年13月5日までにお願いします。', null],
      ['2026年0月5日までにお願いします。', null],
      // Nor is 2月30日, even for a message received before 1970 (day numbers below zero).
      ['2月30日までにお願いします。', null, '1969-06-01T10:00:00+09:00'],
      // 2/29 only in a leap year: in 2027 there is none (not the one of 2028).
      ['2/29までにお願いします。', null, '2027-11-20T10:00:00+09:00'],
      ['2/29までにお願いします。', '2028-02-29 [2/29までに]', '2028-01-10T10:00:00+09:00'],
      // A full date already past is not a deadline.
      ['2025年12月1日までにお願いします。', null],
      ['2027年1月8日までにお願いします。', '2027-01-08 [2027年1月8日までに]'],
    ]);
  });
});

describe('Japanese periods', () => {
  it('月末, 今月中, クリスマスイブ and 年末 resolve to the last day of the month, Dec 24 and Dec 31', async () => {
    await expectTable([
      // 月末 and 今月中: the last day of the reception month, December included.
      ['月末までに届けてください。', '2026-12-31 [月末までに]', DEC10],
      ['今月中に届けてください。', '2026-11-30 [今月中]'],
      ['クリスマスイブまでに届けてください。', '2026-12-24 [クリスマスイブまでに]'],
      ['年末までに届けてください。', '2026-12-31 [年末までに]'],
    ]);
  });

  it('does not take 月末 followed by another word (月末締め) for a deadline', async () => {
    expect(await found('月末締めの請求書について質問です。')).toBeNull();
  });
});

describe('English dates', () => {
  it('weekdays, day-month, month-day, ordinals, year-end, Christmas Eve and the end of the month', async () => {
    await expectTable([
      ['Please deliver it this Saturday.', '2026-11-21 [this Saturday]'],
      ['We need them by 15 Dec.', '2026-12-15 [15 Dec]'],
      ['We need them by 3 January.', '2027-01-03 [3 January]'],
      ['We need them by the 30th.', '2026-11-30 [the 30th]'],
      ['Please reply by the 20th.', '2026-11-20 [the 20th]'],
      ['Please deliver by the 5th.', '2026-12-05 [the 5th]'],
      ['Please deliver by the 5th.', '2027-01-05 [the 5th]', DEC20],
      ['Deliver by the end of the year.', '2026-12-31 [end of the year]'],
      ['Deliver by year-end.', '2026-12-31 [year-end]'],
      ['Deliver by year end.', '2026-12-31 [year end]'],
      ['Can it arrive by Christmas Eve?', '2026-12-24 [Christmas Eve]'],
      ['Send the invoice by the end of the month.', '2026-12-31 [end of the month]', DEC10],
      // A date after "tomorrow" ("tomorrow, 10 am") is a time, not a date that replaces it.
      ['Please deliver by tomorrow, 10 am at the latest.', '2026-11-21 [tomorrow]'],
    ]);
  });
});

describe('a past or reported date is read within its own sentence', () => {
  // A past word (ordered, received…) or a need word in another sentence does not count.
  it('sentences end at 。 ! ? and ". ", not at a full stop inside a word', async () => {
    await expectTable([
      ['I ordered it on Monday. Please send a new one by Friday.', '2026-11-27 [Friday]'],
      ['I ordered it on Monday! Please send a new one by Friday.', '2026-11-27 [Friday]'],
      ['Did you get the one I ordered? Please send a new one by Friday.', '2026-11-27 [Friday]'],
      ['I received the order from shop.example on Friday.', null],
      // A need word in the sentence before does not make N日 a deadline.
      ['急ぎでお願いします。25日に伺います。', null],
      ['急ぎでお願いします！25日に伺います。', null],
      ['急ぎでお願いします？25日に伺います。', null],
    ]);
  });

  it('looks back at most 200 characters within one long sentence', async () => {
    const filler = 'and it has not come and I have waited '.repeat(6);
    // "ordered" more than 200 characters before Friday: out of reach.
    expect(await found(`I ordered it ${filler}so please send it by Friday`)).toBe('2026-11-27 [Friday]');
    // "ordered" before Monday in a line of 250 characters and more: in reach.
    expect(await found(`I ordered it on Monday ${filler}and it is still not here`)).toBeNull();
  });
});

describe('the clause after a Japanese date', () => {
  // A need word after the clause ends does not make N日 a deadline.
  it('the clause after the date ends at 。、,!? and after 24 characters', async () => {
    await expectTable([
      ['25日に伺います。ご連絡ください。', null],
      ['25日に伺います、ご連絡ください。', null],
      ['25日に伺います,ご連絡ください。', null],
      ['25日に伺います!ご連絡ください。', null],
      ['25日に伺います?ご連絡ください。', null],
      ['25日に伺いますがその前にまた改めてこちらから一度ご連絡します', null],
      ['25日に伺いますのでよろしくお願いします', '2026-11-25 [25日]'],
    ]);
  });

  // 「…でした」「…送りました」 report a date; 「必着と伝えました」 still states a deadline.
  it('a past verb before any need word makes the date a reported one; a need word first keeps it', async () => {
    await expectTable([
      ['配達予定日は12月1日でした。', null],
      ['11月2日に会社に送りました。', null],
      ['11月2日のセールで注文しましたが誕生日に間に合いますか', null],
      ['12月5日必着と伝えました。', '2026-12-05 [12月5日必着]'],
      ['12月5日までに届けてほしいと伝えました。', '2026-12-05 [12月5日までに]'],
      ['12月5日までと伝えましたが届きますか', '2026-12-05 [12月5日まで]'],
      ['12月1日にお願いしたのに届いていません', '2026-12-01 [12月1日]'],
      ['12月1日に届く予定でしたのでよろしくお願いします', '2026-12-01 [12月1日]'],
    ]);
  });

  it('dates other than N日 and relative words need no need word', async () => {
    await expectTable([
      ['来週月曜に伺います。', '2026-11-23 [来週月曜]'],
      ['12月3日は娘の誕生日です。', '2026-12-03 [12月3日]'],
    ]);
  });
});

describe('several dates', () => {
  it('keeps the earliest, wherever it is written', async () => {
    expect(await found('12月5日までにサンプル、12月10日までに見積もりをお願いします。')).toBe(
      '2026-12-05 [12月5日までに]',
    );
  });

  it('keeps the first of two dates on the same day', async () => {
    expect(await found('水曜日、11月25日までに届けてください。')).toBe('2026-11-25 [水曜日]');
  });

  it('keeps the first date found when there is no reception day to compare them', async () => {
    const { detectIntent } = await fresh();
    const r = detectIntent('来週月曜までに見積もり、明日までにサンプルをお願いします。');
    expect(r.deadline).toMatchObject({ date: null, text: '来週月曜までに', start: 0 });
  });

  it('reads a date on a later line after a line with a date word that is not a deadline', async () => {
    expect(await found('今月の請求書について。\n明日までに返事をください。')).toBe('2026-11-21 [明日までに]');
  });
});

describe('lines longer than 2,000 characters', () => {
  // Such a line is read in windows around each date word; the result is the same as for a short line.
  it('finds a date at the very start of the line', async () => {
    const text = `明日までに返事をください。${'あ'.repeat(2100)}`;
    expect(await found(text)).toBe('2026-11-21 [明日までに]');
  });

  it('does not read the clause after a date at the end of the line into the next line', async () => {
    const text = `${'あ'.repeat(2100)}25日に伺います\nご連絡ください`;
    expect(await found(text)).toBeNull();
  });
});

describe('receivedAt', () => {
  it('reads a Date again on every call, even the same object changed in between', async () => {
    const { detectIntent } = await fresh();
    const at = new Date(FRI);
    expect(detectIntent('明日までにお願いします。', { receivedAt: at }).deadline?.date).toBe('2026-11-21');
    at.setTime(Date.parse(DEC10));
    expect(detectIntent('明日までにお願いします。', { receivedAt: at }).deadline?.date).toBe('2026-12-11');
  });

  it('rejects a value that is neither a Date nor a string, even one that prints as a date', async () => {
    const { detectIntent } = await fresh();
    const printsAsDate = { toString: () => '2026-11-20' } as unknown as string;
    expect(() => detectIntent('明日まで', { receivedAt: printsAsDate })).toThrow(TypeError);
  });

  it('quotes at most 60 characters of an invalid receivedAt in the error', async () => {
    const { detectIntent } = await fresh();
    const bad = `${'x'.repeat(60)}TAIL`;
    expect(() => detectIntent('明日まで', { receivedAt: bad })).toThrow(
      `"${'x'.repeat(60)}" is not a valid date`,
    );
  });
});

describe('words before the date word', () => {
  // "next " + saturday, "this " + weekend, "the day after " + tomorrow: the phrase starts before
  // the word the lexicon finds, and is read from its start.
  it('next <weekday>, this weekend, next weekend and the day after tomorrow', async () => {
    await expectTable([
      ['Please deliver it next Saturday.', '2026-11-28 [next Saturday]'],
      ['Please deliver it by next Monday.', '2026-11-23 [next Monday]'],
      ['We need it this weekend.', '2026-11-21 [this weekend]'],
      ['We need it next weekend.', '2026-11-28 [next weekend]'],
      ['Please deliver it by the day after tomorrow.', '2026-11-22 [the day after tomorrow]'],
    ]);
  });
});
