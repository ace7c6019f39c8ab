import type { TimedEvent } from './simulate.ts';
import type { TicketEvent } from './types.ts';

/** A public agent reply of a replayed history. */
export type TimedReply = Extract<TicketEvent, { type: 'agentReply' }> & TimedEvent;

/**
 * The public reply that did not reach the customer according to `event`: the reply named by a
 * `deliveryFailed` event's `replyId`, else the last public reply before `event`.
 *
 * @example
 * failedReply(sim.events, { type: 'deliveryFailed', at: '2025-06-02T12:00:00+09:00', t, i: 3 })?.id
 */
export function failedReply(events: readonly TimedEvent[], event: TimedEvent): TimedReply | undefined {
  const id = event.type === 'deliveryFailed' ? event.replyId : undefined;
  let reply: TimedReply | undefined;
  for (const r of events) {
    if (r.i < event.i && r.type === 'agentReply' && r.public && (id === undefined || r.id === id)) reply = r;
  }
  return reply;
}
