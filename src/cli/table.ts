/**
 * Terminal columns a character takes: 2 for East Asian wide and full-width characters (kanji,
 * kana, full-width forms, most emoji), 0 for combining marks and zero-width characters, else 1.
 */
function columnsOf(codePoint: number): number {
  if (codePoint === 0x200b || codePoint === 0x200c || codePoint === 0x200d || codePoint === 0xfeff) return 0;
  if (codePoint >= 0x0300 && codePoint <= 0x036f) return 0;
  if (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf && codePoint !== 0x303f) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1faff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/** Display width of a string in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += columnsOf(char.codePointAt(0) ?? 0);
  return width;
}

/** Cuts a string to at most `max` columns, ending with `…` when it was cut. */
export function truncateToWidth(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  let width = 0;
  for (const char of text) {
    const w = columnsOf(char.codePointAt(0) ?? 0);
    if (width + w > max - 1) break;
    out += char;
    width += w;
  }
  return `${out}…`;
}

/**
 * Makes control characters, line breaks and invisible format characters (zero-width spaces,
 * bidi controls, BOM) visible as `\uXXXX`, so one row stays on one line and shows what is there.
 */
export function printable(text: string): string {
  return text.replace(
    /[\p{Cc}\p{Cf}\u2028\u2029]/gu,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * One line of a table whose column widths are fixed in advance, so rows can be streamed as they
 * come (constant memory) instead of collected first as {@link renderTable} does.
 */
export function fixedWidthLine(
  cells: readonly string[],
  columns: readonly { readonly width: number }[],
): string {
  const padded = cells.map((cell, i) => {
    const width = columns[i]?.width ?? 20;
    const text = truncateToWidth(printable(cell), width);
    return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
  });
  return `${padded.join('  ').trimEnd()}\n`;
}

/** One column of {@link renderTable}. */
export interface Column<Row> {
  readonly header: string;
  readonly value: (row: Row) => string;
  /** Widest the column may get, in terminal columns (default 40). */
  readonly max?: number;
}

/**
 * Renders rows as an aligned plain-text table that respects the double width of Japanese text.
 */
export function renderTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  const cells = rows.map((row) =>
    columns.map((column) => truncateToWidth(printable(column.value(row)), column.max ?? 40)),
  );
  const widths = columns.map((column, i) =>
    Math.max(displayWidth(column.header), ...cells.map((line) => displayWidth(line[i] ?? ''))),
  );
  const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));
  const lines = [
    columns.map((column, i) => pad(column.header, widths[i] ?? 0)).join('  '),
    widths.map((width) => '─'.repeat(width)).join('  '),
    ...cells.map((line) => line.map((cell, i) => pad(cell, widths[i] ?? 0)).join('  ')),
  ];
  return `${lines.map((line) => line.trimEnd()).join('\n')}\n`;
}
