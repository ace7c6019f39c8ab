import type { ActionTable } from './en.ts';

/**
 * Japanese texts of the suggested actions, one row per code.
 *
 * @example
 * INTENT_ACTIONS_JA['no-reply-needed'].message //=> '返信せずにチケットを完了してください。'
 */
export const INTENT_ACTIONS_JA: ActionTable = {
  'no-reply-needed': {
    message: '返信せずにチケットを完了してください。',
    reason: 'お礼・了承のみ、自動返信、または営業メールです。返信するとやり取りが終わらなくなります。',
  },
  'ask-for-details': {
    message: 'ご用件を伺う返信をしてください。',
    reason: '対応を求めていますが、具体的な用件が書かれていません。',
  },
  'answer-every-request': {
    message: 'すべてのご要望に一通でお答えしてください。',
    reason: '複数の用件があります。最初の一つだけに答えると、お客様を失う原因になります。',
  },
  'reply-before-deadline': {
    message: '{date} より前に、間に合うかどうかを返信してください。',
    reason: 'お客様は期日を示しています。期日を過ぎた返信には意味がありません。',
  },
  'phone-customer': {
    message: 'お客様にお電話してください。',
    reason: '電話を希望されているか、急ぎで、電話に必要な注文情報がそろっています。',
  },
  'escalate-to-lead': {
    message: 'リーダー（責任者）に引き継いでください。',
    reason: '責任者を求めている、外部機関に言及している、または強い敵意があります。',
  },
  'apologize-first': {
    message: '事実の説明より先にお詫びを述べてください。',
    reason: 'お客様は怒っています（丁寧な言葉の裏に隠れている場合を含みます）。',
  },
  'check-spam-folder-guidance': {
    message: 'メールを再送し、迷惑メールフォルダと携帯キャリアの受信設定の確認方法をご案内してください。',
    reason:
      'こちらからのメールが届いていないとのことです。迷惑メールフォルダやキャリアのドメイン指定受信がよくある原因です。',
  },
  'secure-account': {
    message: 'アカウントを保護し、保留中の注文を止め、乗っ取り対応の手順に従ってください。',
    reason: 'お客様に覚えのないログイン・注文・請求が報告されています。',
  },
  'handle-safety-report': {
    message: '安全に関わる事故として記録し、使用を中止するようお伝えください。',
    reason: '発熱・発火・けが・誤飲などの危険が報告されています。',
  },
  'send-help-article': {
    message: 'ヘルプ記事または定型回答でお答えしてください。',
    reason: 'どのお客様にも同じ答えになる質問です。',
  },
};
