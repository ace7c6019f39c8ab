import { describe, expect, it } from 'vitest';
import { parseFormatSpec } from '../../src/cli/formatSpec.ts';
import { main } from '../../src/cli/main.ts';
import { memoryIo, tempFile } from './memoryIo.ts';

const lines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('parseFormatSpec', () => {
  it.each([
    ['digits', { alphabet: 'digits' }],
    ['digits,length=6', { alphabet: 'digits', length: 6 }],
    ['alnum,length=8-12,group=4', { alphabet: 'alnum', length: { min: 8, max: 12 }, groupSize: 4 }],
    ['crockford,checksum=crockford', { alphabet: 'crockford', checksum: 'crockford' }],
    ['chars=ABC123,case-sensitive', { alphabet: { chars: 'ABC123' }, caseSensitive: true }],
    ['{"alphabet":"hex","length":4}', { alphabet: 'hex', length: 4 }],
  ])('%s', (spec, expected) => {
    expect(parseFormatSpec(spec)).toEqual(expected);
  });

  it.each(['digits,length=0', 'digits,length=x', 'rainbow', 'checksum=md5', '{bad json'])(
    'refuses %j',
    (spec) => {
      expect(() => parseFormatSpec(spec)).toThrow(/--format/);
    },
  );

  it.each([
    ['digits,length=1', { alphabet: 'digits', length: 1 }],
    ['digits,checksum=luhn', { alphabet: 'digits', checksum: 'luhn' }],
    ['  {"alphabet":"hex"}  ', { alphabet: 'hex' }],
    ['digits, length=6 , group=3', { alphabet: 'digits', length: 6, groupSize: 3 }],
    ['digits,,length=4,', { alphabet: 'digits', length: 4 }],
  ])('accepts %j', (spec, expected) => {
    expect(parseFormatSpec(spec)).toEqual(expected);
  });

  it.each([
    ['{"alphabet":', /^--format: invalid JSON \(/],
    ['digits,length=0', /^--format: length must be a positive integer, got "0"$/],
    ['digits,length=4-x', /^--format: length must be a positive integer, got "x"$/],
    ['digits,length=0-4', /^--format: length must be a positive integer, got "0"$/],
    ['digits,group=0', /^--format: group must be a positive integer, got "0"$/],
    ['digits=6', /^--format: unknown part "digits=6"$/],
    ['chars=', /^--format: unknown part "chars="$/],
    ['digits,crc=luhn', /^--format: unknown part "crc=luhn"$/],
    ['digits,case-sensitive=no', /^--format: unknown part "case-sensitive=no"$/],
    ['digits, rainbow ', /^--format: unknown part "rainbow"$/],
  ])('refuses %j with the message %s', (spec, message) => {
    expect(() => parseFormatSpec(spec)).toThrow(message);
  });
});

describe('support-kit code', () => {
  it('reports a format the library refuses (a ConfigError) with its field, exit 2', async () => {
    const { io, out, err } = memoryIo();
    expect(await main(['code', '--format', '{"alphabet":"octal"}', '1234'], io)).toBe(2);
    expect(out()).toBe('');
    expect(err()).toMatch(/^support-kit: sanitizeCode: format\.alphabet /);
    expect(err()).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('cleans a code given as an argument and explains each change', async () => {
    const { io, out } = memoryIo();
    expect(await main(['code', '--format', 'digits,length=8,group=4', '【１２３４ー５６７８】'], io)).toBe(0);
    const [row] = lines(out());
    expect(row).toMatchObject({ line: 1, ok: true, value: '12345678', formatted: '1234-5678' });
    expect(row?.changes).toEqual(
      expect.arrayContaining(['full-width-converted', 'brackets-removed', 'separator-removed']),
    );
  });

  it('reads stdin line by line, reports refused rows and keeps going, exit 1', async () => {
    const { io, out } = memoryIo('1234\n12x4\n\n5678\n');
    expect(await main(['code', '--format', 'digits,length=4', '-'], io)).toBe(1);
    const rows = lines(out());
    expect(rows.map((row) => row.ok)).toEqual([true, false, false, true]);
    expect(rows[1]).toMatchObject({ line: 2, error: { code: 'invalid-character' } });
    expect(rows[2]).toMatchObject({ line: 3, error: { code: 'empty' } });
  });

  it('reads a file and prints a table in Japanese', async () => {
    const file = tempFile('codes.txt', ' 1234\n1234²\n');
    const { io, out } = memoryIo();
    expect(
      await main(['code', '--format', 'digits', '--file', file, '--output', 'table', '--locale', 'ja'], io),
    ).toBe(1);
    expect(out()).toMatch(/^#\s+input\s+ok\s+value\s+what happened$/m);
    expect(out()).toContain('ambiguous-character: 「²」');
  });

  it('prints one JSON array with --output json', async () => {
    const { io, out } = memoryIo();
    expect(await main(['code', '--format', 'hex', '--output', 'json', 'ab-cd', 'ABCD'], io)).toBe(0);
    expect(JSON.parse(out())).toHaveLength(2);
  });

  it('prints its help', async () => {
    const { io, out } = memoryIo();
    expect(await main(['code', '--help'], io)).toBe(0);
    expect(out()).toContain('Usage: support-kit code --format <spec>');
  });

  it.each([
    [['code', '1234']],
    [['code', '--format', 'digits']],
    [['code', '--format', 'digits', '--output', 'xml', '1']],
    [['code', '--format', 'digits', '--locale', 'fr', '1']],
    [['code', '--format', 'nope', '1']],
  ])('exits 2 for %j', async (argv) => {
    const { io, err } = memoryIo();
    expect(await main(argv, io)).toBe(2);
    expect(err()).toContain('support-kit code');
  });

  it('prints a table: "yes" and the formatted value, or "NO" and the error', async () => {
    const { io, out } = memoryIo();
    const argv = ['code', '--format', 'digits,length=8,group=4', '--output', 'table'];
    expect(await main([...argv, '【１２３４ー５６７８】', '12x45678'], io)).toBe(1);
    expect(out()).toBe(
      [
        '#  input                   ok   value      what happened',
        '─  ──────────────────────  ───  ─────────  ─────────────────────────────────────────────────────────────────────────',
        '1  【１２３４ー５６７８】  yes  1234-5678  full-width-converted, brackets-removed, separator-removed',
        '2  12x45678                NO              invalid-character: “x” (U+0078) at position 3 cannot appear in this code.',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [['code', '1234'], '--format is required (e.g. --format digits,length=6)'],
    [
      ['code', '--format', 'digits', '--output', 'xml', '1'],
      '--output must be jsonl, json or table, got "xml"',
    ],
    [['code', '--format', 'digits', '--locale', 'fr', '1'], '--locale must be en or ja'],
    [['code', '--format', 'digits'], 'give a code, "-" to read stdin, or --file <path>'],
  ])('names the usage mistake in %j', async (argv, message) => {
    const { io, err } = memoryIo();
    expect(await main(argv, io)).toBe(2);
    expect(err().split('\n\n')[0]).toBe(`support-kit: ${message}`);
    expect(err()).toContain('\n\nUsage: support-kit code ');
  });

  it('exits 1 naming the file when it does not exist', async () => {
    const { io, err } = memoryIo();
    expect(await main(['code', '--format', 'digits', '--file', '/nonexistent/codes.txt'], io)).toBe(1);
    expect(err()).toContain('/nonexistent/codes.txt');
  });
});
