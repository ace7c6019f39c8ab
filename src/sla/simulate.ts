import { addBusinessMinutes } from './addBusinessMinutes.ts';
import { businessMinutesBetween } from './businessMinutesBetween.ts';
import { toInstant } from './date.ts';
import { failedReply } from './failedReply.ts';
import { METRICS, PRIORITIES, STATUSES } from './names.ts';
import type {
  BusinessCalendar,
  InstantInput,
  Metric,
  Priority,
  SlaPolicy,
  Target,
  TargetState,
  TicketEvent,
  TicketStatus,
} from './types.ts';
import { checkPolicy } from './validatePolicy.ts';

const TYPES: readonly string[] = [
  'created',
  'customerMessage',
  'agentReply',
  'statusChange',
  'priorityChange',
  'deliveryFailed',
  'customerReportsNoReply',
];
const DEFAULT_PAUSED: Partial<Record<Metric, readonly TicketStatus[]>> = {
  pausableUpdate: ['pending'],
  requesterWait: ['pending'],
  agentWork: ['pending', 'onHold'],
};
/** Metrics fulfilled by solving (the others are cancelled by it). */
const SOLVE_FULFILS: readonly Metric[] = ['requesterWait', 'agentWork', 'resolution'];

/** One cycle of one metric while the history is replayed. */
export interface Cycle {
  readonly metric: Metric;
  readonly n: number;
  priority: Priority;
  readonly startedAt: number;
  /** Flat `[start, end, start, end, …]`; an odd length means running since the last start. */
  readonly segs: number[];
  retargetAt: number;
  breachedAt?: number | undefined;
  /** Set while the cycle is stopped (reopening the ticket clears it). */
  stop?: CycleStop | undefined;
}

/** How a cycle stopped. */
export interface CycleStop {
  readonly at: number;
  readonly fulfilled: boolean;
  /** Whether the cycle was running (not paused) when it stopped. */
  readonly wasRunning: boolean;
}

/** A validated event with its instant. */
export type TimedEvent = TicketEvent & { readonly t: number; readonly i: number };

/** The replayed history. */
export interface Simulation {
  readonly now: number;
  readonly events: readonly TimedEvent[];
  /** Every cycle, by metric (in the order of {@link METRICS}), then cycle number. */
  readonly cycles: readonly Cycle[];
  readonly status: TicketStatus;
  readonly priority: Priority;
  readonly calendar: BusinessCalendar | undefined;
  /** The instant the cycle's elapsed time reaches `minutes` (see {@link reach}). */
  readonly reach: (c: Cycle, minutes: number, strict: boolean) => number | null;
  /** The state of a cycle, or `undefined` when it has no target. */
  readonly state: (c: Cycle) => TargetState | undefined;
}

function bad(what: string, problem: string): never {
  throw new TypeError(`${what} ${problem}`);
}

/** Validates and times the events; events after `now` are left out (the state as of `now`). */
function timeEvents(events: readonly TicketEvent[], now: number, fn: string): TimedEvent[] {
  if (!Array.isArray(events) || events.length === 0) bad(`${fn}: events`, 'must be a non-empty array');
  const out: TimedEvent[] = [];
  let last = -Infinity;
  events.forEach((event, i) => {
    const where = `${fn}: events[${i}]`;
    if (typeof event !== 'object' || event === null || !TYPES.includes(event.type)) {
      bad(where, `has an unknown type ${JSON.stringify((event as { type?: unknown } | null)?.type)}`);
    }
    if ((i === 0) !== (event.type === 'created'))
      bad(where, 'must be the one "created" event, first in the list');
    const t = toInstant(event.at, `${where}.at`);
    if (t < last) bad(where, `is out of order: ${event.at} is before the previous event`);
    last = t;
    if (event.type === 'statusChange' && !STATUSES.includes(event.to)) {
      bad(
        `${where}.to`,
        `is an unknown status ${JSON.stringify(event.to)} (expected ${STATUSES.join(', ')})`,
      );
    }
    const priority =
      event.type === 'created' ? event.priority : event.type === 'priorityChange' ? event.to : 'low';
    if (!PRIORITIES.includes(priority)) bad(where, `has an unknown priority ${JSON.stringify(priority)}`);
    if (t <= now) out.push({ ...event, t, i });
  });
  return out;
}

/**
 * Replays a ticket's history under a policy, as of `now`.
 *
 * @example
 * simulate(policy, events, '2025-06-04T12:00:00+09:00', 'evaluateSla').cycles.length
 */
export function simulate(
  policy: SlaPolicy,
  events: readonly TicketEvent[],
  nowInput: InstantInput,
  fn: string,
): Simulation {
  const now = toInstant(nowInput, `${fn}: now`);
  const calendar = checkPolicy(policy, fn);
  const timed = timeEvents(events, now, fn);
  const undelivered = new Set<number>();
  if (policy.undeliveredReplyFulfils === false) {
    for (const e of timed) {
      const reply = e.type === 'deliveryFailed' ? failedReply(timed, e) : undefined;
      if (reply !== undefined) undelivered.add(reply.i);
    }
  }
  /** The target of a cycle at its priority (or at another one). */
  const target = (c: Cycle, priority = c.priority): Target | undefined =>
    policy.targets[c.metric]?.[priority];
  const measure = (basis: Target['basis'], a: number, b: number): number =>
    basis === 'business' && calendar !== undefined
      ? businessMinutesBetween(calendar, a, b)
      : (b - a) / 60_000;
  const advance = (basis: Target['basis'], a: number, minutes: number): number =>
    basis === 'business' && calendar !== undefined
      ? addBusinessMinutes(calendar, a, minutes)
      : a + minutes * 60_000;
  const reach = (c: Cycle, minutes: number, strict: boolean): number | null => {
    const tg = target(c);
    if (tg === undefined) return null;
    const segs = c.stop?.wasRunning ? c.segs.slice(0, -1) : c.segs;
    let used = 0;
    for (let i = 0; i < segs.length; i += 2) {
      const start = segs[i] ?? 0;
      const end = segs[i + 1];
      const at = advance(tg.basis, start, Math.max(0, minutes - used));
      if (end === undefined || at < end || (!strict && at === end)) return Math.max(at, c.retargetAt);
      used += measure(tg.basis, start, end);
    }
    return null;
  };
  /** The missed due instant, if the cycle breached before `until`. */
  const breach = (c: Cycle, until: number): number | undefined => {
    if (c.breachedAt !== undefined) return c.breachedAt;
    const tg = target(c);
    const due = tg === undefined ? null : reach(c, tg.minutes, true);
    return due !== null && due < until ? due : undefined;
  };

  const cycles: Cycle[] = [];
  const open = new Map<Metric, Cycle>();
  const counts = new Map<Metric, number>();
  const created = timed[0];
  let status: TicketStatus = 'new';
  let priority: Priority = created?.type === 'created' ? created.priority : 'normal';
  /** Whether a metric is paused in the current status. */
  const isPaused = (metric: Metric): boolean =>
    (policy.pausedIn?.[metric] ?? DEFAULT_PAUSED[metric] ?? []).includes(status);
  const running = (c: Cycle): boolean => c.segs.length % 2 === 1;
  const start = (metric: Metric, t: number): void => {
    const n = (counts.get(metric) ?? 0) + 1;
    counts.set(metric, n);
    const c: Cycle = { metric, n, priority, startedAt: t, segs: [], retargetAt: -Infinity };
    if (!isPaused(metric)) c.segs.push(t);
    cycles.push(c);
    open.set(metric, c);
  };
  const stop = (c: Cycle, t: number, fulfilled: boolean): void => {
    const wasRunning = running(c);
    if (wasRunning) c.segs.push(t);
    c.stop = { at: t, fulfilled, wasRunning };
    open.delete(c.metric);
  };
  const solvedLike = (s: TicketStatus): boolean => s === 'solved' || s === 'closed';

  for (const e of timed) {
    const t = e.t;
    if (e.type === 'created') {
      for (const metric of SOLVE_FULFILS) start(metric, t);
      if (e.by === 'customer') start('firstReply', t);
      if (policy.periodicStartsAt === 'creation') {
        start('periodicUpdate', t);
        start('pausableUpdate', t);
      }
    } else if (e.type === 'customerMessage' || e.type === 'customerReportsNoReply') {
      if (e.type === 'customerMessage' && e.public === false) continue;
      if (!counts.has('firstReply')) start('firstReply', t);
      else if (
        !open.has('firstReply') &&
        !open.has('nextReply') &&
        (e.type !== 'customerMessage' || e.needsReply !== false)
      ) {
        start('nextReply', t);
      }
    } else if (e.type === 'agentReply') {
      if (!e.public || undelivered.has(e.i)) continue;
      for (const metric of METRICS.slice(0, 4)) {
        const c = open.get(metric);
        if (c !== undefined) stop(c, t, true);
        if (metric.endsWith('Update') && !solvedLike(status)) start(metric, t);
      }
    } else if (e.type === 'statusChange') {
      const solved = solvedLike(e.to);
      if (solved && !solvedLike(status)) {
        for (const c of [...open.values()]) stop(c, t, SOLVE_FULFILS.includes(c.metric));
      } else if (!solved && solvedLike(status)) {
        for (const metric of SOLVE_FULFILS) {
          const c = cycles.find((x) => x.metric === metric);
          if (c?.stop === undefined) continue;
          c.stop = undefined;
          open.set(metric, c);
        }
      }
      status = e.to;
      // A running cycle that must pause ends its segment; a paused one that may run starts one.
      for (const c of open.values()) if (isPaused(c.metric) === running(c)) c.segs.push(t);
    } else if (e.type === 'priorityChange') {
      priority = e.to;
      if (policy.onPriorityChange === 'keep-cycle-target') continue;
      for (const c of open.values()) {
        if (c.priority === priority || target(c, priority) === undefined) continue;
        const missed = breach(c, t);
        if (missed !== undefined) {
          c.breachedAt = missed;
          continue;
        }
        c.priority = priority;
        c.retargetAt = t;
      }
    }
  }

  // In output order: by metric, then cycle (the sort is stable and cycles were made in order).
  cycles.sort((a, b) => METRICS.indexOf(a.metric) - METRICS.indexOf(b.metric));
  const state = (c: Cycle): TargetState | undefined => {
    const tg = target(c);
    if (tg === undefined) return undefined;
    const end = c.stop?.at ?? now;
    const segs = c.segs;
    let used = 0;
    for (let i = 0; i < segs.length; i += 2) used += measure(tg.basis, segs[i] ?? 0, segs[i + 1] ?? end);
    const isOpen = c.stop === undefined;
    const live = c.stop?.wasRunning ?? running(c);
    const due = reach(c, tg.minutes, true);
    const breachedAt = breach(c, end);
    const status: TargetState['status'] =
      breachedAt !== undefined
        ? 'breached'
        : c.stop?.fulfilled
          ? 'achieved'
          : c.stop !== undefined
            ? 'cancelled'
            : live
              ? 'active'
              : 'paused';
    const warnings = (policy.warnAt ?? [0.5, 0.75]).map((fraction) => {
      const at = reach(c, fraction * tg.minutes, false);
      const known = at !== null && at <= end ? at : isOpen && live ? at : null;
      return { fraction, at: known, passed: known !== null && known <= now };
    });
    return {
      metric: c.metric,
      cycle: c.n,
      priority: c.priority,
      status,
      target: tg,
      startedAt: c.startedAt,
      dueAt: breachedAt ?? (live && status !== 'cancelled' ? due : null),
      ...(c.stop?.fulfilled ? { fulfilledAt: end } : {}),
      ...(breachedAt === undefined ? {} : { breachedAt }),
      elapsedMinutes: used,
      remainingMinutes: tg.minutes - used,
      warnings,
    };
  };

  return { now, events: timed, cycles, status, priority, calendar, reach, state };
}
