// normalizeText folds through a table of all 65,536 code units built on first use
// (`foldTable ??= buildFoldTable()`), and reuses an output buffer. Every case loads a fresh copy of
// the module, so that it builds the table itself: a test reusing the table another test built
// would not check the build (and mutation testing would credit it to whichever test ran first).
//
// The oracle is the fold as the TSDoc of normalizeText states it, one rule per line below.
import { describe, expect, it, vi } from 'vitest';

async function fresh() {
  vi.resetModules();
  return await import('../../src/intent/normalize.ts');
}

const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad]);
const SAME_AS: Readonly<Record<number, string>> = {
  12288: ' ', // ideographic space
  12316: '~', // 〜 wave dash
  8275: '~', // ⁓ swung dash
  8216: "'",
  8217: "'",
  8242: "'", // ′ prime
  8220: '"',
  8221: '"',
  8208: '-', // hyphen
  8209: '-', // non-breaking hyphen
  8722: '-', // minus sign
};

/** The fold of one character that is not a width form. */
function foldOne(char: string): string {
  const unit = char.charCodeAt(0);
  if (INVISIBLE.has(unit)) return '';
  const same = SAME_AS[unit];
  if (same !== undefined) return same;
  if ((unit >= 0x41 && unit <= 0x5a) || (unit >= 0xc0 && unit <= 0xde && unit !== 0xd7))
    return char.toLowerCase();
  if (unit >= 0x30a1 && unit <= 0x30f6) return String.fromCharCode(unit - 0x60); // katakana → hiragana
  return char;
}

/** The fold of any single BMP character: width forms (U+FF01–U+FFEE) go through NFKC first. */
function expectedFold(unit: number): string {
  const char = String.fromCharCode(unit);
  if (unit >= 0xff01 && unit <= 0xffee) {
    const nfkc = char.normalize('NFKC');
    return nfkc.length === 1 ? foldOne(nfkc) : char;
  }
  return foldOne(char);
}

describe('normalizeText on a fresh fold table', () => {
  it('folds every BMP code unit outside the surrogates as documented', async () => {
    const { normalizeText } = await fresh();
    const wrong: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      if (unit >= 0xd800 && unit <= 0xdfff) continue;
      // After あ, so that Latin-1 units go through the table too (Latin-1-only text takes the
      // `toLowerCase` path).
      const got = normalizeText(`あ${String.fromCharCode(unit)}`).text;
      const want = `あ${expectedFold(unit)}`;
      if (got !== want)
        wrong.push(`U+${unit.toString(16)}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('folds Latin-1 text as toLowerCase does, and drops the soft hyphen', async () => {
    const { normalizeText } = await fresh();
    expect(normalizeText('ÀÉÎ×Þß Zz').text).toBe('àéî×þß zz');
    expect(normalizeText('soft\u00adhyphen').text).toBe('softhyphen');
    const plain = 'already folded';
    expect(normalizeText(plain)).toEqual({ text: plain, start: null, end: null });
    expect(normalizeText('Upper').start).toBeNull();
  });

  it('merges every half-width kana with a sound mark that NFKC merges, and maps both units back', async () => {
    const { normalizeText, toOriginal } = await fresh();
    for (let unit = 0xff66; unit <= 0xff9d; unit++) {
      for (const mark of [0xff9e, 0xff9f]) {
        const original = `x${String.fromCharCode(unit, mark)}y`;
        const nfkc = String.fromCharCode(unit, mark).normalize('NFKC');
        const map = normalizeText(original);
        if (nfkc.length === 1) {
          expect(map.text, original).toBe(`x${foldOne(nfkc)}y`);
          expect(toOriginal(map, 1, 2)).toEqual([1, 3]);
          expect(toOriginal(map, 2, 3)).toEqual([3, 4]);
        } else {
          expect(map.text, original).toBe(`x${expectedFold(unit)}${expectedFold(mark)}y`);
          expect(toOriginal(map, 0, map.text.length)).toEqual([0, original.length]);
        }
      }
    }
  });

  it('merges only a half-width kana with a half-width sound mark', async () => {
    const { normalizeText } = await fresh();
    // NFKC would compose these too; the fold leaves them as typed (they are not width forms).
    expect(normalizeText('かﾞ').text).toBe('か\u3099');
    expect(normalizeText('ﾊ\u309a').text).toBe('は\u309a');
    expect(normalizeText('か\u3099').text).toBe('か\u3099');
    // A full-width katakana folds, but does not take a half-width mark, with or without a
    // dropped unit elsewhere (which sends the text through the mapping path).
    expect(normalizeText('カﾞ').text).toBe('か\u3099');
    expect(normalizeText('カﾞ\u200b').text).toBe('か\u3099');
  });

  it('leaves a half-width kana at the end of the text, or before another unit, alone', async () => {
    const { normalizeText, toOriginal } = await fresh();
    expect(normalizeText('ﾍ').text).toBe('へ');
    expect(normalizeText('ﾍﾝ').text).toBe('へん');
    // ﾝ and ﾞ do not merge: each folds alone (ﾞ to the combining sound mark U+3099).
    expect(normalizeText('ﾝﾞ').text).toBe('ん\u3099');
    const map = normalizeText('ｱﾝ');
    expect(toOriginal(map, 1, 2)).toEqual([1, 2]);
  });

  it('maps around dropped units: before, between and after them', async () => {
    const { normalizeText, toOriginal } = await fresh();
    const original = 'ab\u200bcd\u200b\u200bef';
    const map = normalizeText(original);
    expect(map.text).toBe('abcdef');
    expect(toOriginal(map, 0, 2)).toEqual([0, 2]);
    expect(toOriginal(map, 2, 4)).toEqual([3, 5]);
    expect(toOriginal(map, 4, 6)).toEqual([7, 9]);
    expect(toOriginal(map, 1, 5)).toEqual([1, 8]);
    // Text with nothing but dropped units.
    expect(normalizeText('\u200b\ufeff').text).toBe('');
  });

  it('passes lone surrogates and pairs through, folding what is around them', async () => {
    const { normalizeText, toOriginal } = await fresh();
    expect(normalizeText('Ａ\ud800Ｂ').text).toBe('a\ud800b');
    expect(normalizeText('\udfffカ').text).toBe('\udfffか');
    expect(normalizeText('😀ﾍﾟ').text).toBe('😀ぺ');
    const map = normalizeText('😀\u200bA');
    expect(map.text).toBe('😀a');
    expect(toOriginal(map, 0, 2)).toEqual([0, 2]);
    expect(toOriginal(map, 2, 3)).toEqual([3, 4]);
    // Only surrogates: nothing changes, the same string comes back.
    const emoji = '😀😀';
    expect(normalizeText(emoji)).toEqual({ text: emoji, start: null, end: null });
  });

  it('gives the same answer for text longer than the shared buffer, and after it', async () => {
    const { normalizeText, toOriginal } = await fresh();
    const unit = 'ＡカﾍﾟB\u200b';
    const long = unit.repeat(20000); // 120,000 units, past the 65,536 of the shared buffer
    const map = normalizeText(long);
    expect(map.text).toBe('aかぺb'.repeat(20000));
    expect(toOriginal(map, 4 * 19999 + 2, 4 * 19999 + 3)).toEqual([6 * 19999 + 2, 6 * 19999 + 4]);
    const wide = 'Ａカ'.repeat(40000);
    expect(normalizeText(wide).text).toBe('aか'.repeat(40000));
    // A short text after the long ones still reads its own units only.
    expect(normalizeText('ヘンピン').text).toBe('へんぴん');
    expect(normalizeText('ﾍﾝﾋﾟﾝ').text).toBe('へんぴん');
  });

  it('does not let a longer earlier text leak into a shorter one through the buffer', async () => {
    const { normalizeText } = await fresh();
    expect(normalizeText('ＡＢＣＤＥＦ').text).toBe('abcdef');
    expect(normalizeText('Ｇ').text).toBe('g');
    expect(normalizeText('ﾍﾟﾍﾟﾍﾟ\u200b').text).toBe('ぺぺぺ');
    expect(normalizeText('ﾍﾟ').text).toBe('ぺ');
  });
});
