import { ConfigError, isConfigError } from '../internal/configError.ts';
import { evaluateSla, type FollowUpPolicy, planFollowUps, type TicketEvent } from '../sla/index.ts';
import type { TriagePolicy } from './types.ts';

const CHECK_AT = Date.UTC(2025, 0, 6, 3);
const EVENTS: readonly TicketEvent[] = [
  { type: 'created', at: CHECK_AT, by: 'customer', priority: 'normal' },
];

let checkedPolicies: WeakSet<object> | undefined;
let checkedFollowUps: WeakSet<object> | undefined;

/**
 * Validates a triage policy and its follow-ups once per object pair, the way `evaluateSla` and
 * `planFollowUps` read them (strictly: unknown or forbidden keys, wrong types, sizes), by running
 * them on a one-event ticket. Throws a {@link ConfigError} from `where`, naming the field
 * (`policy.targets.firstReply.normal.minutes`); `rename` maps the field's root for callers whose
 * configuration has another name (`defaultPolicy`'s options).
 *
 * @example
 * checkTriagePolicy(policy, policy.followUps ?? {}, 'triageInquiry')
 */
export function checkTriagePolicy(
  policy: TriagePolicy,
  followUps: FollowUpPolicy,
  where: string,
  rename: (field: string) => string = (field) => field,
): void {
  checkedPolicies ??= new WeakSet();
  checkedFollowUps ??= new WeakSet();
  if (checkedPolicies.has(policy) && checkedFollowUps.has(followUps)) return;
  if (typeof policy !== 'object' || policy === null)
    throw new ConfigError(where, 'policy', 'must be an object');
  if (typeof followUps !== 'object' || followUps === null) {
    throw new ConfigError(where, 'followUps', 'must be an object');
  }
  try {
    evaluateSla(policy, EVENTS, CHECK_AT);
    planFollowUps(policy, followUps, EVENTS, CHECK_AT);
  } catch (error) {
    if (isConfigError(error)) throw new ConfigError(where, rename(error.field), error.problem);
    // A calendar that never opens, for instance: the policy cannot be used.
    throw new ConfigError(where, rename('policy'), `cannot be used: ${(error as Error).message}`);
  }
  checkedPolicies.add(policy);
  checkedFollowUps.add(followUps);
}
