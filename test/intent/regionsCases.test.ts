// What findNewText (src/intent/regions.ts) keeps of a message: the customer's new text, without
// quoted mail, whatever follows an attribution, forward or separator line, legal disclaimers,
// web-form labels and a trailing signature block. This is internal behaviour (detectIntent only
// sees its effect), so the cases call normalizeText and findNewText directly and compare the kept
// pieces of text.
//
// regions.ts builds a set of disclaimer first characters on first use (`disclaimerStarts ??= …`)
// and normalize.ts its fold table: every case loads fresh copies of both modules and builds its
// input inside the `it`, so that each case runs the lazy set-up itself.
import { describe, expect, it, vi } from 'vitest';

/** A function from a raw message to the pieces of normalised text findNewText keeps, in order. */
async function fresh(): Promise<(message: string) => string[]> {
  vi.resetModules();
  const { normalizeText } = await import('../../src/intent/normalize.ts');
  const { findNewText } = await import('../../src/intent/regions.ts');
  return (message) => {
    const text = normalizeText(message).text;
    const ranges = findNewText(text);
    const parts: string[] = [];
    for (let i = 0; i < ranges.length; i += 2) parts.push(text.slice(ranges[i], ranges[i + 1]));
    return parts;
  };
}

describe('findNewText: quotes and lines that cut off the rest', () => {
  it.each([
    // `|>` opens a quoted line as `>` does.
    ['Yes, please.\n|> Shall we refund you?', ['yes, please.']],
    // Quote marks count after leading white space.
    ['Please refund me.\n  > We can refund you.', ['please refund me.']],
    // A line ending in a colon is not an attribution unless it says who wrote.
    ['The parts I need are:\n2 screws', ['the parts i need are:', '2 screws']],
    [
      'Please refund me.\nOn Mon, Nov 16, 2026 Shop <shop@example.com> wrote :\nWe shipped it.',
      ['please refund me.'],
    ],
    // Thunderbird's Japanese attribution: 「山田 さんは書きました:」.
    ['返金してください\n山田 さんは書きました:\n発送しました。', ['返金してください']],
    // `From:` only heads a forwarded header when the next line starts with Sent/Date/To/送信日時.
    [
      'Hello\nTo: support team\nPlease cancel my order',
      ['hello', 'to: support team', 'please cancel my order'],
    ],
    ['From: Mia\nPlease send it to: 1-2-3 Osaka', ['from: mia', 'please send it to: 1-2-3 osaka']],
    ['Please refund me\nFrom: Shop\nDate: Mon, 16 Nov 2026\nold', ['please refund me']],
    // A separator is two or more of - _ = * ~ ― ─ ━ ー; a lone dash (an empty bullet) is text.
    ['Items:\n- shoes\n-\nPlease refund both', ['items:', '- shoes', '-', 'please refund both']],
    ['Please refund me\n==\nTaro Yamada', ['please refund me']],
    ['返金してください\nーー\n山田', ['返金してください']],
    // Mobile and mail-client footers.
    ['Please refund me\nGet Outlook for iOS', ['please refund me']],
    ['Please refund me\nSent from my iPhone', ['please refund me']],
    // A message that starts with a blank line is read line by line like any other.
    ['\nYes, please refund.\n> Shall we refund you?', ['yes, please refund.']],
    // Lines are trimmed: the kept text has no surrounding white space.
    ['  Please refund me.  ', ['please refund me.']],
  ])('%j keeps %j', async (message, expected) => {
    const kept = await fresh();
    expect(kept(message)).toEqual(expected);
  });

  it.each([
    'CONFIDENTIALITY NOTICE: this message is for the addressee only.',
    'This e-mail is confidential and may be privileged.',
    'This email is confidential and may be privileged.',
    'This email and any attachments are for the addressee only.',
    'This e-mail and any files sent with it are confidential.',
    'This message and any attachments are confidential.',
    'Disclaimer: the views expressed are those of the sender.',
    'この電子メールは宛先の方のみを対象としています。',
    '本メールは機密情報を含みます。',
    'このメールには機密情報が含まれています。',
  ])('a legal disclaimer (%j) and all after it is left out', async (disclaimer) => {
    const kept = await fresh();
    expect(kept(`Please refund me.\n${disclaimer}\nmore legal text`)).toEqual(['please refund me.']);
  });

  it('reads a paragraph longer than 400 characters as text, never as an attribution or footer', async () => {
    const kept = await fresh();
    // Only its first 400 characters are tested, so its end cannot make it an attribution line.
    const long = `${'the parcel arrived late and the box was damaged. '.repeat(9)}this is what your colleague wrote:`;
    expect(kept(`${long}\nPlease refund me`)).toEqual([long, 'please refund me']);
    const longJa = `${'荷物が遅れて届き、箱が破れていました。'.repeat(25)}返金してください`;
    expect(kept(`${longJa}\niPhoneから送信`)).toEqual([longJa]);
    // A long paragraph further down the message is kept as well.
    const para = 'the parcel arrived late and the box was damaged. '.repeat(9).trim();
    expect(kept(`${para}\n\n${para}`)).toEqual([para, para]);
  });
});

describe('findNewText: web-form labels', () => {
  it.each([
    // White space before the colon is not part of the label.
    ['Name : Mia\nMessage : please cancel my order', ['please cancel my order']],
    // Any ■ or 【】 label goes and its value stays, listed or not.
    ['■ご要望：早めに届けてほしい', ['早めに届けてほしい']],
    ['【ご要望】早めに届けてほしい', ['早めに届けてほしい']],
    // Without a mark, an unknown label stays with its value.
    ['ご要望：早めに届けてほしい', ['ご要望:早めに届けてほしい']],
    // The value of a form field is judged on its own when looking for a signature: the e-mail
    // address of the dropped field does not turn the message into one.
    [
      'Hello\n\nEmail: mia@example.com\nMessage: please cancel order 123\nMia',
      ['hello', 'please cancel order 123', 'mia'],
    ],
  ])('%j keeps %j', async (message, expected) => {
    const kept = await fresh();
    expect(kept(message)).toEqual(expected);
  });

  // Labels whose value is not the customer's own words: the whole line is dropped.
  it.each([
    'お名前',
    '名前',
    '氏名',
    'フリガナ',
    'ご用件',
    '用件',
    '件名',
    'お問い合わせ種別',
    'お問い合わせ項目',
    '種別',
    'カテゴリー',
    'メールアドレス',
    'メール',
    '電話番号',
    'ご住所',
    '住所',
    '注文番号',
    'ご注文番号',
    '会社名',
    '郵便番号',
    '商品名',
    'Subject',
    'Name',
    'Full Name',
    'Email',
    'E-mail',
    'Email Address',
    'Phone',
    'Tel',
    'Order Number',
    'Order No',
    'Order No.',
    'Order #',
    'Category',
    'Topic',
    'Inquiry Type',
    'Company',
    'Reason',
  ])('drops the form line %j with its value', async (label) => {
    const kept = await fresh();
    expect(kept(`${label}: abc 123\n返品したいです`)).toEqual(['返品したいです']);
  });

  // Labels of the free-text field: the label goes, the value stays.
  it.each([
    '内容',
    'お問い合わせ内容',
    '問い合わせ内容',
    'ご質問',
    '質問',
    '本文',
    'メッセージ',
    'ご意見',
    '詳細',
    'ご相談内容',
    'Message',
    'Comments',
    'Comment',
    'Details',
    'Question',
    'Inquiry',
    'Description',
    'Your Message',
  ])('keeps only the value of the form field %j', async (label) => {
    const kept = await fresh();
    expect(kept(`${label}: 返品したいです`)).toEqual(['返品したいです']);
  });
});

describe('findNewText: signatures', () => {
  // A sign-off inside the last paragraph, followed only by short lines, starts the signature.
  it.each([
    'Best',
    'Best regards,',
    'Regards,',
    'Kind regards,',
    'Warm regards,',
    'Thanks!',
    'Thank you',
    'Many thanks,',
    'Thanks again!',
    'Cheers,',
    'Sincerely,',
    'Yours sincerely,',
    'Yours truly,',
    'All the best,',
    'BR,',
    'よろしくお願いします。',
    'よろしくお願いいたします。',
    'よろしくお願い致します。',
    '以上',
    '以上です。',
  ])('the sign-off %j and the name after it are left out', async (closing) => {
    const kept = await fresh();
    expect(kept(`返品したいです。\n${closing}\n山田`)).toEqual(['返品したいです。']);
  });

  // A last paragraph of a name and a line with a company form, title or contact mark is a signature.
  it.each([
    '株式会社テスト',
    '有限会社テスト',
    '(株)テスト',
    '合同会社テスト',
    '営業部長',
    '営業課長',
    '営業担当',
    '営業部 東京',
    '総務課 東京',
    'TEL 内線204',
    'FAX 内線205',
    'Mail: taro(at)example.com',
    'taro@example.com',
    'Sales | Tokyo',
    'Acme Inc',
    'Acme Ltd',
    'Acme LLC',
    'Acme Corp',
    'Acme GmbH',
    'Sales Manager',
    'Team Lead',
    'Sales Director',
    'Privacy Officer',
    'Head of Sales',
    'CEO',
    'VP, Sales',
    '03-1234-5678',
  ])('a last paragraph with the signature line %j is left out', async (line) => {
    const kept = await fresh();
    expect(kept(`Please cancel my order.\n\nTaro Yamada\n${line}`)).toEqual(['please cancel my order.']);
  });

  it.each([
    // Sign-off heading the last paragraph, with trailing punctuation and blank lines.
    ['Please cancel my order.\n\nThanks !\nMia', ['please cancel my order.']],
    ['Please cancel my order.\n\nBest regards,\nTaro\n\n', ['please cancel my order.']],
    // A lone sign-off with nothing after it stays, trailing blank line or not.
    ['Please cancel my order.\n\nThanks\n', ['please cancel my order.', 'thanks']],
    // A signature block has at most six lines.
    [
      'Please cancel my order.\n\nBest regards,\nTaro Yamada\nSales\nYamada Trading\n1-2-3 Shibuya\nTokyo',
      ['please cancel my order.'],
    ],
    [
      'Please cancel my order.\n\nBest regards,\nTaro Yamada\nSales\nYamada Trading\n1-2-3 Shibuya\nTokyo\nJapan',
      [
        'please cancel my order.',
        'best regards,',
        'taro yamada',
        'sales',
        'yamada trading',
        '1-2-3 shibuya',
        'tokyo',
        'japan',
      ],
    ],
    // One signature mark among the lines of the last paragraph is enough.
    ['Please cancel my order.\n\nTaro Yamada\nAcme Inc', ['please cancel my order.']],
    // A question, or a sentence of three or more characters ending in a stop, is not a signature line.
    ['Hello,\n\nThanks,\nCan you call me back?', ['hello,', 'thanks,', 'can you call me back?']],
    ['Hello,\n\nThanks,\nI will wait for your reply.', ['hello,', 'thanks,', 'i will wait for your reply.']],
    [
      '返品したいです。\n\nよろしくお願いします\n以上。',
      ['返品したいです。', 'よろしくお願いします', '以上。'],
    ],
    // An initial with a full stop is.
    ['Please cancel.\n\nThanks,\nT.', ['please cancel.']],
    // A line of only punctuation is not a sign-off.
    ['Please refund me\n\n!!!\nTaro', ['please refund me', '!!!', 'taro']],
    // A message of one paragraph is never all signature, even after leading blank lines.
    ['Please call me\n03-1234-5678', ['please call me', '03-1234-5678']],
    ['\n\nPlease call me\n03-1234-5678', ['please call me', '03-1234-5678']],
    // A sign-off inside the last paragraph cuts there, when only short lines follow it ...
    ['Please cancel my order.\nThanks,\nTaro', ['please cancel my order.']],
    // ... but not when a sentence follows, nor when it is the first line of the message.
    ['Hello\nThanks,\nPlease reply soon.', ['hello', 'thanks,', 'please reply soon.']],
    ['Thanks!\nThe parcel arrived today', ['thanks!', 'the parcel arrived today']],
  ])('%j keeps %j', async (message, expected) => {
    const kept = await fresh();
    expect(kept(message)).toEqual(expected);
  });

  it('takes a line of up to 80 characters after a sign-off as a signature line, not a longer one', async () => {
    const kept = await fresh();
    const line80 = 'the second parcel has still not arrived and i have been waiting for ten days now';
    const line81 = 'the second parcel has still not arrived and i have been waiting for two weeks now';
    expect([line80.length, line81.length]).toEqual([80, 81]);
    expect(kept(`Hello,\n\nThanks,\n${line80}`)).toEqual(['hello,']);
    expect(kept(`Hello,\n\nThanks,\n${line81}`)).toEqual(['hello,', 'thanks,', line81]);
  });
});

describe('findNewText: where each pattern must match', () => {
  it.each([
    // A Japanese attribution starts with a four-digit year, then month and day (two digits each
    // here), and ends in a colon: what follows it is the earlier mail.
    ['返金してください\n2026年11月18日(水) 9:05 山田 <a@example.jp>:\n発送しました。', ['返金してください']],
    ['返金してください\n2026/11/18 9:05 山田:\n発送しました。', ['返金してください']],
    // A date later in a line that ends in a colon is no attribution.
    [
      '先日 2026/11/18 の注文について:\n返金してください',
      ['先日 2026/11/18 の注文について:', '返金してください'],
    ],
    // A form label starts the line (after a bullet and up to three spaces): a label name further
    // along the line is the customer's text.
    [`a${' '.repeat(24)}お名前: 返金してください`, [`a${' '.repeat(24)}お名前: 返金してください`]],
    ['返金してください【お名前】山田', ['返金してください【お名前】山田']],
    // Only a bullet may come before 【: ※【お名前】 is no label.
    ['※【お名前】返金してください', ['※【お名前】返金してください']],
    // A phone number makes the last paragraph a signature: 2–5 digits, one or two separators,
    // 2–4 digits, one or two separators, 3–4 digits.
    ['Please refund me.\n\nTaro Yamada\n03 (1234) 5678', ['please refund me.']],
    ['Please refund me.\n\nTaro Yamada\n(03) 1234-5678', ['please refund me.']],
    // Numbers that are not phone numbers leave the paragraph alone.
    ['Please refund me.\n\nsize 1-23-456 please', ['please refund me.', 'size 1-23-456 please']],
    ['Please refund me.\n\nsize 12-34-5 please', ['please refund me.', 'size 12-34-5 please']],
    // A paragraph whose first line is no sign-off keeps the short lines after it.
    ['Please refund my order\nThanks', ['please refund my order', 'thanks']],
  ])('%j keeps %j', async (message, expected) => {
    const kept = await fresh();
    expect(kept(message)).toEqual(expected);
  });
});
