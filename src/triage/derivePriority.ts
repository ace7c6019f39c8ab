import type { Priority } from '../sla/index.ts';
import type { PriorityReasonCode, PrioritySignals } from './types.ts';

/**
 * Options of {@link derivePriority}.
 *
 * @example
 * const options: DerivePriorityOptions = { deadlineEnd: Date.parse('2026-11-21T00:00:00+09:00'), firstReplyDue: () => null };
 */
export interface DerivePriorityOptions {
  /**
   * The end of the customer's deadline (epoch ms), or `null` when there is none.
   * @defaultValue `null`
   */
  readonly deadlineEnd?: number | null | undefined;
  /**
   * When the first reply would be due at a priority (epoch ms), or `null` without a target.
   * @defaultValue none: the deadline rule is skipped
   */
  readonly firstReplyDue?: ((priority: Priority) => number | null) | undefined;
}

/**
 * A priority and the rules that chose it.
 *
 * @example
 * const derived: DerivedPriority = { priority: 'high', reasons: ['urgency-high'] };
 */
export interface DerivedPriority {
  /** The ticket priority. */
  readonly priority: Priority;
  /** The rules that applied, in order. */
  readonly reasons: readonly PriorityReasonCode[];
}

const LEVELS: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];
const BY_URGENCY = { none: 0, normal: 1, high: 2, critical: 3 } as const;

/**
 * Derives a ticket priority from what the message says.
 *
 * @remarks
 * 1. No reply needed and no escalation → `low`, and nothing else applies.
 * 2. Urgency gives the base: `critical` → `urgent`, `high` → `high`, `normal` → `normal`.
 * 3. Anger 2 or more, or hidden anger → at least `high`.
 * 4. Escalation → one level up, at least `high`.
 * 5. A deadline whose end comes before the first reply would be due → one level up at a time,
 *    until the first reply is due by the deadline or the priority is `urgent`.
 *
 * @param signals - Urgency, anger, hidden anger, escalation and needsReply (a `detectIntent` result fits).
 * @param options - The deadline and the SLA's first-reply due time per priority.
 * @returns `{ priority, reasons }`.
 *
 * @example
 * derivePriority({ urgency: 'normal', anger: 2, escalation: true })
 * //=> { priority: 'urgent', reasons: ['urgency-normal', 'anger', 'escalation'] }
 */
export function derivePriority(signals: PrioritySignals, options?: DerivePriorityOptions): DerivedPriority {
  if (signals.needsReply === false && !signals.escalation)
    return { priority: 'low', reasons: ['no-reply-needed'] };
  let level: number = BY_URGENCY[signals.urgency] ?? 1;
  const reasons: PriorityReasonCode[] = [];
  if (level === 3) reasons.push('urgency-critical');
  else if (level === 2) reasons.push('urgency-high');
  else if (level === 1) reasons.push('urgency-normal');
  if (signals.anger >= 2) {
    level = Math.max(level, 2);
    reasons.push('anger');
  }
  if (signals.hiddenAnger === true) {
    level = Math.max(level, 2);
    reasons.push('hidden-anger');
  }
  if (signals.escalation) {
    level = Math.min(3, Math.max(level + 1, 2));
    reasons.push('escalation');
  }
  const end = options?.deadlineEnd;
  const dueAt = options?.firstReplyDue;
  if (end !== null && end !== undefined && dueAt !== undefined) {
    let raised = false;
    for (; level < 3; level++) {
      const due = dueAt(LEVELS[level] ?? 'urgent');
      if (due === null || due <= end) break;
      raised = true;
    }
    if (raised) reasons.push('deadline-before-due');
  }
  return { priority: LEVELS[level] ?? 'urgent', reasons };
}
