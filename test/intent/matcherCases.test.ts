// The automaton of src/intent/matchers.ts is built on the first call and kept in a module
// variable (`automaton ??= build()`). Every case here loads a fresh copy of the module, so that
// it builds the automaton itself: a test that reuses the copy another test built would not check
// the build (and mutation testing would credit the build to whichever test ran first).
//
// The oracle is the plain definition of the lexicon: every pattern of every group, found with
// `indexOf` at every position, kept when the word boundaries the pattern asks for hold.
import { describe, expect, it, vi } from 'vitest';
import { LEXICON_EN } from '../../src/intent/lexicon/en.ts';
import { LEXICON_JA } from '../../src/intent/lexicon/ja.ts';
import type { LexiconGroup } from '../../src/intent/lexicon/schema.ts';
import type { Hit, ScanState } from '../../src/intent/matchers.ts';

async function fresh() {
  vi.resetModules();
  const matchers = await import('../../src/intent/matchers.ts');
  const { normalizeText } = await import('../../src/intent/normalize.ts');
  return { ...matchers, normalizeText };
}

type Normalize = (text: string) => { readonly text: string };

interface Pattern {
  readonly k: string;
  readonly text: string;
  readonly left: boolean;
  readonly right: boolean;
}

const isWord = (char: string | undefined) => char !== undefined && /^[a-z0-9]$/.test(char);

/** Every pattern of both lexicons, normalised as the matcher reads them. */
function patternsOf(normalize: Normalize): Pattern[] {
  const out: Pattern[] = [];
  const add = (groups: readonly LexiconGroup[]) => {
    for (const group of groups) {
      for (const raw of group.p.split('|')) {
        const star = raw.endsWith('*');
        const text = normalize(star ? raw.slice(0, -1) : raw).text;
        if (text === '') continue;
        out.push({ k: group.k, text, left: isWord(text[0]), right: !star && isWord(text.at(-1)) });
      }
    }
  };
  add(LEXICON_JA);
  add(LEXICON_EN);
  return out;
}

/** `k start end` of every match in `text[from, to)`, sorted; one per class and span. */
function naiveHits(text: string, from: number, to: number, patterns: readonly Pattern[]): string[] {
  const found = new Set<string>();
  const region = text.slice(0, to);
  for (const pattern of patterns) {
    for (let at = region.indexOf(pattern.text, from); at !== -1; at = region.indexOf(pattern.text, at + 1)) {
      const end = at + pattern.text.length;
      if (pattern.left && at > from && isWord(text[at - 1])) continue;
      if (pattern.right && end < to && isWord(text[end])) continue;
      found.add(`${pattern.k} ${at} ${end}`);
    }
  }
  return [...found].sort();
}

const newState = (): ScanState => ({ sentence: 0, kana: false, ideographs: false, latinWord: false });

function scanned(
  scan: typeof import('../../src/intent/matchers.ts').scanLexicon,
  text: string,
  from = 0,
  to = text.length,
) {
  const hits: Hit[] = [];
  const state = newState();
  scan(text, from, to, hits, state);
  return { hits, state, keys: [...new Set(hits.map((hit) => `${hit.e.k} ${hit.start} ${hit.end}`))].sort() };
}

const TEXTS = [
  '注文の方法が分からなかったので、こちらから注文させてください。至急の納期を希望します。',
  'お忙しい中恐縮ですが、返金の件はどうなっていますでしょうか。再三ご連絡しております。',
  'キャンセルを取り消したいです。やっぱり購入します!明日までに発送してください?',
  'I ordered twice by mistake, please cancel one and refund me ASAP. Thanks.',
  "Where is my order? It still hasn't arrived. I'll contact my lawyer if nothing happens by Friday.",
  'noise cancelling headphones are great. cancelled? uncancel. re-cancel. cancel5 5cancel',
  'ログインできない。パスワードを忘れた。認証コードが届かない。メールが来ない。',
  'this is not a refund request. no need to refund. do not cancel my subscription!',
  '定期便を解約したい。自動更新を止めてください。のしは不要です。',
  'x',
  '',
];

describe('scanLexicon on a fresh automaton', () => {
  it('finds exactly what a plain search for every pattern finds', async () => {
    const { scanLexicon, normalizeText } = await fresh();
    const patterns = patternsOf(normalizeText);
    for (const original of TEXTS) {
      const text = normalizeText(original).text;
      expect(scanned(scanLexicon, text).keys, original).toEqual(naiveHits(text, 0, text.length, patterns));
    }
  });

  it('finds every pattern of both lexicons when the pattern is the whole text, and inside a sentence', async () => {
    const { scanLexicon, normalizeText } = await fresh();
    const patterns = patternsOf(normalizeText);
    // Each pattern alone, then all of one lexicon's patterns run together: the second text makes
    // every failure link and every merged output list count.
    for (const pattern of patterns) {
      const { keys } = scanned(scanLexicon, pattern.text);
      expect(keys, pattern.text).toContain(`${pattern.k} 0 ${pattern.text.length}`);
    }
    for (const joiner of ['', ' ', '。']) {
      const text = patterns.map((pattern) => pattern.text).join(joiner);
      expect(scanned(scanLexicon, text).keys).toEqual(naiveHits(text, 0, text.length, patterns));
    }
  });

  it('checks word boundaries against the region, not the whole string', async () => {
    const { scanLexicon, normalizeText } = await fresh();
    const patterns = patternsOf(normalizeText);
    // `cancel*` needs a boundary on the left only; `pause` on both sides.
    const text = 'xcancel pausex';
    for (const [from, to] of [
      [1, 14],
      [0, 14],
      [8, 13],
      [8, 14],
      [1, 7],
    ] as const)
      expect(scanned(scanLexicon, text, from, to).keys, `${from}-${to}`).toEqual(
        naiveHits(text, from, to, patterns),
      );
    // Region [1, …): the x before it is outside and does not count as a word character.
    expect(scanned(scanLexicon, text, 1).keys).toContain('order.cancel 1 7');
    expect(scanned(scanLexicon, text).keys).not.toContain('order.cancel 1 7');
    // A letter just before a word joins it, z as well as a.
    expect(scanned(scanLexicon, 'zcancel').keys).not.toContain('order.cancel 1 7');
    expect(scanned(scanLexicon, 'acancel').keys).not.toContain('order.cancel 1 7');
    // Nothing at or after the region's end is read: no hit ends past it, no sentence ends there.
    const cut = scanned(scanLexicon, '返金。', 0, 1);
    expect(cut.hits).toEqual([]);
    expect(cut.state.sentence).toBe(1);
    expect(scanned(scanLexicon, '返金。', 0, 2).state.sentence).toBe(1);
    // Region […, 13): the x after `pause` is outside.
    expect(scanned(scanLexicon, text, 8, 13).keys).toContain('order.change 8 13');
    expect(scanned(scanLexicon, text, 8).keys).not.toContain('order.change 8 13');
  });

  it('numbers sentences: 。 ! ? always end one, a period only before white space or the end', async () => {
    const { scanLexicon, normalizeText } = await fresh();
    const text = normalizeText('返金。返金!返金?返金.返金 返金. 返金.').text;
    const { hits, state } = scanned(scanLexicon, text);
    const refunds = hits.filter((hit) => hit.e.k === 'refund.request').map((hit) => hit.s);
    // 返金.返金 返金 is one sentence (no white space after the first period); the last period
    // ends one too, at the end of the region.
    expect(refunds).toEqual([1, 2, 3, 4, 4, 4, 5]);
    expect(state.sentence).toBe(6);
    // A second region continues the count with a new sentence.
    const more: Hit[] = [];
    scanLexicon('返金', 0, 2, more, state);
    expect(more.map((hit) => hit.s)).toEqual([7]);
    expect(state.sentence).toBe(7);
  });

  it('reports the scripts it saw', async () => {
    const { scanLexicon } = await fresh();
    const flags = (text: string) => {
      const { state } = scanned(scanLexicon, text);
      return [state.kana, state.ideographs, state.latinWord];
    };
    expect(flags('ありがとう')).toEqual([true, false, false]);
    expect(flags('ヘンピン')).toEqual([true, false, false]);
    expect(flags('返品')).toEqual([false, true, false]);
    expect(flags('㐀')).toEqual([false, true, false]); // CJK extension A
    expect(flags('龥')).toEqual([false, true, false]); // U+9FA5, near the end of the block
    expect(flags('ok')).toEqual([false, false, true]);
    expect(flags('a b c')).toEqual([false, false, false]); // no word of two letters
    expect(flags('a1')).toEqual([false, false, false]);
    expect(flags('zz')).toEqual([false, false, true]);
    expect(flags('12 !?')).toEqual([false, false, false]);
    expect(flags('ぁ')).toEqual([true, false, false]); // U+3041, first kana
    expect(flags('ヿ')).toEqual([true, false, false]); // U+30FF, last of the block
    expect(flags('〿')).toEqual([false, false, false]); // U+303F, before the kana
    expect(flags('ꀀ')).toEqual([false, false, false]); // U+A000, after the ideographs
  });
});

describe('compiled entries on a fresh automaton', () => {
  const entryOf = async (text: string, k: string) => {
    const { scanLexicon, normalizeText } = await fresh();
    const norm = normalizeText(text).text;
    const { hits } = scanned(scanLexicon, norm);
    const hit = hits.find((h) => h.e.k === k && h.start === 0 && h.end === norm.length);
    expect(hit, `${text} → ${k}`).toBeDefined();
    return hit?.e;
  };

  it('takes the defaults of a group: weight 2, no anger, no urgency, no flags', async () => {
    const e = await entryOf('注文させて', 'order.place');
    expect(e).toMatchObject({ w: 2, a: 0, u: 0, f: '', lang: 'ja', length: 5, left: false, right: false });
    expect(e).toMatchObject({
      intent: true,
      role: false,
      negatable: true,
      solo: false,
      askOnly: false,
      explicit: false,
    });
  });

  it('reads the weight, anger and flags of a group', async () => {
    expect(await entryOf('もう結構', 'order.cancel')).toMatchObject({ w: 1, negatable: true });
    // `n`: a negation does not cancel it.
    expect(await entryOf('のしは', 'order.change')).toMatchObject({ f: 'n', negatable: false, intent: true });
    // `s` with anger: solo, so not an explicit anger word.
    expect(await entryOf('まだですか', 'order.status')).toMatchObject({ a: 1, solo: true, explicit: false });
    expect(await entryOf('still waiting', 'order.status')).toMatchObject({
      a: 1,
      solo: true,
      lang: 'en',
      left: true,
      right: true,
    });
    expect(await entryOf('nothing yet', 'order.status')).toMatchObject({ a: 0, solo: true, explicit: false });
  });

  it('marks urgency (c → 2, h → 1), the rule roles and the negatable verbs', async () => {
    expect(await entryOf('immediately', 'urgent')).toMatchObject({
      u: 2,
      negatable: true,
      intent: false,
      role: false,
    });
    expect(await entryOf('取り消し', 'undo')).toMatchObject({ negatable: true, intent: false, role: false });
    expect(await entryOf('キャンセルした', 'cancelPast')).toMatchObject({
      negatable: false,
      intent: false,
      role: false,
    });
  });

  it('keeps a star pattern open on the right and a Latin pattern closed on both sides', async () => {
    const { scanLexicon, normalizeText } = await fresh();
    const patterns = patternsOf(normalizeText);
    const star = patterns.find((pattern) => pattern.left && !pattern.right && isWord(pattern.text.at(-1)));
    expect(star, 'a lexicon pattern ending in *').toBeDefined();
    if (star === undefined) return;
    const longer = `${star.text}zz`;
    expect(scanned(scanLexicon, longer).keys).toContain(`${star.k} 0 ${star.text.length}`);
    expect(scanned(scanLexicon, `q${star.text}`).keys).not.toContain(`${star.k} 1 ${star.text.length + 1}`);
  });
});

describe('class ids on a fresh module', () => {
  it('numbers the intent classes first, in their order, then the rule classes', async () => {
    const { classId, classCount } = await fresh();
    const { INTENT_CLASSES } = await import('../../src/intent/lexicon/classes.ts');
    expect(INTENT_CLASSES.map(classId)).toEqual(INTENT_CLASSES.map((_, index) => index));
    const ids = ['req', 'q', 'date', 'deadline', 'none', 'sarcasm', 'hidden', 'thanks', 'spam', 'neg.ja'].map(
      classId,
    );
    for (const id of ids) expect(id).toBeGreaterThanOrEqual(INTENT_CLASSES.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Math.max(...ids)).toBeLessThan(classCount());
    expect(classId('no-such-class')).toBe(-1);
  });

  it('gives classCount before any scan, from a fresh module', async () => {
    const { classCount } = await fresh();
    expect(classCount()).toBeGreaterThan(40);
  });
});
