import type { MessageTable, MessageText } from '../../internal/diagnostic.ts';
import type { SlaCode, SlaWarningCode } from '../types.ts';

/**
 * A message table of the sla module: one row per code, and every warning has an action.
 *
 * @example
 * const table: SlaMessages = EN;
 * table['target-breached'].action //=> 'Reply now, or tell the customer when they will hear from us.'
 */
export type SlaMessages = MessageTable<SlaCode> & { readonly [K in SlaWarningCode]: Required<MessageText> };
