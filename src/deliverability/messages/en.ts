import type { MessageTable } from '../../internal/diagnostic.ts';
import type { HintMessageKey } from '../types.ts';

/**
 * English messages and actions of the deliverability hints, one row per code or variant.
 * Placeholders: `{domain}`, `{suggestion}`, `{senderDomain}`, `{local}`, `{provider}`, `{reason}`.
 *
 * @example
 * DELIVERABILITY_MESSAGES_EN['null-mx'].message //=> 'This domain states that it accepts no email (null MX).'
 */
export const DELIVERABILITY_MESSAGES_EN: MessageTable<HintMessageKey> = {
  invalid: {
    message: 'This is not a valid email address: {reason}',
    action: 'Check the address for spaces, a missing “@” or extra characters.',
  },
  'typo-domain': {
    message: 'The domain “{domain}” looks like a typo.',
    action: 'Did you mean {suggestion}? Please check the part after “@”.',
  },
  'idn-homograph': {
    message: 'The domain “{domain}” mixes look-alike letters from another alphabet.',
    action: 'Please retype it with your normal keyboard layout.',
  },
  'idn-homograph:suggestion': {
    message: 'The domain “{domain}” mixes look-alike letters from another alphabet.',
    action: 'Please retype it with your normal keyboard layout — did you mean {suggestion}?',
  },
  'reserved-domain': {
    message: 'The domain “{domain}” is reserved for examples and tests and never receives mail.',
    action: 'Please enter the address you actually use.',
  },
  'null-mx': {
    message: 'This domain states that it accepts no email (null MX).',
    action: 'Please use another address.',
  },
  'no-mx:none': {
    message: 'The domain “{domain}” has no mail server.',
    action: 'Please check the spelling of the domain, or use another address.',
  },
  'no-mx:fallback': {
    message: 'The domain “{domain}” has no mail server record (MX); mail to it often does not arrive.',
    action: 'Please check the spelling of the domain, or use another address if you have one.',
  },
  disposable: {
    message: 'This is a temporary address that may stop working before we reply.',
    action: 'Please use an address you will keep.',
  },
  'carrier-filter:docomo': {
    message: 'docomo addresses often refuse mail from computers and unknown domains.',
    action:
      'Please add {senderDomain} to “受信リスト設定” (allowed senders) in your docomo mail settings, or give us another address.',
  },
  'carrier-filter:au': {
    message: 'au addresses often refuse mail from computers and unknown domains.',
    action:
      'Please add {senderDomain} to “受信リスト設定” in au’s spam filter with “なりすまし・転送メール許可” (allow spoofed and forwarded mail) checked, or give us another address.',
  },
  'carrier-filter:softbank': {
    message: 'SoftBank addresses often refuse mail from computers and unknown domains.',
    action:
      'Please add {senderDomain} to “受信許可リスト” (allowed senders) in My SoftBank’s spam settings — and to “救済リスト” if spoofed-mail rejection is on — or give us another address.',
  },
  'carrier-filter:ymobile': {
    message: 'Y!mobile addresses often refuse mail from unknown domains.',
    action: 'Please allow {senderDomain} in Y!mobile’s spam mail settings, or give us another address.',
  },
  'carrier-filter:uq': {
    message: 'UQ mobile addresses often refuse mail from unknown domains.',
    action: 'Please allow {senderDomain} in UQ mobile’s mail settings, or give us another address.',
  },
  'carrier-filter:other': {
    message: 'Mobile carrier addresses often refuse mail from computers and unknown domains.',
    action: 'Please allow {senderDomain} in your carrier’s mail settings, or give us another address.',
  },
  'rfc-violating-local': {
    message:
      'This address has dots where the mail standard forbids them, so many senders (Gmail included) cannot send to it.',
    action: 'Please give us another address if you can.',
  },
  'spoofing-filter:yahoo-japan': {
    message: 'Yahoo! JAPAN may reject mail it judges to be spoofed, including our replies.',
    action:
      'If you use “なりすましメール拒否” (spoofed-mail rejection), add {senderDomain} to “救済リスト” (the allow list), and check your spam folder.',
  },
  'spoofing-filter:yahoo': {
    message: 'Yahoo Mail and AOL filter mail strictly; our reply may land in your spam folder.',
    action:
      'Please check your spam folder and mark our mail as “Not spam”, or add {senderDomain} to your contacts.',
  },
  'non-ascii-local': {
    message:
      'The part before “@” contains non-ASCII characters; many mail systems cannot deliver to such addresses.',
    action: 'If you have an address in plain letters and digits, please use it.',
  },
  'role-account:unread': {
    message: 'Addresses like {local}@ are not read.',
    action: 'Please enter an address where you can receive our reply.',
  },
  'role-account:shared': {
    message: '{local}@ is usually a shared inbox.',
    action: 'Please make sure someone reads it, or use your own address.',
  },
  'private-relay': {
    message: 'This is a private relay address (Hide My Email).',
    action:
      'Nothing to do if you keep forwarding on. (Operators: Apple only forwards mail from sender domains registered for Sign in with Apple.)',
  },
  'free-provider': {
    message: 'This is a free webmail address.',
    action: 'For business sign-ups, please use your company address if you have one.',
  },
  'sender-domain': { message: 'our domain' },
};
