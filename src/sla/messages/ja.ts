import type { SlaMessages } from './table.ts';

/** Japanese messages of the sla module. */
export const JA: SlaMessages = {
  'delay-notice': {
    message: '回答に時間がかかっていることと、次のご連絡の目安をお客様にお伝えしてください。',
  },
  'pending-reminder': { message: 'ご返信をお待ちしていることを、お客様にあらためてお知らせしてください。' },
  'auto-close': { message: 'リマインドへのご返信がないため、チケットをクローズしてください。' },
  'resend-via-alternate-channel': { message: '返信がお客様に届いていません。別の手段で再送してください。' },
  escalate: { message: 'SLA の期限が迫っています。エスカレーションしてください。' },
  'target-breached': {
    message: 'SLA の期限を過ぎています。',
    action: 'すぐに返信するか、いつご連絡できるかをお客様にお伝えしてください。',
  },
  'no-alternate-channel': {
    message: '返信がお客様に届いておらず、ほかの連絡手段が設定されていません。',
    action: 'フォローアップ設定に alternateChannels を追加するか、お電話でご連絡ください。',
  },
};
