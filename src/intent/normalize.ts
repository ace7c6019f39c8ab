/**
 * The text the matchers read, and the way back to the original text.
 *
 * `text[i]` comes from `original.slice(start[i], end[i])`; when `start` is `null` the mapping is
 * the identity (no character was merged or removed), which is the common case.
 */
export interface NormalizedText {
  readonly text: string;
  readonly start: Int32Array | null;
  readonly end: Int32Array | null;
  /** Number of Latin capital letters (A–Z, including full-width ones) in the original. */
  readonly capitals: number;
}

/** Longest run folded in one piece, and its reusable buffer (allocated on first use). */
const RUN_MAX = 256;
let runBuffer: Uint16Array | undefined;

/** NFKC of the single width forms U+FF01–U+FFEE, built on first use (one code unit each, or 0). */
let widthTable: Uint16Array | undefined;

function buildWidthTable(): Uint16Array {
  const table = new Uint16Array(0xffee - 0xff01 + 1);
  for (let unit = 0xff01; unit <= 0xffee; unit++) {
    const folded = String.fromCharCode(unit).normalize('NFKC');
    table[unit - 0xff01] = folded.length === 1 ? folded.charCodeAt(0) : 0;
  }
  return table;
}

/** Lower-cases Latin capitals, folds katakana to hiragana and unifies quotes and wave dashes. */
function foldUnit(unit: number): number {
  if (unit < 0x80) return unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit;
  if (unit >= 0x30a1 && unit <= 0x30f6) return unit - 0x60; // katakana → hiragana
  if (unit === 0x3000) return 0x20; // ideographic space
  if (unit === 0x301c || unit === 0x2053) return 0x7e; // 〜 wave dash → ~
  if (unit === 0x2018 || unit === 0x2019 || unit === 0x2032) return 0x27; // ’ → '
  if (unit === 0x201c || unit === 0x201d) return 0x22; // “ ” → "
  if (unit === 0x2010 || unit === 0x2011 || unit === 0x2212) return 0x2d; // hyphens, minus → -
  if (unit >= 0xc0 && unit <= 0xde && unit !== 0xd7) return unit + 32; // Latin-1 capitals
  return unit;
}

function isInvisible(unit: number): boolean {
  return (unit >= 0x200b && unit <= 0x200d) || unit === 0x2060 || unit === 0xfeff || unit === 0xad;
}

/** Whether a code unit is kept as it is (the fast path: lower-case ASCII, hiragana, kanji). */
function unchanged(unit: number): boolean {
  if (unit < 0x80) return unit < 0x41 || unit > 0x5a;
  return (unit >= 0x3041 && unit <= 0x309f) || (unit >= 0x4e00 && unit <= 0x9fff) || unit === 0x30fc;
}

/**
 * Normalises text for matching: width forms folded as NFKC does (ＡＢＣ → abc, ﾍﾟ → ぺ), Latin
 * lower-cased, katakana folded to hiragana (so ヘンピン, へんぴん and ﾍﾝﾋﾟﾝ meet), ideographic
 * space to space, wave dashes and curly quotes unified, zero-width characters dropped. The
 * result never grows, and keeps an index map back to the original text.
 *
 * @param original - Any string (lone surrogates pass through unchanged).
 * @returns The folded text and its map.
 *
 * @example
 * normalizeText('ﾍﾝﾋﾟﾝ').text //=> 'へんぴん'
 */
export function normalizeText(original: string): NormalizedText {
  const n = original.length;
  let out = '';
  let copied = 0; // original[copied, i) is still to be appended unchanged
  let start: Int32Array | null = null;
  let end: Int32Array | null = null;
  let j = 0; // length of the output so far (in units)
  let capitals = 0;
  for (let i = 0; i < n; i++) {
    let unit = original.charCodeAt(i);
    if (unchanged(unit)) continue;
    if ((unit >= 0x41 && unit <= 0x5a) || (unit >= 0xff21 && unit <= 0xff3a)) capitals++;
    let consumed = 1;
    if (unit >= 0xff01 && unit <= 0xffee) {
      const next = i + 1 < n ? original.charCodeAt(i + 1) : 0;
      if ((next === 0xff9e || next === 0xff9f) && unit >= 0xff66 && unit <= 0xff9d) {
        const pair = original.slice(i, i + 2).normalize('NFKC');
        if (pair.length === 1) {
          unit = pair.charCodeAt(0);
          consumed = 2;
        }
      }
      if (consumed === 1) {
        widthTable ??= buildWidthTable();
        unit = widthTable[unit - 0xff01] || unit;
      }
      unit = foldUnit(unit);
    } else if (isInvisible(unit)) {
      consumed = 0;
    } else {
      const folded = foldUnit(unit);
      if (folded === unit) continue;
      unit = folded;
    }
    // Append the unchanged run, then the folded unit.
    if (start !== null && end !== null) {
      for (let k = copied; k < i; k++, j++) {
        start[j] = k;
        end[j] = k + 1;
      }
    } else {
      j += i - copied;
    }
    out += original.slice(copied, i);
    copied = i + (consumed === 0 ? 1 : consumed);
    if (consumed !== 1 && start === null) {
      start = new Int32Array(n);
      end = new Int32Array(n);
      for (let k = 0; k < j; k++) {
        start[k] = k;
        end[k] = k + 1;
      }
    }
    if (consumed === 0) continue;
    if (consumed === 2) {
      if (start !== null && end !== null) {
        start[j] = i;
        end[j] = i + 2;
      }
      out += String.fromCharCode(unit);
      j++;
      i++;
      continue;
    }
    // A one-to-one fold: take the rest of the word (katakana, Latin letters) in one piece, so a
    // katakana word or a capitalised English word costs one concatenation.
    runBuffer ??= new Uint16Array(RUN_MAX);
    runBuffer[0] = unit;
    let length = 1;
    let k = i + 1;
    for (; k < n && length < RUN_MAX; k++, length++) {
      const u = original.charCodeAt(k);
      if (u >= 0x30a1 && u <= 0x30fc) runBuffer[length] = u <= 0x30f6 ? u - 0x60 : u;
      else if (u >= 0x61 && u <= 0x7a) runBuffer[length] = u;
      else if (u >= 0x41 && u <= 0x5a) {
        runBuffer[length] = u + 32;
        capitals++;
      } else break;
    }
    if (start !== null && end !== null) {
      for (let m = i; m < k; m++, j++) {
        start[j] = m;
        end[j] = m + 1;
      }
    } else {
      j += length;
    }
    out += String.fromCharCode.apply(null, runBuffer.subarray(0, length) as unknown as number[]);
    copied = k;
    i = k - 1;
  }
  if (copied === 0) return { text: original, start: null, end: null, capitals };
  if (start !== null && end !== null) {
    for (let k = copied; k < n; k++, j++) {
      start[j] = k;
      end[j] = k + 1;
    }
  }
  out += original.slice(copied);
  return { text: out, start, end, capitals };
}

/**
 * Maps a half-open span of the normalised text back to the original text.
 *
 * @param map - The result of {@link normalizeText}.
 * @param from - Start in the normalised text.
 * @param to - End (exclusive) in the normalised text, `> from`.
 * @returns `[start, end]` in the original text.
 *
 * @example
 * toOriginal(normalizeText('ﾍﾟﾝ'), 0, 1) //=> [0, 2]
 */
export function toOriginal(map: NormalizedText, from: number, to: number): readonly [number, number] {
  if (map.start === null || map.end === null) return [from, to];
  return [map.start[from] ?? 0, map.end[to - 1] ?? 0];
}
