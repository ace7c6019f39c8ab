// How src/intent/scoring.ts turns lexicon hits into intents and signals, case by case: which hits a
// longer phrase hides, how far a negator reaches, how a sentence licenses a weak cue, which word
// pairs raise an intent (rules.ts), and what sarcasm, spam, auto-replies, thanks, urgency, safety
// and security words do to the report.
//
// scoring.ts builds its class ids and rule masks on the first call (`ids ??= buildIds()`), and the
// matcher builds its automaton the same way. Every case loads fresh copies of the modules, so that
// each one runs the builds itself (a case that reused another case's tables would not check them,
// and mutation testing would credit the build to whichever case ran first). Inputs are written
// inside each case for the same reason.
import { describe, expect, it, vi } from 'vitest';
import type { DetectIntentOptions, DetectIntentResult } from '../../src/intent/index.ts';
import type { Hit, ScanState } from '../../src/intent/matchers.ts';

async function fresh() {
  vi.resetModules();
  return await import('../../src/intent/index.ts');
}

async function read(text: string, options?: DetectIntentOptions): Promise<DetectIntentResult> {
  const { detectIntent } = await fresh();
  return detectIntent(text, options);
}

/** Each intent as `id confidence evidence+evidence` (confidence shows the score and the condition). */
function intentsOf(result: DetectIntentResult): string[] {
  return result.intents.map((i) => `${i.id} ${i.confidence} ${i.evidence.map((e) => e.text).join('+')}`);
}

/** Reads every text of a table with one fresh build of the modules; each row names its text on failure. */
async function expectIntents(
  rows: readonly (readonly [string, readonly string[]])[],
  options?: DetectIntentOptions,
) {
  const { detectIntent } = await fresh();
  for (const [text, want] of rows) expect(intentsOf(detectIntent(text, options)), text).toEqual(want);
}

const texts = (list: readonly { readonly text: string }[]): string[] => list.map((e) => e.text);
const actions = (result: DetectIntentResult): string[] => result.suggestedActions.map((a) => a.code);
const RECEIVED = '2026-11-20T10:00:00+09:00';

describe('shadows: a longer phrase hides the cues inside it', () => {
  // 「よろしくお願いします」 is a closing: the `none` shadow hides the request marker お願い inside it,
  // so thanks followed by the closing is still a thank-you that needs no reply.
  it('reads 「今後ともよろしくお願いします」 as a closing, not as an open request', async () => {
    const result = await read('ありがとうございました。今後ともよろしくお願いします。');
    expect(intentsOf(result)).toEqual(['gratitude.only 0.63 ありがとうございました']);
    expect(result.needsReply).toBe(false);
  });

  // A weak cue (請求, weight 1) needs a request marker in its sentence; the closing is none.
  it('licenses a weak cue only with a request marker outside a shadow', async () => {
    await expectIntents([
      ['請求について、よろしくお願いします', []],
      ['請求についてお願いします', ['billing.payment 0.63 請求+お願い']],
    ]);
  });

  // A shadow flagged `r` hides cues but keeps the markers inside it: the condition ければ of
  // 「まだ発送していなければ」 still makes the cancel conditional (confidence lowered by a fifth).
  it('keeps the condition marker inside an `r` shadow', async () => {
    await expectIntents([
      ['まだ発送していなければキャンセルしてください', ['order.cancel 0.51 キャンセルして']],
      ['キャンセルしてください', ['order.cancel 0.63 キャンセルして']],
      // The English shipping conditions are `r` shadows too: their `if` counts.
      ['Please cancel my order if it has not shipped yet.', ['order.cancel 0.51 cancel']],
      ["Please cancel my order if it hasn't shipped.", ['order.cancel 0.51 cancel']],
      ['Please cancel my order.', ['order.cancel 0.63 cancel']],
    ]);
  });

  // A rule role is not hidden by a longer cue: 決済 inside the billing cue 「2回決済」 is still the
  // object of 取り消して; span-2 rules also take the object from the sentence before.
  it('takes back a charge named inside a longer cue, in the sentence before', async () => {
    const both = ['billing.payment 0.63 2回決済', 'refund.request 0.63 決済+取り消して'];
    await expectIntents([
      ['同じ注文で2回決済されています。1回分を取り消して', both],
      ['2回決済されています。取り消してください', both],
    ]);
  });
});

describe('Japanese negation: the negator follows within 6 hits and 8 characters, same clause', () => {
  it('cancels 「X は不要」「X しないで」「X ではなく」, and only the negated cue', async () => {
    await expectIntents([
      ['返金は不要です', []],
      ['返金はしないでください', []],
      ['返金ではなく交換してください', ['return.exchange 0.63 交換']],
      // Both cues of one intent: only the negated one leaves the score and the evidence.
      ['交換ではなく返品でお願いします', ['return.exchange 0.63 返品']],
      // A negated change verb raises no change rule.
      ['住所は変更しないでください', []],
    ]);
  });

  it('reaches 8 characters and 6 hits back, within the sentence and the clause', async () => {
    await expectIntents([
      // 8 characters between the cue and the negator are in reach, 9 are not.
      ['返品の手続きやご連絡は不要です', []],
      ['返品の手続きやそのご連絡は不要です', ['return.exchange 0.63 返品']],
      [
        '交換をお願いしたいのですがラッピングは不要です',
        ['return.exchange 0.63 交換', 'order.change 0.63 ラッピングは'],
      ],
      // Six hits back: 返金, then 請求書 (a cue and two roles) and 領収書 (a cue and a role).
      ['返金や請求書や領収書は不要です', []],
      // A line break ends the sentence: the negator of the second item does not reach the first.
      ['・返金\n・交換は不要です', ['refund.request 0.63 返金']],
      // A clause break (、) stops the negator.
      ['交換で、返金は不要です', ['return.exchange 0.63 交換']],
      // A cue that overlaps the negator (キャンセルはなし / はなしで) is not negated by it.
      ['キャンセルはなしでお願いします', ['order.change 0.63 キャンセルはなし']],
    ]);
  });

  it('drops a negated urgency word (「至急ではありません」 is not urgent)', async () => {
    const result = await read('至急ではありませんので、返金をお願いします');
    expect(result.urgency).toBe('normal');
    expect(result.signals.urgency).toEqual([]);
    expect(intentsOf(result)).toEqual(['refund.request 0.63 返金']);
  });
});

describe('English negation: the negator precedes within 20 characters', () => {
  it('cancels the cue after the negator, up to 20 characters away, in the same clause and line', async () => {
    await expectIntents([
      ['No need to refund, just send a replacement please.', ['return.exchange 0.63 replacement']],
      // "don't cancel" is itself a change cue: the negator inside it does not cancel it.
      ["Please don't cancel my order.", ["order.change 0.63 don't cancel"]],
      // The comma ends the negator's clause: "change the address" is not negated.
      ["I don't want to cancel, please change the address.", ['order.change 0.63 change the address']],
      // 20 characters between the negator and the cue are in reach, more are not.
      ['I do not want you to send me any refund.', []],
      ["I don't mind waiting a few more days for the refund.", ['refund.request 0.63 refund']],
      // The negator does not reach into the next line.
      ['Keep the blue one, not the red\nRefund me for the red one.', ['refund.request 0.63 Refund']],
    ]);
  });
});

describe('scores per sentence', () => {
  it('adds the cues of one intent over the sentences, with the evidence of both', async () => {
    await expectIntents([['返品したいです。交換もお願いします。', ['return.exchange 0.86 返品+交換']]]);
  });

  // An intent asked once without a condition is not conditional, even if asked with one elsewhere.
  it('keeps an intent unconditional when one of its sentences has no condition', async () => {
    await expectIntents([
      [
        'キャンセルできるならキャンセルしたいです。とにかくキャンセルしてください。',
        ['order.cancel 0.95 キャンセル+キャンセルしたい+キャンセルして'],
      ],
    ]);
  });

  it('licenses a weak cue with the request marker of its sentence, and not a bare noun', async () => {
    await expectIntents([
      ['ポイントください', ['billing.payment 0.63 ポイント+ください']],
      ['ポイントについて教えてください', ['billing.payment 0.63 ポイント+ください']],
      ['送料', []],
    ]);
  });

  // A solo cue (a bare follow-up) counts only when nothing else is found; it lends nothing to the
  // other classes of its sentence, and a chase before a real cue adds nothing to it.
  it('keeps a solo follow-up to its own intent', async () => {
    await expectIntents([
      ['先日の件で、送料についてお願いします', ['reply.missing 0.63 先日の件']],
      ['まだですか？商品が届きません。', ['order.status 0.63 届きません']],
    ]);
  });

  it('lists the intents strongest first, then in text order', async () => {
    const { detectIntent } = await fresh();
    const rows: [string, string[]][] = [
      ['注文をキャンセルしたいです。返金、返金をお願いします。', ['refund.request', 'order.cancel']],
      ['Refund please. Also cancel my order.', ['refund.request', 'order.cancel']],
      ['I want a refund. Cancel my order, cancel the subscription too.', ['order.cancel', 'refund.request']],
      ['What a surprise, no reply again.', ['complaint.service', 'reply.missing']],
    ];
    for (const [text, want] of rows)
      expect(
        detectIntent(text).intents.map((i) => i.id),
        text,
      ).toEqual(want);
  });
});

describe('an open question with nothing else is an FAQ', () => {
  // A wh-word and a question mark, and no intent: the first such pair is the evidence.
  it('reads a wh-word and a question mark as faq.answerable', async () => {
    await expectIntents([
      ['何がいい？', ['faq.answerable 0.63 何+？']],
      ['What is this?', ['faq.answerable 0.63 What+?']],
      ['何がいい？どれがいい？', ['faq.answerable 0.63 何+？']],
      ['Which one? What size?', ['faq.answerable 0.63 Which+?']],
      // Without a question mark it is not an open question.
      ['どれがいいですか', []],
    ]);
  });

  it('finds no urgency or anger in an open question', async () => {
    const result = await read('何がいい？');
    expect(result.signals).toEqual({ urgency: [], anger: [], hiddenAnger: [] });
  });

  it('does not turn an angry message into an FAQ', async () => {
    const result = await read('激怒。何がいい？');
    expect(intentsOf(result)).toEqual([]);
    expect(result.anger).toBe(2);
  });
});

describe('combination rules', () => {
  it('raises the intent of a word pair', async () => {
    await expectIntents([
      ['メールが届きません', ['reply.missing 0.63 メール+届きません']],
      ['商品が届きません', ['order.status 0.63 届きません']],
      ['クーポンコードが使えません', ['code.invalid 0.63 クーポン+使えません']],
      ['カタログを送らないでください', ['account.manage 0.63 カタログ+送らないで']],
      ['注文を取り消してください', ['order.cancel 0.63 注文+取り消して']],
      [
        'キャンセルをお願いしましたが、取り消します',
        ['order.change 0.63 キャンセルをお願いしました+取り消します'],
      ],
      ['住所を変更してください', ['order.change 0.63 住所+変更']],
      ['メールアドレスを変更したい', ['account.manage 0.63 メールアドレス+変更']],
      ['領収書の宛名を変更してください', ['billing.payment 0.86 領収書+変更']],
      // A condition (if) makes the escalation conditional.
      ['I will contact my lawyer if this is not fixed.', ['escalation.authority 0.51 I will+lawyer']],
    ]);
  });

  // An authority with a threat shows anger 2; one already involved, anger 1. Both words are the
  // evidence of the anger.
  it('escalates to an authority with the anger of the rule', async () => {
    const { detectIntent } = await fresh();
    const rows: [string, number, string[]][] = [
      ['弁護士に相談します', 2, ['弁護士', '相談します']],
      ['消費者センターに相談済みです', 1, ['消費者センター', '相談済']],
    ];
    for (const [text, anger, evidence] of rows) {
      const result = detectIntent(text);
      expect(
        result.intents.map((i) => i.id),
        text,
      ).toEqual(['escalation.authority']);
      expect(result.anger, text).toBe(anger);
      expect(texts(result.signals.anger), text).toEqual(evidence);
      expect(result.hiddenAnger, text).toBe(false);
    }
  });
});

describe('sarcasm and hidden anger', () => {
  // Praise around a service failure: a complaint, anger 2, hidden behind the praise.
  it('reads praise around a service failure as masked anger', async () => {
    const { detectIntent } = await fresh();
    const rows: [string, string[]][] = [
      ['Great, yet another automated reply.', ['Great,', 'yet another automated']],
      ['素晴らしい対応ですね、毎回毎回定型文で。', ['素晴らしい', '毎回毎回']],
      ['Wow, great job, nobody answered again.', ['Wow', 'nobody']],
    ];
    for (const [text, words] of rows) {
      const result = detectIntent(text);
      expect(
        result.intents.map((i) => i.id),
        text,
      ).toEqual(['complaint.service']);
      expect(result.anger, text).toBe(2);
      expect(result.hiddenAnger, text).toBe(true);
      expect(texts(result.signals.hiddenAnger), text).toEqual(words);
      expect(texts(result.signals.anger), text).toEqual(words);
    }
  });

  // A sarcasm phrase alone is a complaint (not conditional), anger 2, hidden.
  it('reads "Thanks for nothing." as a hidden complaint, not as thanks', async () => {
    const result = await read('Thanks for nothing.');
    expect(intentsOf(result)).toEqual(['complaint.service 0.63 Thanks for nothing']);
    expect(result.anger).toBe(2);
    expect(result.hiddenAnger).toBe(true);
    expect(texts(result.signals.hiddenAnger)).toEqual(['Thanks for nothing']);
    expect(result.needsReply).toBe(true);
  });

  // Only the sarcasm words are hidden anger; the threat next to them is open anger.
  it('keeps a threat out of the hidden-anger evidence', async () => {
    const result = await read('Thanks for nothing. I will contact my lawyer.');
    expect(texts(result.signals.hiddenAnger)).toEqual(['Thanks for nothing']);
    expect(texts(result.signals.anger)).toEqual(['I will', 'lawyer']);
  });

  // Repetition markers: polite, but anger 1 and hidden.
  it('reads 「再三」 as hidden anger', async () => {
    const result = await read('再三お願いしていますが、返金をお願いします。');
    expect(result.hiddenAnger).toBe(true);
    expect(result.anger).toBe(1);
    expect(texts(result.signals.hiddenAnger)).toEqual(['再三']);
  });
});

describe('thanks', () => {
  it('needs no reply to thanks, even with a request in the same sentence', async () => {
    const { detectIntent } = await fresh();
    const rows: [string, string[]][] = [
      ['ありがとうございました！', ['gratitude.only 0.63 ありがとうございました']],
      ['Thanks!', ['gratitude.only 0.63 Thanks']],
      ['Thank you, please keep up the good work!', ['gratitude.only 0.78 Thank you+keep up the good work']],
      [
        '丁寧にご対応いただけて助かりました、ありがとうございます',
        ['gratitude.only 0.86 助かりました+ありがとうございます'],
      ],
      // English "does" is no question mark.
      ['Thanks, that does help.', ['gratitude.only 0.63 Thanks']],
    ];
    for (const [text, want] of rows) {
      const result = detectIntent(text);
      expect(intentsOf(result), text).toEqual(want);
      expect(result.needsReply, text).toBe(false);
    }
  });

  // Japanese ですか and a question mark are questions: the thanks is not the whole message.
  it('answers a question after the thanks', async () => {
    const { detectIntent } = await fresh();
    for (const text of ['ありがとうございました。大丈夫ですか？', 'ありがとうございました。大丈夫ですか']) {
      const result = detectIntent(text);
      expect(intentsOf(result), text).toEqual([]);
      expect(result.needsReply, text).toBe(true);
    }
  });
});

describe('spam and auto-replies', () => {
  // A spam message that names an intent or an anger word still gets no intent and no anger.
  it('ignores spam, its intent words and its anger words', async () => {
    const { detectIntent } = await fresh();
    const rows = [
      '当選おめでとうございます',
      'You have won a prize! Click here to claim your refund.',
      "Congratulations, you have won! I'm furious you haven't claimed your prize. Bitcoin.",
    ];
    for (const text of rows) {
      const result = detectIntent(text);
      expect(result.intents, text).toEqual([]);
      expect(result.needsReply, text).toBe(false);
      expect(result.anger, text).toBe(0);
      expect(result.signals.anger, text).toEqual([]);
    }
  });

  it('does not ask to secure an account because a phishing mail says so', async () => {
    const result = await read(
      'Your account has been compromised. Click here to claim your prize. Limited time offer.',
    );
    expect(actions(result)).toEqual(['no-reply-needed']);
  });

  it('reads an out-of-office reply as an auto-reply without anger', async () => {
    const result = await read('Out of office. I am furious.');
    expect(intentsOf(result)).toEqual(['auto.reply 0.63 Out of office']);
    expect(result.anger).toBe(0);
    expect(result.needsReply).toBe(false);
  });
});

describe('delivery deadlines', () => {
  // A need date + a goods word (or a delivery-date cue) is delivery.deadline; the date is evidence.
  it('cites the goods word or the delivery cue, and the date', async () => {
    await expectIntents(
      [
        ['金曜日までに必要です。商品を発送してください', ['delivery.deadline 0.63 金曜日までに+必要です']],
        ['配達日は金曜日でお願いします', ['delivery.deadline 0.63 配達日+金曜日']],
        [
          '来週の金曜日までに届けてほしいです',
          ['delivery.deadline 0.86 来週の金曜日までに+までに届+に届けて'],
        ],
      ],
      { receivedAt: RECEIVED },
    );
  });
});

describe('urgency, safety and security words', () => {
  it('reads 大至急 as critical urgency, without a safety or security action', async () => {
    const result = await read('大至急返金してください');
    expect(result.urgency).toBe('critical');
    expect(texts(result.signals.urgency)).toEqual(['大至急']);
    expect(actions(result)).toEqual([]);
  });

  it('reads a fire as a safety report, not as an account takeover', async () => {
    const result = await read('The charger caught fire!');
    expect(result.urgency).toBe('critical');
    expect(actions(result)).toEqual(['handle-safety-report']);
    expect(texts(result.signals.urgency)).toEqual(['caught fire']);
    expect(texts(result.signals.anger)).toEqual(['caught fire']);
  });

  it('reads a hacked account as a security report, not as a safety one', async () => {
    const result = await read('My account was hacked.');
    expect(result.urgency).toBe('critical');
    expect(actions(result)).toEqual(['secure-account']);
    expect(result.anger).toBe(0);
    expect(result.signals.anger).toEqual([]);
  });

  it('finds no urgency or anger in a plain request', async () => {
    const result = await read('返金してください。注文もキャンセルしてください');
    expect(intentsOf(result)).toEqual(['refund.request 0.63 返金して', 'order.cancel 0.63 キャンセルして']);
    expect(result.signals).toEqual({ urgency: [], anger: [], hiddenAnger: [] });
  });
});

// scoreHits itself (internal): the hit lists it returns are empty when there is nothing to cite.
describe('scoreHits (internal)', () => {
  async function score(text: string) {
    vi.resetModules();
    const { scanLexicon } = await import('../../src/intent/matchers.ts');
    const { normalizeText } = await import('../../src/intent/normalize.ts');
    const { scoreHits } = await import('../../src/intent/scoring.ts');
    const norm = normalizeText(text).text;
    const hits: Hit[] = [];
    const state: ScanState = { sentence: 0, kana: false, ideographs: false, latinWord: false };
    scanLexicon(norm, 0, norm.length, hits, state);
    return scoreHits(norm, hits, null);
  }

  it('returns no urgency, anger or hidden-anger hits for a calm request', async () => {
    const scored = await score('返金してください');
    expect(scored.intents.map((i) => i.id)).toEqual(['refund.request']);
    expect(scored.urgencyHits).toEqual([]);
    expect(scored.angerHits).toEqual([]);
    expect(scored.hiddenHits).toEqual([]);
  });

  it('returns no urgency or anger hits for spam, even when it has urgency and anger words', async () => {
    const scored = await score('You have won! Claim your prize immediately, I am furious. Bitcoin.');
    expect(scored.spam).toBe(true);
    expect(scored.urgencyWords).toBe(0);
    expect(scored.urgencyHits).toEqual([]);
    expect(scored.anger).toBe(0);
    expect(scored.angerHits).toEqual([]);
    expect(scored.hiddenHits).toEqual([]);
  });
});
