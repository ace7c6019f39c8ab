import type { CalendarConfig, FollowUpPolicy, Metric, SlaPolicy } from '../sla/index.ts';
import { DEFAULT_TARGETS } from './defaultTargets.ts';
import type { TriagePolicy } from './types.ts';

/**
 * Options of {@link defaultPolicy}: replace parts of the default.
 *
 * @example
 * const options: DefaultPolicyOptions = { calendar: { closures: [] } };
 */
export interface DefaultPolicyOptions {
  /**
   * The policy's `id`.
   * @defaultValue `'default-ja-JP'` / `'default-en-US'`
   */
  readonly id?: string | undefined;
  /**
   * Fields of the calendar configuration that replace the default's (`timeZone`, `weeklyHours`,
   * `holidays`, `closures`…).
   * @defaultValue the region's calendar (see docs/triage.md)
   */
  readonly calendar?: Partial<CalendarConfig> | undefined;
  /**
   * Targets merged over the default per metric, then per priority.
   * @defaultValue the default targets
   */
  readonly targets?: SlaPolicy['targets'] | undefined;
  /**
   * Follow-ups that replace the default's.
   * @defaultValue escalate at 75 % of the first reply; re-send by e-mail, SMS or phone when no reply arrived
   */
  readonly followUps?: FollowUpPolicy | undefined;
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

function calendarOf(region: 'ja-JP' | 'en-US'): CalendarConfig {
  const hours = region === 'ja-JP' ? ([['09:00', '18:00']] as const) : ([['09:00', '17:00']] as const);
  const weeklyHours = Object.fromEntries(WEEKDAYS.map((day) => [day, hours]));
  return region === 'ja-JP'
    ? {
        description: 'Japan: weekdays 09:00-18:00 Asia/Tokyo, Japanese public holidays, closed 12/29-1/3',
        timeZone: 'Asia/Tokyo',
        weeklyHours,
        holidays: 'JP',
        closures: [{ name: '年末年始', from: '12-29', to: '01-03' }],
      }
    : {
        description: 'United States: weekdays 09:00-17:00 America/New_York; add your holidays',
        timeZone: 'America/New_York',
        weeklyHours,
        holidays: null,
      };
}

/**
 * A ready-made SLA policy for a support desk in Japan or the United States: business hours, the
 * country's holidays where they are built in (Japan), targets per priority and follow-ups.
 *
 * @remarks
 * `ja-JP`: Mon–Fri 09:00–18:00 Asia/Tokyo, Japanese public holidays, closed 12/29–1/3.
 * `en-US`: Mon–Fri 09:00–17:00 America/New_York, no holidays built in (pass
 * `calendar.holidays` as a list of dates). Targets: see `DEFAULT_TARGETS`. A new plain object
 * (JSON-friendly) is returned on every call, so it is safe to change.
 *
 * @param region - `'ja-JP'` or `'en-US'`.
 * @param options - Parts to replace; see {@link DefaultPolicyOptions}.
 * @returns A {@link TriagePolicy}.
 * @throws `TypeError` for another region.
 *
 * @example
 * defaultPolicy('ja-JP').calendar?.timeZone //=> 'Asia/Tokyo'
 *
 * @example
 * defaultPolicy('en-US', { targets: { firstReply: { normal: { minutes: 240, basis: 'business' } } } })
 *   .targets.firstReply?.normal
 * //=> { minutes: 240, basis: 'business' }
 */
export function defaultPolicy(region: 'ja-JP' | 'en-US', options?: DefaultPolicyOptions): TriagePolicy {
  if (region !== 'ja-JP' && region !== 'en-US') {
    throw new TypeError(`defaultPolicy: region must be 'ja-JP' or 'en-US', got ${JSON.stringify(region)}`);
  }
  const targets: Record<string, unknown> = {};
  const metrics = new Set([...Object.keys(DEFAULT_TARGETS), ...Object.keys(options?.targets ?? {})]);
  for (const metric of metrics as Set<Metric>) {
    targets[metric] = { ...DEFAULT_TARGETS[metric], ...options?.targets?.[metric] };
  }
  return {
    id: options?.id ?? `default-${region}`,
    calendar: { ...calendarOf(region), ...options?.calendar },
    targets: targets as SlaPolicy['targets'],
    warnAt: [],
    followUps: options?.followUps ?? {
      noReply: { alternateChannels: ['email', 'sms', 'phone'] },
      escalations: [{ metric: 'firstReply', atFraction: 0.75, level: 1 }],
    },
  };
}
