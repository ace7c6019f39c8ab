import type { Locale } from '../internal/diagnostic.ts';
import { createDiagnostic } from '../internal/message.ts';
import { addBusinessDays } from './addBusinessDays.ts';
import { EN } from './messages/en.ts';
import { JA } from './messages/ja.ts';
import { METRICS } from './names.ts';
import { nextBusinessStart } from './nextBusinessStart.ts';
import { simulate } from './simulate.ts';
import type {
  Channel,
  FollowUpAction,
  FollowUpCode,
  FollowUpPlan,
  FollowUpPolicy,
  InstantInput,
  SlaPolicy,
  SlaWarning,
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

const KINDS: readonly FollowUpAction['kind'][] = [
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
  const locale = options?.locale;
  const text = (code: FollowUpCode): string => (locale === 'ja' ? JA : EN)[code].message;
  const actions: FollowUpAction[] = [];
  const warnings: SlaWarning[] = [];
  const open = (at: number): number => (calendar === undefined ? at : nextBusinessStart(calendar, at));
  let lastReply: (TicketEvent & { type: 'agentReply'; t: number }) | undefined;
  for (const e of timed) if (e.type === 'agentReply' && e.public) lastReply = e;

  const byMetric = [...sim.cycles].sort(
    (a, b) => METRICS.indexOf(a.metric) - METRICS.indexOf(b.metric) || a.n - b.n,
  );
  for (const c of byMetric) {
    const target = sim.target(c);
    if (target === undefined || c.stoppedAt !== undefined) continue;
    const state = sim.state(c);
    if (state.status === 'breached') {
      warnings.push({
        ...createDiagnostic({ en: EN, ja: JA }, locale, 'target-breached', 'warning'),
        metric: c.metric,
        cycle: c.n,
        at: state.breachedAt ?? sim.now,
      });
    }
    const notice = followUps.delayNotice;
    if (notice?.metrics.includes(c.metric) && c.segs.length % 2 === 1) {
      const lead = 'minutes' in notice.lead ? notice.lead.minutes : notice.lead.fraction * target.minutes;
      const reached = sim.reach(c, Math.max(0, target.minutes - lead), false) ?? sim.now;
      const at = open(Math.max(reached, sim.now));
      const skip = (notice.skipIfAgentRepliedWithin ?? -1) * 60_000;
      if (lastReply === undefined || lastReply.t < at - skip) {
        actions.push({
          kind: 'delayNotice',
          code: 'delay-notice',
          at,
          key: `delayNotice:${c.metric}:${c.n}`,
          message: text('delay-notice'),
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
      actions.push({
        kind: 'escalate',
        code: 'escalate',
        at,
        key: `escalate:${c.metric}:${c.n}:${level}`,
        message: text('escalate'),
        metric: c.metric,
        cycle: c.n,
        level,
      });
    }
  }

  const reminders = followUps.pendingReminders;
  if (reminders !== undefined && sim.status === 'pending' && lastReply !== undefined) {
    if (calendar === undefined) throw new TypeError('planFollowUps: pendingReminders need policy.calendar');
    let since = lastReply.t;
    let quiet = true;
    for (const e of timed) {
      if (e.type === 'statusChange' && e.to === 'pending' && e.t > since) since = e.t;
      if ((e.type === 'customerMessage' || e.type === 'customerReportsNoReply') && e.t >= since)
        quiet = false;
    }
    // The pending status must be the one entered last (not an earlier pending period).
    for (const e of timed) if (e.type === 'statusChange' && e.to !== 'pending' && e.t >= since) quiet = false;
    const snap = { snapToOpen: reminders.snapToOpen ?? true };
    if (quiet) {
      reminders.afterBusinessDays.forEach((days, i) => {
        actions.push({
          kind: 'pendingReminder',
          code: 'pending-reminder',
          at: addBusinessDays(calendar, since, days, snap),
          key: `pendingReminder:${since}:${i + 1}`,
          message: text('pending-reminder'),
          n: i + 1,
          pendingSince: since,
        });
      });
      if (reminders.autoCloseAfterBusinessDays !== undefined) {
        actions.push({
          kind: 'autoClose',
          code: 'auto-close',
          at: addBusinessDays(calendar, since, reminders.autoCloseAfterBusinessDays, snap),
          key: `autoClose:${since}`,
          message: text('auto-close'),
          pendingSince: since,
        });
      }
    }
  }

  const noReply = followUps.noReply;
  const handled = new Set<string>();
  for (const e of noReply === undefined ? [] : timed) {
    if (e.type !== 'deliveryFailed' && e.type !== 'customerReportsNoReply') continue;
    if (timed.some((r) => r.type === 'agentReply' && r.public && r.t > e.t)) continue;
    let reply: (TicketEvent & { type: 'agentReply' }) | undefined;
    for (const r of timed) {
      if (
        r.i < e.i &&
        r.type === 'agentReply' &&
        r.public &&
        (e.type !== 'deliveryFailed' || e.replyId === undefined || e.replyId === r.id)
      ) {
        reply = r;
      }
    }
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
      warnings.push({
        ...createDiagnostic({ en: EN, ja: JA }, locale, 'no-alternate-channel', 'warning'),
        at: e.t,
      });
      continue;
    }
    actions.push({
      kind: 'resendViaAlternateChannel',
      code: 'resend-via-alternate-channel',
      at: sim.priority === 'urgent' ? e.t : open(e.t),
      key,
      message: text('resend-via-alternate-channel'),
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
