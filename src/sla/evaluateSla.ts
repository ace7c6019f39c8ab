import { simulate } from './simulate.ts';
import type { InstantInput, SlaEvaluation, SlaPolicy, TargetState, TicketEvent } from './types.ts';

/**
 * Computes every SLA clock of a ticket from its history, as of `now` (compute-on-read: nothing is
 * stored, so a changed policy or calendar applies at once).
 *
 * @remarks
 * Clocks follow Zendesk's metrics (first reply, next reply, periodic and pausable update, requester
 * wait, agent work, resolution) with JSM-style cycles. A target is **achieved iff fulfilled at or
 * before `dueAt`**, **breached iff `now > dueAt`** without fulfilment; a 0-minute target is due at its
 * start. Paused time and non-business time both count zero. A priority change gives running cycles
 * the new priority's target and keeps the time used (`onPriorityChange`); a breached cycle stays
 * breached. Every cycle is evaluated with the policy's current calendar. Events after `now` are
 * ignored, so replaying a history at an earlier `now` shows the state at that time.
 *
 * @param policy - Targets, calendar and clock rules; see {@link SlaPolicy}.
 * @param events - The ticket's history in time order, starting with `created`.
 * @param now - The instant to evaluate at.
 * @returns Every cycle that has a target, and the next deadline.
 * @throws `TypeError` for an invalid policy or history (events out of order, unknown type, status or
 * priority, a string instant without offset), naming the field.
 *
 * @example
 * const { nextDeadline } = evaluateSla(policy, [
 *   { type: 'created', at: '2025-06-02T10:00:00+09:00', by: 'customer', priority: 'normal' },
 * ], '2025-06-02T12:00:00+09:00');
 * nextDeadline?.metric //=> 'firstReply'
 */
export function evaluateSla(
  policy: SlaPolicy,
  events: readonly TicketEvent[],
  now: InstantInput,
): SlaEvaluation {
  const sim = simulate(policy, events, now, 'evaluateSla');
  const targets = sim.cycles.map(sim.state).filter((state) => state !== undefined);
  let nextDeadline: TargetState | null = null;
  for (const state of targets) {
    if (
      state.status === 'active' &&
      state.dueAt !== null &&
      (nextDeadline?.dueAt ?? Infinity) > state.dueAt
    ) {
      nextDeadline = state;
    }
  }
  return { targets, nextDeadline };
}

/**
 * The same function as {@link evaluateSla}, under the name of the design notes.
 *
 * @example
 * computeSla === evaluateSla //=> true
 */
export const computeSla: typeof evaluateSla = evaluateSla;
