import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { write } from '../../src/cli/io.ts';
import { displayWidth, printable, renderTable, truncateToWidth } from '../../src/cli/table.ts';

describe('displayWidth', () => {
  it.each([
    ['abc', 3],
    ['注文', 4],
    ['ｶﾞ', 2], // half-width katakana: one column each
    ['ＡＢ', 4],
    ['한글', 4],
    ['😀', 2],
    ['𠮷', 2],
    ['e\u0301', 1],
    ['a\u200bb', 2],
    ['﹏', 2],
    ['', 0],
  ])('%j → %i', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('truncateToWidth', () => {
  it.each([
    ['short', 10, 'short'],
    ['abcdefghij', 5, 'abcd…'],
    ['注文させてください', 7, '注文さ…'],
  ])('%j to %i columns → %j', (text, max, expected) => {
    expect(truncateToWidth(text, max)).toBe(expected);
    expect(displayWidth(truncateToWidth(text, max))).toBeLessThanOrEqual(max);
  });
});

describe('printable', () => {
  it('shows control and invisible format characters as escapes', () => {
    expect(printable('a\nb\tc\u200bd\u202ee\ufeff')).toBe('a\\u000ab\\u0009c\\u200bd\\u202ee\\ufeff');
    expect(printable('ふつうの文字 plain')).toBe('ふつうの文字 plain');
  });
});

describe('renderTable', () => {
  it('aligns columns by display width', () => {
    const table = renderTable(
      [
        { a: '注文', b: 'x' },
        { a: 'ab', b: 'yy' },
      ],
      [
        { header: 'name', value: (row) => row.a },
        { header: 'v', value: (row) => row.b },
      ],
    );
    expect(table).toBe('name  v\n────  ──\n注文  x\nab    yy\n');
  });
});

describe('write', () => {
  it('waits for drain when the stream is full', async () => {
    const chunks: string[] = [];
    const slow = new Writable({
      highWaterMark: 1,
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString());
        setTimeout(done, 1);
      },
    });
    const pending = write(slow, 'hello');
    expect(pending).toBeInstanceOf(Promise);
    await pending;
    expect(chunks).toEqual(['hello']);
    expect(write(new Writable({ write: (_c, _e, done) => done() }), 'x')).toBeUndefined();
  });
});
