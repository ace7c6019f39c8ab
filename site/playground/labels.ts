// Names for people of the library's stable codes (intent ids, urgency, priority), in English and
// Japanese. The codes themselves are shown next to them: they are the API.
import type { IntentId, Urgency } from 'support-kit/intent';
import type { Locale } from 'support-kit/sanitize';
import type { Priority } from 'support-kit/sla';

type Named<Code extends string> = Readonly<Record<Code, readonly [en: string, ja: string]>>;

const INTENTS: Named<IntentId> = {
  'order.place': ['Place an order', '注文したい'],
  'order.change': ['Change an order', '注文を変更したい'],
  'order.cancel': ['Cancel an order or subscription', '注文・定期購入をやめたい'],
  'order.status': ['Where is my order', '注文の状況を知りたい'],
  'delivery.deadline': ['Needs it by a date', '期日までに必要'],
  'product.defect': ['Broken, wrong or missing', '不良・誤配・欠品'],
  'return.exchange': ['Return or exchange', '返品・交換したい'],
  'refund.request': ['Refund', '返金してほしい'],
  'billing.payment': ['Billing and payment', '請求・支払い'],
  'stock.request': ['Availability or restock', '在庫・再入荷'],
  'product.question': ['Question about a product', '商品についての質問'],
  'faq.answerable': ['How-to or policy question', 'よくある質問'],
  'account.login': ['Cannot log in', 'ログインできない'],
  'account.manage': ['Change or close the account', 'アカウントの変更・退会'],
  'code.invalid': ['A code is rejected', 'コードが使えない'],
  'reply.missing': ['Our reply did not arrive', '返信が届かない'],
  'contact.callback': ['Call me back', '折り返し電話がほしい'],
  'escalation.manager': ['Wants someone senior', '責任者を求めている'],
  'escalation.authority': ['Outside authority or going public', '外部機関・公表への言及'],
  'complaint.service': ['Unhappy with our service', '対応への不満'],
  'gratitude.only': ['Thanks only', 'お礼のみ'],
  'auto.reply': ['Auto-reply', '自動返信'],
};

const URGENCY: Named<Urgency> = {
  none: ['none', 'なし'],
  normal: ['normal', '通常'],
  high: ['high', '高'],
  critical: ['critical', '緊急'],
};

const PRIORITY: Named<Priority> = {
  urgent: ['urgent', '緊急'],
  high: ['high', '高'],
  normal: ['normal', '通常'],
  low: ['low', '低'],
};

/** The priorities, most pressing first. */
export const PRIORITIES: readonly Priority[] = ['urgent', 'high', 'normal', 'low'];

const pick = (pair: readonly [string, string], locale: Locale): string =>
  locale === 'ja' ? pair[1] : pair[0];

/**
 * What an intent id means, for people.
 *
 * @example
 * intentLabel('order.place', 'ja') //=> '注文したい'
 */
export function intentLabel(id: IntentId, locale: Locale): string {
  return pick(INTENTS[id], locale);
}

/**
 * An urgency for people.
 *
 * @example
 * urgencyLabel('high', 'ja') //=> '高'
 */
export function urgencyLabel(urgency: Urgency, locale: Locale): string {
  return pick(URGENCY[urgency], locale);
}

/**
 * A priority for people.
 *
 * @example
 * priorityLabel('urgent', 'en') //=> 'urgent'
 */
export function priorityLabel(priority: Priority, locale: Locale): string {
  return pick(PRIORITY[priority], locale);
}
