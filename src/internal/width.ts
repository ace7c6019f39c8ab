/**
 * Whether a UTF-16 code unit is in the Halfwidth and Fullwidth Forms block range that NFKC folds
 * by width: U+FF01–U+FFEE (full-width ASCII and signs, half-width katakana and hangul).
 * U+3000 IDEOGRAPHIC SPACE is not here: callers treat it as white space.
 */
export function isWidthForm(unit: number): boolean {
  return unit >= 0xff01 && unit <= 0xffee;
}

/**
 * Applies NFKC to each maximal run of width forms (U+FF01–U+FFEE) and leaves everything else as it
 * is, so `ＡＢＣ＠ｅｘａｍｐｌｅ．ｊｐ` becomes `ABC@example.jp` and half-width `ｶﾞ` becomes `ガ`,
 * while superscripts, circled digits and ligatures keep their identity.
 *
 * @example
 * foldWidth('１２３４－５６７８') //=> '1234-5678'
 */
export function foldWidth(text: string): string {
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isWidthForm(text.charCodeAt(i))) {
      start = i;
      break;
    }
  }
  if (start < 0) return text;
  let out = text.slice(0, start);
  let i = start;
  while (i < text.length) {
    const runStart = i;
    while (i < text.length && isWidthForm(text.charCodeAt(i))) i++;
    // A half-width voiced sound mark (U+FF9E/U+FF9F) composes with the kana before it, so the
    // run is normalized as a whole.
    out += text.slice(runStart, i).normalize('NFKC');
    const plainStart = i;
    while (i < text.length && !isWidthForm(text.charCodeAt(i))) i++;
    out += text.slice(plainStart, i);
  }
  return out;
}
