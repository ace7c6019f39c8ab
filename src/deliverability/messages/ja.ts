import type { MessageTable } from '../../internal/diagnostic.ts';
import type { HintMessageKey } from '../types.ts';

/**
 * Japanese messages and actions of the deliverability hints, one row per code or variant.
 * Placeholders: `{domain}`, `{suggestion}`, `{senderDomain}`, `{local}`, `{provider}`, `{reason}`.
 *
 * @example
 * DELIVERABILITY_MESSAGES_JA['null-mx'].action //=> '別のメールアドレスをご入力ください。'
 */
export const DELIVERABILITY_MESSAGES_JA: MessageTable<HintMessageKey> = {
  invalid: {
    message: 'メールアドレスの形式が正しくありません：{reason}',
    action: '空白や「@」の抜け、余分な文字がないかご確認ください。',
  },
  'typo-domain': {
    message: 'ドメイン「{domain}」は入力ミスの可能性があります。',
    action: '「{suggestion}」の誤りではありませんか？「@」以降をご確認ください。',
  },
  'idn-homograph': {
    message: 'ドメイン「{domain}」に、別の文字体系のよく似た文字が含まれています。',
    action: '入力言語（キーボード）を確認して入力し直してください。',
  },
  'idn-homograph:suggestion': {
    message: 'ドメイン「{domain}」に、別の文字体系のよく似た文字が含まれています。',
    action: '入力言語（キーボード）を確認して入力し直してください（「{suggestion}」ではありませんか？）。',
  },
  'reserved-domain': {
    message: 'ドメイン「{domain}」は例示・テスト用に予約されており、メールは届きません。',
    action: '実際にお使いのメールアドレスをご入力ください。',
  },
  'null-mx': {
    message: 'このドメインはメールを受け付けないと宣言しています（Null MX）。',
    action: '別のメールアドレスをご入力ください。',
  },
  'no-mx:none': {
    message: 'ドメイン「{domain}」にはメールサーバーがありません。',
    action: 'ドメインのつづりをご確認いただくか、別のメールアドレスをご入力ください。',
  },
  'no-mx:fallback': {
    message:
      'ドメイン「{domain}」にはメールサーバーの設定（MXレコード）がなく、メールが届かないことがあります。',
    action: 'ドメインのつづりをご確認いただくか、別のメールアドレスがあればそちらをご入力ください。',
  },
  disposable: {
    message: '一時的な使い捨てアドレスのため、返信前に使えなくなるおそれがあります。',
    action: '継続してお使いのメールアドレスをご入力ください。',
  },
  'carrier-filter:docomo': {
    message:
      'ドコモのメールは、パソコンや未登録のドメインからのメールを受信拒否する設定になっていることがあります。',
    action:
      'ドコモメールの「受信リスト設定」に{senderDomain}を登録してください。または、別のメールアドレスをご入力ください。',
  },
  'carrier-filter:au': {
    message:
      'auのメールは、パソコンや未登録のドメインからのメールを受信拒否する設定になっていることがあります。',
    action:
      'auの迷惑メールフィルターの「受信リスト設定」に{senderDomain}を登録し、「なりすまし・転送メール許可」にチェックを入れてください。または、別のメールアドレスをご入力ください。',
  },
  'carrier-filter:softbank': {
    message:
      'ソフトバンクのメールは、パソコンや未登録のドメインからのメールを受信拒否する設定になっていることがあります。',
    action:
      'My SoftBankの迷惑メール設定で{senderDomain}を「受信許可リスト」（なりすまし拒否を有効にしている場合は「救済リスト」にも）に登録してください。または、別のメールアドレスをご入力ください。',
  },
  'carrier-filter:ymobile': {
    message:
      'ワイモバイルのメールは、未登録のドメインからのメールを受信拒否する設定になっていることがあります。',
    action:
      'ワイモバイルの迷惑メール設定で{senderDomain}からのメールを受信できるようにしてください。または、別のメールアドレスをご入力ください。',
  },
  'carrier-filter:uq': {
    message:
      'UQ mobileのメールは、未登録のドメインからのメールを受信拒否する設定になっていることがあります。',
    action:
      'UQ mobileのメール設定で{senderDomain}からのメールを受信できるようにしてください。または、別のメールアドレスをご入力ください。',
  },
  'carrier-filter:other': {
    message:
      '携帯電話会社のメールは、パソコンや未登録のドメインからのメールを受信拒否する設定になっていることがあります。',
    action:
      '受信設定で{senderDomain}からのメールを受信できるようにしてください。または、別のメールアドレスをご入力ください。',
  },
  'rfc-violating-local': {
    message:
      'このアドレスはドットの連続や「@」直前のドットを含むため、Gmailなど多くの送信元から送信できません。',
    action: '可能であれば別のメールアドレスをご入力ください。',
  },
  'spoofing-filter:yahoo-japan': {
    message: 'Yahoo!メールでは「なりすましメール拒否」により、当社からの返信も受信拒否されることがあります。',
    action:
      '「なりすましメール拒否」を設定している場合は「救済リスト」に{senderDomain}を追加し、迷惑メールフォルダーもご確認ください。',
  },
  'spoofing-filter:yahoo': {
    message: 'Yahoo MailやAOLはメールを厳しく判定するため、返信が迷惑メールフォルダーに入ることがあります。',
    action:
      '迷惑メールフォルダーをご確認のうえ「迷惑メールではない」に設定するか、{senderDomain}を連絡先に追加してください。',
  },
  'non-ascii-local': {
    message:
      '「@」より前に半角英数字以外の文字が含まれており、多くのメールシステムはこのアドレスに送信できません。',
    action: '半角英数字のアドレスがあればそちらをご入力ください。',
  },
  'role-account:unread': {
    message: '{local}@ のような送信専用アドレスでは返信を受け取れません。',
    action: '受信できるメールアドレスをご入力ください。',
  },
  'role-account:shared': {
    message: '{local}@ は部署共有のアドレスであることが多いです。',
    action: '担当の方が確認できるかご確認いただくか、ご本人のメールアドレスをご入力ください。',
  },
  'private-relay': {
    message: 'プライベートリレー（メールを非公開）のアドレスです。',
    action:
      '転送を有効にしたままであれば対応は不要です。（運営者向け：Appleは登録済みの送信元ドメインからのメールのみ転送します。）',
  },
  'free-provider': {
    message: 'フリーメールのアドレスです。',
    action: '法人のお申し込みでは、会社のメールアドレスがあればそちらをご入力ください。',
  },
  'sender-domain': { message: '当社のドメイン' },
};
