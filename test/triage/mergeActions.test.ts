import { describe, expect, it } from 'vitest';
import { deliverabilityHints } from '../../src/deliverability/index.ts';
import { detectIntent } from '../../src/intent/index.ts';
import {
  type MergeActionsContext,
  mergeActions,
  TRIAGE_ACTIONS_EN,
  TRIAGE_ACTIONS_JA,
} from '../../src/triage/index.ts';

// Real hints and suggestions, as triageInquiry passes them.
const docomo = deliverabilityHints('hanako@docomo.ne.jp', { senderDomain: 'shop.example.jp' }).hints;
const docomoJa = deliverabilityHints('hanako@docomo.ne.jp', {
  senderDomain: 'shop.example.jp',
  locale: 'ja',
}).hints;
const gmial = deliverabilityHints('taro@gmial.com').hints;
const plain = deliverabilityHints('ken@example.com').hints;
const carrierHint = docomo.find((hint) => hint.code === 'carrier-filter');
const carrierHintJa = docomoJa.find((hint) => hint.code === 'carrier-filter');

const due = '2026-11-20T11:12:00+09:00';
const dueMs = Date.parse(due);
const calm: MergeActionsContext = {
  urgency: 'normal',
  priority: 'normal',
  replyMissing: false,
  replyDue: due,
  replyDueMs: dueMs,
};
const codes = (actions: readonly { code: string }[]) => actions.map((action) => action.code);
/** The action the sender's situation adds, in English, due with the first reply. */
const senderAction = (code: 'phone-customer' | 'resend-reply') => ({
  code,
  source: 'sender',
  message: TRIAGE_ACTIONS_EN[code].message,
  reason: TRIAGE_ACTIONS_EN[code].reason,
  due,
  dueMs,
});

describe('mergeActions: calling a carrier customer', () => {
  it('the real hints are what the tests assume', () => {
    expect(codes(docomo)).toContain('carrier-filter');
    expect(codes(plain)).not.toContain('carrier-filter');
    expect(codes(gmial)).toEqual(expect.arrayContaining(['typo-domain']));
    expect(codes(gmial)).not.toContain('carrier-filter');
  });

  it.each([
    ['urgency high', { urgency: 'high' }],
    ['urgency critical', { urgency: 'critical' }],
    ['priority high', { priority: 'high' }],
    ['priority urgent', { priority: 'urgent' }],
  ] as const)('adds phone-customer, due with the reply, for %s', (_, change) => {
    expect(mergeActions([], docomo, { ...calm, ...change })).toEqual([senderAction('phone-customer')]);
  });

  it('writes the added action in Japanese for locale ja, in English otherwise', () => {
    const ja = mergeActions([], docomo, { ...calm, priority: 'urgent', locale: 'ja' });
    expect(ja[0]).toMatchObject({
      message: TRIAGE_ACTIONS_JA['phone-customer'].message,
      reason: TRIAGE_ACTIONS_JA['phone-customer'].reason,
    });
    const en = mergeActions([], docomo, { ...calm, priority: 'urgent', locale: 'en' });
    expect(en[0]).toMatchObject({ message: TRIAGE_ACTIONS_EN['phone-customer'].message });
    expect(TRIAGE_ACTIONS_EN['phone-customer'].message).not.toBe(TRIAGE_ACTIONS_JA['phone-customer'].message);
  });

  it('does not call when the sender is not carrier mail, however urgent', () => {
    expect(mergeActions([], [], { ...calm, urgency: 'critical', priority: 'urgent' })).toEqual([]);
    expect(mergeActions([], plain, { ...calm, urgency: 'critical', priority: 'urgent' })).toEqual([]);
    expect(codes(mergeActions([], gmial, { ...calm, urgency: 'critical', priority: 'urgent' }))).toEqual([
      'confirm-address',
    ]);
  });

  it('puts phone-customer before the intent actions, keeping all of them in order', () => {
    const suggested = detectIntent(
      'I was charged twice for order A-100. Please refund one, and send the invoice.',
    ).suggestedActions;
    expect(suggested.length).toBeGreaterThanOrEqual(1);
    expect(codes(suggested)).not.toContain('phone-customer');
    const actions = mergeActions(suggested, docomo, { ...calm, urgency: 'high' });
    expect(codes(actions)).toEqual(['phone-customer', ...codes(suggested)]);
    expect(actions.slice(1).every((action) => action.source === 'intent' && action.due === null)).toBe(true);
  });

  it("moves the intent's own phone-customer from the front or the middle, never duplicating it", () => {
    const phone = { code: 'phone-customer' as const, message: 'Call back.', reason: 'Asked for a call.' };
    const other = { code: 'answer-every-request' as const, message: 'Answer all.', reason: 'Many asks.' };
    const first = mergeActions([phone, other], docomo, { ...calm, priority: 'urgent' });
    expect(codes(first)).toEqual(['phone-customer', 'answer-every-request']);
    const middle = mergeActions([other, phone, other], docomo, { ...calm, priority: 'urgent' });
    expect(codes(middle)).toEqual(['phone-customer', 'answer-every-request', 'answer-every-request']);
    expect(first[0]).toEqual({
      code: 'phone-customer',
      source: 'intent',
      message: 'Call back.',
      reason: `Asked for a call. ${TRIAGE_ACTIONS_EN['phone-customer'].reason}`,
      due,
      dueMs,
    });
  });

  it('joins the reasons without a space in Japanese', () => {
    const phone = { code: 'phone-customer' as const, message: '折り返し電話', reason: '電話を希望。' };
    const [action] = mergeActions([phone], docomo, { ...calm, urgency: 'critical', locale: 'ja' });
    expect(action?.reason).toBe(`電話を希望。${TRIAGE_ACTIONS_JA['phone-customer'].reason}`);
  });
});

describe('mergeActions: no reply arrived', () => {
  it('re-sends due with the first reply', () => {
    expect(mergeActions([], plain, { ...calm, replyMissing: true })).toEqual([senderAction('resend-reply')]);
  });

  it("gives a carrier customer the carrier's allow-list steps, the reason joined with a space in English", () => {
    const actions = mergeActions([], docomo, { ...calm, replyMissing: true });
    expect(actions[1]).toEqual({
      code: 'carrier-allow-list-guidance',
      source: 'sender',
      message: carrierHint?.action,
      reason: `${TRIAGE_ACTIONS_EN['carrier-allow-list-guidance'].reason} ${carrierHint?.message}`,
      due: null,
      dueMs: null,
    });
    expect(actions[1]?.message).toContain('shop.example.jp');
  });

  it('... and without a space in Japanese', () => {
    const actions = mergeActions([], docomoJa, { ...calm, replyMissing: true, locale: 'ja' });
    expect(actions.map((action) => [action.code, action.message])).toEqual([
      ['resend-reply', TRIAGE_ACTIONS_JA['resend-reply'].message],
      ['carrier-allow-list-guidance', carrierHintJa?.action],
    ]);
    expect(actions[1]?.reason).toBe(
      `${TRIAGE_ACTIONS_JA['carrier-allow-list-guidance'].reason}${carrierHintJa?.message}`,
    );
  });

  it('adds no allow-list guidance for an address that is not carrier mail', () => {
    expect(codes(mergeActions([], gmial, { ...calm, replyMissing: true }))).toEqual([
      'resend-reply',
      'confirm-address',
    ]);
  });
});
