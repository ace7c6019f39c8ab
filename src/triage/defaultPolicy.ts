import { ConfigError } from '../internal/configError.ts';
import { checkObject } from '../internal/configShape.ts';
import type { CalendarConfig, FollowUpPolicy, Metric, SlaPolicy } from '../sla/index.ts';
import { DEFAULT_TARGETS } from './defaultTargets.ts';
import type { TriagePolicy } from './types.ts';
import { checkTriagePolicy } from './validatePolicy.ts';

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
const OPTION_KEYS: readonly string[] = ['id', 'calendar', 'targets', 'followUps'];

function calendarOf(region: 'ja-JP' | 'en-US'): CalendarConfig {
  const end = region === 'ja-JP' ? '18:00' : '17:00';
  const weeklyHours = Object.fromEntries(WEEKDAYS.map((day) => [day, [['09:00', end]]]));
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

/** The default targets (copied: the table is shared and frozen) with the options' targets over them. */
function targetsOf(given: SlaPolicy['targets'] | undefined): SlaPolicy['targets'] {
  const metrics = new Set([...Object.keys(DEFAULT_TARGETS), ...Object.keys(given ?? {})]) as Set<Metric>;
  return Object.fromEntries(
    [...metrics].map((metric) => {
      const defaults = Object.entries(DEFAULT_TARGETS[metric] ?? {}).map(([p, t]) => [p, { ...t }]);
      return [metric, { ...Object.fromEntries(defaults), ...given?.[metric] }];
    }),
  );
}

function build(region: 'ja-JP' | 'en-US', options: DefaultPolicyOptions | undefined): TriagePolicy {
  return {
    id: options?.id ?? `default-${region}`,
    calendar: { ...calendarOf(region), ...options?.calendar },
    targets: targetsOf(options?.targets),
    warnAt: [],
    followUps: options?.followUps ?? {
      noReply: { alternateChannels: ['email', 'sms', 'phone'] },
      escalations: [{ metric: 'firstReply', atFraction: 0.75, level: 1 }],
    },
  };
}

/**
 * A ready-made SLA policy for a support desk in Japan or the United States: business hours, the
 * country's holidays where they are built in (Japan), targets per priority and follow-ups.
 *
 * @remarks
 * `ja-JP`: Mon–Fri 09:00–18:00 Asia/Tokyo, Japanese public holidays, closed 12/29–1/3.
 * `en-US`: Mon–Fri 09:00–17:00 America/New_York, no holidays built in (pass
 * `calendar.holidays` as a list of dates). Targets: see `DEFAULT_TARGETS`. The options are
 * validated at once, as strictly as a policy (see docs/triage.md, "Config validation"). A new
 * plain object (JSON-friendly) is returned on every call: change it before its first use if you
 * like (a policy is validated on first use, then trusted); the built-in tables never change.
 *
 * @param region - `'ja-JP'` or `'en-US'`.
 * @param options - Parts to replace; see {@link DefaultPolicyOptions}.
 * @returns A {@link TriagePolicy}.
 * @throws `ConfigError` (a `TypeError`) for another region or a bad option, naming the field.
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
    throw new ConfigError(
      'defaultPolicy',
      'region',
      `must be 'ja-JP' or 'en-US', got ${JSON.stringify(region)}`,
    );
  }
  if (options !== undefined) {
    checkObject(options, OPTION_KEYS, 'defaultPolicy', 'options');
    for (const key of ['calendar', 'targets', 'followUps'] as const) {
      if (options[key] !== undefined) checkObject(options[key], null, 'defaultPolicy', `options.${key}`);
    }
    // Validated on a twin that shares no object with the policy handed out, so that the latter is
    // still unchecked (and may be changed before its first use) and nothing of yours is remembered.
    const { followUps } = options as DefaultPolicyOptions;
    const twin = build(region, { ...options, followUps: followUps && { ...followUps } });
    checkTriagePolicy(twin, twin.followUps ?? {}, 'defaultPolicy', (field) =>
      field === 'policy' ? 'options' : field.replace(/^policy\./, 'options.'),
    );
  }
  return build(region, options);
}
