import { describe, expect, it } from 'vitest';
import { detectIntent } from '../../src/intent/index.ts';

/** Friday 2026-11-20, 10:00 in Tokyo. */
const RECEIVED = '2026-11-20T10:00:00+09:00';

function deadlineOf(text: string, receivedAt: string | Date = RECEIVED, timeZone?: string): string | null {
  return (
    detectIntent(text, timeZone === undefined ? { receivedAt } : { receivedAt, timeZone }).deadline?.date ??
    null
  );
}

describe('deadline resolution (received Friday 2026-11-20, Asia/Tokyo)', () => {
  it.each<[string, string]>([
    ['明日までに届けてください。', '2026-11-21'],
    ['明日、届けてください。', '2026-11-21'],
    ['12月3日、届けてもらえますか？', '2026-12-03'],
    ['今日中に返金してください。', '2026-11-20'],
    ['今夜中に届けてもらえますか？', '2026-11-20'],
    ['明後日の誕生日パーティーに使いたいです。', '2026-11-22'],
    ['今週中に返事をください。', '2026-11-22'],
    ['来週中に届けば大丈夫です。', '2026-11-29'],
    ['今週末までに必要です。', '2026-11-21'],
    ['来週末のイベントで使います。', '2026-11-28'],
    ['週明けに発送してください。', '2026-11-23'],
    ['来週月曜までに見積書をお願いします。', '2026-11-23'],
    ['来週の火曜がいいです。配達日を変更してください。', '2026-11-24'],
    ['水曜日までに届きますか？', '2026-11-25'],
    ['金曜日に使いたいので急ぎでお願いします。', '2026-11-27'],
    ['11/25までに発送してもらえますか？', '2026-11-25'],
    ['12月3日に届くように注文したいです。', '2026-12-03'],
    ['2026年12月24日までにお願いします。', '2026-12-24'],
    ['3日以内に返金してください。', '2026-11-23'],
    ['1週間以内に交換品を送ってください。', '2026-11-27'],
    ['月末までに請求書を送ってください。', '2026-11-30'],
    ['年内に届けてほしいです。', '2026-12-31'],
    ['クリスマスまでに届きますか？', '2026-12-25'],
    ['1/10までに届けてください。', '2027-01-10'],
    ['I need this by Friday for my daughter\u2019s recital.', '2026-11-27'],
    ['Can you get it to me by tomorrow?', '2026-11-21'],
    ['Please call me today.', '2026-11-20'],
    ['Could it arrive by next Monday?', '2026-11-23'],
    ['Please deliver it within 5 days.', '2026-11-25'],
    ['We need them within two weeks.', '2026-12-04'],
    ['Can it arrive before Christmas?', '2026-12-25'],
    ['Please hold the parcel until Monday the 30th.', '2026-11-30'],
    ['Ship by December 7 at the latest, please.', '2026-12-07'],
    ['We need them by 15 December for a fair.', '2026-12-15'],
    ['Please send the invoice by the end of the month.', '2026-11-30'],
    ['Deliver on Sunday please, we are away on Saturday.', '2026-11-21'],
  ])('%s → %s', (text, date) => {
    expect(deadlineOf(text)).toBe(date);
  });

  // "next Friday" read on a Monday is the Friday of the week after, not the one four days on;
  // the words before the weekday are five or seven characters before its trigger.
  it.each<[string, string]>([
    ['Please deliver it by next Friday.', '2026-11-27'],
    ['Please deliver it by this Friday.', '2026-11-20'],
    ['Please deliver it by Friday.', '2026-11-20'],
    ['Can it come by the coming Monday?', '2026-11-23'],
    ['Please deliver it this weekend.', '2026-11-21'],
    ['Please deliver it next weekend.', '2026-11-28'],
    ['25日中に届けてください。', '2026-11-25'],
  ])('received Monday 2026-11-16: %s → %s', (text, date) => {
    expect(deadlineOf(text, '2026-11-16T10:00:00+09:00')).toBe(date);
  });

  it('keeps the earliest of several need-by dates', () => {
    expect(deadlineOf('12月10日までに見積もり、12月5日までにサンプルをお願いします。')).toBe('2026-12-05');
  });

  it.each([
    '先週の水曜日に問い合わせをしたのですが、まだ返事がありません。',
    '11月2日に注文しましたが、まだ届きません。',
    'I ordered on November 2 and was told it would ship by the 10th.',
    'The voucher is valid until December 31.',
    '毎週月曜日に配送されるプランです。',
    '毎月末までにお支払いください。',
    '支払いは月末締め翌月末払いです。',
    '本日はお忙しい中ありがとうございました。',
    'Thanks!\n> Please reply by tomorrow.',
    '1日中待っていました。',
    '11月2日、注文しましたが届きません。',
    '日中は不在にしております。',
  ])('is not a deadline: %s', (text) => {
    expect(detectIntent(text, { receivedAt: RECEIVED }).deadline).toBeNull();
  });

  it('keeps an event date even when the sentence is in the past tense', () => {
    expect(deadlineOf('12月12日の発表会で着るドレスを注文しました。間に合いますか？')).toBe('2026-12-12');
  });

  it('reports the words as written, with their trailing marker', () => {
    const r = detectIntent('今夜中に届けてもらえますか？', { receivedAt: RECEIVED });
    expect(r.deadline).toEqual({ date: '2026-11-20', text: '今夜中に', start: 0, end: 4 });
    const w = detectIntent('１２月３日までに', { receivedAt: RECEIVED });
    expect(w.deadline?.text).toBe('１２月３日までに');
    expect(w.deadline?.date).toBe('2026-12-03');
  });

  it('takes the day of receipt in the time zone given', () => {
    // 2026-11-20T20:00Z is already Saturday 21 in Tokyo, still Friday 20 in New York.
    expect(deadlineOf('明日までに届けてください。', '2026-11-20T20:00:00Z')).toBe('2026-11-22');
    expect(deadlineOf('明日までに届けてください。', '2026-11-20T20:00:00Z', 'America/New_York')).toBe(
      '2026-11-21',
    );
    expect(deadlineOf('Please reply by tomorrow.', new Date('2026-11-20T01:00:00Z'), 'UTC')).toBe(
      '2026-11-21',
    );
  });

  it('keeps the words but no date when there is no receivedAt', () => {
    const r = detectIntent('明日までに届けてください。');
    expect(r.deadline).toMatchObject({ date: null, text: '明日までに' });
    expect(r.urgency).toBe('normal');
    expect(r.intents.map((i) => i.id)).toContain('delivery.deadline');
  });

  it('a reply deadline sets the date but not delivery.deadline', () => {
    const r = detectIntent('11月30日までにご回答いただけますでしょうか。', { receivedAt: RECEIVED });
    expect(r.deadline?.date).toBe('2026-11-30');
    expect(r.intents.map((i) => i.id)).not.toContain('delivery.deadline');
  });

  it('rolls a past month-day over to next year', () => {
    expect(deadlineOf('11月19日までにお願いします。')).toBe('2027-11-19');
    expect(deadlineOf('11月20日までにお願いします。')).toBe('2026-11-20');
  });

  it('ignores impossible dates', () => {
    expect(deadlineOf('2月30日までにお願いします。')).toBeNull();
    expect(deadlineOf('13/45までにお願いします。')).toBeNull();
  });
});

describe('reported dates are not deadlines', () => {
  it.each([
    '11月15日に注文した商品がまだ届いていません。いつ届きますか？',
    '11/2に購入したのですが、まだ届きません。',
  ])('%s', (text) => {
    expect(detectIntent(text, { receivedAt: '2026-11-20T10:00:00+09:00' }).deadline).toBeNull();
  });
});

describe('deadline dates past the year 9999', () => {
  it('are written in the expanded ISO form formatInstant uses, not cut to year and month', () => {
    // Until 2026-11-23 the date was `toISOString().slice(0, 10)`: '+010000-12'.
    expect(deadlineOf('I need them by Christmas.', '9999-12-31T12:00:00Z', 'UTC')).toBe('+010000-12-25');
    expect(deadlineOf('I need them by tomorrow.', '9999-12-31T12:00:00Z', 'UTC')).toBe('+010000-01-01');
  });
});
