import type { MessageTable } from '../../internal/diagnostic.ts';
import type { TriageCode } from '../types.ts';
import type { SenderActionTable } from './en.ts';

/**
 * Japanese messages of the triage module: input errors and priority reasons.
 *
 * @example
 * TRIAGE_MESSAGES_JA['invalid-text'].message //=> '問い合わせ本文が文字列ではありません。'
 */
export const TRIAGE_MESSAGES_JA: MessageTable<TriageCode> = {
  'invalid-text': {
    message: '問い合わせ本文が文字列ではありません。',
    action: '本文を文字列で渡してください。',
  },
  'invalid-received-at': {
    message: '受信日時が、時差（オフセット）付きの日時になっていません。',
    action:
      'エポックミリ秒、Date、または 2026-11-20T09:12:00+09:00 のようなオフセット付き ISO 8601 で渡してください。',
  },
  'received-at-out-of-range': {
    message: '受信日時が、対応している 2000〜2099 年（日本の祝日表の対象年）の範囲外です。',
    action: '時計や receivedAt の単位（秒ではなくミリ秒）を確認してください。',
  },
  'no-reply-needed': { message: '返信不要（お礼のみ・自動返信・迷惑メール）のため「低」。' },
  'urgency-critical': { message: '緊急（安全・セキュリティ・当日の期限）のため「至急」。' },
  'urgency-high': { message: '急ぎの内容のため「高」。' },
  'urgency-normal': { message: '通常の返信が必要なため「通常」。' },
  anger: { message: 'お客様が怒っているため、少なくとも「高」。' },
  'hidden-anger': {
    message: '丁寧な言葉の裏に不満（再度の催促・改まった苦情）があるため、少なくとも「高」。',
  },
  escalation: { message: '上長や外部機関が関わるため、一段上げて少なくとも「高」。' },
  'deadline-before-due': {
    message: 'お客様の期限が一次回答の期限より前のため、間に合う優先度まで引き上げ。',
  },
};

/**
 * Japanese texts of the actions triage adds from the sender's address.
 *
 * @example
 * TRIAGE_ACTIONS_JA['resend-reply'].message //=> '前回の返信を再送し、再送である旨を添えてください。'
 */
export const TRIAGE_ACTIONS_JA: SenderActionTable = {
  'phone-customer': {
    message: '返信期限までにお客様へお電話してください。',
    reason:
      '急ぎの内容で、送信元が携帯キャリアのアドレスです。キャリアの迷惑メールフィルターで企業からのメールが拒否されることが多く、メールの返信が届かない可能性があります。',
  },
  'resend-reply': {
    message: '前回の返信を再送し、再送である旨を添えてください。',
    reason: 'お客様から返信が届いていないとの連絡です。',
  },
  'carrier-allow-list-guidance': {
    message: 'キャリアのメール設定で当社ドメインを受信許可する方法をご案内してください。',
    reason: '送信元が携帯キャリアのアドレスで、当社ドメインを許可するまで返信が拒否されます。',
  },
  'confirm-address': {
    message: '返信の前に、メールアドレスをお客様に確認してください。',
    reason: 'アドレスの入力誤り、またはメールを受信できないアドレスの可能性があります。',
  },
};
