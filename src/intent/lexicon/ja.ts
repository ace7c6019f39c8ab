import type { LexiconGroup } from './schema.ts';

/**
 * Japanese lexicon. Patterns are written as people type them; the matcher folds width, case and
 * katakana → hiragana, so ログイン also matches ろぐいん and ﾛｸﾞｲﾝ. Sources: intent.md §2 (cue
 * columns of the taxonomy), §3 (urgency, anger, hidden-anger lists), §5.5 (scope rules), the
 * seeds (shared/seeds/000–004), and public taxonomies (Gorgias, Bitext) for the topic nouns.
 */
export const LEXICON_JA: readonly LexiconGroup[] = [
  // order.place — asking us to take an order now: ordering verbs in the desiderative/causative, quotes,
  // item × quantity + お願いします. Source: §2 order.place; seed 003 (注文させてください).
  {
    k: 'order.place',
    p: '注文させて|注文したい|注文したく|注文します|注文を受けて|注文をお願い|注文をおねがい|注文お願い|注文を承って|注文を頼み|発注したい|発注させて|発注します|発注をお願い|購入したい|購入させて|購入希望|申し込みたい|申込みたい|見積|お見積|個お願いします|本お願いします|枚お願いします|セットお願いします|箱お願いします|個ください|本ください|枚ください|追加注文したい|注文を受け付けて',
  },
  // order.change — change an existing order before fulfilment: quantity, wrapping, hold, skip, frequency,
  // merging shipments. Source: §2 order.change.
  {
    k: 'order.change',
    p: '一時停止|一時休止|休止したい|お休みしたい|スキップ|周期|まとめて送|まとめて発送|一緒に送|同梱|追加できますか|追加したい|追加してください|追加をお願い|追加していただけ|減らして|増やして|減らしたい|増やしたい|発送を止めて|発送を待って|発送を保留|保留にして|届け日を変|お届け日を変|配達日を変|日時を変更|延期',
  },
  // Declining a detail of the order ("のしは付けなくて大丈夫") is still a change: negation does not cancel.
  // Source: §5.5 (negation), dev tag "negation".
  {
    k: 'order.change',
    f: 'n',
    p: 'のしは|のしを|のし紙|のしの|熨斗|包装は|包装を|ラッピングは|ラッピングを|明細書は|明細書を',
  },
  // Retracting a cancellation (§2 co-occurrence rule: 取り消します after a cancel → order.change).
  {
    k: 'order.change',
    p: 'キャンセルを取り消|キャンセルを撤回|キャンセルは取り消|キャンセルはなし|キャンセルは無し|やっぱり購入|やはり購入|やっぱり注文|やっぱりキャンセルしない',
  },
  // order.cancel — stop an order or a subscription. Source: §2 order.cancel; Gorgias order/cancel.
  {
    k: 'order.cancel',
    p: 'キャンセル|キャンセルしたい|キャンセルしたく|キャンセルして|キャンセルでお願い|解約|取りやめ|取り止め|中止したい|中止してください|自動更新を止め|自動更新を停止|自動更新を解除|定期便を止め|定期便を停止|定期便を解約|定期購入を止め|定期購入を停止|定期購入を解約|ちゅうもんをきゃんせる',
  },
  // 「もう結構です」「不要になりました」 about the goods = no longer wanted (§5.5 ambiguity of 結構・不要).
  { k: 'order.cancel', w: 1, p: 'もう結構|不要になりました|不要になった|いらなくなりました' },
  // A cancellation already done: not a live cancel request (§2: cancelled + money back → refund only).
  {
    k: 'cancelPast',
    p: 'キャンセルした|キャンセルしました|キャンセルをお願いしました|キャンセルをお願いした|キャンセルを依頼|キャンセル済|キャンセルされ|キャンセルになった|キャンセルになりました|キャンセル扱い|キャンセル分',
  },
  // 取り消し: cancel an order, take back a charge, or retract a cancel — decided by rules.ts.
  { k: 'undo', p: '取り消し|取り消す|取り消して|取り消します|取消|とりけし' },
  // order.status — where is it / has it shipped. Source: §2 order.status; Bitext track_order.
  {
    k: 'order.status',
    p: '発送はいつ|いつ発送|いつ届|いつ頃届|いつごろ届|いつになったら届|届いていない|届いていません|追跡|発送されていない|発送されていません|発送されましたか|発送済みですか|遅延|配達完了になって|配達済みになって|到着予定|届きますでしょうか|届きますか|ちゃんとできている|完了していますか|注文は完了|注文できていますか|注文が確定|注文できているの|注文は通って|注文が通って|あと何日|出荷はいつ|いつ出荷',
  },
  // A bare chase ("まだですか？") is a status query only when nothing else is asked (§2 rules).
  { k: 'order.status', f: 's', a: 1, p: 'まだですか|まだでしょうか|まだかな' },
  // Something did not arrive: a parcel (order.status) or, with a mail noun, our mail (reply.missing).
  {
    k: 'notArrived',
    p: 'まだ届|届かない|届きません|届かず|届いていない|届いていません|来ない|来ません|来ていません|来ていない|来てない|届いてない|届いてません|とどかない|とどきません|とどいていない|とどいてない|受信できない|受信できません|見当たらない|見当たりません|届いておりません|いただいておりません|いただいていません|いただけておりません|いただけていません|もらっていません|まだいただいて|まだもらって',
  },
  {
    k: 'mailNoun',
    p: 'メール|返信|返事|お返事|回答|ご回答|SMS|ショートメール|ショートメッセージ|メッセージ|案内|通知|確認コード|認証コード|ワンタイムパスワード|仮パスワード',
  },
  // Carrier and provider mailboxes that filter mail (§2 reply.missing; deliverability research).
  {
    k: 'carrier',
    p: 'ドコモ|docomo|ソフトバンク|softbank|au|ezweb|icloud|キャリアメール|携帯のメール|迷惑メール|迷惑フォルダ',
  },
  // delivery.deadline — the customer needs it by a time, or names a delivery date/time.
  // Source: §2 delivery.deadline; seed 003 (至急の納期).
  {
    k: 'delivery.deadline',
    p: '午前中|午後に届|夜間に届|時間の指定|時間を指定|日を指定|日の指定|配達時間|お届け時間|納期|までに届|までにお届け|までに発送|までに納品|必着|配達日|お届け日|配送日|時間指定|日時指定|時間帯|に届くように|に届けて|着でお願い|着指定|お届け希望',
  },
  // What makes a stated date a delivery need (used with the deadline extractor).
  { k: 'goods', p: '間に合|届|納品|発送|送って|使う|使いたい|必要な|必要です|再入荷|入荷|着る' },
  // product.defect — broken, wrong, missing, not working; repair. Source: §2 product.defect.
  {
    k: 'product.defect',
    p: 'ぐらつ|がたつ|ガタつ|歪ん|ゆがん|曲がって|傾いて|不揃い|注文したものと違|頼んだものと違|違うサイズ|サイズ違い|頼んだ覚えのない|注文した覚えのない|記載と違|説明と違|写真と違|表記と違|と実物が|壊れ|こわれ|割れ|不良|初期不良|不良品|動かない|動きません|動かなく|反応しない|反応しません|起動しない|起動しません|電源が入らない|電源が入りません|違う商品|違うものが|頼んだのと違う|注文したものと違う|注文と違う|足りない|足りません|しか入っていません|しか入っていなかった|欠品|折れ|破損|欠け|傷が|キズが|汚れが|へこんで|凹んで|つぶれ|潰れ|異常に|故障|修理|不具合|外れて|剥がれ|はがれ|ほつれ|穴が|漏れ|液漏れ|カビ|異物|味が違う|色が違う|サイズが違う|充電できない|充電できません',
  },
  // Safety incidents: product.defect, critical, at least mild anger (§3.2 safety, §3.3).
  {
    k: 'product.defect',
    u: 'c',
    a: 1,
    f: 'x',
    p: '熱くなり|熱くなった|発熱|異常に熱|使用を中止|発火|発煙|煙が|火傷|やけど|感電|ケガ|怪我|口に入れ|誤飲|危険|熱くなりすぎ|焦げ|火が出|爆発|アレルギー反応|救急',
  },
  // return.exchange — send back or swap. Source: §2 return.exchange.
  {
    k: 'return.exchange',
    p: '返品|へんぴん|交換|取り替え|取替|取り換え|代わりの|代替品|再送|返送|送り直|新しいものを送|新しいものと|同じ商品を送|同じものを送',
  },
  // refund.request — money back. Source: §2 refund.request.
  {
    k: 'refund.request',
    p: '返金がまだ|返金されていません|返金されていない|返金が届かない|返金が反映|返金|へんきん|払い戻|払戻|お金を返|返金して|代金を返|全額返',
  },
  // billing.payment — charges, invoices, receipts, transfers, points. Source: §2 billing.payment.
  {
    k: 'billing.payment',
    p: '請求書|領収書|領収証|決済|二重|2回決済|2重|引き落とし|引落|振込|振り込み|振り込ん|支払い方法を変更|インボイス|適格請求書|ポイントが付与|ポイントが反映|ポイントが付いて|ポイントがつい|請求金額|請求額|金額が間違|金額が違|請求が来|請求されて|請求されました|引き落とされ|請求書払い|カード払い|明細|課金|返金額',
  },
  { k: 'billing.payment', w: 1, p: '請求|支払い|支払|お支払|料金|代金|ポイント' },
  // stock.request — availability, restock, "make one more". Source: §2 stock.request.
  {
    k: 'stock.request',
    p: 'サイズはありますか|色はありますか|はまだありますか|在庫|再入荷|入荷|再販|売り切れ|売切れ|品切れ|完売|まだ購入できますか|まだ買えますか|もう一度作って|作ってもらえ|作っていただけ|再生産|取り寄せ|販売予定|発売予定',
  },
  // product.question — properties or compatibility of one product. Source: §2 product.question.
  {
    k: 'product.question',
    p: '洗えますか|使えますか|付けられますか|つけられますか|対応していますか|対応してますか|入っていますか|含まれていますか|名入れはできますか|名入れできますか|名入れは可能|名入れに対応|サイズ感|素材は|材質|原材料|アレルギー|いくつですか|何センチ|何cm|重さは|耐荷重|おすすめ|どちらがいい|互換性|適合|使用できますか|着られますか|食べられますか|電子レンジ|食洗機|何人分|何ミリ|何グラム|容量',
  },
  // faq.answerable — the same answer for every customer: how-to, fees, hours, policy. Source: §2.
  // Interrogative forms raise it alone.
  {
    k: 'faq.answerable',
    p: '電話番号を教えて|問い合わせ先|いつまで使えますか|いつまで使える|有効期限は|発送スケジュール|年末年始の|併用できますか|併用可能|方法を教えて|やり方を教えて|手順を教えて|どこから|どこで見られ|どこで確認|どこで買え|から選べますか|支払い方法は|支払方法は|でも注文できますか|も注文できますか|も返品できますか|も交換できますか|も発送していますか|も配送していますか|土日も|土日祝|することはできますか|することは可能ですか|保証で交換|どうすればいい|どうしたらいい|いくらですか|何時まで|何時から',
  },
  // Policy nouns: a question about them is an FAQ; the noun alone is not (「送料を返金して」). Flag q:
  // only a question marker completes them.
  {
    k: 'faq.answerable',
    w: 1,
    f: 'q',
    p: '送料|配送料|営業時間|営業日|受付時間|定休日|ラッピング|海外発送|海外への発送|代引き|後払い|分割払い|保証|保証期間|貸し出し|キャンセル料|返品送料|割引|クーポンはありますか|ポイントの有効期限',
  },
  // account.login — cannot get in; takeover. Source: §2 account.login; BANKING77 (passcode, verify).
  {
    k: 'account.login',
    p: 'ワンタイムパスワード|仮パスワード|ログインできない|ログインできません|ログインできなく|ログイン出来|パスワード|二段階認証|2段階認証|認証できない|認証できません|会員登録できない|登録できない|登録できません|ロックされ|ロックがかか|サインインできない|ログインに失敗|パスコード|暗証番号',
  },
  // Security: takeover, unknown access or orders (§3.2 security → critical).
  {
    k: 'account.login',
    u: 'c',
    f: 'x',
    p: '不正アクセス|乗っ取|身に覚えのない|覚えのないログイン|覚えのない注文|覚えのない請求|覚えのない決済|不正ログイン|不正利用|勝手に注文|勝手にログイン|なりすまし|海外からのログイン|知らない端末',
  },
  // account.manage — change or close the account, stop marketing. Source: §2 account.manage.
  {
    k: 'account.manage',
    p: '退会|登録情報|会員情報|配信停止|配信を停止|配信解除|メルマガ停止|メルマガの停止|アカウントを削除|アカウント削除|アカウントを消|登録を削除|名義変更|お客様情報|個人情報を削除',
  },
  // Marketing mail + a stop verb = unsubscribe (rules.ts).
  {
    k: 'marketing',
    p: 'DM|ダイレクトメール|カタログ|メルマガ|メールマガジン|ハガキ|はがき|チラシ|広告メール|宣伝|セールのお知らせ|キャンペーンメール',
  },
  { k: 'stopVerb', p: '送らないで|停止|止めて|止めたい|不要です|いりません|解除|送ってこないで|届けないで' },
  // Generic change verbs and their objects (rules.ts decides order / account / billing).
  {
    k: 'chg',
    p: '指定し|追加|変えられ|変更でき|変更可能|変更|変えて|変えたい|変えてほしい|変えてもらえ|変えていただけ|訂正|修正して|修正をお願い|差し替え',
  },
  {
    k: 'orderObj',
    p: '注文|ご注文|個数|数量|住所|お届け先|配送先|届け先|配達|配送|お届け|サイズ|カラー|定期便|商品|オーダー',
  },
  {
    k: 'acctObj',
    p: 'メールアドレス|登録|会員|アカウント|ログインID|ユーザー名|ユーザ名|電話番号|氏名|名前|ニックネーム|生年月日',
  },
  {
    k: 'billObj',
    p: '領収書|宛名|請求書|支払い方法|お支払い方法|決済方法|カード情報|クレジットカード|決済|請求|引き落とし|ポイント',
  },
  // code.invalid — a code we gave is rejected (§2 code.invalid; seeds 000/004 on pasted codes).
  {
    k: 'codeNoun',
    p: 'コード|クーポン|シリアル|プロモーション|ギフト券|ギフトカード|商品券|招待|紹介コード|ライセンス|プロダクトキー|QR|チケット|リンク|URL|パスコード|番号を入力',
  },
  {
    k: 'codeFail',
    p: '無効|使えません|使えない|使用できません|正しくありません|正しくない|通りません|通らない|使用済み|期限切れ|有効期限が切れ|対象外|表示されません|表示されない|弾かれ|はじかれ|適用されません|適用されない|反映されません|反映されない|反映されていません|反映されていない|適用されていません|適用されていない|読み取れません|読み取れない|認証されません|認証されない|エラーになります|エラーが出|認識されません',
  },
  // reply.missing — our reply, callback or mail did not arrive. Source: §2 reply.missing.
  {
    k: 'reply.missing',
    p: 'お返事がありません|返事がありません|返信がありません|返信がない|返事がない|回答がない|回答がありません|返信が来ない|返事が来ない|返信もない|折り返しがない|折り返しの電話がない|折り返しもない|音沙汰|返信をいただけていない|ご回答をいただけていない|メールを再送|メールの再送|コードを再送',
  },
  // A follow-up on an earlier message with no topic of its own (§3.4 repetition markers; solo).
  {
    k: 'reply.missing',
    f: 's',
    p: '回目の問い合わせ|回目の連絡|回目のメール|誰かいますか|その後どう|その後の状況|その後いかが|いかがなっておりますでしょうか|どうなっておりますでしょうか|先日の件|先般ご相談|先日問い合わせ|問い合わせをしたのですが|問い合わせたのですが|お問い合わせしたのですが|連絡を待って',
  },
  // contact.callback — call me / our line cannot be reached. Source: §2 contact.callback.
  {
    k: 'contact.callback',
    p: '電話ください|電話をください|電話して|お電話いただけ|お電話ください|お電話を|電話をいただけ|電話をもらえ|電話いただけ|かけてもらえ|かけていただけ|かけ直して|折り返し|電話がつながら|電話が繋が|つながらない|つながりません|繋がらない|繋がりません|混み合って|誰も出ない|誰も出ません|電話に出ない|電話に出ません|出てくれない|電話で話したい|電話で相談|電話でのご連絡|電話で連絡|電話連絡|お電話で',
  },
  // escalation.manager — someone with authority inside the company. Source: §2 escalation.manager.
  {
    k: 'escalation.manager',
    p: '責任者|上司|上長|上の者|上の人|上の方|店長|社長|責任ある立場|責任あるお立場|分かる人に代わ|わかる人に代わ|分かる方に代わ|担当を変えて|担当者を変えて|担当者を代え|担当者以外',
  },
  // escalation.authority — outside bodies or public exposure (with a threat or "already" frame).
  {
    k: 'authority',
    p: '消費者センター|消費生活センター|国民生活センター|消費者庁|弁護士|法的措置|法的手段|訴訟|訴え|裁判|警察|監督官庁|公正取引委員会|カード会社|チャージバック|SNS|ツイッター|Twitter|インスタ|口コミ|レビュー|掲示板|マスコミ|保健所|行政',
  },
  {
    k: 'threat',
    p: 'なら|ならば|場合は|なければ|ないなら|つもり|検討|相談します|相談させて|問い合わせます|申し出ます|連絡します|通報|訴えます|準備|させてもらい|させていただきます|書きます|投稿します|報告します|書き込み|載せます',
  },
  {
    k: 'involved',
    p: '相談済|相談しました|すでに相談|既に相談|相談している|相談中|連絡済|通報しました|依頼しました|届け出ました|被害届',
  },
  {
    k: 'escalation.authority',
    a: 2,
    f: 'x',
    p: '拡散させ|拡散します|拡散しま|晒します|さらします|訴えます|訴訟を起こ|法的措置を取|法的措置をと|少額訴訟',
  },
  // complaint.service — dissatisfaction with how we handled it, with clear anger (§3.3 level 2).
  {
    k: 'complaint.service',
    a: 2,
    p: '対応が悪い|対応がひどい|対応が遅|あまりにも遅|遅すぎ|失望|不愉快|ありえない|あり得ない|ひどい|酷い|ひどすぎ|酷すぎ|納得できません|納得できない|納得いかない|どういうことですか|どういうことでしょうか|いい加減に|いいかげんに|おかしくないですか|おかしいと思います|不誠実|誠意がない|誠意が感じられ|あなたでは分から|あなたじゃ分から|何回言えば|何度言えば|話にならない|最悪|んですけど！|失礼です|失礼な|無礼|横柄|二度と買わない|二度と利用しない',
  },
  // Complaints without explicit anger words (they may still be masked: §3.4).
  {
    k: 'complaint.service',
    p: '感じ悪|感じが悪|不親切|取引を見直|利用を控え|態度が悪い|ご対応いただけない|対応していただけない|たらい回し|何度も同じ説明|同じ説明を何度|説明が違う|言っていることが違う|話が違う',
  },
  // Hostile: insults, "なめてんの", calling us a fraud (§3.3 level 3).
  {
    k: 'complaint.service',
    a: 3,
    p: 'なめてん|なめてる|舐めて|ふざけるな|ふざけんな|ふざけている|ふざけてる|詐欺|ばか|馬鹿|アホ|クソ|金返せ|何回同じこと|何度同じこと',
  },
  // Mild explicit emotion, casual impatience (§3.3 level 1).
  {
    k: 'anger',
    a: 1,
    p: 'いつになったら|回目の問い合わせ|回目の連絡|回目のメール|困っています|困ってます|困っております|困ります|残念|不安です|不安で|イライラ|がっかり|早くしてください|何度かけても|どうなってるんですか|どうなってるんだ|何度電話しても|約束したのに|約束と違う|どうなってるの',
  },
  { k: 'anger', a: 2, p: '😡|🤬|💢|😠|👿|腹が立|頭にき|許せない|信じられない|怒っています|激怒' },
  // Politeness-masked anger markers: repetition, waiting, formal displeasure (§3.4).
  {
    k: 'hidden',
    p: '再三|度々|たびたび|重ねて|改めてご連絡|改めて確認|先日も|何度か|いまだ|未だ|一向に|その後いかが|いかがなっておりますでしょうか|どうなっておりますでしょうか|困惑|遺憾|理解に苦しむ|如何なものか|いかがなものか|不信感|心外|誠意ある|責任ある|先般|何度もご連絡|前回も|何度もお願い|責任あるお立場|責任ある立場',
  },
  // Sarcasm: praise wrapped around a service failure (§5.7).
  { k: 'praise', p: '素晴らしい|すばらしい|さすが|丁寧な|ご丁寧|お見事|立派な|お早い|迅速な' },
  {
    k: 'svcfail',
    p: 'だけはすぐ|だけは早|だけは丁寧|毎回毎回|連絡もない|連絡もありません|また自動返信|定型文|テンプレ|毎回同じ',
  },
  // gratitude.only — thanks, acknowledgement, "solved, no reply needed" (§2; seeds 000/001).
  {
    k: 'thanks',
    p: '了解|ありがとうございました|ありがとうございます|ありがとう|感謝|かしこまりました|承知しました|承知いたしました|了解しました|了解です|了解いたしました|よく分かりました|よくわかりました|分かりました|わかりました|助かりました|自己解決|解決しました|返信は大丈夫|返信は不要|ご返信は不要|返信不要|お手数をおかけしました|いただき恐縮|お礼まで|また何かあれば|使いやすい|満足|嬉しい|うれしい|対応が早|大切に使|お世話になりました',
  },
  // auto.reply — machine-generated mail (§2 auto.reply).
  {
    k: 'auto.reply',
    p: '自動返信|自動送信|自動応答|受付専用|送信専用|配信専用|返信いただいても|ご返信いただいても|不在にして|不在のため|配信できません|送信できませんでした|宛先不明|業務を一時停止|順次ご連絡|順次対応|本メールは自動|このメールは自動|対応いたしかねます',
  },
  { k: 'auto.reply', w: 1, p: '休業|お休みをいただいて|休暇' },
  // Unsolicited mail: prizes, sales pitches, phishing (spam → [] and no reply; §2, §3.5, Zendesk "Spam").
  // Weak cues (w 1) need a second one: a customer may write 「弊社は」 or mention a link.
  { k: 'spam', p: '当選|賞品|懸賞|副業|稼げ|出会い|無料プレゼント|ご当選|仮想通貨|投資案件' },
  {
    k: 'spam',
    w: 1,
    p: 'アカウントが一時停止|アカウントが凍結|以下のリンクから|下記のリンクから|情報を更新してください|弊社は|ご挨拶に伺|ご提案させて|営業のご案内|おめでとうございます|下記URL|以下のURL|http|受け取りください',
  },
  // Urgency words (§3.2): critical and high; negated urgency shadows them.
  { k: 'urgent', u: 'c', p: '大至急|緊急|今すぐ|直ちに|ただちに|至急対応|一刻も早く' },
  {
    k: 'urgent',
    u: 'h',
    p: '至急|急ぎ|急いで|早急|早めに|なるべく早く|できるだけ早く|すぐに対応|すぐ対応|早く対応|急用',
  },
  {
    k: 'none',
    p: '急ぎではない|急ぎではありません|急ぎません|急いでいません|急がない|急ぎじゃない|いつでも大丈夫|いつでも構いません|急ぎでなくて',
  },
  // Where a date expression may be: the deadline grammar (deadline.ts) only reads around these.
  {
    k: 'date',
    p: '今日|本日|今夜|今晩|明朝|明後日|明日|あさって|あした|あす|曜|以内|日の|日まで|日に|日中|日必着|今週|来週|週明け|月末|年内|年末|今月|クリスマス|月|/',
  },
  // Request and question markers (§5.4).
  {
    k: 'req',
    p: 'ください|下さい|お願い|おねがい|ほしい|欲しい|いただけ|頂け|もらえ|たいです|したい|できますか|できますでしょうか|可能ですか|頂戴|幸いです|助かります|希望します',
  },
  { k: 'q', p: '？|?|ますか|ですか|でしょうか|ませんか' },
  { k: 'wh', p: '何|なに|どこ|いつ|どう|どの|どれ|どちら|いくら|いくつ' },
  { k: 'cond', p: 'なら|ならば|場合は|場合には|であれば|でしたら|ければ' },
  // Negators that follow what they negate (§5.5: X は不要 / X しないで / X ではなく Y).
  {
    k: 'neg.ja',
    p: 'ではなく|じゃなくて|じゃなく|ではない|ではありません|は不要|も不要|は結構|はいりません|は要りません|はいらない|なくて大丈夫|なくていい|なくても大丈夫|なくても結構|しないで|せずに|は考えていない|は考えていません|は考えておりません|は大丈夫です|は必要ありません|は希望しません|は無しで|はなしで|は遠慮',
  },
  // "If it has not shipped yet": a condition on a cancel or change, not a status question. Flag r:
  // the condition markers inside (なら, ければ) still count.
  {
    k: 'none',
    f: 'r',
    p: '発送されていないようなら|発送されていなければ|まだ発送していなければ|出荷されていなければ',
  },
  // Shadows: longer phrases that hide a cue inside them (a phone upgrade is not an order change,
  // 「弁護士の先生への贈り物」 is not a threat, 「ではないでしょうか」 is not a negation).
  {
    k: 'none',
    p: 'よろしくお願い|今後ともよろしく|ばかり|ばかりで|機種変更|変えていない|変えていません|変更していない|変更していません|弁護士の先生|消費者目線|在庫が揃|在庫がそろ|返送料|ではないでしょうか|ではないですか|ではないか|キャンセル待ち|ポイント交換|部品交換|電池交換|月末締め|注文の方法|注文方法',
  },
];
