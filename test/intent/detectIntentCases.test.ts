// Behaviour of the public entry `detectIntent` (src/intent/detectIntent.ts) at the edges of its
// own rules: option checks, the language choice, shouting, urgency at the deadline day limits,
// confidence, the phone-customer rule and the evidence lists.
//
// detectIntent.ts and the modules it calls build tables on first use (the lexicon automaton, the
// scoring ids, the date class id, the deadline RegExp). Every case loads fresh copies of the
// modules, so that it builds them itself, and builds its inputs inside the `it`: a test that
// reused what another test built would not check the build (and mutation testing would credit
// the build to whichever test ran first).
import { describe, expect, it, vi } from 'vitest';
import type { DetectIntentOptions, DetectIntentResult, Evidence } from '../../src/intent/index.ts';

async function fresh() {
  vi.resetModules();
  return await import('../../src/intent/index.ts');
}

/** 2026-11-20 is a Friday in Asia/Tokyo. */
const RECEIVED = '2026-11-20T10:00:00+09:00';

async function read(text: string, options: DetectIntentOptions = { receivedAt: RECEIVED }) {
  const { detectIntent } = await fresh();
  return detectIntent(text, options);
}

const codes = (result: DetectIntentResult) => result.suggestedActions.map((action) => action.code);
const spans = (list: readonly Evidence[]) => list.map((e) => `${e.text}@${e.start}`);

/** Every evidence list of a result, with a name for failure messages. */
function listsOf(result: DetectIntentResult): [string, readonly Evidence[]][] {
  return [
    ...result.intents.map((intent): [string, readonly Evidence[]] => [intent.id, intent.evidence]),
    ['signals.urgency', result.signals.urgency],
    ['signals.anger', result.signals.anger],
    ['signals.hiddenAnger', result.signals.hiddenAnger],
  ];
}

/** The contract of every evidence list: spans of the original, non-empty, distinct, in text order, ≤ 16. */
function expectWellFormed(text: string, result: DetectIntentResult): void {
  for (const [name, list] of listsOf(result)) {
    expect(list.length, name).toBeLessThanOrEqual(16);
    for (let i = 0; i < list.length; i++) {
      const e = list[i] as Evidence;
      expect(text.slice(e.start, e.end), name).toBe(e.text);
      expect(e.end, name).toBeGreaterThan(e.start);
      if (i > 0) {
        const before = list[i - 1] as Evidence;
        // Text order: by start, then by end; never the same span twice.
        const ordered = before.start < e.start || (before.start === e.start && before.end < e.end);
        expect(ordered, `${name}: ${JSON.stringify(before)} before ${JSON.stringify(e)}`).toBe(true);
      }
    }
  }
}

describe('detectIntent: option checks', () => {
  // Caller bugs throw a TypeError that names the function; any string is accepted.
  it('text that is not a string throws "detectIntent: text must be a string"', async () => {
    const { detectIntent } = await fresh();
    for (const text of [123, null, undefined, { text: 'refund' }] as unknown[]) {
      expect(() => detectIntent(text as string)).toThrow(
        new TypeError('detectIntent: text must be a string'),
      );
    }
  });

  it('an invalid timeZone throws when given; without one the default Asia/Tokyo is used', async () => {
    const { detectIntent } = await fresh();
    expect(() => detectIntent('hello', { timeZone: 'Mars/Olympus' })).toThrow();
    // Received 23:30 UTC on Nov 19 is already Nov 20 in Tokyo: "today" resolves to the 20th.
    expect(detectIntent('Please reply today.', { receivedAt: '2026-11-19T23:30:00Z' }).deadline?.date).toBe(
      '2026-11-20',
    );
  });
});

describe('detectIntent: lang (kana → ja; ideographs without a Latin word → ja; a Latin word → en)', () => {
  // Without kana, ideographs or a Latin word of two letters, the option locale decides (default en).
  it('follows §3.1', async () => {
    const { detectIntent } = await fresh();
    const table: [string, DetectIntentOptions['locale'], 'ja' | 'en'][] = [
      ['ありがとう order please', 'en', 'ja'],
      ['注文確認', 'en', 'ja'],
      ['注文 order', 'ja', 'en'],
      ['order please', 'ja', 'en'],
      ['12345 !!!', 'ja', 'ja'],
      ['12345 !!!', 'en', 'en'],
      ['12345 !!!', undefined, 'en'],
      ['a 1 b 2', 'ja', 'ja'],
    ];
    for (const [text, locale, lang] of table)
      expect(detectIntent(text, { locale }).lang, `${text} ${locale}`).toBe(lang);
  });
});

describe('detectIntent: shouting (words in capitals of four letters or more in the new text)', () => {
  // 3 to 5 such words raise anger to at least 2 (and urgency to high); 6 or more make it 3
  // (hostile, escalated). Shorter runs of capitals (USB, I, A) are not shouting.
  it('counts words of four capitals or more', async () => {
    const { detectIntent } = await fresh();
    const table: [string, number][] = [
      ['Hello, the BLUE LAMP is here.', 0],
      ['Hello, the BLUE LAMP is HERE.', 2],
      ['Hello, the BLUE LAMP is HERE and DARK and GOOD.', 2],
      ['Hello, the BLUE LAMP is HERE and DARK and GOOD and WARM.', 3],
      ['Hello, the RED BOX, TOY CAR and BAG are BLUE.', 0],
      ['Hello, the BIG RED BOX and BAG are BLUE and DARK.', 0],
      ['I know I said it, but I am sure A lamp is BLUE.', 0],
      // A message all in capitals, one space between words, is read as well.
      ['THE BLUE LAMP WAS HERE', 2],
    ];
    for (const [text, anger] of table) {
      const result = detectIntent(text, { receivedAt: RECEIVED });
      expect(result.anger, text).toBe(anger);
      expect(result.urgency, text).toBe(anger >= 2 ? 'high' : 'normal');
      expect(result.escalation, text).toBe(anger === 3);
    }
  });

  // A capital that starts a word in lower case is no shouting: LAMPshade is one word.
  it('a run of capitals glued to lower-case letters is not a shouted word', async () => {
    const result = await read('Hello, the LAMPshade BULBholder BOXes are HERE.');
    expect(result.anger).toBe(0);
  });

  // Only the customer's new text counts: quoted lines are left out, and every kept line is read.
  it('reads the capitals of every kept line and of no quoted line', async () => {
    const { detectIntent } = await fresh();
    const table: [string, number, string][] = [
      [
        '> QUOTED TEXT WITH CAPITALS NOW\nHi team,\n> MORE QUOTED TEXT HERE\nthe blue lamp is here',
        0,
        'normal',
      ],
      ['> quoted line\nHi team,\n> MORE QUOTED TEXT HERE NOW\nPLEASE SEND THE PARCEL', 2, 'high'],
      ['Hi team, please help.\n\n> On Monday you wrote:\n> whatever\n\nPLEASE SEND THE PARCEL', 2, 'high'],
      ['Hi Tom,\n> old text\nSend it NOW', 0, 'critical'],
      ['Hi Tom, the LAMP\n> old text\nis BLUE and\n> more\nit is DARK', 2, 'high'],
    ];
    for (const [text, anger, urgency] of table) {
      const result = detectIntent(text, { receivedAt: RECEIVED });
      expect(result.anger, text).toBe(anger);
      expect(result.urgency, text).toBe(urgency);
    }
  });

  // Auto-replies and spam need no reply: their capitals are not anger.
  it('an auto-reply in capitals is not angry', async () => {
    const result = await read('OUT OF OFFICE. I AM AWAY UNTIL MONDAY. PLEASE CONTACT SALES INSTEAD.');
    expect(result.intents.map((intent) => intent.id)).toEqual(['auto.reply']);
    expect(result.anger).toBe(0);
    expect(result.escalation).toBe(false);
    expect(result.urgency).toBe('none');
  });
});

describe('detectIntent: a capitalised NOW makes urgency critical', () => {
  it('NOW in capitals, alone, is critical; now, Now, NOWHERE, USB, KNOW are not', async () => {
    const { detectIntent } = await fresh();
    const table: [string, string][] = [
      ['Send it NOW', 'critical'],
      ['Send it NOW!', 'critical'],
      ['Send it NOW。', 'critical'],
      ['Send it NOW\u2014please.', 'critical'],
      ['NOW please send it', 'critical'],
      ['Send it now', 'normal'],
      ['Send it Now', 'normal'],
      // NOWHERE is a shouted word, not NOW; a three-capital word other than NOW is nothing.
      ['PLEASE send it, NOWHERE else has it', 'normal'],
      ['PLEASE send the USB cable', 'normal'],
      ['PLEASE send the KNOW cable', 'normal'],
    ];
    for (const [text, urgency] of table) expect(detectIntent(text).urgency, text).toBe(urgency);
  });

  // NOW followed by any lower-case letter is the start of a word (NOWhere, NOWadays, …).
  it('NOW glued to any lower-case letter a–z is not NOW', async () => {
    const { detectIntent } = await fresh();
    for (let code = 0x61; code <= 0x7a; code++) {
      const text = `Send it NOW${String.fromCharCode(code)}here`;
      expect(detectIntent(text).urgency, text).toBe('normal');
    }
  });
});

describe('detectIntent: urgency from the deadline (received Friday 2026-11-20)', () => {
  // Today or tomorrow: critical; within a week (7 days included): high; later: normal. The
  // deadline is cited in signals.urgency exactly when it raises urgency (7 days or less).
  it('today or tomorrow: critical; 2 to 7 days: high; 8 days or more: normal', async () => {
    const { detectIntent } = await fresh();
    const table: [string, number, string][] = [
      ['Nov 20', 0, 'critical'],
      ['Nov 21', 1, 'critical'],
      ['Nov 22', 2, 'high'],
      ['Nov 27', 7, 'high'],
      ['Nov 28', 8, 'normal'],
      ['Dec 20', 30, 'normal'],
    ];
    for (const [date, days, urgency] of table) {
      const result = detectIntent(`Please reply by ${date}.`, { receivedAt: RECEIVED });
      expect(result.deadline, date).toEqual({
        date: `2026-${date.startsWith('Nov') ? '11' : '12'}-${date.slice(4)}`,
        text: date,
        start: 16,
        end: 22,
      });
      expect(result.urgency, `${date}: ${days} days`).toBe(urgency);
      expect(spans(result.signals.urgency), date).toEqual(urgency === 'normal' ? [] : [`${date}@16`]);
    }
  });

  it('without receivedAt a deadline has no date, and neither raises urgency nor is cited', async () => {
    const result = await read('Please reply by Nov 21.', {});
    expect(result.deadline).toEqual({ date: null, text: 'Nov 21', start: 16, end: 22 });
    expect(result.urgency).toBe('normal');
    expect(result.signals.urgency).toEqual([]);
  });

  it('the deadline is cited among the urgency words in text order', async () => {
    const text = 'By tomorrow please, it is urgent.';
    const result = await read(text);
    expect(spans(result.signals.urgency)).toEqual(['tomorrow@3', 'urgent@26']);
  });

  it('a delivery deadline cites the date it found (a Japanese date before the goods)', async () => {
    const text = '明日までに届けてください。';
    const result = await read(text);
    expect(result.deadline).toEqual({ date: '2026-11-21', text: '明日までに', start: 0, end: 5 });
    expect(result.urgency).toBe('critical');
    expect(spans(result.signals.urgency)).toEqual(['明日までに@0']);
    const delivery = result.intents.find((intent) => intent.id === 'delivery.deadline');
    expect(delivery?.evidence[0]).toEqual({ text: '明日までに', start: 0, end: 5 });
    expectWellFormed(text, result);
  });
});

describe('detectIntent: confidence = 1 - exp(-score / 2), × 0.8 when conditional, at most 0.99', () => {
  it('score 2 → 0.63, conditional → 0.51, score 4 → 0.86', async () => {
    const { detectIntent } = await fresh();
    const table: [string, string, number][] = [
      ['Please refund me', 'refund.request', 0.63],
      ['I would like a refund if it breaks again', 'refund.request', 0.51],
      ['領収書の宛名を個人名から会社名に変えてほしいです。', 'billing.payment', 0.86],
    ];
    for (const [text, id, confidence] of table) {
      const result = detectIntent(text);
      expect(result.intents.find((intent) => intent.id === id)?.confidence, text).toBe(confidence);
    }
  });
});

describe('detectIntent: phone-customer for an urgent message with an order number or quantity', () => {
  // The order number (#123, 4 digits or more) or quantity (3 boxes, 5個) is looked for in the kept
  // lines of at most 4000 characters; a call is suggested only when urgency is high or critical.
  it('only when urgent, only from the kept lines', async () => {
    const { detectIntent } = await fresh();
    const table: [string, string, boolean][] = [
      ['It is urgent: please send order #4410 again.', 'high', true],
      ['Please send order #4410 again by Nov 24.', 'high', true],
      ['Please send order #4410 again today.', 'critical', true],
      ['Please send 3 boxes again, urgently.', 'high', true],
      ['至急、5個追加で送ってください。', 'high', true],
      ['Please send order #4410 again.', 'normal', false],
      ['Please send order #4410 again by Dec 24.', 'normal', false],
      ['It is urgent: please send my order again.', 'high', false],
      ['It is urgent: please send my order again.\n> Your order #4410 has shipped', 'high', false],
      // An order number is # and 3 digits or more (a space between them allowed), or 4 digits
      // alone; a quantity is a digit and a unit (1 unit, 2 units, 3個).
      ['It is urgent: please send order #441 again.', 'high', true],
      ['It is urgent: please send order # 441 again.', 'high', true],
      ['It is urgent: please send item #12 again.', 'high', false],
      ['It is urgent: please send my order again #asap', 'high', false],
      ['It is urgent: please send my 2 orders again.', 'high', false],
      ['It is urgent: please send 1 unit again.', 'high', true],
      ['It is urgent: please send 2 units again.', 'high', true],
    ];
    for (const [text, urgency, phone] of table) {
      const result = detectIntent(text, { receivedAt: RECEIVED });
      expect(result.urgency, text).toBe(urgency);
      expect(codes(result).includes('phone-customer'), text).toBe(phone);
    }
  });

  it('a kept line of exactly 4000 characters is read, one of 4001 is not', async () => {
    const { detectIntent } = await fresh();
    const head = 'It is urgent, please help.\n';
    const line = (length: number) => {
      const tail = ' order #4410.';
      return 'word '.repeat(1000).slice(0, length - tail.length) + tail;
    };
    expect(line(4000)).toHaveLength(4000);
    const fits = detectIntent(head + line(4000), { receivedAt: RECEIVED });
    expect(fits.urgency).toBe('high');
    expect(codes(fits)).toContain('phone-customer');
    const tooLong = detectIntent(head + line(4001), { receivedAt: RECEIVED });
    expect(tooLong.urgency).toBe('high');
    expect(codes(tooLong)).not.toContain('phone-customer');
  });
});

describe('detectIntent: evidence lists', () => {
  // Each list holds the distinct spans in text order, at most 16 of them, as written.
  it('a span found twice for one intent is cited once', async () => {
    const text = '領収書の宛名を個人名から会社名に変えてほしいです。';
    const result = await read(text);
    expect(result.intents.map((intent) => [intent.id, spans(intent.evidence)])).toEqual([
      ['billing.payment', ['領収書@0', '変えてほしい@16']],
    ]);
    expectWellFormed(text, result);
  });

  it('twenty urgency words: the first sixteen are cited, in text order', async () => {
    const text = 'urgent, '.repeat(20);
    const result = await read(text);
    expect(result.signals.urgency.map((e) => e.start)).toEqual(Array.from({ length: 16 }, (_, i) => i * 8));
    expectWellFormed(text, result);
  });

  it('forty urgency words after a deadline: the deadline comes first, then fifteen words', async () => {
    const text = `Tomorrow! ${'urgent '.repeat(40)}`;
    const result = await read(text);
    expect(result.deadline?.date).toBe('2026-11-21');
    expect(spans(result.signals.urgency)).toEqual([
      'Tomorrow@0',
      ...Array.from({ length: 15 }, (_, i) => `urgent@${10 + i * 7}`),
    ]);
    expectWellFormed(text, result);
  });

  it('forty urgency words before a deadline: only the first sixteen words', async () => {
    const text = `${'urgent '.repeat(40)}by tomorrow`;
    const result = await read(text);
    expect(spans(result.signals.urgency)).toEqual(Array.from({ length: 16 }, (_, i) => `urgent@${i * 7}`));
  });

  it('every list is well formed in messages with many cues', async () => {
    const { detectIntent } = await fresh();
    const texts = [
      'I am so angry and furious, this is useless, sick of it. Refund me NOW or I call my lawyer!!',
      '至急対応してください。何度も連絡していますが、まだ返信がありません。返金してください。',
      'Please cancel order #4410 and refund me. Also change my address and call me back today.',
      `Please refund me, please refund me, please refund me. ${'Refund! '.repeat(40)}`,
    ];
    for (const text of texts) expectWellFormed(text, detectIntent(text, { receivedAt: RECEIVED }));
  });
});

describe('detectIntent: hard-wrapped lines', () => {
  // Plain-text mail is often wrapped at a fixed width: a line that starts with a lower-case letter
  // goes on with the sentence of the line before, so negation and rules read across the break.
  it('a line that starts in lower case continues the sentence before it', async () => {
    const ids = async (text: string) => (await read(text)).intents.map((intent) => intent.id);
    expect(await ids('Please cancel my order.')).toEqual(['order.cancel']);
    expect(await ids("Please don't\ncancel my order.")).toEqual([]);
    // A capital starts a new sentence: the negation of the line before does not reach it.
    expect(await ids("Please don't\nCancel my order.")).toEqual(['order.cancel']);
    // The letter is read in the original text (a dropped zero-width space shifts the offsets).
    expect(await ids("Please don't\u200b\ncancel my order.")).toEqual([]);
    expect(await ids("Please\u200b don't\n\u200bcancel my order.")).toEqual([]);
  });
});
