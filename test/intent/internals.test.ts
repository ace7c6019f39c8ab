import { describe, expect, it } from 'vitest';
import { findDeadline, receivedDay } from '../../src/intent/deadline.ts';
import { classCount, classId } from '../../src/intent/matchers.ts';
import { normalizeText, toOriginal } from '../../src/intent/normalize.ts';
import { findNewText } from '../../src/intent/regions.ts';

function kept(text: string): string {
  const norm = normalizeText(text).text;
  const ranges = findNewText(norm);
  const parts: string[] = [];
  for (let i = 0; i < ranges.length; i += 2) parts.push(norm.slice(ranges[i], ranges[i + 1]));
  return parts.join('|');
}

describe('normalizeText', () => {
  it.each([
    ['ﾍﾝﾋﾟﾝｼﾃﾓｲｲﾃﾞｽｶ', 'へんぴんしてもいいですか'],
    ['ＡＢＣ１２３　テスト', 'abc123 てすと'],
    ['Don’t “Cancel”', 'don\'t "cancel"'],
    ['a\u200bb\u00adc', 'abc'],
    ['〜ＡＢ', '~ab'],
    ['ÀÉ', 'àé'],
    ['plain', 'plain'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(normalizeText(input).text).toBe(output);
  });

  it('maps every normalised unit back to the original', () => {
    const text = 'xﾍﾟ\u200bｶﾞ😀Ａ';
    const map = normalizeText(text);
    expect(map.text).toBe('xぺが😀a');
    expect(toOriginal(map, 1, 2)).toEqual([1, 3]);
    expect(toOriginal(map, 2, 3)).toEqual([4, 6]);
    expect(text.slice(...toOriginal(map, 0, map.text.length))).toBe(text);
  });

  it('returns the same string and an identity map when nothing changes', () => {
    const text = 'すでに正規化済み';
    const map = normalizeText(text);
    expect(map.text).toBe(text);
    expect(map.start).toBeNull();
    expect(toOriginal(map, 2, 4)).toEqual([2, 4]);
  });
});

describe('findNewText', () => {
  it.each([
    ['new\n> quoted', 'new'],
    ['new\n＞ 全角の引用', 'new'],
    ['new\nOn Mon, Nov 16, 2026 at 9:00 AM Shop <a@b.c> wrote:\nold', 'new'],
    ['new\n-----Original Message-----\nold', 'new'],
    ['new\n―― 元のメッセージ ――\nold', 'new'],
    ['new\nFrom: Shop\nSent: Monday\nold', 'new'],
    ['new\n2026/11/18 9:05 山田 <a@b.jp>:\nold', 'new'],
    ['new\n-- \nsig', 'new'],
    ['new\n━━━━━━\nsig', 'new'],
    ['new\niPhoneから送信', 'new'],
    ['new\nConfidentiality notice: this message is for the addressee only.', 'new'],
    ['■お名前：山田\n■内容：返品したい', '返品したい'],
    ['【ご用件】返品\n【内容】交換したい', '交換したい'],
    ['Order number: 123\nMessage: hello', 'hello'],
    ['Note: keep this', 'note: keep this'],
    ['Hi,\n\nCould you check my order?\n\nThanks,\nMia', 'hi,|could you check my order?'],
    ['本文です。\n\n株式会社テスト 営業部 山田 太郎', '本文です。'],
    ['返品したい\n\nよろしくお願いします', '返品したい|よろしくお願いします'],
    // A sign-off ends with a full stop as often as with a comma or "!".
    ['Please cancel my order.\n\nThanks.\nMia', 'please cancel my order.'],
    ['Please cancel my order.\nThank you.\nMia', 'please cancel my order.'],
    ['Please cancel my order.\nThanks!\nMia', 'please cancel my order.'],
    ['help', 'help'],
  ])('%j keeps %j', (input, expected) => {
    expect(kept(input)).toBe(expected);
  });
});

describe('deadline internals', () => {
  it('computes the day of receipt in a zone, the same answer every time', () => {
    const a = receivedDay('2026-11-19T16:00:00Z', 'Asia/Tokyo');
    expect(new Date(a.day * 86400000).toISOString().slice(0, 10)).toBe('2026-11-20');
    expect(receivedDay('2026-11-19T16:00:00Z', 'Asia/Tokyo')).toEqual(a);
    const b = receivedDay(new Date('2026-11-19T16:00:00Z'), 'UTC');
    expect(new Date(b.day * 86400000).toISOString().slice(0, 10)).toBe('2026-11-19');
  });

  it('reads long lines in windows around each trigger', () => {
    const text = `${'x'.repeat(5000)}明日まで${'y'.repeat(5000)}`;
    const at = text.indexOf('明日');
    const found = findDeadline(text, [0, text.length], [at], { day: 20777 });
    expect(found).toMatchObject({ start: at, days: 1 });
  });
});

describe('matchers', () => {
  it('gives every class a small id', () => {
    expect(classId('req')).toBeGreaterThanOrEqual(0);
    expect(classId('order.cancel')).toBeGreaterThanOrEqual(0);
    expect(classId('no-such-class')).toBe(-1);
    expect(classCount()).toBeGreaterThan(40);
  });
});
