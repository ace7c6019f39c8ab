import { describe, expect, it } from 'vitest';
import { detectIntent } from '../../src/intent/detectIntent.ts';
import { normalizeText, toOriginal } from '../../src/intent/normalize.ts';

/** The fold unit by unit, as documented (no merging, no dropping): the reference for 1:1 text. */
function reference(text: string): string {
  let out = '';
  for (const char of text) {
    const unit = char.charCodeAt(0);
    if (char.length === 2) out += char;
    else if (unit >= 0x41 && unit <= 0x5a) out += String.fromCharCode(unit + 32);
    else if (unit >= 0x30a1 && unit <= 0x30f6) out += String.fromCharCode(unit - 0x60);
    else if (unit >= 0xff21 && unit <= 0xff3a) out += String.fromCharCode(unit - 0xff21 + 0x61);
    else if (unit >= 0xc0 && unit <= 0xde && unit !== 0xd7) out += String.fromCharCode(unit + 32);
    else out += char;
  }
  return out;
}

describe('normalizeText fast paths', () => {
  it.each([
    ['ASCII (toLowerCase path)', 'Hello THERE, Order #123 ships NOW.'],
    ['Latin-1 capitals', 'ÀÉÎ café × ÞÜ'],
    ['kana and full-width capitals (buffer path)', 'キャンセル ＡＢＣ お願いします'],
    ['emoji, a valid surrogate pair (buffer path)', 'ヘンピン😀OK'],
  ])('%s folds like the reference and keeps an identity map', (_name, text) => {
    const map = normalizeText(text);
    expect(map.text).toBe(reference(text));
    expect(map.start).toBeNull();
  });

  it('keeps lone surrogates unchanged next to folded kana', () => {
    const text = 'ア\ud800イ\udc00ウ';
    expect(normalizeText(text).text).toBe('あ\ud800い\udc00う');
  });

  it('folds text longer than the reusable buffer', () => {
    const text = 'キャンセル'.repeat(20_000);
    const map = normalizeText(text);
    expect(map.text).toBe('きゃんせる'.repeat(20_000));
    expect(map.start).toBeNull();
  });

  it('maps through dropped units when a soft hyphen sits in ASCII text', () => {
    const text = 'Can\u00adcel NOW';
    const map = normalizeText(text);
    expect(map.text).toBe('cancel now');
    expect(text.slice(...toOriginal(map, 0, 6))).toBe('Can\u00adcel');
  });
});

describe('detectIntent on mixed scripts (dense ASCII rows and the hash side by side)', () => {
  it('finds the same intent whichever script comes first', () => {
    const en = detectIntent('Please cancel my order. キャンセルお願いします。');
    const ja = detectIntent('キャンセルお願いします。Please cancel my order.');
    expect(en.intents.map((i) => i.id)).toContain('order.cancel');
    expect(ja.intents.map((i) => i.id)).toContain('order.cancel');
  });

  it('cites evidence that slices the original text exactly', () => {
    const text = 'ｷｬﾝｾﾙ\u200bしたいです。I want to CANCEL my ORDER.';
    for (const intent of detectIntent(text).intents)
      for (const e of intent.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});
