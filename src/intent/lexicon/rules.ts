import type { ComboRule } from './schema.ts';

/**
 * Intents raised when two classes of words meet in one sentence — the words alone are ambiguous,
 * the pair is not. Each rule names the phenomenon it covers; the source is intent.md §2 unless
 * said otherwise.
 */
export const COMBO_RULES: readonly ComboRule[] = [
  // "the confirmation mail never arrived" — our mail is missing (reply.missing), not the parcel.
  { intent: 'reply.missing', all: ['mailNoun', 'notArrived'] },
  // "it hasn't arrived" with no mail noun — the parcel (order.status).
  { intent: 'order.status', all: ['notArrived'], none: ['mailNoun', 'codeNoun'] },
  // A code, voucher or link + a failure word (code.invalid; seeds 000/004 on pasted codes).
  { intent: 'code.invalid', all: ['codeNoun', 'codeFail'] },
  // A change verb decides by its object: order details, account data, or billing documents.
  { intent: 'order.change', all: ['chg', 'orderObj'], none: ['acctObj', 'billObj'] },
  { intent: 'account.manage', all: ['chg', 'acctObj'] },
  { intent: 'billing.payment', all: ['chg', 'billObj'] },
  // "stop sending me the catalogue" — marketing opt-out is account.manage, not a cancel.
  { intent: 'account.manage', all: ['marketing', 'stopVerb'] },
  // "don't send the order" — a stop verb about the order itself.
  { intent: 'order.cancel', all: ['stopVerb', 'orderObj'], none: ['marketing', 'acctObj'] },
  // An outside authority with a threat frame (なら, if, will, つもり) — anger at least 2 (§3.3).
  { intent: 'escalation.authority', all: ['authority', 'threat'], a: 2 },
  // An authority already involved (相談済み, already reported) — an escalation even without a threat.
  { intent: 'escalation.authority', all: ['authority', 'involved'], a: 1 },
  // Retracting a cancellation: 「キャンセルをお願いしましたが、取り消します」 → order.change.
  { intent: 'order.change', all: ['cancelPast', 'undo'] },
  // 取り消し about an order → cancel; about a charge → the money back.
  // The object may be in the sentence before: 「同じ注文で2回決済されています。1回分を取り消して」.
  { intent: 'refund.request', all: ['undo', 'billObj'], none: ['cancelPast'], span: 2 },
  { intent: 'order.cancel', all: ['undo', 'orderObj'], none: ['billObj', 'cancelPast'] },
  // Sarcasm: praise wrapped around a service failure (§3.4, §5.7).
  { intent: 'complaint.service', all: ['praise', 'svcfail'], a: 2, hidden: true },
];
