// Shared fast-check arbitraries for the fuzz suite (issue #10): text as people, clients and
// attackers produce it. Everything is built from small risky pieces so that random inputs
// actually reach the rules (an address with two `@`, a quoted line, a code in 【】), plus raw
// Unicode of every kind, including what fast-check's own string units never produce (lone
// surrogates).
import fc from 'fast-check';
import { EMAIL_PROVIDERS } from '../../src/email/index.ts';

const pick = (...pieces: string[]) => fc.constantFrom(...pieces);

/** A high or low surrogate on its own (fast-check's `binary` unit only yields whole code points). */
export const loneSurrogate = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((unit) => String.fromCharCode(unit));

/** C0 and C1 controls, DEL, and the line and paragraph separators. */
export const controlChar = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((unit) => String.fromCharCode(unit)),
  fc.integer({ min: 0x7f, max: 0x9f }).map((unit) => String.fromCharCode(unit)),
  pick('\u2028', '\u2029'),
);

/**
 * Format and default-ignorable characters: zero-width space, joiners, direction marks, bidi
 * embeddings, overrides and isolates (U+202A–202E, U+2066–2069), word joiner, BOM, soft hyphen,
 * Arabic letter mark, Mongolian vowel separator, variation selectors, interlinear annotation
 * controls and tag characters.
 */
export const formatChar = pick(
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2060',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\ufeff',
  '\u00ad',
  '\u061c',
  '\u180e',
  '\ufe0f',
  '\ufe00',
  '\ufff9',
  '\u{e0001}',
  '\u{e0041}',
  '\u{e007f}',
  '\u{e0100}',
);

/** Combining marks: accents, dakuten, an enclosing circle, a virama. */
export const combiningMark = pick(
  '\u0301',
  '\u0308',
  '\u0323',
  '\u3099',
  '\u309a',
  '\u20dd',
  '\u094d',
  '\u0e31',
);

/** A base character followed by a flood of combining marks (Zalgo text). */
export const combiningFlood = fc
  .tuple(
    pick('a', 'O', '1', 'あ', 'カ', '@', '.', ' ', '😡'),
    combiningMark,
    fc.integer({ min: 1, max: 300 }),
  )
  .map(([base, mark, count]) => base + mark.repeat(count));

/** Full-width forms (ASCII, signs, half-width katakana and hangul) and the ideographic space. */
export const widthForm = fc.oneof(
  fc.integer({ min: 0xff01, max: 0xffee }).map((unit) => String.fromCharCode(unit)),
  pick('\u3000', 'ｶﾞ', 'ﾍﾟ', '＠', '．', '－', 'ー', 'ｰ'),
);

/** Japanese as inquiries and IMEs write it. */
export const japanesePiece = pick(
  'お世話になっております。',
  '返金してください',
  '返金は不要です',
  'キャンセル',
  'ﾍﾝﾋﾟﾝ',
  '届きません',
  '明日までに',
  '至急',
  '注文番号',
  'ー',
  '〜',
  '～',
  '「',
  '」',
  '【',
  '】',
  '『',
  '。',
  '、',
  '様',
  '株式会社',
);

/** Emoji, including ZWJ sequences, skin tones, flags, tag sequences and keycaps. */
export const emoji = pick('😡', '👍🏽', '👨‍👩‍👧‍👦', '🇯🇵', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '1️⃣', '❤️‍🔥', '🙏');

/** ASCII punctuation and white space that parsers split on. */
export const asciiRisk = pick(
  '.',
  '..',
  '@',
  '"',
  "'",
  '\\',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '>',
  '-',
  '+',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ':',
  ',',
  ';',
  '<',
  '|',
  '*',
  '?',
);

/** Any one risky piece. */
export const riskyPiece = fc.oneof(
  loneSurrogate,
  controlChar,
  formatChar,
  combiningMark,
  widthForm,
  japanesePiece,
  emoji,
  asciiRisk,
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }),
);

/** Text built from risky pieces. */
export const riskyText = fc.array(riskyPiece, { maxLength: 40 }).map((pieces) => pieces.join(''));

/**
 * Arbitrary user text: whole code points of any plane, graphemes, lone surrogates, controls and
 * format characters, combining-mark floods, full-width forms, Japanese and emoji.
 */
export const userText = fc.oneof(
  fc.string({ unit: 'binary', size: 'medium' }),
  fc.string({ unit: 'grapheme', size: 'medium' }),
  fc.string({ unit: fc.oneof(loneSurrogate, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) }),
  riskyText,
  combiningFlood,
);

/** Pieces of e-mail addresses: atoms, dots, quotes, `@` and its look-alikes, IDN and punycode labels. */
const emailPiece = fc.oneof(
  {
    weight: 3,
    arbitrary: pick(
      'taro',
      'Taro.Yamada',
      'a',
      'x_y',
      'info',
      'postmaster',
      'user+tag',
      '+',
      'ß',
      'İ',
      'ﬁ',
      '例え',
      'ドメイン',
      'ｔａｒｏ',
      '١٢',
    ),
  },
  {
    weight: 3,
    arbitrary: pick(
      '.',
      '..',
      '@',
      '@@',
      '＠',
      '﹫',
      '．',
      '。',
      '｡',
      '"',
      '\\"',
      ' ',
      '\t',
      '-',
      '_',
      '(c)',
      '[127.0.0.1]',
    ),
  },
  {
    weight: 3,
    arbitrary: pick(
      'gmail.com',
      'googlemail.com',
      'GMAIL.COM',
      'gmial.com',
      'docomo.ne.jp',
      'ezweb.ne.jp',
      'au.com',
      'outlook.com',
      'yahoo.co.jp',
      'user.fastmail.com',
      'example.com',
      'example.co.jp',
      'mailinator.com',
      'xn--r8jz45g.jp',
      'xn--',
      'xn--zz',
      'xn--gmal-6nd.com',
      'gmаil.com',
      '例え.jp',
      'com',
      'jp',
      '123',
    ),
  },
  { weight: 1, arbitrary: riskyPiece },
);

/** Every domain of the provider table, as typed: upper case, a root dot, full-width. */
const providerDomain = fc
  .tuple(fc.constantFrom(...EMAIL_PROVIDERS.flatMap((provider) => provider.domains)), fc.nat({ max: 5 }))
  .map(([domain, variant]) =>
    variant === 1
      ? domain.toUpperCase()
      : variant === 2
        ? `${domain}.`
        : variant === 3
          ? foldToFullWidth(domain)
          : domain,
  );

function foldToFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
}

/** Local parts that providers' rules act on: dots, tags, separators, case, quotes. */
const providerLocal = fc
  .array(pick('taro', 'Yamada', 'x', '.', '..', '+', '+shop', '-', '_', '-news', 'İ', 'ß', '"', '\\'), {
    minLength: 1,
    maxLength: 6,
  })
  .map((pieces) => pieces.join(''));

/** Address-like strings: risky pieces around at least one `@`, provider addresses, and well-formed addresses. */
export const emailLike = fc.oneof(
  fc.tuple(providerLocal, providerDomain).map(([local, domain]) => `${local}@${domain}`),
  fc.tuple(providerLocal, providerDomain).map(([local, domain]) => `"${local}"@${domain}`),
  fc
    .tuple(
      fc.array(emailPiece, { maxLength: 6 }),
      fc.array(emailPiece, { maxLength: 6 }),
      pick('@', '＠', '"@', '@@'),
    )
    .map(([local, domain, at]) => `${local.join('')}${at}${domain.join('')}`),
  fc.array(emailPiece, { maxLength: 12 }).map((pieces) => pieces.join('')),
  fc.emailAddress(),
  fc.tuple(fc.emailAddress(), riskyPiece, fc.nat()).map(([address, piece, at]) => {
    const i = at % (address.length + 1);
    return address.slice(0, i) + piece + address.slice(i);
  }),
);

/** Domain-like strings: labels, dots, hyphens, IDN, punycode and width forms. */
export const domainLike = fc.oneof(
  fc.domain(),
  fc.array(emailPiece, { maxLength: 6 }).map((pieces) => pieces.join('').replaceAll('@', '')),
  fc.tuple(fc.domain(), riskyPiece).map(([domain, piece]) => domain + piece),
);

/** Lines of an inquiry: quoted mail, attributions, signatures, form labels, deadlines, anger. */
const inquiryLine = fc.oneof(
  pick(
    '> 以前のメールです',
    '>',
    '> > refund please',
    '|> old',
    'On Mon, Nov 3, 2026 at 10:00 Taro <taro@example.com> wrote:',
    '2026年11月18日(水) 9:05 山田 <taro@example.jp>:',
    '-----Original Message-----',
    '---------- Forwarded message ---------',
    '--',
    'ーーーーー',
    'よろしくお願いいたします。',
    'Best regards,',
    '株式会社サンプル 営業部 山田太郎',
    'TEL 03-1234-5678',
    'Sent from my iPhone',
    '■お問い合わせ内容：',
    '【件名】返金について',
    'お名前: 山田',
    'Subject: refund',
    '明日までに返金してください！',
    '注文したケーキが届きません。',
    'I need it by Friday, NOW!!!',
    'no need to refund, thanks',
    'This is the THIRD TIME I ASK',
    '再三お願いしておりますが',
    '弁護士に相談します',
    '消費者センターに連絡します',
    'ログインできません',
    'コードが無効です',
    '〜〜〜',
    'ありがとうございました。',
    '自動返信：不在にしております',
  ),
  riskyText,
  fc.array(fc.oneof(japanesePiece, emoji, asciiRisk), { maxLength: 10 }).map((pieces) => pieces.join('')),
);

/** Inquiry-like messages: lines joined by `\n` (some with `\r\n`). */
export const inquiryLike = fc
  .tuple(fc.array(inquiryLine, { maxLength: 12 }), fc.boolean())
  .map(([lines, crlf]) => lines.join(crlf ? '\r\n' : '\n'));

/** Code-like strings: what people paste into a code field. */
export const codeLike = fc
  .array(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.string({
          unit: pick(...'0123456789ABCDEFGHJKMNPQRSTVWXYZabcxyzOoIiLlUu'),
          minLength: 1,
          maxLength: 8,
        }),
      },
      {
        weight: 2,
        arbitrary: pick(
          '-',
          'ー',
          'ｰ',
          '‐',
          '—',
          ' ',
          '\u3000',
          '【',
          '】',
          '「',
          '」',
          '"',
          '“',
          '”',
          "'",
          '(',
          ')',
          '。',
          '.',
          ',',
        ),
      },
      {
        weight: 2,
        arbitrary: pick(
          '１',
          '２',
          '０',
          'Ａ',
          'ｂ',
          '²',
          '①',
          '𝟏',
          '𝐀',
          'ﬁ',
          'Ⅻ',
          '\u200b',
          '\ufeff',
          '\u00ad',
        ),
      },
      { weight: 1, arbitrary: riskyPiece },
    ),
    { maxLength: 10 },
  )
  .map((pieces) => pieces.join(''));

/** One megabyte (2^20 UTF-16 code units) of `unit` repeated. */
export function megabyte(unit: string): string {
  return unit.repeat(Math.ceil((1 << 20) / unit.length)).slice(0, 1 << 20);
}

/** 1 MB inputs for the hang guard: one per family of hostile text. */
export const HUGE_INPUTS: readonly (readonly [name: string, text: string])[] = [
  ['lone surrogates and controls', megabyte('\ud800\u0000\udfff\u0007')],
  ['combining-mark flood', `a${'\u0301'.repeat((1 << 20) - 1)}`],
  ['zero-width and bidi characters', megabyte('\u200b\u200d\u202e\u2066\ufeff')],
  ['quoted lines, dots, @ and quotes', megabyte('> 返金..@"ー\n')],
  ['full-width address-like text', megabyte('ｔａｒｏ＠ｇｍａｉｌ．ｃｏｍ　')],
];
