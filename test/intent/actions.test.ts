import { describe, expect, it, vi } from 'vitest';
import type { ActionFacts } from '../../src/intent/actions.ts';
import type { IntentId, SuggestedActionCode } from '../../src/intent/index.ts';
import { detectIntent, INTENT_ACTIONS_EN, INTENT_ACTIONS_JA } from '../../src/intent/index.ts';

const RECEIVED = '2026-11-20T10:00:00+09:00';

function codes(text: string): SuggestedActionCode[] {
  return detectIntent(text, { receivedAt: RECEIVED }).suggestedActions.map((a) => a.code);
}

describe('suggestedActions', () => {
  it.each<[string, SuggestedActionCode[]]>([
    ['ありがとうございました。よく分かりました。', ['no-reply-needed']],
    ['Out of office until Monday. This is an automated response.', ['no-reply-needed']],
    ['help', ['ask-for-details']],
    ['どこで営業日カレンダーを見られますか？', ['send-help-article']],
    ['注文確認メールが届きません。docomoのアドレスです。', ['check-spam-folder-guidance']],
    ['上司の方と話をさせてください。', ['escalate-to-lead']],
    ['部品が熱くなって煙が出ました。', ['handle-safety-report']],
    ['Someone logged into my account and placed an order I did not make.', ['secure-account']],
    ['折り返しお電話ください。', ['phone-customer']],
    // urgent + order details (an order number) → a call settles it faster
    ['注文番号 88123 の商品を大至急発送してください。', ['phone-customer']],
    ['明日までに届けてください。', ['reply-before-deadline']],
    ['返品したいのですが、それと領収書も再発行してください。', ['answer-every-request']],
    ['対応がひどすぎます。ありえない。', ['apologize-first']],
  ])('%s → includes %j', (text, expected) => {
    expect(codes(text)).toEqual(expect.arrayContaining(expected));
  });

  it('a thanks-only message gets exactly no-reply-needed', () => {
    expect(codes('かしこまりました。お手数をおかけしました。')).toEqual(['no-reply-needed']);
  });

  it('fills the deadline into the message and carries a reason', () => {
    const [action] = detectIntent('明日までに届けてください。', {
      receivedAt: RECEIVED,
    }).suggestedActions.filter((a) => a.code === 'reply-before-deadline');
    expect(action?.message).toContain('2026-11-21');
    expect(action?.reason.length).toBeGreaterThan(10);
  });

  it('speaks Japanese with locale ja', () => {
    const r = detectIntent('ありがとうございました。', { locale: 'ja' });
    expect(r.suggestedActions[0]).toEqual({
      code: 'no-reply-needed',
      message: INTENT_ACTIONS_JA['no-reply-needed'].message,
      reason: INTENT_ACTIONS_JA['no-reply-needed'].reason,
    });
  });

  it('has an English and a Japanese text for every code', () => {
    expect(Object.keys(INTENT_ACTIONS_JA).sort()).toEqual(Object.keys(INTENT_ACTIONS_EN).sort());
    for (const table of [INTENT_ACTIONS_EN, INTENT_ACTIONS_JA]) {
      for (const row of Object.values(table)) {
        expect(row.message.length).toBeGreaterThan(0);
        expect(row.reason.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('suggestActions rules (internal, on a fresh module: its tables load inside each case)', () => {
  async function fresh() {
    vi.resetModules();
    return await import('../../src/intent/actions.ts');
  }

  const facts = (over: Partial<ActionFacts> = {}): ActionFacts => ({
    intents: ['order.cancel'],
    urgency: 'normal',
    anger: 0,
    hiddenAnger: false,
    escalation: false,
    needsReply: true,
    deadline: null,
    orderDetails: false,
    safety: false,
    security: false,
    ...over,
  });

  it('counts topics for answer-every-request, leaving out thanks, auto-replies and complaints', async () => {
    const { suggestActions } = await fresh();
    const asksEvery = (intents: IntentId[]) =>
      suggestActions(facts({ intents }), 'en').some((action) => action.code === 'answer-every-request');
    expect(asksEvery(['order.cancel', 'refund.request'])).toBe(true);
    expect(asksEvery(['order.cancel'])).toBe(false);
    expect(asksEvery(['order.cancel', 'gratitude.only'])).toBe(false);
    expect(asksEvery(['order.cancel', 'auto.reply'])).toBe(false);
    expect(asksEvery(['order.cancel', 'complaint.service'])).toBe(false);
  });

  it('calls the customer when urgent with order details, not when the message is not urgent', async () => {
    const { suggestActions } = await fresh();
    const calls = (over: Partial<ActionFacts>) =>
      suggestActions(facts(over), 'en').some((action) => action.code === 'phone-customer');
    expect(calls({ urgency: 'high', orderDetails: true })).toBe(true);
    expect(calls({ urgency: 'critical', orderDetails: true })).toBe(true);
    expect(calls({ urgency: 'normal', orderDetails: true })).toBe(false);
    expect(calls({ urgency: 'high', orderDetails: false })).toBe(false);
  });

  it('writes English unless asked for Japanese, and fills in only the deadline placeholder', async () => {
    const { suggestActions } = await fresh();
    const withDeadline = facts({ deadline: '2026-11-21', intents: ['order.cancel', 'refund.request'] });
    expect(suggestActions(withDeadline, 'en').map((action) => action.message)).toEqual([
      'Reply before 2026-11-21 and say whether it can be met.',
      INTENT_ACTIONS_EN['answer-every-request'].message,
    ]);
    expect(suggestActions(withDeadline, undefined)[0]?.message).toBe(
      'Reply before 2026-11-21 and say whether it can be met.',
    );
    expect(suggestActions(withDeadline, 'ja')[0]?.message).toBe(
      '2026-11-21 より前に、間に合うかどうかを返信してください。',
    );
  });
});
