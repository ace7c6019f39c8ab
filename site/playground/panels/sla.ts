// The SLA half of the inquiry panel: triageInquiry gives the priority, the due times and the
// actions on the chosen calendar; evaluateSla shows the due times at every priority; the closed
// days between receipt and resolution (weekends, holidays, closures) explain them.
import type { Locale } from 'support-kit/sanitize';
import {
  evaluateSla,
  isBusinessDay,
  type JapaneseHoliday,
  japaneseHolidays,
  type Priority,
} from 'support-kit/sla';
import { triageInquiry } from 'support-kit/triage';
import { type CalendarChoice, type CalendarId, calendarChoice } from '../calendars.ts';
import { h } from '../dom.ts';
import { interpolate, uiText } from '../i18n.ts';
import { PRIORITIES, priorityLabel } from '../labels.ts';
import { formatForPeople, localDate } from '../zonedTime.ts';
import { explainedItem, explainedList, facts, labelled, type Text } from './parts.ts';

/** What the SLA half needs from the inquiry fields. */
export interface SlaFields {
  readonly inquiry: string;
  readonly from: string;
  /** The instant of receipt, or `null` while the field is incomplete. */
  readonly receivedAt: number | null;
  readonly calendarId: CalendarId;
  readonly senderDomain: string;
}

/** At most this many days are listed as closed (a low-priority resolution is two weeks away). */
const MAX_DAYS = 62;

function dueTime(ms: number | null, timeZone: string, locale: Locale, text: Text): Node | string {
  if (ms === null) return text.notDue;
  return h('span', { class: 'due' }, formatForPeople(ms, timeZone, locale));
}

function dueIso(iso: string | null, ms: number | null, timeZone: string, locale: Locale, text: Text): Node {
  return h(
    'span',
    {},
    dueTime(ms, timeZone, locale, text),
    iso === null ? '' : ' ',
    iso === null ? '' : h('code', { class: 'iso' }, iso),
  );
}

function priorityTable(
  choice: CalendarChoice,
  receivedAt: number,
  current: Priority,
  locale: Locale,
  text: Text,
) {
  const zone = choice.calendar.timeZone;
  const rows = PRIORITIES.map((priority) => {
    const { targets } = evaluateSla(
      choice.policy,
      [{ type: 'created', at: receivedAt, by: 'customer', priority }],
      receivedAt,
    );
    const dueOf = (metric: string) =>
      targets.find((t) => t.metric === metric && t.cycle === 1)?.dueAt ?? null;
    return h(
      'tr',
      priority === current ? { class: 'current', 'data-priority': priority } : { 'data-priority': priority },
      h('th', { scope: 'row' }, labelled(priorityLabel(priority, locale), priority)),
      h('td', {}, dueTime(dueOf('firstReply'), zone, locale, text)),
      h('td', {}, dueTime(dueOf('resolution'), zone, locale, text)),
    );
  });
  return h(
    'table',
    { class: 'priorities' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, text.priority),
        h('th', { scope: 'col' }, text.firstReplyDue),
        h('th', { scope: 'col' }, text.resolutionDue),
      ),
    ),
    h('tbody', {}, ...rows),
  );
}

const holidaysByYear = new Map<number, ReadonlyMap<string, JapaneseHoliday>>();

function japaneseHoliday(date: string): JapaneseHoliday | undefined {
  const year = Number(date.slice(0, 4));
  let byDate = holidaysByYear.get(year);
  if (byDate === undefined) {
    byDate = new Map(japaneseHolidays(year).map((holiday) => [holiday.date, holiday]));
    holidaysByYear.set(year, byDate);
  }
  return byDate.get(date);
}

const nextDate = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const weekdayFormat = {
  en: new Intl.DateTimeFormat('en-US', {
    timeZone: 'UTC',
    weekday: 'short',
    month: 'numeric',
    day: 'numeric',
  }),
  ja: new Intl.DateTimeFormat('ja-JP', {
    timeZone: 'UTC',
    weekday: 'short',
    month: 'numeric',
    day: 'numeric',
  }),
};

function closedDays(choice: CalendarChoice, from: number, to: number | null, locale: Locale, text: Text) {
  const zone = choice.calendar.timeZone;
  const items: HTMLElement[] = [];
  if (to !== null) {
    const last = localDate(to, zone);
    let date = localDate(from, zone);
    for (let n = 0; n < MAX_DAYS && date <= last; n++, date = nextDate(date)) {
      if (isBusinessDay(choice.calendar, date)) continue;
      const holiday = choice.japaneseHolidays ? japaneseHoliday(date) : undefined;
      const day = weekdayFormat[locale].format(Date.parse(`${date}T00:00:00Z`));
      const name = holiday === undefined ? '' : ` ${locale === 'ja' ? holiday.name : holiday.nameEn}`;
      items.push(h('li', { 'data-date': date }, day, name));
    }
  }
  return items.length === 0
    ? h('p', { class: 'quiet' }, text.noClosedDays)
    : h('ul', { class: 'closed-days' }, ...items);
}

/**
 * Runs triageInquiry on the chosen calendar and renders the priority, due times, actions and
 * follow-ups, the due times at every priority, and the closed days on the way.
 *
 * @example
 * renderSla(output, { inquiry, from: '', receivedAt: Date.now(), calendarId: 'tokyo', senderDomain: '' }, 'en');
 */
export function renderSla(output: HTMLElement, fields: SlaFields, locale: Locale): void {
  const text = uiText(locale);
  if (fields.receivedAt === null) {
    output.replaceChildren(h('p', { class: 'quiet' }, text.needReceivedAt));
    return;
  }
  const choice = calendarChoice(fields.calendarId);
  const zone = choice.calendar.timeZone;
  const result = triageInquiry(
    {
      text: fields.inquiry,
      receivedAt: fields.receivedAt,
      ...(fields.from === '' ? {} : { from: fields.from }),
    },
    {
      policy: choice.policy,
      locale,
      ...(fields.senderDomain === '' ? {} : { senderDomain: fields.senderDomain }),
    },
  );
  if (!result.ok) {
    output.replaceChildren(h('ul', { class: 'error' }, explainedItem(result.error, text)));
    return;
  }
  const { sla } = result;
  output.replaceChildren(
    h('h4', {}, h('code', {}, 'triageInquiry')),
    facts([
      [text.priority, labelled(priorityLabel(result.priority, locale), result.priority), 'priority'],
      [
        text.firstReplyDue,
        dueIso(sla.firstReplyDue, sla.firstReplyDueMs, zone, locale, text),
        'firstReplyDue',
      ],
      [
        text.resolutionDue,
        dueIso(sla.resolutionDue, sla.resolutionDueMs, zone, locale, text),
        'resolutionDue',
      ],
    ]),
    explainedList(text.priorityReasons, result.priorityReasons, '', text),
    h('h4', {}, text.actions),
    result.actions.length === 0
      ? h('p', { class: 'quiet' }, text.noActions)
      : h(
          'ul',
          { class: 'actions' },
          ...result.actions.map((action) =>
            h(
              'li',
              { 'data-code': action.code },
              h('code', {}, action.code),
              ' ',
              h('strong', {}, action.message),
              action.dueMs === null
                ? ''
                : ` (${interpolate(text.dueBy, 'due', formatForPeople(action.dueMs, zone, locale))})`,
              h('span', { class: 'reason' }, action.reason),
            ),
          ),
        ),
    h('h4', {}, text.followUps),
    sla.followUps.length === 0
      ? h('p', { class: 'quiet' }, text.noFollowUps)
      : h(
          'ul',
          { class: 'follow-ups' },
          ...sla.followUps.map((f) =>
            h(
              'li',
              { 'data-code': f.code },
              dueTime(f.atMs, zone, locale, text),
              ' ',
              h('code', {}, f.code),
              ' ',
              f.message,
            ),
          ),
        ),
    h('h4', {}, text.closedDays),
    closedDays(choice, fields.receivedAt, sla.resolutionDueMs, locale, text),
    h('h4', {}, h('code', {}, 'evaluateSla'), ' — ', text.priorityTable),
    priorityTable(choice, fields.receivedAt, result.priority, locale, text),
  );
}
