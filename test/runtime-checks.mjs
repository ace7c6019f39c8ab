// Real results that every runtime must reproduce from the BUILT entry points: plain Node ESM,
// plain Node CJS (scripts/smoke.mjs) and headless Chromium (test/browser/run.mjs).
// Each check: [what, (module) => actual, expected]; `actual` is compared as JSON.

export const RUNTIME_CHECKS = {
  sanitize: [
    [
      'sanitizeCode folds full-width digits, 【】 and ー',
      (m) => m.sanitizeCode('【１２３４ー５６７８】', { alphabet: 'digits', length: 8 }).value,
      '12345678',
    ],
    [
      'sanitizeCode explains in Japanese',
      (m) => m.sanitizeCode(' 1234', { alphabet: 'digits' }, { locale: 'ja' }).changes[0].message,
      'コードの前後にあった空白・改行を取り除きました。',
    ],
    [
      'sanitizeCode checks the Crockford check symbol',
      (m) => m.sanitizeCode('x011z5$', { alphabet: 'crockford', checksum: 'crockford' }).value,
      'X011Z5$',
    ],
    [
      'sanitizeCode refuses a superscript',
      (m) => m.sanitizeCode('1234²', { alphabet: 'digits' }).error.code,
      'ambiguous-character',
    ],
    [
      'preparePassword keeps an emoji ZWJ sequence and warns about the trailing space',
      (m) => {
        const result = m.preparePassword('correct horse 👨‍👩‍👧 ', { mode: 'set', minLength: 8 });
        return [result.value, result.warnings.map((w) => w.code)];
      },
      ['correct horse 👨‍👩‍👧 ', ['trailing-whitespace', 'non-ascii']],
    ],
    [
      'preparePassword refuses a lone surrogate',
      (m) => m.preparePassword('abc\uD800defghijklmnop', { mode: 'login' }).error.code,
      'lone-surrogate',
    ],
  ],
  email: [
    [
      'canonicalizeEmail merges Gmail dots, +tag and googlemail.com',
      (m) => m.canonicalizeEmail('Taro.Yamada+shop@GoogleMail.com').canonical,
      'taroyamada@gmail.com',
    ],
    [
      'parseEmail folds IME full-width input',
      (m) => m.parseEmail('ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ').address,
      'taro@example.jp',
    ],
    [
      'parseEmail converts an IDN domain with punycode',
      (m) => {
        const parsed = m.parseEmail('user@bücher.de');
        return [parsed.domain, parsed.unicodeDomain];
      },
      ['xn--bcher-kva.de', 'bücher.de'],
    ],
    [
      'a docomo address with two dots is accepted, with a note',
      (m) => {
        const parsed = m.parseEmail('taro..yamada@docomo.ne.jp');
        return [parsed.ok, parsed.notes.length > 0];
      },
      [true, true],
    ],
    ['sameMailbox', (m) => m.sameMailbox('taroyamada@gmail.com', 'taro.yamada@googlemail.com'), true],
  ],
  deliverability: [
    ['suggestDomain corrects a typo of gmail.com', (m) => m.suggestDomain('gmial.com'), 'gmail.com'],
    ['suggestDomain leaves a real close domain alone', (m) => m.suggestDomain('gmx.com'), null],
    [
      'deliverabilityHints warns about docomo filters with a Japanese action',
      (m) => {
        const hint = m
          .deliverabilityHints('taro@docomo.ne.jp', { locale: 'ja', senderDomain: 'example.co.jp' })
          .hints.find((h) => h.code === 'carrier-filter');
        return [hint?.severity, hint?.action.includes('example.co.jp')];
      },
      ['warning', true],
    ],
    [
      'deliverabilityHints suggests the fix for a carrier typo',
      (m) => m.deliverabilityHints('taro@docomo.ne.pj').suggestion,
      'taro@docomo.ne.jp',
    ],
  ],
  'deliverability/disposable': [
    ['isDisposableDomain knows mailinator.com', (m) => m.isDisposableDomain('mailinator.com'), true],
    ['isDisposableDomain matches a subdomain', (m) => m.isDisposableDomain('x.mailinator.com'), true],
    ['isDisposableDomain leaves gmail.com alone', (m) => m.isDisposableDomain('gmail.com'), false],
  ],
  intent: [
    [
      'detectIntent reads both requests of the seed inquiry',
      (m) =>
        m
          .detectIntent(
            '注文の方法が分からなかったので、こちらから注文させてください。至急の納期を希望します。',
          )
          .intents.map((i) => i.id)
          .sort(),
      ['delivery.deadline', 'order.place'],
    ],
    [
      'detectIntent resolves a deadline in the time zone (Intl works)',
      (m) =>
        m.detectIntent('明日までに返信ください', { receivedAt: '2026-11-20T10:00:00+09:00' }).deadline?.date,
      '2026-11-21',
    ],
    [
      'a thank-you needs no reply',
      (m) => m.detectIntent('Got it, thanks a lot! No need to reply.').needsReply,
      false,
    ],
  ],
  sla: [
    [
      'japaneseHolidays knows 勤労感謝の日 2026',
      (m) => m.japaneseHolidays(2026).find((h) => h.date === '2026-11-23')?.name,
      '勤労感謝の日',
    ],
    [
      'addBusinessMinutes skips the weekend and the holiday (Intl time zones work)',
      (m) => {
        const tokyo = m.createCalendar({
          timeZone: 'Asia/Tokyo',
          weeklyHours: Object.fromEntries(
            ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '18:00']]]),
          ),
          holidays: 'JP',
        });
        return m.formatInstant(m.addBusinessMinutes(tokyo, '2026-11-20T17:00:00+09:00', 120), 'Asia/Tokyo');
      },
      '2026-11-24T10:00:00+09:00',
    ],
    [
      'createCalendar throws a ConfigError (a TypeError) naming the field',
      (m) => {
        try {
          m.createCalendar({ timeZone: 'Mars/Olympus', weeklyHours: {} });
          return 'no error';
        } catch (error) {
          return [error instanceof TypeError, error.name, error.field, /timeZone/.test(error.message)];
        }
      },
      [true, 'ConfigError', 'timeZone', true],
    ],
  ],
  triage: [
    [
      'triageInquiry: an urgent inquiry from an au address → phone the customer',
      (m) => {
        const result = m.triageInquiry(
          {
            text: 'シリアル番号が「正しくありません」と出ます。今日中に使いたいので大至急お願いします！',
            from: 'r.kimura@ezweb.ne.jp',
            receivedAt: '2026-11-20T15:20:00+09:00',
          },
          { policy: m.defaultPolicy('ja-JP') },
        );
        return [result.ok, result.urgency, result.actions.some((a) => a.code === 'phone-customer')];
      },
      [true, 'critical', true],
    ],
  ],
  zod: [
    [
      'emailSchema outputs the canonical key',
      (m) => m.emailSchema().parse('Taro.Yamada+x@gmail.com').canonical,
      'taroyamada@gmail.com',
    ],
    [
      'codeSchema transforms to the cleaned value',
      (m) => m.codeSchema({ alphabet: 'digits', length: 6 }).parse(' １２３ ４５６ '),
      '123456',
    ],
    [
      'passwordSchema reports our code',
      (m) => m.passwordSchema({ mode: 'set' }).safeParse('short').success,
      false,
    ],
  ],
};

/** Runs the checks of the entries present in `modules` ({ entry: namespace }); returns failures. */
export function runChecks(modules) {
  const results = [];
  for (const [entry, checks] of Object.entries(RUNTIME_CHECKS)) {
    const module = modules[entry];
    if (module === undefined) continue;
    for (const [what, run, expected] of checks) {
      let actual;
      try {
        actual = run(module);
      } catch (error) {
        actual = `threw ${error}`;
      }
      const pass = JSON.stringify(actual) === JSON.stringify(expected);
      results.push({ entry, what, pass, actual, expected });
    }
  }
  return results;
}
