/**
 * Which parts of a message are the customer's new text (intent.md §4): quoted mail, everything
 * after an attribution or forward line, signatures, legal disclaimers and web-form labels are left
 * out. Works line by line on the normalised text (lower-case Latin, hiragana for katakana), in
 * one pass plus a look at the last paragraph; every regex here is anchored and bounded.
 */

/** Attribution lines of Japanese clients: `2026年11月18日(水) 9:05 山田 <addr>:`, `2026/11/18 …:`. */
const JA_ATTRIBUTION = /^\d{4}[年/.-]\d{1,2}[月/.-]\d{1,2}/;
/** `■label：value`, `label: value` (label up to 24 characters; ： is folded to : by then). */
const FORM_LABEL = /^[■□◆◇●○・*]?\s{0,3}([^:\s][^:]{0,23}):/;
/** `【label】value`. */
const BRACKET_LABEL = /^[■□◆◇●○・]?【([^】]{1,20})】/;
/** The line that heads quoted or forwarded mail (one search instead of four). */
const FORWARD_MARK = /original message|forwarded message|元のめっせーじ|転送めっせーじ/;
/** A phone number as printed in signatures. */
const PHONE = /\d{2,5}[-( )]{1,2}\d{2,4}[-) ]{1,2}\d{3,4}/;

/** Form labels whose value is not the customer's own words: the whole line is dropped. */
const DROP_LABELS: readonly string[] = [
  'お名前',
  '名前',
  '氏名',
  'ふりがな',
  'ご用件',
  '用件',
  '件名',
  'お問い合わせ種別',
  'お問い合わせ項目',
  '種別',
  'かてごりー',
  'めーるあどれす',
  'めーる',
  '電話番号',
  'ご住所',
  '住所',
  '注文番号',
  'ご注文番号',
  '会社名',
  '郵便番号',
  '商品名',
  'subject',
  'name',
  'full name',
  'email',
  'e-mail',
  'email address',
  'phone',
  'tel',
  'order number',
  'order no',
  'order no.',
  'order #',
  'category',
  'topic',
  'inquiry type',
  'company',
  'reason',
];
/** Form labels that introduce the free-text field: the label goes, the value stays. */
const KEEP_LABELS: readonly string[] = [
  '内容',
  'お問い合わせ内容',
  '問い合わせ内容',
  'ご質問',
  '質問',
  '本文',
  'めっせーじ',
  'ご意見',
  '詳細',
  'ご相談内容',
  'message',
  'comments',
  'comment',
  'details',
  'question',
  'inquiry',
  'description',
  'your message',
];
/** Sign-off lines after which only a name and contact details follow. */
const CLOSINGS: readonly string[] = [
  'best',
  'best regards',
  'regards',
  'kind regards',
  'warm regards',
  'thanks',
  'thank you',
  'many thanks',
  'thanks again',
  'cheers',
  'sincerely',
  'yours sincerely',
  'yours truly',
  'all the best',
  'br',
  'よろしくお願いします',
  'よろしくお願いいたします',
  'よろしくお願い致します',
  '以上',
  '以上です',
];
/** Words that mark a signature line (company forms, titles, contact labels). */
const SIGNATURE_MARKS: readonly string[] = [
  '株式会社',
  '有限会社',
  '(株)',
  '合同会社',
  '部長',
  '課長',
  '担当',
  '部 ',
  '課 ',
  'tel',
  'fax',
  'mail:',
  '@',
  '|',
  'inc',
  'ltd',
  'llc',
  'corp',
  'gmbh',
  'manager',
  'lead',
  'director',
  'officer',
  'head of',
  'ceo',
  'vp,',
];
const DISCLAIMERS: readonly string[] = [
  'confidentiality notice',
  'this e-mail is confidential',
  'this email is confidential',
  'this email and any',
  'this e-mail and any',
  'this message and any',
  'disclaimer:',
  'この電子めーる',
  '本めーるは機密',
  'このめーるには機密',
];

interface Line {
  readonly from: number;
  readonly to: number;
  readonly trimmed: string;
}

function isSeparator(trimmed: string): boolean {
  if (trimmed.length < 2) return false;
  for (const char of trimmed) {
    if (!'-_=*~―─━ー'.includes(char)) return false;
  }
  return true;
}

function startsQuote(trimmed: string): boolean {
  return trimmed.startsWith('>') || trimmed.startsWith('|>');
}

function cutsRest(trimmed: string, next: string | undefined): boolean {
  // The cheap tests go first: a colon at the end, a word every forward mark has, a first character.
  const colon = trimmed.endsWith(':');
  if (colon && (trimmed.endsWith('wrote:') || trimmed.endsWith('wrote :') || trimmed.endsWith('書きました:')))
    return true;
  if ((trimmed.includes('message') || trimmed.includes('めっせーじ')) && FORWARD_MARK.test(trimmed))
    return true;
  if (colon && JA_ATTRIBUTION.test(trimmed)) return true;
  if (trimmed.startsWith('from:') && next !== undefined && /^(sent|date|to|送信日時):/.test(next))
    return true;
  if (trimmed === '--' || isSeparator(trimmed)) return true;
  if (
    trimmed.startsWith('sent from my') ||
    trimmed.endsWith('から送信') ||
    trimmed.startsWith('get outlook for')
  ) {
    return true;
  }
  disclaimerStarts ??= new Set(DISCLAIMERS.map((d) => d.charCodeAt(0)));
  if (!disclaimerStarts.has(trimmed.charCodeAt(0))) return false;
  for (const d of DISCLAIMERS) if (trimmed.startsWith(d)) return true;
  return false;
}

/** The first code unit of each disclaimer (built on first use). */
let disclaimerStarts: Set<number> | undefined;

/**
 * Whether a line can start with a form label, a quick test before the two regexes: a label's
 * colon comes at index 28 at the latest (a bullet, three spaces, 24 characters), and 【 at 1.
 */
function mayHaveLabel(t: string): boolean {
  const end = Math.min(t.length, 29);
  for (let i = 0; i < end; i++) {
    const unit = t.charCodeAt(i);
    if (unit === 0x3a || unit === 0x3010) return true; // : (： is folded to it) 【
  }
  return false;
}

/** Where the kept part of a form line starts (label removed), or -1 to drop the line. */
function formValueStart(line: Line, text: string): number {
  const t = line.trimmed;
  const match = mayHaveLabel(t) ? (BRACKET_LABEL.exec(t) ?? FORM_LABEL.exec(t)) : null;
  if (match === null) return line.from;
  const label = (match[1] ?? '').trim();
  if (DROP_LABELS.includes(label)) return -1;
  if (KEEP_LABELS.includes(label) || match[0].startsWith('■') || match[0].startsWith('【')) {
    let start = line.from + match[0].length;
    while (start < line.to && text.charCodeAt(start) <= 0x20) start++;
    return start;
  }
  return line.from;
}

function isSignatureLike(trimmed: string): boolean {
  if (trimmed.length > 80 || trimmed.includes('?') || trimmed.includes('？')) return false;
  const last = trimmed.charAt(trimmed.length - 1);
  return !'。.!！'.includes(last) || trimmed.length < 3;
}

function isClosing(trimmed: string): boolean {
  let t = trimmed;
  while (t.length > 0 && ',，、!！。.'.includes(t.charAt(t.length - 1))) t = t.slice(0, -1);
  return CLOSINGS.includes(t.trim());
}

function hasSignatureMark(trimmed: string): boolean {
  if (PHONE.test(trimmed)) return true;
  for (const mark of SIGNATURE_MARKS) if (trimmed.includes(mark)) return true;
  return false;
}

/** Index of the first line of a trailing signature block, or `lines.length` when there is none. */
function signatureStart(lines: readonly Line[]): number {
  let last = lines.length - 1;
  while (last >= 0 && lines[last]?.trimmed === '') last--;
  if (last <= 0) return lines.length;
  let first = last;
  while (first > 0 && (lines[first - 1]?.trimmed ?? '') !== '') first--;
  let contentBefore = false;
  for (let i = 0; i < first; i++) if (lines[i]?.trimmed !== '') contentBefore = true;
  const block = lines.slice(first, last + 1);
  const allLike = block.length <= 6 && block.every((line) => isSignatureLike(line.trimmed));
  if (contentBefore && allLike) {
    const head = block[0]?.trimmed ?? '';
    if ((isClosing(head) && block.length > 1) || block.some((line) => hasSignatureMark(line.trimmed)))
      return first;
  }
  // A sign-off line inside the last paragraph followed by a short name block.
  for (let i = Math.max(first, last - 4); i < last; i++) {
    const line = lines[i];
    if (line === undefined || !isClosing(line.trimmed) || i === 0) continue;
    let ok = true;
    for (let k = i + 1; k <= last; k++) if (!isSignatureLike(lines[k]?.trimmed ?? '')) ok = false;
    if (ok) return i;
  }
  return lines.length;
}

/** The line that starts at `from`, white space trimmed; `next` is where the following line starts. */
function lineAt(text: string, from: number): Line & { readonly next: number } {
  let to = text.indexOf('\n', from);
  if (to < 0) to = text.length;
  let a = from;
  let b = to;
  while (a < b && text.charCodeAt(a) <= 0x20) a++;
  while (b > a && text.charCodeAt(b - 1) <= 0x20) b--;
  // Lines longer than a paragraph are never labels or attributions: skip the string tests.
  return { from: a, to: b, trimmed: b - a > 400 ? text.slice(a, a + 400) : text.slice(a, b), next: to + 1 };
}

/**
 * Finds the customer's new text in a normalised message.
 *
 * @remarks
 * Lines are read one at a time (with one line of look-ahead) and only kept lines are stored, a
 * run of blank lines as one: a message of a million quoted lines allocates no million-entry list.
 *
 * @param text - The normalised text (see `normalizeText`).
 * @returns Half-open `[from, to)` ranges of kept text, in order, as a flat array.
 *
 * @example
 * findNewText('ok\n> old text') //=> [0, 2]
 */
export function findNewText(text: string): number[] {
  const kept: Line[] = [];
  for (let line = lineAt(text, 0); ; ) {
    const next = line.next <= text.length ? lineAt(text, line.next) : undefined;
    if (line.trimmed === '') {
      // Blank lines only separate paragraphs (see `signatureStart`): one stands for a run.
      if (kept[kept.length - 1]?.trimmed !== '') kept.push(line);
    } else if (!startsQuote(line.trimmed)) {
      if (cutsRest(line.trimmed, next?.trimmed)) break;
      const start = formValueStart(line, text);
      if (start >= 0) {
        kept.push(
          start === line.from ? line : { from: start, to: line.to, trimmed: text.slice(start, line.to) },
        );
      }
    }
    if (next === undefined) break;
    line = next;
  }
  const end = signatureStart(kept);
  const ranges: number[] = [];
  for (let i = 0; i < end; i++) {
    const line = kept[i] as Line;
    if (line.to > line.from) ranges.push(line.from, line.to);
  }
  return ranges;
}
