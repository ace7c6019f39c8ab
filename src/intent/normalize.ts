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
}

/** The fold of every UTF-16 code unit (0: dropped, or a surrogate), built on first use. */
let foldTable: Uint16Array | undefined;

/** A unit outside Latin-1, or a soft hyphen (dropped): `toLowerCase` is not the fold. */
const BEYOND_LATIN1 = /[^\x00-\xac\xae-\xff]/;

/** Reusable output buffer for messages up to this length (longer ones get their own). */
const BUFFER_MAX = 65536;
let buffer: Uint16Array | undefined;

/** Decodes the output buffer in one call where the platform has it (no lone surrogates only). */
let decoder: TextDecoder | null | undefined;

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

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(65536);
  for (let unit = 1; unit < 65536; unit++) table[unit] = isInvisible(unit) ? 0 : foldUnit(unit);
  // Surrogates stay as they are, but are marked 0 so the fast path leaves them to `foldAndMap`.
  table.fill(0, 0xd800, 0xe000);
  // The single width forms U+FF01–U+FFEE fold as NFKC does, then as above.
  for (let unit = 0xff01; unit <= 0xffee; unit++) {
    const folded = String.fromCharCode(unit).normalize('NFKC');
    table[unit] = foldUnit(folded.length === 1 ? folded.charCodeAt(0) : unit);
  }
  return table;
}

/** A half-width kana and its sound mark as one NFKC unit (ﾍﾟ → ペ), or 0 when they do not merge. */
function mergedKana(unit: number, mark: number): number {
  const pair = String.fromCharCode(unit, mark).normalize('NFKC');
  return pair.length === 1 ? pair.charCodeAt(0) : 0;
}

function decode(units: Uint16Array, length: number, surrogates: boolean): string {
  if (!surrogates) {
    decoder ??= typeof TextDecoder === 'function' ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;
    if (decoder !== null) return decoder.decode(units.subarray(0, length));
  }
  let out = '';
  for (let k = 0; k < length; k += 8192) {
    const part = units.subarray(k, Math.min(length, k + 8192));
    out += String.fromCharCode.apply(null, part as unknown as number[]);
  }
  return out;
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
  // Latin-1 text without a soft hyphen folds exactly as `toLowerCase` does (the common English
  // case): let the engine build the copy.
  if (!BEYOND_LATIN1.test(original)) {
    const lower = original.toLowerCase();
    return { text: lower === original ? original : lower, start: null, end: null };
  }
  foldTable ??= buildFoldTable();
  const table = foldTable;
  const n = original.length;
  let units: Uint16Array;
  if (n <= BUFFER_MAX) {
    buffer ??= new Uint16Array(BUFFER_MAX);
    units = buffer;
  } else {
    units = new Uint16Array(n);
  }
  // One code unit in, one out, so the map is the identity — until a unit that is dropped, may
  // merge with the next one, or is a surrogate (0 in the table) sends it all to `foldAndMap`.
  let changed = false;
  for (let i = 0; i < n; i++) {
    const unit = original.charCodeAt(i);
    const folded = table[unit] as number;
    if (folded !== unit) {
      if (folded === 0 || (unit >= 0xff66 && unit <= 0xff9d)) return foldAndMap(original, table, units);
      changed = true;
    }
    units[i] = folded;
  }
  if (!changed) return { text: original, start: null, end: null };
  return { text: decode(units, n, false), start: null, end: null };
}

/** The general case: units are dropped (zero-width) or merged (ﾍﾟ), so a map is kept. */
function foldAndMap(original: string, table: Uint16Array, units: Uint16Array): NormalizedText {
  const n = original.length;
  let start: Int32Array | null = null;
  let end: Int32Array | null = null;
  let changed = false;
  let surrogates = false;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const unit = original.charCodeAt(i);
    let folded = table[unit] as number;
    if (folded === 0 && unit >= 0xd800 && unit <= 0xdfff) {
      folded = unit;
      surrogates = true;
    }
    if (folded === unit) {
      if (start !== null && end !== null) {
        start[j] = i;
        end[j] = i + 1;
      }
      units[j++] = unit;
      continue;
    }
    changed = true;
    let consumed = folded === 0 ? 0 : 1;
    if (unit >= 0xff66 && unit <= 0xff9d && i + 1 < n) {
      const mark = original.charCodeAt(i + 1);
      const merged = mark === 0xff9e || mark === 0xff9f ? mergedKana(unit, mark) : 0;
      if (merged !== 0) {
        folded = foldUnit(merged);
        consumed = 2;
      }
    }
    if (consumed !== 1 && start === null) {
      start = new Int32Array(n);
      end = new Int32Array(n);
      for (let k = 0; k < j; k++) {
        start[k] = k;
        end[k] = k + 1;
      }
    }
    if (consumed === 0) continue;
    if (start !== null && end !== null) {
      start[j] = i;
      end[j] = i + consumed;
    }
    units[j++] = folded;
    i += consumed - 1;
  }
  if (!changed) return { text: original, start: null, end: null };
  return { text: decode(units, j, surrogates), start, end };
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
