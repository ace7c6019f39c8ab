// The words of the playground and the sample signup form, in English and Japanese. The library's
// own messages (changes, hints, actions) come from support-kit in the chosen locale; only the page
// around them is here. Elements name their text with `data-i18n="key"` (see language.ts).
import type { Locale } from 'support-kit/sanitize';

const EN = {
  // pages and navigation
  playgroundTitle: 'support-kit playground',
  signupTitle: 'Sample signup form — support-kit',
  navHome: 'Home',
  navApi: 'API reference',
  navPlayground: 'Playground',
  navSignup: 'Sample signup form',
  languageLabel: 'Language',
  playgroundHeading: 'Try support-kit as you type',
  playgroundIntro:
    'Type or paste into any field: the results change with every keystroke. Everything runs in this page with the published entry points; nothing is sent anywhere.',
  // shared result words
  accepted: 'Accepted',
  refused: 'Refused',
  typeSomething: 'Type something above.',
  changes: 'Changes',
  noChanges: 'Nothing had to change.',
  warnings: 'Warnings',
  noWarnings: 'No warnings.',
  yes: 'yes',
  no: 'no',
  severity_info: 'info',
  severity_warning: 'warning',
  severity_error: 'error',
  // codes
  codeHeading: 'Codes',
  codeIntro: 'A coupon, serial or one-time code as people type or paste it: full-width, spaced, bracketed.',
  codeInput: 'Code as typed or pasted',
  codeAlphabet: 'Alphabet',
  alphabet_digits: 'digits 0–9',
  alphabet_alnum: 'letters and digits',
  alphabet_crockford: 'Crockford Base32',
  alphabet_hex: 'hexadecimal',
  codeLength: 'Length (empty: any)',
  codeGroup: 'Group size (empty: none)',
  cleanedValue: 'Cleaned value',
  formatted: 'Formatted',
  // passwords
  passwordHeading: 'Passwords',
  passwordIntro:
    'Prepared as RFC 8265 says. Nothing is trimmed or truncated silently: accidents are warned about.',
  passwordInput: 'Password (shown in clear here)',
  passwordMode: 'Mode',
  mode_set: 'set (signup, change)',
  mode_login: 'login',
  passwordValue: 'Value to hash (␣ marks a space)',
  alternatives: 'Also try at login',
  // e-mail
  emailHeading: 'E-mail addresses',
  emailIntro:
    'The key for a unique index (one mailbox, one account), and why our mail may never reach the address.',
  emailInput: 'E-mail address',
  senderDomain: 'Our sending domain',
  canonical: 'Canonical mailbox key',
  sendTo: 'Address to send to',
  provider: 'Provider',
  unknownProvider: 'not a known provider: the part before @ is kept as typed',
  removed: 'Removed for the key',
  removedTag: 'tag',
  removedDots: 'dots',
  removedSeparators: 'separators',
  removedSubdomain: 'subdomain',
  removedAlias: 'alias domain',
  nothingRemoved: 'nothing',
  notes: 'Notes',
  hints: 'Deliverability hints',
  noHints: 'No hints: our mail should reach this address.',
  didYouMean: 'Did you mean {suggestion}?',
  useSuggestion: 'Use it',
  suggestionHints: 'If you take the suggestion, for {address}:',
  // inquiries
  inquiryHeading: 'Inquiries and the SLA clock',
  inquiryIntro:
    'What the customer wants, with the words that say so; how urgent and angry it is; when the reply is due on the chosen calendar.',
  inquiryInput: 'Inquiry',
  inquiryFrom: 'From (optional)',
  receivedAt: 'Received at (local time of the calendar)',
  calendar: 'Business calendar',
  calendar_tokyo: 'Tokyo: Mon–Fri 9:00–18:00, Japanese holidays, closed 12/29–1/3',
  calendar_newYork: 'New York: Mon–Fri 9:00–17:00, Thanksgiving and Christmas closed',
  calendar_tokyo24: 'Tokyo, around the clock (24×7)',
  lang: 'Language',
  urgency: 'Urgency',
  anger: 'Anger (0–3)',
  hiddenAnger: 'Hidden anger',
  escalation: 'Escalation',
  needsReply: 'Needs a reply',
  deadline: 'Deadline',
  noDeadline: 'none stated',
  intents: 'Intents',
  noIntents: 'No intent found: nothing we route on.',
  confidence: 'confidence',
  evidenceHeading: 'The words that raised them',
  legendUrgency: 'urgency',
  legendAnger: 'anger',
  legendHiddenAnger: 'hidden anger',
  actions: 'Suggested actions',
  noActions: 'Nothing to suggest.',
  dueBy: 'by {due}',
  slaHeading: 'SLA due times',
  priority: 'Priority',
  priorityReasons: 'Why this priority',
  firstReplyDue: 'First reply due',
  resolutionDue: 'Resolution due',
  followUps: 'Planned follow-ups',
  noFollowUps: 'None planned.',
  closedDays: 'Closed days on the way',
  noClosedDays: 'None between receipt and resolution.',
  priorityTable: 'Due times at every priority on this calendar',
  metric_firstReply: 'first reply',
  metric_resolution: 'resolution',
  businessMinutes: '{minutes} business minutes',
  calendarMinutes: '{minutes} minutes, around the clock',
  needReceivedAt: 'Enter the date and time the inquiry arrived.',
  notDue: '—',
  // signup form
  signupHeading: 'Create your account',
  signupIntro:
    'A sample signup form that uses support-kit the way we recommend: warnings and suggestions while the person types, errors once they leave a field, and the cleaned values on submit. Its code is site/playground/signup.ts.',
  signupEmail: 'E-mail address',
  signupCode: 'Invitation code (8 digits)',
  signupPassword: 'Password (15 characters or more)',
  weRead: 'We read: {value}',
  howTo: 'How?',
  signupSubmit: 'Create account',
  signupFixErrors: 'Please correct the fields marked in red.',
  signupSent: 'The form would send:',
} as const;

/** A key of the page's text tables. */
export type UiKey = keyof typeof EN;

const JA: Readonly<Record<UiKey, string>> = {
  playgroundTitle: 'support-kit プレイグラウンド',
  signupTitle: 'サンプル会員登録フォーム — support-kit',
  navHome: 'ホーム',
  navApi: 'API リファレンス',
  navPlayground: 'プレイグラウンド',
  navSignup: 'サンプル登録フォーム',
  languageLabel: '言語',
  playgroundHeading: '入力しながら support-kit を試す',
  playgroundIntro:
    '各欄に入力するか貼り付けてください。1文字ごとに結果が変わります。処理はすべてこのページの中で、公開しているエントリーポイントを使って行われ、どこにも送信されません。',
  accepted: '受け付けます',
  refused: '受け付けません',
  typeSomething: '上の欄に入力してください。',
  changes: '変更点',
  noChanges: '変更はありません。',
  warnings: '警告',
  noWarnings: '警告はありません。',
  yes: 'あり',
  no: 'なし',
  severity_info: '情報',
  severity_warning: '注意',
  severity_error: 'エラー',
  codeHeading: 'コード',
  codeIntro: '人が入力・貼り付けしたクーポン・シリアル・ワンタイムコード（全角、空白入り、括弧付きなど）。',
  codeInput: '入力・貼り付けされたコード',
  codeAlphabet: '文字種',
  alphabet_digits: '数字 0–9',
  alphabet_alnum: '英数字',
  alphabet_crockford: 'Crockford Base32',
  alphabet_hex: '16進数',
  codeLength: '桁数（空欄：指定なし）',
  codeGroup: '区切りの桁数（空欄：なし）',
  cleanedValue: '整えた値',
  formatted: '表示用',
  passwordHeading: 'パスワード',
  passwordIntro: 'RFC 8265 に沿って整えます。勝手に削ったり切り詰めたりせず、うっかりミスは警告します。',
  passwordInput: 'パスワード（ここでは表示しています）',
  passwordMode: 'モード',
  mode_set: 'set（登録・変更）',
  mode_login: 'login（ログイン）',
  passwordValue: 'ハッシュする値（␣ は空白）',
  alternatives: 'ログイン時に併せて試す候補',
  emailHeading: 'メールアドレス',
  emailIntro:
    '一意インデックス用のキー（1つのメールボックスに1アカウント）と、当社のメールが届かないおそれの理由。',
  emailInput: 'メールアドレス',
  senderDomain: '当社の送信ドメイン',
  canonical: '正規化したメールボックスキー',
  sendTo: '送信先アドレス',
  provider: 'プロバイダー',
  unknownProvider: '既知のプロバイダーではありません（@の前は入力どおり）',
  removed: 'キーのために除いたもの',
  removedTag: 'タグ',
  removedDots: 'ドット',
  removedSeparators: '区切り文字',
  removedSubdomain: 'サブドメイン',
  removedAlias: '別名ドメイン',
  nothingRemoved: 'なし',
  notes: 'メモ',
  hints: '到達性のヒント',
  noHints: 'ヒントはありません。当社のメールは届く見込みです。',
  didYouMean: '{suggestion} の誤りではありませんか？',
  useSuggestion: 'これにする',
  suggestionHints: '候補にした場合（{address}）：',
  inquiryHeading: '問い合わせと SLA',
  inquiryIntro: 'お客様の用件とその根拠の言葉、緊急度と怒りの度合い、選んだ営業カレンダーでの返信期限。',
  inquiryInput: '問い合わせ本文',
  inquiryFrom: '送信元（任意）',
  receivedAt: '受信日時（カレンダーの現地時刻）',
  calendar: '営業カレンダー',
  calendar_tokyo: '東京：平日 9:00–18:00、祝日と年末年始（12/29–1/3）は休み',
  calendar_newYork: 'ニューヨーク：平日 9:00–17:00、感謝祭とクリスマスは休み',
  calendar_tokyo24: '東京：24時間365日',
  lang: '言語',
  urgency: '緊急度',
  anger: '怒り（0–3）',
  hiddenAnger: '隠れた怒り',
  escalation: 'エスカレーション',
  needsReply: '返信の要否',
  deadline: '期日',
  noDeadline: '指定なし',
  intents: '用件',
  noIntents: '用件は見つかりませんでした。',
  confidence: '確信度',
  evidenceHeading: '根拠になった言葉',
  legendUrgency: '緊急',
  legendAnger: '怒り',
  legendHiddenAnger: '隠れた怒り',
  actions: '推奨する対応',
  noActions: '特にありません。',
  dueBy: '期限 {due}',
  slaHeading: 'SLA の期限',
  priority: '優先度',
  priorityReasons: 'この優先度の理由',
  firstReplyDue: '初回返信の期限',
  resolutionDue: '解決の期限',
  followUps: '予定されたフォローアップ',
  noFollowUps: '予定はありません。',
  closedDays: '期間中の休業日',
  noClosedDays: '受信から解決期限までに休業日はありません。',
  priorityTable: 'このカレンダーでの優先度ごとの期限',
  metric_firstReply: '初回返信',
  metric_resolution: '解決',
  businessMinutes: '営業時間で{minutes}分',
  calendarMinutes: '24時間換算で{minutes}分',
  needReceivedAt: '問い合わせの受信日時を入力してください。',
  notDue: '—',
  signupHeading: 'アカウント作成',
  signupIntro:
    'support-kit を推奨どおりに使ったサンプルの登録フォームです。入力中に注意と候補を、欄を離れたらエラーを表示し、送信時には整えた値を使います。コードは site/playground/signup.ts にあります。',
  signupEmail: 'メールアドレス',
  signupCode: '招待コード（8桁）',
  signupPassword: 'パスワード（15文字以上）',
  weRead: '読み取った値：{value}',
  howTo: 'どうすれば？',
  signupSubmit: '登録する',
  signupFixErrors: '赤字の項目を修正してください。',
  signupSent: 'フォームが送信する内容：',
};

const TABLES: Readonly<Record<Locale, Readonly<Record<UiKey, string>>>> = { en: EN, ja: JA };

/**
 * The page's text in one locale.
 *
 * @example
 * uiText('ja').navApi //=> 'API リファレンス'
 */
export function uiText(locale: Locale): Readonly<Record<UiKey, string>> {
  return TABLES[locale];
}

/**
 * Whether a string names an entry of the text tables (for `data-i18n` attributes).
 *
 * @example
 * isUiKey('navApi') //=> true
 */
export function isUiKey(key: string): key is UiKey {
  return Object.hasOwn(EN, key);
}

/**
 * Puts a value into a `{name}` slot of a template (no `$` patterns: the value is taken literally).
 *
 * @example
 * interpolate('by {due}', 'due', 'Tue 10:00') //=> 'by Tue 10:00'
 */
export function interpolate(template: string, name: string, value: string): string {
  return template.split(`{${name}}`).join(value);
}
