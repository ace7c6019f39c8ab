import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { write } from '../../src/cli/io.ts';
import {
  displayWidth,
  fixedWidthLine,
  printable,
  renderTable,
  truncateToWidth,
} from '../../src/cli/table.ts';

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

  // The first and last code point of every zero-width and double-width range, and the code
  // points just outside them, which take one column.
  it.each([
    [0x200b, 0],
    [0x200c, 0],
    [0x200d, 0],
    [0xfeff, 0],
    [0x0300, 0],
    [0x036f, 0],
    [0x0370, 1],
    [0x1100, 2],
    [0x1120, 2],
    [0x115f, 2],
    [0x1160, 1],
    [0x2e80, 2],
    [0x3042, 2],
    [0x303f, 1],
    [0xa4cf, 2],
    [0xa4d0, 1],
    [0xac00, 2],
    [0xd7a3, 2],
    [0xd7a4, 1],
    [0xf900, 2],
    [0xf9a0, 2],
    [0xfaff, 2],
    [0xfb00, 1],
    [0xfe30, 2],
    [0xff00, 2],
    [0xff60, 2],
    [0xff61, 1],
    [0xffe0, 2],
    [0xffe3, 2],
    [0xffe6, 2],
    [0xffe8, 1],
    [0x1f300, 2],
    [0x1faff, 2],
    [0x1fb00, 1],
    [0x20000, 2],
    [0x3fffd, 2],
    [0x40000, 1],
  ])('code point %i takes %i column(s)', (codePoint, width) => {
    expect(displayWidth(`a${String.fromCodePoint(codePoint)}b`)).toBe(2 + width);
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

  it('pads a header narrower than its column', () => {
    const table = renderTable(
      [{ a: 'xxxx', b: 'y' }],
      [
        { header: 'a', value: (row) => row.a },
        { header: 'b', value: (row) => row.b },
      ],
    );
    expect(table).toBe('a     b\n────  ─\nxxxx  y\n');
  });
});

describe('fixedWidthLine', () => {
  it('pads each cell to its column by display width and trims the end of the line', () => {
    expect(fixedWidthLine(['ab', '注', 'c'], [{ width: 4 }, { width: 3 }, { width: 5 }])).toBe(
      'ab    注   c\n',
    );
  });

  it('cuts a cell wider than its column with …', () => {
    expect(fixedWidthLine(['abcdef', 'x'], [{ width: 4 }, { width: 1 }])).toBe('abc…  x\n');
  });

  it('gives a cell beyond the declared columns 20 columns', () => {
    expect(fixedWidthLine(['a', 'b', 'c'], [{ width: 2 }])).toBe(`a   b${' '.repeat(19)}  c\n`);
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
