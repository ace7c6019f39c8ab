import { describe, expect, it } from 'vitest';
import type { DetectIntentResult, IntentId } from '../../src/intent/index.ts';
import { detectIntent } from '../../src/intent/index.ts';

const RECEIVED = '2026-11-20T10:00:00+09:00'; // a Friday in Asia/Tokyo

function ids(result: DetectIntentResult): IntentId[] {
  return result.intents.map((intent) => intent.id).sort();
}

function read(text: string): DetectIntentResult {
  return detectIntent(text, { receivedAt: RECEIVED });
}

describe('detectIntent: intents (taxonomy of docs/intent.md)', () => {
  it.each<[string, IntentId[]]>([
    // one request each, ja and en
    ['来月の展示会用に、紙コップを2000個注文したいです。', ['order.place']],
    ["We'd like to order 60 ceramic mugs for our cafe opening.", ['order.place']],
    ['注文した商品の色を赤から青に変えられますか？', ['order.change']],
    ['Please add a second charger to my order #4410 before it ships.', ['order.change']],
    ['定期購入を解約したいです。', ['order.cancel']],
    ["I'd like to cancel my subscription effective next month.", ['order.cancel']],
    ['注文してから一週間経ちますが、まだ届いていません。', ['order.status']],
    ['My package says delivered but it is not at my door. Where is it?', ['order.status']],
    ['先週届いたコーヒーメーカーの電源が入りません。', ['product.defect']],
    ['The zipper on the backpack broke on the first day.', ['product.defect']],
    ['サイズが小さかったので、ワンサイズ上のものと交換してほしいです。', ['return.exchange']],
    ['Can I swap the blue one for the green one?', ['return.exchange']],
    ['届いた時点で不要になったので、返金をお願いします。', ['order.cancel', 'refund.request']],
    ['Please refund the shipping fee I paid twice.', ['billing.payment', 'refund.request']],
    ['先月分の請求書を再発行していただけますか。', ['billing.payment']],
    ['My card was declined three times at checkout.', ['billing.payment']],
    ['この帽子のLサイズは再入荷の予定はありますか？', ['stock.request']],
    ['Is the walnut desk back in stock anytime soon?', ['stock.request']],
    ['このフライパンはIHでも使えますか？', ['product.question']],
    ['Is this blender compatible with UK sockets?', ['product.question']],
    ['営業時間は何時から何時までですか？', ['faq.answerable']],
    ['Do you ship to Canada?', ['faq.answerable']],
    ['会員登録できないのですが、どうすればいいですか？', ['account.login', 'faq.answerable']],
    ["I'm locked out of my account after too many attempts.", ['account.login']],
    ['退会の手続きをお願いします。', ['account.manage']],
    ['Please unsubscribe me from the newsletter.', ['account.manage']],
    ['ギフトカードの残高が反映されていません。', ['code.invalid']],
    ['The promo code WINTER20 says invalid at checkout.', ['code.invalid']],
    ['お問い合わせした件について、まだ回答をいただいておりません。', ['reply.missing']],
    ["I haven't heard back since Monday about my question.", ['reply.missing']],
    ['お電話で詳しく説明したいので、折り返しお電話ください。', ['contact.callback']],
    ['Could someone give me a call this afternoon?', ['contact.callback']],
    ['店長さんと直接お話しさせてください。', ['escalation.manager']],
    ['I want to speak to a supervisor, please.', ['escalation.manager']],
    ['このままなら弁護士に相談するつもりです。', ['escalation.authority']],
    ['If this is not fixed I will report you to the consumer protection agency.', ['escalation.authority']],
    ['対応が遅すぎます。本当に失望しました。', ['complaint.service']],
    ['Honestly, your service has been terrible and unacceptable.', ['complaint.service']],
    ['丁寧にご対応いただき、ありがとうございました。', ['gratitude.only']],
    ['Thanks so much, everything arrived in perfect condition!', ['gratitude.only']],
    ['このメールは自動送信されています。ご返信いただいてもお答えできません。', ['auto.reply']],
    ['Out of office: I am on annual leave and will not be checking email.', ['auto.reply']],
    // phenomena found while writing the tests (own sentences)
    ['定期便を一時停止したいのですが、可能でしょうか。', ['order.change']],
    ['Please put my subscription on hold for two months.', ['order.change']],
    ['商品ページに記載のサイズと実物が全然違います。', ['product.defect']],
    ['The stitching came apart after one wash.', ['product.defect']],
    ['注文内容の確認メールが来ていないのですが、注文は完了していますか？', ['order.status', 'reply.missing']],
    ['two factor code never arrives on my phone', ['account.login', 'reply.missing']],
    ['Can you NOT send the catalog anymore?', ['account.manage']],
    ['Why was my order cancelled? I did not ask for that.', ['order.status']],
    ['注文をキャンセルしたのに、まだ請求が来ています。', ['billing.payment']],
    ['このクーポンは他のクーポンと併用できますか？', ['faq.answerable']],
    ["I'm writing to complain about the rude staff member I spoke to.", ['complaint.service']],
    ['注文番号12345ですが、まだ発送されていないようなら住所を変更したいです。', ['order.change']],
    ['Please cancel my order if it has not shipped yet.', ['order.cancel']],
    ['I never received my refund for order 3321.', ['refund.request']],
    ['The app keeps logging me out and now I cannot get in.', ['account.login']],
    ['テーブルの脚が一本だけ短く、ぐらつきます。', ['product.defect']],
  ])('%s → %j', (text, expected) => {
    expect(ids(read(text))).toEqual([...expected].sort());
  });

  it('finds several intents in one message (the seed: order here + I need it fast)', () => {
    const r = read(
      'サイトの注文方法が分からないので、こちらで注文させてください。明後日の展示会で使うので急ぎです。',
    );
    expect(ids(r)).toEqual(['delivery.deadline', 'order.place']);
    expect(r.urgency).toBe('high');
    expect(r.deadline?.date).toBe('2026-11-22');
  });

  it('tells how-to from do-it', () => {
    expect(ids(read('メールでも注文できますか？'))).toEqual(['faq.answerable']);
    expect(ids(read('このページから注文させてください。'))).toEqual(['order.place']);
  });

  it('returns [] for a bare call for help, and still needs a reply', () => {
    for (const text of ['help me', 'たすけて', '急ぎでお願いします。']) {
      const r = read(text);
      expect(r.intents).toEqual([]);
      expect(r.needsReply).toBe(true);
      expect(r.suggestedActions.map((a) => a.code)).toContain('ask-for-details');
    }
  });

  it('gives thanks + a new question to the question, not to gratitude', () => {
    const r = read('ありがとうございます。ところで、送料はいくらですか？');
    expect(ids(r)).toEqual(['faq.answerable']);
    expect(r.needsReply).toBe(true);
  });

  it('an acknowledgement that asks us to go ahead still needs a reply', () => {
    const r = read('了解しました。では、その内容で進めてください。');
    expect(ids(r)).not.toContain('gratitude.only');
    expect(r.needsReply).toBe(true);
  });

  it('closes "solved, no need to reply" messages', () => {
    const r = read('自己解決しましたので、ご返信は不要です。');
    expect(ids(r)).toEqual(['gratitude.only']);
    expect(r.needsReply).toBe(false);
    expect(r.urgency).toBe('none');
    expect(r.suggestedActions.map((a) => a.code)).toEqual(['no-reply-needed']);
  });

  it('treats sales mail and prizes as spam: no intent, no reply, no deadline', () => {
    for (const text of [
      '【ご当選のお知らせ】抽選で賞品が当たりました。本日中に下記URLからお受け取りください。',
      'Dear Sir/Madam, we are a leading supplier of packaging. Please find our catalogue attached.',
    ]) {
      const r = read(text);
      expect(r.intents).toEqual([]);
      expect(r.needsReply).toBe(false);
      expect(r.urgency).toBe('none');
      expect(r.deadline).toBeNull();
    }
  });

  it.each([
    '【重要】アカウントが一時停止されました。以下のリンクからログインして情報を更新してください。',
    'Exclusive offer! Get 70% off designer bags. Click here to claim your discount now!',
    '拝啓 弊社は物流コンサルティングを行っております。一度ご挨拶に伺えればと存じます。',
  ])('phishing and sales mail need no reply: %s', (text) => {
    const r = read(text);
    expect(r.intents).toEqual([]);
    expect(r.needsReply).toBe(false);
  });

  it.each([
    'Thank you for your email. I am out of the office with limited access to email until 2 December.',
    'お問い合わせありがとうございます。本メールはシステムより自動送信しております。',
    'This mailbox is not monitored. Please do not reply.',
    'Delivery Status Notification (Failure): the message was undeliverable.',
  ])('auto-replies and bounces: %s', (text) => {
    const r = read(text);
    expect(ids(r)).toEqual(['auto.reply']);
    expect(r.needsReply).toBe(false);
  });

  it.each(['thx', '了解', 'no worries', '承知いたしました。ご対応ありがとうございました。'])(
    'a bare acknowledgement needs no reply: %s',
    (text) => {
      expect(read(text).needsReply).toBe(false);
    },
  );

  it.each([
    'Thanks, but that does not answer my question. When will it ship?',
    'ありがとうございます。でも、まだ届いていません。',
  ])('thanks followed by a problem is the problem: %s', (text) => {
    expect(ids(read(text))).toEqual(['order.status']);
  });

  it('ignores urgency words and dates inside an auto-reply', () => {
    const r = read(
      'Automatic reply: I am away until 3 December. For urgent matters call 03-0000-0000 immediately.',
    );
    expect(ids(r)).toEqual(['auto.reply']);
    expect(r.urgency).toBe('none');
    expect(r.deadline).toBeNull();
  });
});

describe('detectIntent: negation and its scope', () => {
  it.each<[string, IntentId[], IntentId]>([
    ['返金は不要です。代わりに新しいものを送ってください。', ['return.exchange'], 'refund.request'],
    ['No need to refund me, just send a replacement please.', ['return.exchange'], 'refund.request'],
    ['キャンセルしないでください。配送先だけ変更をお願いします。', ['order.change'], 'order.cancel'],
    ["Don't cancel it, but please change the delivery address.", ['order.change'], 'order.cancel'],
    ['交換ではなく、修理をお願いしたいです。', ['product.defect'], 'return.exchange'],
    ['電話での連絡は不要です。メールで在庫を教えてください。', ['stock.request'], 'contact.callback'],
    ['返品は考えていませんが、箱が破損していたことだけお伝えします。', ['product.defect'], 'return.exchange'],
  ])('%s', (text, expected, cancelled) => {
    const r = read(text);
    expect(ids(r)).toEqual([...expected].sort());
    expect(ids(r)).not.toContain(cancelled);
  });

  it('keeps the intent a negator does not reach (another clause)', () => {
    // "不要" is about the gift wrapping; the refund is in a later sentence.
    const r = read('ラッピングは不要です。それと、先日の返金はいつ頃になりますか？');
    expect(ids(r)).toContain('refund.request');
  });

  it('negated urgency is normal, not high', () => {
    expect(read('急ぎではないので、まとめて送っていただければ結構です。').urgency).toBe('normal');
    expect(read('No rush at all, but could you send the invoice?').urgency).toBe('normal');
  });

  it('a rhetorical "…ではないでしょうか" is not a negation', () => {
    const r = read('身に覚えのないログインがありました。不正アクセスではないでしょうか。');
    expect(ids(r)).toEqual(['account.login']);
    expect(r.urgency).toBe('critical');
  });

  it('retracting a cancellation is a change', () => {
    expect(
      ids(read('昨日キャンセルをお願いしましたが、やはり取り消します。そのまま送ってください。')),
    ).toEqual(['order.change']);
  });

  it('a cancellation already done + money back is a refund request only', () => {
    expect(ids(read('先週キャンセルした注文の返金がまだです。'))).toEqual(['refund.request']);
  });
});

describe('detectIntent: what text counts', () => {
  it('ignores quoted mail under an attribution line', () => {
    const r = read(
      'Thanks, got it!\n\nOn Tue, Nov 17, 2026 at 10:00 AM Support <help@shop.example> wrote:\n> We cancelled your order and refunded you.\n> Urgent: reply within 24 hours.',
    );
    expect(ids(r)).toEqual(['gratitude.only']);
    expect(r.urgency).toBe('none');
  });

  it('ignores > lines and Japanese attribution lines', () => {
    const r = read(
      '承知しました。\n\n2026年11月18日(水) 9:05 サポート <help@example.jp>:\n> ご注文のキャンセルを承りました。\n> 返金は明日までに行います。',
    );
    expect(ids(r)).toEqual(['gratitude.only']);
    expect(r.deadline).toBeNull();
  });

  it('ignores an Outlook-style forwarded block', () => {
    const r = read(
      'Can I still return the lamp?\n\n-----Original Message-----\nFrom: Shop\nSent: Monday\nSubject: Your refund\n\nYour refund is on its way. Call us immediately if not.',
    );
    expect(ids(r)).toEqual(['return.exchange']);
    expect(r.urgency).toBe('normal');
  });

  it('ignores signatures: company names and titles with cue words raise nothing', () => {
    const r = read(
      '返品したいのですが、可能ですか？\n\n--\n山田太郎\n株式会社緊急返金サービス\nTEL: 03-1234-5678',
    );
    expect(ids(r)).toEqual(['return.exchange']);
    expect(r.urgency).toBe('normal');
    const en = read(
      'Has my order shipped yet?\n\nBest regards,\nDana Reyes\nUrgent Refund Desk Lead | Acme Ltd',
    );
    expect(ids(en)).toEqual(['order.status']);
    expect(en.urgency).toBe('normal');
  });

  it('ignores "Sent from my iPhone" and what follows', () => {
    expect(ids(read('Where is my order?\nSent from my iPhone\nURGENT refund cancel'))).toEqual([
      'order.status',
    ]);
  });

  it('keeps the free-text field of a web form and drops its labels', () => {
    const r = read('■お名前：佐藤 花子\n■ご用件：返品・交換について\n■内容：注文をキャンセルしたいです。');
    expect(ids(r)).toEqual(['order.cancel']);
    const en = read('Name: Kim Lee\nTopic: Refund request\nMessage: Do you have this jacket in size S?');
    expect(ids(en)).toEqual(['stock.request']);
  });

  it('does not drop a short last paragraph that is the request itself', () => {
    expect(ids(read('Hello,\n\nPlease call me back'))).toEqual(['contact.callback']);
  });
});

describe('detectIntent: width, kana, emoji, typos, mixed language, length', () => {
  it.each<[string, IntentId[]]>([
    ['ﾁｭｳﾓﾝｼﾀｼｮｳﾋﾝｶﾞﾄﾄﾞｷﾏｾﾝ', ['order.status']],
    ['ＡＢＣ社の注文番号１２３４５、キャンセルでお願いします。', ['order.cancel']],
    ['へんぴんしたいです', ['return.exchange']],
    ['パスワードをわすれました。ろぐいんできません', ['account.login']],
    ['お問い合わせ番号の件、その後どうなりましたか？', ['reply.missing']],
    ['問合せの件、その後いかがでしょうか。', ['reply.missing']],
    ['商品が届いたら、箱が潰れていて中のグラスが割れていました😢', ['product.defect']],
    ['Love it 😍 but the handle came off 😭 can you send a new one?', ['product.defect', 'return.exchange']],
    ['pls refnd my ordr, the item is broke', ['product.defect', 'refund.request']],
    ['can you cancle my oder', ['order.cancel']],
    ['sizeが合わなかったのでexchangeしたいです', ['return.exchange']],
    ['パスワードreset emailが届きません', ['account.login', 'reply.missing']],
  ])('%s → %j', (text, expected) => {
    expect(ids(read(text))).toEqual([...expected].sort());
  });

  it.each<[string, 'ja' | 'en']>([
    ['返品したい', 'ja'],
    ['deliveryの日程を変えたい', 'ja'],
    ['注文番号', 'ja'],
    ['Where is my order?', 'en'],
    ['Order 注文', 'en'],
  ])('lang of %j is %s', (text, lang) => {
    expect(read(text).lang).toBe(lang);
  });

  it('uses the locale as lang when the text has no letters', () => {
    expect(detectIntent('12345', { locale: 'ja' }).lang).toBe('ja');
    expect(detectIntent('').lang).toBe('en');
  });

  it('handles very short messages', () => {
    expect(ids(read('返品したい'))).toEqual(['return.exchange']);
    expect(ids(read('refund?'))).toEqual(['refund.request']);
    expect(read('').intents).toEqual([]);
    expect(read('').needsReply).toBe(true);
  });

  it('handles a long message with a request at the end', () => {
    const filler = 'いつも楽しく使わせていただいています。'.repeat(200);
    const r = read(`${filler}\nところで、先週注文した商品がまだ届いていません。`);
    expect(ids(r)).toEqual(['order.status']);
  });
});

describe('detectIntent: signals', () => {
  it.each<[string, 'none' | 'normal' | 'high' | 'critical']>([
    ['部品が熱くなって煙が出ました。', 'critical'],
    ['Someone logged into my account from another country.', 'critical'],
    ['大至急対応してください。', 'critical'],
    ['なるべく早く発送してください。', 'high'],
    ['Please send it ASAP.', 'high'],
    ['返信がないのですが、どうなっていますか。', 'high'],
    ['I need to speak to a manager.', 'high'],
    ['この商品は洗濯できますか？', 'normal'],
    ['ありがとうございました！', 'none'],
  ])('urgency of %j is %s', (text, urgency) => {
    expect(read(text).urgency).toBe(urgency);
  });

  it('a deadline of today or tomorrow is critical; within a week is high', () => {
    expect(read('明日までに届けてください。').urgency).toBe('critical');
    expect(read('来週の水曜日までに届けてください。').urgency).toBe('high');
    expect(read('12月20日までに届けてください。').urgency).toBe('normal');
  });

  it.each<[string, number]>([
    ['この商品は洗濯できますか？', 0],
    ['コードが使えなくて困っています。', 1],
    ['対応がひどすぎます。ありえない。', 2],
    ['ふざけるな。詐欺だろ。', 3],
    ['This is ridiculous, I am fed up.', 2],
    ['You people are incompetent.', 3],
    ['WHERE IS MY ORDER??? I HAVE BEEN WAITING FOR TWO WEEKS AND NOBODY ANSWERS!!!', 3],
  ])('anger of %j is %i', (text, anger) => {
    expect(read(text).anger).toBe(anger);
  });

  it('politeness-masked anger: repetition markers with keigo', () => {
    const r = read(
      'お忙しいところ恐縮ですが、重ねてお伺いいたします。先日の件、いまだご回答をいただけておりません。',
    );
    expect(r.hiddenAnger).toBe(true);
    expect(r.anger).toBe(1);
    expect(ids(r)).toEqual(['reply.missing']);
    expect(r.signals.hiddenAnger.map((e) => e.text)).toContain('重ねて');
  });

  it('a polite closing alone is not hidden anger', () => {
    const r = read('お忙しいところ恐縮ですが、ご回答をお待ちしております。');
    expect(r.hiddenAnger).toBe(false);
    expect(r.anger).toBe(0);
  });

  it('explicit anger words make anger explicit, not hidden', () => {
    const r = read('再三お願いしていますが、対応がひどすぎます。');
    expect(r.hiddenAnger).toBe(false);
    expect(r.anger).toBe(2);
  });

  it('sarcasm: praise around a service failure', () => {
    const r = read('Wow, yet another automated reply. Amazing work.');
    expect(ids(r)).toEqual(['complaint.service']);
    expect(r.anger).toBe(2);
    expect(r.hiddenAnger).toBe(true);
  });

  it('an authority word without a grievance is not an escalation', () => {
    const r = read('弁護士の先生への贈り物にしたいのですが、のし紙はつけられますか？');
    expect(ids(r)).not.toContain('escalation.authority');
    expect(r.escalation).toBe(false);
    expect(read("I'm a lawyer and would like to order 20 notebooks.").escalation).toBe(false);
  });

  it('an authority already involved is an escalation and critical', () => {
    const r = read('消費生活センターにはすでに相談済みです。交換の件はどうなっていますか。');
    expect(ids(r)).toEqual(['escalation.authority', 'return.exchange']);
    expect(r.escalation).toBe(true);
    expect(r.urgency).toBe('critical');
  });

  it('escalation follows manager/authority intents and hostility', () => {
    expect(read('上司の方に代わってください。').escalation).toBe(true);
    expect(read('You people are useless.').escalation).toBe(true);
    expect(read('この商品は洗濯できますか？').escalation).toBe(false);
  });
});

describe('detectIntent: evidence', () => {
  it.each([
    '返金ではなく、同じ商品を再送してほしいです。',
    'ﾍﾝﾋﾟﾝｼﾃﾓｲｲﾃﾞｽｶ',
    'ＡＢＣ社の注文番号１２３４５、キャンセルでお願いします。',
    '🙇‍♀️ 注文した😀ケーキが届きません\u200b。明日までに届けて',
    'Could you CANCEL my order? I need it by Friday.',
  ])('every span slices the original text exactly: %j', (text) => {
    const r = read(text);
    expect(r.intents.length).toBeGreaterThan(0);
    const spans = [
      ...r.intents.flatMap((intent) => intent.evidence),
      ...r.signals.urgency,
      ...r.signals.anger,
      ...r.signals.hiddenAnger,
    ];
    if (r.deadline !== null) spans.push(r.deadline);
    for (const span of spans) {
      expect(text.slice(span.start, span.end)).toBe(span.text);
      expect(span.end).toBeGreaterThan(span.start);
    }
  });

  it('cites the words that raised the intent, as written', () => {
    const r = read('ﾍﾝﾋﾟﾝｼﾃﾓｲｲﾃﾞｽｶ');
    expect(r.intents[0]?.evidence[0]?.text).toBe('ﾍﾝﾋﾟﾝ');
    const en = read('Could you CANCEL my order?');
    expect(en.intents[0]?.evidence.map((e) => e.text)).toContain('CANCEL');
  });

  it('confidence is in (0, 1) and lower for a conditional request', () => {
    const plain = read('注文をキャンセルしてください。').intents[0];
    const conditional = read('発送前ならキャンセルしてください。').intents[0];
    expect(plain?.confidence).toBeGreaterThan(0);
    expect(plain?.confidence).toBeLessThan(1);
    expect(conditional?.id).toBe('order.cancel');
    expect(conditional?.confidence).toBeLessThan(plain?.confidence ?? 0);
  });
});

describe('detectIntent: arguments', () => {
  it('throws a TypeError for a non-string text (a caller bug)', () => {
    expect(() => detectIntent(42 as unknown as string)).toThrow(TypeError);
  });

  it('throws a TypeError naming the option for a bad time zone or date', () => {
    expect(() => detectIntent('明日まで', { timeZone: 'Mars/Olympus' })).toThrow(/options\.timeZone/);
    expect(() => detectIntent('明日まで', { receivedAt: 'not a date' })).toThrow(/options\.receivedAt/);
    expect(() => detectIntent('明日まで', { receivedAt: new Date(Number.NaN) })).toThrow(
      /options\.receivedAt/,
    );
  });
});

describe('a product option mentioned in an order is not a question about it', () => {
  const ids = (text: string) => detectIntent(text).intents.map((intent) => intent.id);
  it('名入れ inside an order', () => {
    expect(ids('このフォームから注文させてください。名入れボールペン（黒）を50本です。')).not.toContain(
      'product.question',
    );
  });
  it('名入れ asked about', () => {
    expect(ids('名入れはできますか？')).toContain('product.question');
  });
});
