// The business calendars a visitor can choose for the SLA clock: Tokyo office hours with the
// Japanese holidays built into support-kit, New York with a custom holiday list, and a 24×7 desk.
// Each policy is made once (triageInquiry validates a policy object on its first use).
import { type BusinessCalendar, createCalendar, type Weekday } from 'support-kit/sla';
import { defaultPolicy, type TriagePolicy } from 'support-kit/triage';

/** The calendars offered in the page. */
export type CalendarId = 'tokyo' | 'newYork' | 'tokyo24';

/** Ids of the calendars, in the order of the menu. */
export const CALENDAR_IDS: readonly CalendarId[] = ['tokyo', 'newYork', 'tokyo24'];

/** A calendar choice: the triage policy built on it, and the calendar itself. */
export interface CalendarChoice {
  readonly policy: TriagePolicy;
  readonly calendar: BusinessCalendar;
  /** Whether the calendar closes on Japanese public holidays (to name them). */
  readonly japaneseHolidays: boolean;
}

const ALL_DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const AROUND_THE_CLOCK = [['00:00', '24:00']] as const;

/** US holidays the New York desk closes on (Thanksgiving, Christmas), as custom dates. */
const NEW_YORK_HOLIDAYS = ['2026-11-26', '2026-12-25', '2027-11-25', '2027-12-24'];

function policyOf(id: CalendarId): TriagePolicy {
  switch (id) {
    case 'tokyo':
      return defaultPolicy('ja-JP');
    case 'newYork':
      return defaultPolicy('en-US', { calendar: { holidays: NEW_YORK_HOLIDAYS } });
    case 'tokyo24':
      return defaultPolicy('ja-JP', {
        id: 'tokyo-24x7',
        calendar: {
          weeklyHours: Object.fromEntries(ALL_DAYS.map((day) => [day, AROUND_THE_CLOCK])),
          holidays: null,
          closures: [],
        },
      });
  }
}

const made = new Map<CalendarId, CalendarChoice>();

/**
 * The policy and calendar of a choice, made on first use and then reused.
 *
 * @example
 * calendarChoice('tokyo').calendar.timeZone //=> 'Asia/Tokyo'
 */
export function calendarChoice(id: CalendarId): CalendarChoice {
  let choice = made.get(id);
  if (choice === undefined) {
    const base = policyOf(id);
    if (base.calendar === undefined) throw new Error(`policy ${base.id} has no calendar`);
    const calendar = 'periodsOn' in base.calendar ? base.calendar : createCalendar(base.calendar);
    choice = {
      policy: { ...base, calendar },
      calendar,
      japaneseHolidays: calendar.config.holidays === 'JP' || calendar.config.holidays === 'jp',
    };
    made.set(id, choice);
  }
  return choice;
}

/**
 * Whether a string is one of the offered calendars.
 *
 * @example
 * isCalendarId('tokyo') //=> true
 */
export function isCalendarId(value: string): value is CalendarId {
  return (CALENDAR_IDS as readonly string[]).includes(value);
}
