/** The intent ids (cue classes that raise an intent directly). */
export const INTENT_CLASSES: readonly string[] = [
  'order.place',
  'order.change',
  'order.cancel',
  'order.status',
  'delivery.deadline',
  'product.defect',
  'return.exchange',
  'refund.request',
  'billing.payment',
  'stock.request',
  'product.question',
  'faq.answerable',
  'account.login',
  'account.manage',
  'code.invalid',
  'reply.missing',
  'contact.callback',
  'escalation.manager',
  'escalation.authority',
  'complaint.service',
  'gratitude.only',
  'auto.reply',
];

/**
 * Classes that play a role in a rule (the object of a change verb, a mail noun, a marker). A longer
 * cue does not hide them — 「2回決済」 is a billing cue and 決済 is still the object of 取り消し —
 * and they hide nothing; only `none` shadows hide them.
 */
export const ROLE_CLASSES: readonly string[] = [
  'orderObj',
  'acctObj',
  'billObj',
  'mailNoun',
  'codeNoun',
  'marketing',
  'goods',
  'carrier',
  'threat',
  'involved',
  'req',
  'q',
  'wh',
  'cond',
  'date',
];

/** Non-intent classes a negator can cancel: change/undo/stop verbs, urgency and authority words. */
export const NEGATABLE_CLASSES: readonly string[] = ['chg', 'undo', 'stopVerb', 'urgent', 'authority'];
