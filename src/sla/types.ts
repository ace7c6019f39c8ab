import type { Diagnostic } from '../internal/diagnostic.ts';

/** A day of the week, as used in {@link CalendarConfig.weeklyHours}. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** A local wall-clock time `"HH:MM"` from `"00:00"` to `"24:00"` (the latter only as an end). */
export type WallTime = string;

/** A local calendar date `"YYYY-MM-DD"` in the calendar's time zone. */
export type LocalDate = string;

/**
 * An instant as input: epoch milliseconds, a `Date`, or an ISO-8601 string **with** an offset
 * (`Z`, `+09:00`, `-0500`). A string without an offset is refused, because a bare local time means
 * a different instant in every zone.
 */
export type InstantInput = number | string | Date;

/** An instant as output: epoch milliseconds. */
export type Instant = number;

/**
 * A half-open range of local wall-clock time `[start, end)`. An `end` at or before `start` means the
 * range ends on the next day (`["22:00", "06:00"]`); `"24:00"` is a legal end.
 */
export type TimeRange = readonly [start: WallTime, end: WallTime];

/** A company closure (年末年始, お盆, a founding day): every period that starts inside it is cancelled. */
export interface Closure {
  /** A label for people. */
  readonly name?: string | undefined;
  /** First closed date, inclusive: `"MM-DD"` (every year) or `"YYYY-MM-DD"` (once). */
  readonly from: string;
  /** Last closed date, inclusive, in the same form as `from`; `"12-29"`..`"01-03"` wraps the year. */
  readonly to: string;
}

/** Hours for one date that win over the weekly hours, holidays and closures (`[]` closes the day). */
export interface DateOverride {
  /** The local date. */
  readonly date: LocalDate;
  /** The ranges that start on that date. */
  readonly hours: readonly TimeRange[];
}

/** The configuration given to {@link createCalendar}. */
export interface CalendarConfig {
  /** IANA time zone of the weekly hours, e.g. `"Asia/Tokyo"`. */
  readonly timeZone: string;
  /** Ranges per weekday; a weekday that is absent or `[]` is closed. */
  readonly weeklyHours: Readonly<Partial<Record<Weekday, readonly TimeRange[]>>>;
  /**
   * Public holidays: `'JP'` (built in, 2000–2099), a list of dates, a predicate, or `null` for none.
   * @defaultValue `null`
   */
  readonly holidays?: 'JP' | 'jp' | readonly LocalDate[] | ((date: LocalDate) => boolean) | null | undefined;
  /** Dates added to the holidays (a new special law, an equinox that differs from the formula). */
  readonly extraHolidays?: readonly LocalDate[] | undefined;
  /** Dates removed from the holidays (working on a public holiday); closures still apply. */
  readonly removedHolidays?: readonly LocalDate[] | undefined;
  /** Company closures, yearly or one-off. */
  readonly closures?: readonly Closure[] | undefined;
  /** Per-date hours (a Saturday workday, a half day on 12/28). */
  readonly overrides?: readonly DateOverride[] | undefined;
  /**
   * Which date a period belongs to when it crosses midnight; only `'period-start'` exists:
   * a closed date cancels the periods that **start** on it.
   * @defaultValue `'period-start'`
   */
  readonly holidayAttribution?: 'period-start' | undefined;
  /** Free text for people; ignored. */
  readonly description?: string | undefined;
}

/** A validated calendar made by {@link createCalendar}; pass it to every business-time function. */
export interface BusinessCalendar {
  /** The IANA time zone. */
  readonly timeZone: string;
  /** The configuration it was made from. */
  readonly config: CalendarConfig;
  /**
   * The business periods that start on a local day (days since 1970-01-01 in the zone), as flat
   * `[start, end, start, end, …]` epoch milliseconds. Memoized; an implementation detail.
   */
  readonly periodsOn: (day: number) => readonly number[];
}

/** A calendar made by {@link createCalendar}, or a configuration to make one from. */
export type CalendarInput = BusinessCalendar | CalendarConfig;

/** One business period, half-open `[start, end)`, in epoch milliseconds. */
export interface BusinessPeriod {
  /** First instant inside. */
  readonly start: Instant;
  /** First instant outside. */
  readonly end: Instant;
}

/** Why a Japanese date is a holiday. */
export type JapaneseHolidayKind = 'national' | 'substitute' | 'citizens';

/** A Japanese holiday (国民の祝日, 振替休日 or 国民の休日). */
export interface JapaneseHoliday {
  /** `"YYYY-MM-DD"`. */
  readonly date: LocalDate;
  /** Japanese name, e.g. `"春分の日"`. */
  readonly name: string;
  /** English name, e.g. `"Vernal Equinox Day"`. */
  readonly nameEn: string;
  /** `national` (祝日, incl. 2019's enthronement days), `substitute` (振替休日) or `citizens` (国民の休日). */
  readonly kind: JapaneseHolidayKind;
}

/** Ticket priority. */
export type Priority = 'low' | 'normal' | 'high' | 'urgent';

/** An SLA clock. */
export type Metric =
  | 'firstReply'
  | 'nextReply'
  | 'periodicUpdate'
  | 'pausableUpdate'
  | 'requesterWait'
  | 'agentWork'
  | 'resolution';

/** Ticket status (Zendesk's set; `onHold` = waiting on a third party). */
export type TicketStatus = 'new' | 'open' | 'pending' | 'onHold' | 'solved' | 'closed';

/** A channel a message went through. */
export type Channel = 'email' | 'web' | 'chat' | 'phone' | 'sms' | 'line' | (string & {});

/** A target: so many minutes, counted in business time or in calendar (wall) time. */
export interface Target {
  /** Minutes allowed, 0 to 1,000,000; `0` means due at the start instant. */
  readonly minutes: number;
  /** `business` counts only the calendar's business time; `calendar` counts every minute. */
  readonly basis: 'business' | 'calendar';
}

/**
 * An SLA policy: targets per metric and priority, and how the clocks behave. Validated strictly on
 * its first use (unknown or forbidden keys, wrong types, out-of-bounds sizes throw a `ConfigError`
 * naming the field); the same object is not validated again, so do not change it after use.
 */
export interface SlaPolicy {
  /** Your identifier. */
  readonly id: string;
  /** The calendar of business-basis targets (required when any target uses `business`). */
  readonly calendar?: CalendarInput | undefined;
  /** Targets per metric, then per priority. A metric or priority without a target has no clock. */
  readonly targets: Readonly<Partial<Record<Metric, Readonly<Partial<Record<Priority, Target>>>>>>;
  /**
   * Statuses that pause each metric.
   * @defaultValue `{ pausableUpdate: ['pending'], requesterWait: ['pending'], agentWork: ['pending', 'onHold'] }`
   */
  readonly pausedIn?: Readonly<Partial<Record<Metric, readonly TicketStatus[]>>> | undefined;
  /**
   * Fractions of the target (0 to 10) at which {@link TargetState.warnings} are computed.
   * @defaultValue `[0.5, 0.75]`
   */
  readonly warnAt?: readonly number[] | undefined;
  /**
   * What a priority change does to a running cycle: take the new priority's target and keep the
   * time used (`retarget-keep-elapsed`), or keep the target it started with.
   * @defaultValue `'retarget-keep-elapsed'`
   */
  readonly onPriorityChange?: 'retarget-keep-elapsed' | 'keep-cycle-target' | undefined;
  /**
   * When the first periodic/pausable update cycle starts.
   * @defaultValue `'firstAgentReply'`
   */
  readonly periodicStartsAt?: 'firstAgentReply' | 'creation' | undefined;
  /**
   * Whether a reply that later got a `deliveryFailed` event still fulfils its cycle.
   * @defaultValue `true`
   */
  readonly undeliveredReplyFulfils?: boolean | undefined;
  /**
   * Follow-ups kept with the policy (the shape of the `--policy` file of the CLI and of
   * `TriagePolicy`); validated with the policy. {@link planFollowUps} takes its follow-ups as an
   * argument.
   * @defaultValue none
   */
  readonly followUps?: FollowUpPolicy | undefined;
  /** Free text for people; ignored. */
  readonly description?: string | undefined;
}

/** One entry of a ticket's history. Events must be in time order and start with `created`. */
export type TicketEvent =
  | {
      readonly type: 'created';
      readonly at: InstantInput;
      readonly by: 'customer' | 'agent';
      readonly priority: Priority;
      readonly channel?: Channel | undefined;
    }
  | {
      readonly type: 'customerMessage';
      readonly at: InstantInput;
      readonly public?: boolean | undefined;
      readonly channel?: Channel | undefined;
      readonly needsReply?: boolean | undefined;
    }
  | {
      readonly type: 'agentReply';
      readonly at: InstantInput;
      readonly public: boolean;
      readonly channel?: Channel | undefined;
      readonly id?: string | undefined;
    }
  | { readonly type: 'statusChange'; readonly at: InstantInput; readonly to: TicketStatus }
  | { readonly type: 'priorityChange'; readonly at: InstantInput; readonly to: Priority }
  | {
      readonly type: 'deliveryFailed';
      readonly at: InstantInput;
      readonly replyId?: string | undefined;
      readonly channel?: Channel | undefined;
    }
  | {
      readonly type: 'customerReportsNoReply';
      readonly at: InstantInput;
      readonly channel?: Channel | undefined;
    };

/** A warning threshold of a cycle. */
export interface TargetWarning {
  /** Fraction of the target. */
  readonly fraction: number;
  /** When the elapsed time reaches it; `null` if it will not (fulfilled first, or paused now). */
  readonly at: Instant | null;
  /** Whether `at` is at or before `now`. */
  readonly passed: boolean;
}

/** The state of one cycle of one metric. */
export interface TargetState {
  /** The metric. */
  readonly metric: Metric;
  /** 1-based cycle number within the metric (next reply and updates have several). */
  readonly cycle: number;
  /** The priority whose target applies. */
  readonly priority: Priority;
  /** `achieved` iff fulfilled at or before `dueAt`; `breached` iff past `dueAt` unfulfilled. */
  readonly status: 'active' | 'paused' | 'achieved' | 'breached' | 'cancelled';
  /** The target that applies. */
  readonly target: Target;
  /** When the cycle started. */
  readonly startedAt: Instant;
  /** When it is (or was) due; `null` while paused or when cancelled before a breach. */
  readonly dueAt: Instant | null;
  /** When it was fulfilled. */
  readonly fulfilledAt?: Instant;
  /** When it breached (the due instant that was missed). */
  readonly breachedAt?: Instant;
  /** Minutes used, in the target's basis, excluding paused time. */
  readonly elapsedMinutes: number;
  /** `target.minutes − elapsedMinutes`; negative once overdue. */
  readonly remainingMinutes: number;
  /** One entry per fraction of {@link SlaPolicy.warnAt}. */
  readonly warnings: readonly TargetWarning[];
}

/** The result of {@link evaluateSla}. */
export interface SlaEvaluation {
  /** Every cycle with a target, by metric (in the order of the {@link Metric} union), then cycle. */
  readonly targets: readonly TargetState[];
  /** The active cycle due first, if any. */
  readonly nextDeadline: TargetState | null;
}

/** What {@link planFollowUps} may plan. */
export interface FollowUpPolicy {
  /** A "this is taking longer" notice before a target is due. */
  readonly delayNotice?:
    | {
        /** Metrics to watch, usually `['resolution']` or `['periodicUpdate']`. */
        readonly metrics: readonly Metric[];
        /** How long before `dueAt`, in the target's basis. */
        readonly lead: { readonly minutes: number } | { readonly fraction: number };
        /** Skip when a public agent reply was made this many (wall) minutes before the notice. */
        readonly skipIfAgentRepliedWithin?: number | undefined;
      }
    | undefined;
  /** Reminders to a customer who went quiet while the ticket is pending, then auto-close. */
  readonly pendingReminders?:
    | {
        /** Business days (whole, 0 to 1,000) after the ticket became pending, one reminder each, e.g. `[3, 7]`. */
        readonly afterBusinessDays: readonly number[];
        /** Business days after which to close the ticket. */
        readonly autoCloseAfterBusinessDays?: number | undefined;
        /**
         * Move a send outside business hours to the next opening.
         * @defaultValue `true`
         */
        readonly snapToOpen?: boolean | undefined;
      }
    | undefined;
  /** Re-send our reply through another channel when it bounced or the customer says none arrived. */
  readonly noReply?: { readonly alternateChannels: readonly Channel[] } | undefined;
  /** Escalations at fractions of a target (not snapped to business hours: on-call may be 24×7). */
  readonly escalations?:
    | readonly { readonly metric: Metric; readonly atFraction: number; readonly level: number }[]
    | undefined;
}

/** Stable codes of follow-up actions. */
export type FollowUpCode =
  | 'delay-notice'
  | 'pending-reminder'
  | 'auto-close'
  | 'resend-via-alternate-channel'
  | 'escalate';

/** Stable codes of planner warnings. */
export type SlaWarningCode = 'target-breached' | 'no-alternate-channel';

/** Every stable code of this module (for message tables). */
export type SlaCode = FollowUpCode | SlaWarningCode;

/** Fields every follow-up action has. */
export interface ActionBase {
  /** When to act (epoch ms). */
  readonly at: Instant;
  /** A key that stays the same across calls, for de-duplicating what was already sent. */
  readonly key: string;
  /** What to do, in the caller's locale. */
  readonly message: string;
}

/** A dated action; the planner never sends anything, the caller schedules it. */
export type FollowUpAction =
  | (ActionBase & {
      readonly kind: 'delayNotice';
      readonly code: 'delay-notice';
      readonly metric: Metric;
      readonly cycle: number;
      readonly dueAt: Instant;
    })
  | (ActionBase & {
      readonly kind: 'pendingReminder';
      readonly code: 'pending-reminder';
      readonly n: number;
      readonly pendingSince: Instant;
    })
  | (ActionBase & { readonly kind: 'autoClose'; readonly code: 'auto-close'; readonly pendingSince: Instant })
  | (ActionBase & {
      readonly kind: 'resendViaAlternateChannel';
      readonly code: 'resend-via-alternate-channel';
      readonly replyId?: string;
      readonly channels: readonly Channel[];
    })
  | (ActionBase & {
      readonly kind: 'escalate';
      readonly code: 'escalate';
      readonly metric: Metric;
      readonly cycle: number;
      readonly level: number;
    });

/** A planner warning: a {@link Diagnostic} with the cycle it is about. */
export type SlaWarning = Diagnostic<SlaWarningCode> & {
  readonly metric?: Metric;
  readonly cycle?: number;
  readonly at?: Instant;
};

/** The result of {@link planFollowUps}. */
export interface FollowUpPlan {
  /** Actions whose time has come (`at <= now`) and that nothing has superseded. */
  readonly due: readonly FollowUpAction[];
  /** Actions planned after `now`. */
  readonly upcoming: readonly FollowUpAction[];
  /** Things an agent should know (a breached target, no channel left to re-send through). */
  readonly warnings: readonly SlaWarning[];
}
