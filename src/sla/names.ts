// The names the sla module knows, as data: what a policy may target and an event may say. One
// list each, shared by the replay (simulate.ts) and the policy check (validatePolicy.ts).
import type { Metric, Priority, TicketStatus } from './types.ts';

/** Every metric, in output order. */
export const METRICS: readonly [Metric, ...Metric[]] = [
  'firstReply',
  'nextReply',
  'periodicUpdate',
  'pausableUpdate',
  'requesterWait',
  'agentWork',
  'resolution',
];

/** Every priority, lowest first. */
export const PRIORITIES: readonly [Priority, ...Priority[]] = ['low', 'normal', 'high', 'urgent'];

/** Every ticket status. */
export const STATUSES: readonly [TicketStatus, ...TicketStatus[]] = [
  'new',
  'open',
  'pending',
  'onHold',
  'solved',
  'closed',
];
