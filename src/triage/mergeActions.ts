import type { Hint } from '../deliverability/index.ts';
import type { SuggestedAction, Urgency } from '../intent/index.ts';
import type { Locale } from '../internal/diagnostic.ts';
import type { Priority } from '../sla/index.ts';
import { TRIAGE_ACTIONS_EN } from './messages/en.ts';
import { TRIAGE_ACTIONS_JA } from './messages/ja.ts';
import type { SenderActionCode, TriageAction } from './types.ts';

/**
 * What {@link mergeActions} needs to know besides the two lists.
 *
 * @example
 * const context: MergeActionsContext = { urgency: 'high', priority: 'high', replyMissing: false, replyDue: null, replyDueMs: null };
 */
export interface MergeActionsContext {
  /** The message's urgency. */
  readonly urgency: Urgency;
  /** The derived priority. */
  readonly priority: Priority;
  /** Whether the customer says no reply arrived (intent `reply.missing`). */
  readonly replyMissing: boolean;
  /** When the first reply is due (ISO), or `null`. */
  readonly replyDue: string | null;
  /** `replyDue` as epoch ms, or `null`. */
  readonly replyDueMs: number | null;
  /**
   * Language of the added actions.
   * @defaultValue `'en'`
   */
  readonly locale?: Locale | undefined;
}

const ADDRESS_PROBLEMS: readonly string[] = ['typo-domain', 'idn-homograph', 'invalid', 'null-mx', 'no-mx'];

/**
 * Merges the intent's suggested actions with what the sender's deliverability hints call for.
 *
 * @remarks
 * The intent's actions come first, in their order (`source: 'intent'`). Then, from the hints:
 * - an urgent (urgency `high`/`critical` or priority `high`/`urgent`) message from a carrier
 *   address (`carrier-filter`) → `phone-customer` due when the reply is due, moved to the front
 *   (an existing `phone-customer` gets the due time and the reason);
 * - "no reply arrived" (`reply.missing`) → `resend-reply`, and from a carrier address also
 *   `carrier-allow-list-guidance`, whose message is the carrier's own allow-list steps;
 * - a mistyped, homograph, invalid or MX-less address → `confirm-address` with the hint's action.
 * Each code appears once.
 *
 * @param suggested - `detectIntent(...).suggestedActions`.
 * @param hints - `deliverabilityHints(from).hints`.
 * @param context - See {@link MergeActionsContext}.
 * @returns The merged actions.
 *
 * @example
 * mergeActions([], [{ code: 'carrier-filter', severity: 'warning', message: '…', action: '…' }],
 *   { urgency: 'critical', priority: 'urgent', replyMissing: false, replyDue: null, replyDueMs: null })
 *   .map((a) => a.code)
 * //=> ['phone-customer']
 */
export function mergeActions(
  suggested: readonly SuggestedAction[],
  hints: readonly Hint[],
  context: MergeActionsContext,
): TriageAction[] {
  const table = context.locale === 'ja' ? TRIAGE_ACTIONS_JA : TRIAGE_ACTIONS_EN;
  const space = context.locale === 'ja' ? '' : ' ';
  const actions: TriageAction[] = suggested.map((action) => ({
    code: action.code,
    source: 'intent',
    message: action.message,
    reason: action.reason,
    due: null,
    dueMs: null,
  }));
  const has = (code: string): boolean => actions.some((action) => action.code === code);
  const add = (code: SenderActionCode, message?: string, reason?: string, due = false): void => {
    if (has(code)) return;
    const text = table[code];
    actions.push({
      code,
      source: 'sender',
      message: message ?? text.message,
      reason: reason ?? text.reason,
      due: due ? context.replyDue : null,
      dueMs: due ? context.replyDueMs : null,
    });
  };
  const carrier = hints.find((hint) => hint.code === 'carrier-filter');
  const urgent =
    context.urgency === 'high' ||
    context.urgency === 'critical' ||
    context.priority === 'high' ||
    context.priority === 'urgent';
  if (carrier !== undefined && urgent) {
    const index = actions.findIndex((action) => action.code === 'phone-customer');
    const existing = actions[index];
    const phone: TriageAction =
      existing === undefined
        ? {
            code: 'phone-customer',
            source: 'sender',
            message: table['phone-customer'].message,
            reason: table['phone-customer'].reason,
            due: context.replyDue,
            dueMs: context.replyDueMs,
          }
        : {
            ...existing,
            reason: `${existing.reason}${space}${table['phone-customer'].reason}`,
            due: context.replyDue,
            dueMs: context.replyDueMs,
          };
    if (index >= 0) actions.splice(index, 1);
    actions.unshift(phone);
  }
  if (context.replyMissing) {
    add('resend-reply', undefined, undefined, true);
    if (carrier !== undefined) {
      add(
        'carrier-allow-list-guidance',
        carrier.action,
        `${table['carrier-allow-list-guidance'].reason}${space}${carrier.message}`,
      );
    }
  }
  const problem = hints.find((hint) => ADDRESS_PROBLEMS.includes(hint.code));
  if (problem !== undefined) add('confirm-address', problem.action, problem.message);
  return actions;
}
