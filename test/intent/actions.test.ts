import { describe, expect, it } from 'vitest';
import type { SuggestedActionCode } from '../../src/intent/index.ts';
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
