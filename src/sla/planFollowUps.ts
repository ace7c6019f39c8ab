import type { Diagnostic, Locale } from '../internal/diagnostic.ts';
import { addBusinessDays } from './addBusinessDays.ts';
import { failedReply, type TimedReply } from './failedReply.ts';
import { EN } from './messages/en.ts';
import { JA } from './messages/ja.ts';
import { nextBusinessStart } from './nextBusinessStart.ts';
import { simulate } from './simulate.ts';
import type {
  Channel,
  FollowUpAction,
  FollowUpPlan,
  FollowUpPolicy,
  InstantInput,
  SlaPolicy,
  SlaWarning,
  SlaWarningCode,
  TicketEvent,
} from './types.ts';
import { checkFollowUps } from './validatePolicy.ts';

/** Options of {@link planFollowUps}. */
export interface PlanFollowUpsOptions {
  /**
   * Language of the messages.
   * @defaultValue `'en'`
   */
  readonly locale?: Locale | undefined;
}

type Kind = FollowUpAction['kind'];

/** The kinds of actions, in the order of actions planned at the same instant. */
const KINDS: readonly Kind[] = [
  'delayNotice',
  'pendingReminder',
  'autoClose',
  'resendViaAlternateChannel',
  'escalate',
];

/**
 * Plans the follow-ups of a ticket: delay notices before a target is due, reminders to a customer
 * who went quiet, auto-close, a re-send through another channel when our reply did not arrive, and
 * escalations. Deterministic; it never sends anything, the caller schedules.
 *
 * @remarks
 * Delay notices are for the customer, so they move to the next business opening; escalations are
 * for agents and on-call and are never moved. Reminders count business days from the moment the
 * ticket became pending after a public reply (holidays and closures are skipped) and are superseded
 * by any customer message or a status change away from pending. A re-send is planned at a
 * `deliveryFailed` or `customerReportsNoReply` event (at the next opening unless the ticket is
 * urgent) until a later public reply supersedes it. Every action has a stable `key` for de-duplication.
 *
 * @param policy - The SLA policy (its calendar is needed for reminders and customer-facing times).
 * @param followUps - Which follow-ups to plan; see {@link FollowUpPolicy}.
 * @param events - The ticket's history in time order, starting with `created`.
 * @param now - The instant to plan at.
 * @param options - See {@link PlanFollowUpsOptions}.
 * @returns `due` (at or before `now`), `upcoming`, both ordered by `at` then kind, and `warnings`.
 * @throws `TypeError` like {@link evaluateSla}, and when reminders are asked for without a calendar.
 *
 * @example
 * planFollowUps(policy, { pendingReminders: { afterBusinessDays: [3] } }, events, now).upcoming[0]?.kind
 * //=> 'pendingReminder'
 */
export function planFollowUps(
  policy: SlaPolicy,
  followUps: FollowUpPolicy,
  events: readonly TicketEvent[],
  now: InstantInput,
  options?: PlanFollowUpsOptions,
): FollowUpPlan {
  const sim = simulate(policy, events, now, 'planFollowUps');
  checkFollowUps(followUps, 'planFollowUps');
  const { calendar, events: timed } = sim;
  const table = options?.locale === 'ja' ? JA : EN;
  const actions: FollowUpAction[] = [];
  const warnings: SlaWarning[] = [];
  /** The fields every action has, in output order. */
  const base = <K extends Kind>(
    kind: K,
    code: Extract<FollowUpAction, { kind: K }>['code'],
    at: number,
    key: string,
  ) => ({ kind, code, at, key, message: table[code].message });
  const warn = (code: SlaWarningCode, fields: Omit<SlaWarning, keyof Diagnostic>): void => {
    const { message, action } = table[code];
    warnings.push({
      code,
      severity: 'warning',
      message,
      action,
      ...fields,
    });
  };
  const open = (at: number): number => (calendar === undefined ? at : nextBusinessStart(calendar, at));
  let lastReply: TimedReply | undefined;
  for (const e of timed) if (e.type === 'agentReply' && e.public) lastReply = e;

  for (const c of sim.cycles) {
    const state = c.stop === undefined ? sim.state(c) : undefined; // open cycles with a target
    if (state === undefined) continue;
    const { target } = state;
    if (state.status === 'breached') {
      warn('target-breached', { metric: c.metric, cycle: c.n, at: state.breachedAt ?? sim.now });
    }
    const notice = followUps.delayNotice;
    if (notice?.metrics.includes(c.metric) && c.segs.length % 2 === 1) {
      const lead = 'minutes' in notice.lead ? notice.lead.minutes : notice.lead.fraction * target.minutes;
      const reached = sim.reach(c, Math.max(0, target.minutes - lead), false) ?? sim.now;
      const at = open(Math.max(reached, sim.now));
      const skip = (notice.skipIfAgentRepliedWithin ?? -1) * 60_000;
      if (lastReply === undefined || lastReply.t < at - skip) {
        actions.push({
          ...base('delayNotice', 'delay-notice', at, `delayNotice:${c.metric}:${c.n}`),
          metric: c.metric,
          cycle: c.n,
          dueAt: state.dueAt ?? at,
        });
      }
    }
    for (const { metric, atFraction, level } of followUps.escalations ?? []) {
      if (metric !== c.metric) continue;
      const at = sim.reach(c, atFraction * target.minutes, false);
      if (at === null) continue;
      const key = `escalate:${c.metric}:${c.n}:${level}`;
      actions.push({ ...base('escalate', 'escalate', at, key), metric: c.metric, cycle: c.n, level });
    }
  }

  const reminders = followUps.pendingReminders;
  if (reminders !== undefined && sim.status === 'pending' && lastReply !== undefined) {
    if (calendar === undefined) throw new TypeError('planFollowUps: pendingReminders need policy.calendar');
    // The ticket ends pending, so the last change to pending (if after the reply) began this period.
    let since = lastReply.t;
    let quiet = true;
    for (const e of timed) {
      if (e.type === 'statusChange' && e.to === 'pending' && e.t > since) since = e.t;
      if ((e.type === 'customerMessage' || e.type === 'customerReportsNoReply') && e.t >= since)
        quiet = false;
    }
    const snap = { snapToOpen: reminders.snapToOpen ?? true };
    if (quiet) {
      reminders.afterBusinessDays.forEach((days, i) => {
        const at = addBusinessDays(calendar, since, days, snap);
        const key = `pendingReminder:${since}:${i + 1}`;
        actions.push({
          ...base('pendingReminder', 'pending-reminder', at, key),
          n: i + 1,
          pendingSince: since,
        });
      });
      if (reminders.autoCloseAfterBusinessDays !== undefined) {
        const at = addBusinessDays(calendar, since, reminders.autoCloseAfterBusinessDays, snap);
        actions.push({ ...base('autoClose', 'auto-close', at, `autoClose:${since}`), pendingSince: since });
      }
    }
  }

  const noReply = followUps.noReply;
  const handled = new Set<string>();
  for (const e of noReply === undefined ? [] : timed) {
    if (e.type !== 'deliveryFailed' && e.type !== 'customerReportsNoReply') continue;
    if (lastReply !== undefined && lastReply.t > e.t) continue;
    const reply = failedReply(timed, e);
    const replyId = (e.type === 'deliveryFailed' ? e.replyId : undefined) ?? reply?.id;
    const key = `resend:${replyId ?? e.i}`;
    if (handled.has(key)) continue;
    handled.add(key);
    const first = timed[0];
    const used: Channel =
      (e.type === 'deliveryFailed' ? e.channel : undefined) ??
      reply?.channel ??
      (first?.type === 'created' ? first.channel : undefined) ??
      'email';
    const channels = (noReply?.alternateChannels ?? []).filter((ch) => ch !== used);
    if (channels.length === 0) {
      warn('no-alternate-channel', { at: e.t });
      continue;
    }
    actions.push({
      ...base(
        'resendViaAlternateChannel',
        'resend-via-alternate-channel',
        sim.priority === 'urgent' ? e.t : open(e.t),
        key,
      ),
      ...(replyId === undefined ? {} : { replyId }),
      channels,
    });
  }

  actions.sort(
    (a, b) =>
      a.at - b.at ||
      KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return {
    due: actions.filter((a) => a.at <= sim.now),
    upcoming: actions.filter((a) => a.at > sim.now),
    warnings,
  };
}
