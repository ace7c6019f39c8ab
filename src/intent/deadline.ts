/**
 * The deadline extractor (intent.md §3.6, §5.8): date expressions in the new text, minus past
 * dates and dates the customer merely mentions, resolved against the day the message was
 * received in the given IANA time zone. The earliest need-by date wins.
 */

import { DAY, dayToDate } from '../internal/civilDay.ts';
import { formatterFor, offsetAt } from '../internal/zone.ts';

/** A deadline found in the normalised text. */
export interface FoundDeadline {
  readonly start: number;
  readonly end: number;
  /** `YYYY-MM-DD`, or `null` when there is no reception date to resolve against. */
  readonly date: string | null;
  /** Days after the reception day (0 = same day), or `null`. */
  readonly days: number | null;
}

/** The calendar day the message was received on. */
export interface CivilDay {
  /** Days since 1970-01-01. */
  readonly day: number;
}

type Kind =
  | 'ymd'
  | 'md'
  | 'slash'
  | 'rel'
  | 'week'
  | 'day'
  | 'within'
  | 'period'
  | 'enRel'
  | 'enWeekday'
  | 'enWithin'
  | 'enPeriod'
  | 'enMonthDay'
  | 'enDayMonth'
  | 'enDay';

/** Every pattern is a bounded alternation: no nested quantifiers. Sticky: read at a candidate position. */
const PATTERNS: readonly (readonly [RegExp, Kind])[] = [
  [/(\d{4})年(\d{1,2})月(\d{1,2})日/y, 'ymd'],
  [/(?<![\d年/])(\d{1,2})月(\d{1,2})日/y, 'md'],
  [/(?<![\d/.])(\d{1,2})\/(\d{1,2})(?![\d/])/y, 'slash'],
  [/今日中|本日中|今日|本日|今夜|今晩|明朝|明後日|明日|あさって|あした|あす(?=[のまにじ中])/y, 'rel'],
  [/(来週|今週|今度|次)?の?([月火水木金土日])曜日?/y, 'week'],
  [/(\d{1,2})(日|週間)以内/y, 'within'],
  [/(?<![\d月/年])(\d{1,2})日(?=の|まで|に|必着|中)/y, 'day'],
  [/今週中|来週中|今週末|来週末|週明け|月末|年内|年末|今月中|くりすますいぶ|くりすます/y, 'period'],
  [/\b(today|tonight|eod|end of (?:the )?day|end of business|the day after tomorrow|tomorrow)\b/y, 'enRel'],
  [/\b(next |this |coming )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/y, 'enWeekday'],
  [
    /\bwithin (\d{1,2}|a|one|two|three|four|five|six|seven|ten|fourteen) (?:business |working )?(days?|weeks?)\b/y,
    'enWithin',
  ],
  [
    /\b(end of (?:the |this )?month|end of the year|year-end|year end|this weekend|next weekend|christmas eve|christmas)\b/y,
    'enPeriod',
  ],
  [
    /\b(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\.? (\d{1,2})(?:st|nd|rd|th)?\b/y,
    'enMonthDay',
  ],
  [
    /\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\b/y,
    'enDayMonth',
  ],
  [/\bthe (\d{1,2})(?:st|nd|rd|th)\b/y, 'enDay'],
];

const WEEKDAY_THEN_DATE = /^,? (the )?\d|^,? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const JA_DAYS = '日月火水木金土';
const NUMBERS: Readonly<Record<string, number>> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  ten: 10,
  fourteen: 14,
};
/** Words before an English date that make it a past or reported date (ordered on Nov 2). */
const EN_PAST = [
  'ordered',
  'opened',
  'placed',
  'bought',
  'purchased',
  'since',
  'was told',
  'received',
  'last ',
  ' ago',
  'was supposed',
  'were supposed',
  'every ',
  'valid',
  'away until',
  'back on',
  'if i order',
  'if we order',
  'if i buy',
  'if i place',
];
/** Words after a Japanese date that make it past (…に注文しました). */
const JA_PAST = ['した', 'ました', 'でした', 'だった', 'たのですが', 'ったのですが'];
/** Need markers: a date with one of these nearby is when something must happen. */
const JA_NEED = [
  'まで',
  '必着',
  '間に合',
  '届',
  '使',
  '必要',
  'ほしい',
  '欲しい',
  'ください',
  '急ぎ',
  '至急',
  '返金',
  '連絡',
  '電話',
  '希望',
  'いい',
  '納品',
  '発送',
  '指定',
  '変え',
  '変更',
  'お願い',
  'いただけ',
];
const JA_EVENT = [
  '会',
  '式',
  'いべんと',
  '行事',
  '誕生日',
  'ぱーてぃ',
  '旅行',
  '本番',
  '試合',
  '当日',
  '出張',
  '日',
];
/** Markers that may follow a date and belong to its text (今夜中に, 明日までに). */
const TRAILERS = ['までに', 'まで', '中に', '中', '必着'];

function isDigit(line: string, index: number): boolean {
  const unit = line.charCodeAt(index);
  return unit >= 0x30 && unit <= 0x39;
}

function dayOf(year: number, month: number, date: number): number | null {
  if (month < 1 || month > 12 || date < 1 || date > 31) return null;
  const ms = Date.UTC(year, month - 1, date);
  const d = new Date(ms);
  if (d.getUTCDate() !== date) return null;
  return Math.round(ms / 86400000);
}

function parts(day: number): { y: number; m: number; d: number; dow: number } {
  const date = new Date(day * 86400000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), dow: date.getUTCDay() };
}

/** That month and day this year if not past, else next year. */
function nextMonthDay(today: number, month: number, date: number): number | null {
  const { y } = parts(today);
  const thisYear = dayOf(y, month, date);
  if (thisYear === null) return null;
  return thisYear >= today ? thisYear : dayOf(y + 1, month, date);
}

function mondayOf(day: number): number {
  return day - ((parts(day).dow + 6) % 7);
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3)) + 1;
}

/** Resolves one match to a day number (null: cannot resolve, or not a deadline). */
function resolve(kind: Kind, m: RegExpExecArray, today: number): number | null {
  const t = parts(today);
  const g1 = m[1] ?? '';
  const g2 = m[2] ?? '';
  switch (kind) {
    case 'ymd':
      return dayOf(Number(g1), Number(g2), Number(m[3]));
    case 'md':
    case 'slash':
      return nextMonthDay(today, Number(g1), Number(g2));
    case 'rel': {
      const word = m[0];
      if (word.startsWith('明後') || word === 'あさって') return today + 2;
      if (word.startsWith('明') || word.startsWith('あし') || word.startsWith('あす')) return today + 1;
      return today;
    }
    case 'week': {
      const wd = JA_DAYS.indexOf(g2);
      if (g1 === '来週') return mondayOf(today) + 7 + ((wd + 6) % 7);
      if (g1 === '今週') return mondayOf(today) + ((wd + 6) % 7);
      return today + ((wd - t.dow + 7) % 7 || 7);
    }
    case 'within':
      return today + Number(g1) * (g2 === '日' ? 1 : 7);
    case 'period':
      return period(m[0], today);
    case 'enRel':
      if (g1 === 'tomorrow') return today + 1;
      if (g1 === 'the day after tomorrow') return today + 2;
      return today;
    case 'enWeekday': {
      const wd = EN_DAYS.indexOf(g2);
      if (g1 === 'next ') return mondayOf(today) + 7 + ((wd + 6) % 7);
      return today + ((wd - t.dow + 7) % 7 || 7);
    }
    case 'enWithin': {
      const n = NUMBERS[g1] ?? Number(g1);
      return today + n * (g2.startsWith('week') ? 7 : 1);
    }
    case 'enPeriod':
      return period(g1, today);
    case 'enMonthDay':
      return nextMonthDay(today, monthIndex(g1), Number(g2));
    case 'enDayMonth':
      return nextMonthDay(today, monthIndex(g2), Number(g1));
    case 'day':
    case 'enDay': {
      const date = Number(g1);
      const thisMonth = date >= t.d ? dayOf(t.y, t.m, date) : null;
      return thisMonth ?? (t.m === 12 ? dayOf(t.y + 1, 1, date) : dayOf(t.y, t.m + 1, date));
    }
  }
}

function period(word: string, today: number): number | null {
  const t = parts(today);
  const monday = mondayOf(today);
  switch (word) {
    case '今週中':
      return monday + 6;
    case '来週中':
      return monday + 13;
    case '今週末':
    case 'this weekend':
      return monday + 5;
    case '来週末':
    case 'next weekend':
      return monday + 12;
    case '週明け':
      return monday + 7;
    case '年内':
    case '年末':
    case 'end of the year':
    case 'year-end':
    case 'year end':
      return dayOf(t.y, 12, 31);
    case 'くりすます':
    case 'christmas':
      return nextMonthDay(today, 12, 25);
    case 'くりすますいぶ':
    case 'christmas eve':
      return nextMonthDay(today, 12, 24);
    default:
      // 月末, 今月中, end of (the) month: the last day of the month received.
      return (t.m === 12 ? (dayOf(t.y + 1, 1, 1) as number) : (dayOf(t.y, t.m + 1, 1) as number)) - 1;
  }
}

function sentenceStart(line: string, index: number): number {
  let i = index;
  const limit = Math.max(0, index - 200);
  for (; i > limit; i--) {
    const unit = line.charCodeAt(i - 1);
    if (unit === 0x3002 || unit === 0x21 || unit === 0x3f) break; // 。 ! ?
    if (unit === 0x2e && line.charCodeAt(i) === 0x20) break; // ". "
  }
  return i;
}

/**
 * The clause after a date: up to 24 characters, to the next 。、,!? — except a comma right after
 * the date, which does not end it (「明日、届けてください」).
 */
function clauseAfter(line: string, index: number): string {
  const first = line.charCodeAt(index);
  const from = first === 0x3001 || first === 0x2c ? index + 1 : index;
  let i = from;
  for (; i < line.length && i < from + 24; i++) {
    const unit = line.charCodeAt(i);
    if (unit === 0x3002 || unit === 0x3001 || unit === 0x2c || unit === 0x21 || unit === 0x3f) break; // 。、,!?
  }
  return line.slice(from, i);
}

/** The smallest index at which one of `words` occurs in `text`, or -1. */
function firstIndexOf(text: string, words: readonly string[]): number {
  let first = -1;
  for (const word of words) {
    const at = text.indexOf(word);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/** Whether a match is a need-by date and not a past or merely mentioned one (§3.6, §5.8). */
function accepted(kind: Kind, line: string, m: RegExpExecArray): boolean {
  const from = m.index;
  const to = from + m[0].length;
  const sentence = line.slice(sentenceStart(line, from), from);
  if (kind.startsWith('en')) {
    for (const word of EN_PAST) if (sentence.includes(word)) return false;
    // "Monday the 30th", "Friday, December 11": the date that follows is the deadline.
    return kind !== 'enWeekday' || !WEEKDAY_THEN_DATE.test(line.slice(to, to + 16));
  }
  if (kind === 'week' && line.charAt(from - 1) === '(') return false;
  // Past (先週, 先月, 昨日) or recurring (毎週金曜, 毎月末, 毎月25日): not a need-by date.
  const before = line.slice(Math.max(0, from - 3), from);
  if (before.includes('先週') || before.includes('先月') || before.includes('毎') || before.includes('昨'))
    return false;
  const after = clauseAfter(line, to);
  const tail = line.slice(to, to + 3);
  if (kind === 'period' && !/^(まで|に|中|必着|頃|ごろ|の)/.test(tail)) return false;
  const event = after.startsWith('の') && JA_EVENT.some((word) => after.slice(0, 9).includes(word));
  if (event) return true;
  // A past verb that comes before any need word makes it a reported date: 「11月15日に注文した
  // 商品が届かない」 is an order date even though 届 follows.
  const firstNeed = firstIndexOf(after, JA_NEED);
  const firstPast = firstIndexOf(after, JA_PAST);
  if (firstPast >= 0 && (firstNeed < 0 || firstPast < firstNeed)) return false;
  if (kind === 'day' && !JA_NEED.some((word) => (sentence + after).includes(word)) && !event) return false;
  if (kind === 'rel' && !/^(中|まで|に|の|じゅう)/.test(tail)) {
    const whole = sentence + after;
    return JA_NEED.some((word) => whole.includes(word));
  }
  return true;
}

/**
 * Finds the earliest need-by date in a normalised message, reading only around the date triggers
 * the lexicon found (so the grammar costs nothing on text without dates).
 *
 * @param text - The normalised text.
 * @param ranges - Kept `[from, to)` ranges (flat), one per line.
 * @param triggers - Start offsets of `date` trigger hits, ascending.
 * @param today - The reception day, or `null` to keep dates unresolved.
 * @returns The earliest deadline, or `null`.
 *
 * @example
 * findDeadline('明日までに', [0, 5], [0], { day: 20777 })?.days //=> 1
 */
export function findDeadline(
  text: string,
  ranges: readonly number[],
  triggers: readonly number[],
  today: CivilDay | null,
): FoundDeadline | null {
  let best: FoundDeadline | null = null;
  combined ??= buildCombined();
  let t = 0;
  for (let r = 0; r + 1 < ranges.length && t < triggers.length; r += 2) {
    const from = ranges[r] as number;
    const to = ranges[r + 1] as number;
    if ((triggers[t] as number) >= to) continue;
    // A line longer than a paragraph is read in windows around each trigger.
    const windowed = to - from > 2000;
    let line = windowed ? '' : text.slice(from, to);
    let base = from;
    let next = 0;
    for (; t < triggers.length && (triggers[t] as number) < to; t++) {
      const trigger = triggers[t] as number;
      if (windowed) {
        base = Math.max(from, trigger - 240);
        line = text.slice(base, Math.min(to, trigger + 60));
        next = 0;
      }
      // Dates start at most 12 characters before their trigger (「2026年12月11日」: 年 → 月).
      const at = trigger - base;
      for (let p = Math.max(next, at - 12); p <= at; p++) {
        // Candidate starts: the trigger, the character before it (月曜), four before it ("the "
        // before "30th", 今度の before 曜), five or seven ("next " / "this " / "coming " before a
        // weekday or "weekend"), or the first digit of a number before it (12月, 11/25, 3日以内).
        if (
          p !== at &&
          p !== at - 1 &&
          p !== at - 4 &&
          p !== at - 5 &&
          p !== at - 7 &&
          !(isDigit(line, p) && !isDigit(line, p - 1))
        )
          continue;
        combined.lastIndex = p;
        const c = combined.exec(line);
        if (c === null) continue;
        next = c.index + c[0].length;
        for (const [pattern, kind] of PATTERNS) {
          pattern.lastIndex = c.index;
          const m = pattern.exec(line);
          if (m === null || !accepted(kind, line, m)) continue;
          const day = today === null ? null : resolve(kind, m, today.day);
          if (today !== null && (day === null || day < today.day)) continue;
          let end = m.index + m[0].length;
          for (const trailer of TRAILERS) {
            if (line.startsWith(trailer, end)) {
              end += trailer.length;
              break;
            }
          }
          const days = day === null || today === null ? null : day - today.day;
          if (best !== null && (days === null || (best.days !== null && best.days <= days))) continue;
          // The date is written once, for the winner (below).
          best = { start: base + m.index, end: base + end, date: null, days };
        }
        p = next - 1;
      }
    }
  }
  if (best === null || best.days === null || today === null) return best;
  return { ...best, date: dayToDate(today.day + best.days) };
}

/** All patterns as one alternation (built on first use), to find candidate positions in one pass. */
let combined: RegExp | undefined;

function buildCombined(): RegExp {
  return new RegExp(PATTERNS.map(([pattern]) => `(?:${pattern.source})`).join('|'), 'y');
}

/** The zone's cached formatter (shared with sla); a `TypeError` naming the option if unknown. */
function checkedFormatter(timeZone: string): Intl.DateTimeFormat {
  try {
    return formatterFor(timeZone);
  } catch {
    throw new TypeError(
      `detectIntent: options.timeZone ${JSON.stringify(timeZone)} is not an IANA time zone`,
    );
  }
}

/** The last reception date read from a string, and its day (a batch often shares one). */
let lastReceived: { readonly at: string; readonly timeZone: string; readonly day: CivilDay } | undefined;

/**
 * The calendar day of an instant in an IANA time zone.
 *
 * @param receivedAt - A `Date` or an ISO 8601 string.
 * @param timeZone - IANA zone name (e.g. `Asia/Tokyo`).
 * @returns The day, or throws a `TypeError` naming the option when either is invalid.
 *
 * @example
 * receivedDay('2026-11-19T16:00:00Z', 'Asia/Tokyo') //=> { day: 20777 } (2026-11-20)
 */
export function receivedDay(receivedAt: Date | string, timeZone: string): CivilDay {
  if (lastReceived?.at === receivedAt && lastReceived.timeZone === timeZone) return lastReceived.day;
  const ms =
    receivedAt instanceof Date
      ? receivedAt.getTime()
      : typeof receivedAt === 'string'
        ? Date.parse(receivedAt)
        : Number.NaN;
  if (!Number.isFinite(ms)) {
    throw new TypeError(
      `detectIntent: options.receivedAt ${JSON.stringify(String(receivedAt).slice(0, 60))} is not a valid date`,
    );
  }
  checkedFormatter(timeZone);
  // Zone offsets are cached per UTC day (src/internal/zone.ts): no formatting per call.
  const day = { day: Math.floor((ms + offsetAt(timeZone, ms)) / DAY) };
  if (typeof receivedAt === 'string') lastReceived = { at: receivedAt, timeZone, day };
  return day;
}

/**
 * Checks an IANA time zone name (and caches its formatter).
 *
 * @param timeZone - The zone name.
 * @returns Nothing; throws a `TypeError` naming `options.timeZone` when the zone is unknown.
 *
 * @example
 * checkTimeZone('Asia/Tokyo') //=> undefined
 */
export function checkTimeZone(timeZone: string): void {
  checkedFormatter(timeZone);
}
