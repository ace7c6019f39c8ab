import * as z from 'zod/mini';
import { ConfigError, isConfigError, nestConfigError } from '../internal/configError.ts';
import { METRICS, PRIORITIES, STATUSES } from './names.ts';
import { each, list, parseConfig, text } from './parseConfig.ts';
import { resolveCalendar } from './resolveCalendar.ts';
import type { BusinessCalendar, FollowUpPolicy, SlaPolicy } from './types.ts';

/** The longest target: a million minutes (694 days of wall time, about seven years of 9-hour days). */
const MAX_TARGET_MINUTES = 1_000_000;
/** The largest fraction of a target (`warnAt`, `escalations[].atFraction`, `delayNotice.lead.fraction`). */
const MAX_FRACTION = 10;
/** The most business days before a reminder or an auto-close (about four years). */
const MAX_BUSINESS_DAYS = 1_000;

let policySchema: z.ZodMiniType | undefined;
let followUpSchema: z.ZodMiniType | undefined;
let checkedPolicies: WeakSet<object> | undefined;
let checkedFollowUps: WeakSet<object> | undefined;

/** A number in `[0, max]`. */
function between(max: number) {
  return z.number().check(z.minimum(0), z.maximum(max));
}

function buildFollowUpSchema(): z.ZodMiniType {
  const metric = z.enum(METRICS);
  const days = z.int().check(z.minimum(0), z.maximum(MAX_BUSINESS_DAYS));
  return z.strictObject({
    delayNotice: z.optional(
      z.strictObject({
        metrics: list(metric),
        lead: z
          .strictObject({
            minutes: z.optional(between(MAX_TARGET_MINUTES)),
            fraction: z.optional(between(MAX_FRACTION)),
          })
          .check(
            z.refine(
              (lead) => (lead.minutes === undefined) !== (lead.fraction === undefined),
              'must have either "minutes" or "fraction"',
            ),
          ),
        skipIfAgentRepliedWithin: z.optional(between(MAX_TARGET_MINUTES)),
      }),
    ),
    pendingReminders: z.optional(
      z.strictObject({
        afterBusinessDays: list(days),
        autoCloseAfterBusinessDays: z.optional(days),
        snapToOpen: z.optional(z.boolean()),
      }),
    ),
    noReply: z.optional(z.strictObject({ alternateChannels: list(text()) })),
    escalations: z.optional(
      list(z.strictObject({ metric, atFraction: between(MAX_FRACTION), level: z.number() })),
    ),
  });
}

function buildPolicySchema(): z.ZodMiniType {
  const target = z.strictObject({
    minutes: between(MAX_TARGET_MINUTES),
    basis: z.enum(['business', 'calendar']),
  });
  followUpSchema ??= buildFollowUpSchema();
  return z.strictObject({
    id: text(),
    calendar: z.optional(
      z.custom(
        (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
        'must be a calendar or a calendar configuration',
      ),
    ),
    targets: each(METRICS, each(PRIORITIES, target)),
    pausedIn: z.optional(each(METRICS, list(z.enum(STATUSES)))),
    warnAt: z.optional(list(between(MAX_FRACTION))),
    onPriorityChange: z.optional(z.enum(['retarget-keep-elapsed', 'keep-cycle-target'])),
    periodicStartsAt: z.optional(z.enum(['firstAgentReply', 'creation'])),
    undeliveredReplyFulfils: z.optional(z.boolean()),
    followUps: z.optional(followUpSchema),
    description: z.optional(text()),
  });
}

/**
 * Validates an SLA policy once per object (later calls with the same object only resolve its
 * calendar) and returns its calendar. Throws a {@link ConfigError} naming the field, under
 * `policy`: an unknown or forbidden key, a wrong type, a list or a number out of bounds, a
 * business-basis target without a calendar, or a bad calendar configuration.
 *
 * @example
 * checkPolicy(policy, 'evaluateSla') // the policy's calendar, or undefined
 */
export function checkPolicy(policy: SlaPolicy, fn: string): BusinessCalendar | undefined {
  checkedPolicies ??= new WeakSet();
  if (!checkedPolicies.has(policy)) {
    policySchema ??= buildPolicySchema();
    parseConfig(policySchema, policy, fn, 'policy');
    const business = Object.values(policy.targets).some((byPriority) =>
      Object.values(byPriority ?? {}).some((target) => target?.basis === 'business'),
    );
    if (business && policy.calendar === undefined) {
      throw new ConfigError(fn, 'policy.calendar', 'is required by business-basis targets');
    }
  }
  let calendar: BusinessCalendar | undefined;
  try {
    calendar = policy.calendar === undefined ? undefined : resolveCalendar(policy.calendar);
  } catch (error) {
    throw isConfigError(error) ? nestConfigError(error, fn, 'policy.calendar') : error;
  }
  checkedPolicies.add(policy); // only once the calendar resolved too
  return calendar;
}

/**
 * Validates a follow-up policy once per object; throws a {@link ConfigError} naming the field,
 * under `followUps`.
 *
 * @example
 * checkFollowUps({ pendingReminders: { afterBusinessDays: [3, 7] } }, 'planFollowUps')
 */
export function checkFollowUps(followUps: FollowUpPolicy, fn: string): void {
  checkedFollowUps ??= new WeakSet();
  if (checkedFollowUps.has(followUps)) return;
  followUpSchema ??= buildFollowUpSchema();
  parseConfig(followUpSchema, followUps, fn, 'followUps');
  checkedFollowUps.add(followUps);
}
