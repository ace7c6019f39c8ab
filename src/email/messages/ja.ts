import type { MessageTable } from '../../internal/diagnostic.ts';
import type { EmailCode } from '../types.ts';

const CHECK = '入力ミスがないか確認してください。';

/**
 * Japanese messages of the email module, one row per code.
 *
 * @example
 * EMAIL_MESSAGES_JA['missing-at'].message //=> '@がありません。'
 */
export const EMAIL_MESSAGES_JA: MessageTable<EmailCode> = {
  'not-a-string': { message: '文字列ではありません。', action: '文字列を渡してください。' },
  empty: { message: 'アドレスが空です。', action: 'アドレスを入力してください。' },
  'unsafe-character': { message: '見えない文字 {codePoint} があります。', action: '入力し直してください。' },
  whitespace: { message: 'スペースがあります。', action: 'スペースを消してください。' },
  'missing-at': { message: '@がありません。', action: 'アドレス全体を入力してください。' },
  'multiple-at': { message: '@が2つ以上あります。', action: 'アドレスを1つ入力してください。' },
  'empty-local': { message: '@の前が空です。', action: '@の前を入力してください。' },
  'empty-domain': { message: '@の後ろが空です。', action: '@の後ろを入力してください。' },
  'invalid-local': { message: '@の前に「{char}」は使えません。', action: CHECK },
  'invalid-dot': { message: 'ドットが先頭・末尾にあるか連続しています。', action: CHECK },
  'unterminated-quote': { message: '引用符が閉じていません。', action: CHECK },
  'comment-not-allowed': { message: '括弧は使えません。', action: '括弧を消してください。' },
  'local-too-long': { message: '@の前が{max}バイトを超えています。', action: CHECK },
  'address-too-long': { message: 'アドレスが{max}バイトを超えています。', action: CHECK },
  'invalid-domain': { message: 'ドメインが正しくありません(「{char}」)。', action: CHECK },
  'label-too-long': { message: 'ドメインの一部が{max}文字を超えています。', action: CHECK },
  'domain-needs-dot': {
    message: 'ドメインにドットがありません。',
    action: 'example.com の形で入力してください。',
  },
  'domain-literal': { message: 'IPアドレスのドメインは使えません。', action: 'ドメイン名を使ってください。' },
  'invalid-idn': { message: '国際化ドメイン名が正しくありません。', action: CHECK },
  'empty-mailbox': {
    message: '「+」の前に名前がありません。',
    action: 'メールボックス名を入力してください。',
  },
  trimmed: { message: '前後の空白を消しました。' },
  'ime-folded': { message: '全角文字を半角にしました。' },
  'quotes-removed': { message: '不要な引用符を消しました。' },
  'trailing-dot-removed': { message: 'ドメイン末尾のドットを消しました。' },
  idn: { message: 'ドメインをASCIIに変換しました。' },
  'rfc-violating-local': {
    message: 'RFC違反の携帯アドレスです。届かない送信元があります。',
    action: 'できれば別のアドレスを登録してください。',
  },
  'subdomain-address': { message: 'サブドメインアドレスをまとめました。' },
  'alias-domain': { message: '{expected} の別名です。' },
  'heuristic-yahoo-disposable': { message: '使い捨てアドレスのベースネームでまとめました(推定)。' },
  'heuristic-au-domain': { message: '{expected} の同じ名前としてまとめました(推定)。' },
};
