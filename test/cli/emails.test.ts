import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/command.ts';
import { emailsCommand, splitCsv } from '../../src/cli/commands/emails.ts';
import { memoryIo, tempFile } from './memoryIo.ts';

const jsonLines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('splitCsv', () => {
  it.each([
    ['a,b,c', ['a', 'b', 'c']],
    ['1,"Yamada, Taro",taro@example.jp', ['1', 'Yamada, Taro', 'taro@example.jp']],
    ['"""q""@x.jp",2', ['"q"@x.jp', '2']],
    ['', ['']],
  ])('%j', (record, fields) => {
    expect(splitCsv(record)).toEqual(fields);
  });

  it('keeps a quote inside an unquoted field as it is', () => {
    expect(splitCsv('say "hi",x')).toEqual(['say "hi"', 'x']);
  });

  it('says when a quoted field continues on the next line', () => {
    expect(splitCsv('1,"open')).toBeUndefined();
  });
});

describe('support-kit emails', () => {
  it('reads one address per line from stdin, reports bad rows without stopping, exit 1', async () => {
    const { io, out } = memoryIo('Taro.Yamada+shop@GoogleMail.com\ntaro@\n\nｔａｒｏ＠ｇｍａｉｌ．ｃｏｍ\n');
    expect(await emailsCommand.run(['-'], io)).toBe(1);
    const rows = jsonLines(out());
    expect(rows).toEqual([
      {
        line: 1,
        input: 'Taro.Yamada+shop@GoogleMail.com',
        ok: true,
        address: 'Taro.Yamada+shop@googlemail.com',
        canonical: 'taroyamada@gmail.com',
        provider: 'gmail',
        notes: [{ code: 'alias-domain', message: 'Alias of gmail.com.' }],
      },
      {
        line: 2,
        input: 'taro@',
        ok: false,
        error: {
          code: 'empty-domain',
          message: 'Nothing after the @.',
          action: 'Enter the domain after the @.',
        },
      },
      expect.objectContaining({ line: 4, ok: true, canonical: 'taro@gmail.com', provider: 'gmail' }),
    ]);
  });

  it('exits 0 when every row is an address, and reads stdin by default', async () => {
    const { io, out } = memoryIo('a@example.com\n');
    expect(await emailsCommand.run([], io)).toBe(0);
    expect(jsonLines(out())).toHaveLength(1);
  });

  it('reads the email column of a CSV file and groups duplicates with --dedupe', async () => {
    const file = tempFile(
      'signups.csv',
      '\uFEFFid,name,Email\n1,"Yamada, Taro",taro.yamada@gmail.com\n2,Taro,TaroYamada+x@googlemail.com\n3,Hanako,hanako@yahoo.co.jp\n',
    );
    const { io, out } = memoryIo();
    expect(await emailsCommand.run([file, '--dedupe'], io)).toBe(0);
    const rows = jsonLines(out());
    expect(rows.slice(0, 3).map((r) => [r.line, r.canonical])).toEqual([
      [2, 'taroyamada@gmail.com'],
      [3, 'taroyamada@gmail.com'],
      [4, 'hanako@yahoo.co.jp'],
    ]);
    expect(rows[3]).toEqual({
      duplicate: 'taroyamada@gmail.com',
      count: 2,
      rows: [
        { line: 2, input: 'taro.yamada@gmail.com' },
        { line: 3, input: 'TaroYamada+x@googlemail.com' },
      ],
    });
    expect(rows).toHaveLength(4);
  });

  it('takes --column, a multi-line quoted field, and the first column by default', async () => {
    const { io, out } = memoryIo('name,mail\n"Taro\nYamada",taro@example.jp\n');
    expect(await emailsCommand.run(['-', '--column', 'MAIL'], io)).toBe(0);
    expect(jsonLines(out())).toEqual([
      expect.objectContaining({ line: 2, input: 'taro@example.jp', ok: true }),
    ]);

    const first = memoryIo('address,name\nA@Example.jp,Taro\n');
    expect(await emailsCommand.run(['-', '--csv'], first.io)).toBe(0);
    expect(jsonLines(first.out())).toEqual([
      expect.objectContaining({ input: 'A@Example.jp', canonical: 'A@example.jp' }),
    ]);

    const open = memoryIo('email\n"taro@example.jp\n');
    expect(await emailsCommand.run(['-', '--csv'], open.io)).toBe(1);
    expect(jsonLines(open.out())[0]).toMatchObject({
      line: 2,
      ok: false,
      error: { code: 'unterminated-quote' },
    });
  });

  it('writes JSON with duplicates, and a table for people', async () => {
    const input = 'taro.yamada@gmail.com\ntaroyamada@gmail.com\nbad\n';
    const json = memoryIo(input);
    expect(await emailsCommand.run(['-', '--output', 'json', '--dedupe', '--locale', 'ja'], json.io)).toBe(1);
    const parsed = JSON.parse(json.out()) as { rows: unknown[]; duplicates: unknown[] };
    expect(parsed.rows).toHaveLength(3);
    expect(parsed.rows[2]).toMatchObject({
      ok: false,
      error: { code: 'missing-at', message: '@がありません。' },
    });
    expect(parsed.duplicates).toEqual([
      expect.objectContaining({ duplicate: 'taroyamada@gmail.com', count: 2 }),
    ]);

    const plain = memoryIo(input);
    await emailsCommand.run(['-', '--output', 'json'], plain.io);
    expect(JSON.parse(plain.out())).toEqual({ rows: expect.any(Array) });

    const table = memoryIo(input);
    expect(await emailsCommand.run(['-', '--output', 'table', '--dedupe'], table.io)).toBe(1);
    const text = table.out();
    expect(text).toMatch(/^#\s+input\s+ok\s+canonical\s+provider\s+notes \/ error\n/);
    expect(text).toContain('missing-at: No @ in the address.');
    expect(text).toContain('1 group(s) of rows reaching the same mailbox');
    expect(text).toContain('  #2  taroyamada@gmail.com');
  });

  it('applies options: --lowercase-unknown and --heuristic', async () => {
    const { io, out } = memoryIo('Taro@Example.jp\nnick-shop@yahoo.co.jp\ntaro@ezweb.ne.jp\n');
    const argv = ['--lowercase-unknown', '--heuristic', 'yahoo-disposable', '--heuristic', 'au-ezweb'];
    expect(await emailsCommand.run(argv, io)).toBe(0);
    expect(jsonLines(out()).map((r) => r.canonical)).toEqual([
      'taro@example.jp',
      'nick-@yahoo.co.jp',
      'taro@au.com',
    ]);
  });

  it('shows a progress line on a TTY only', async () => {
    const many = `${'a@example.com\n'.repeat(10000)}`;
    const tty = memoryIo(many, { stderrIsTty: true });
    await emailsCommand.run([], tty.io);
    // One progress line every 10,000 rows, ended by a line break.
    expect(tty.err()).toBe('\r10000 rows\n');
    const few = memoryIo('a@example.com\nb@example.com\n', { stderrIsTty: true });
    expect(await emailsCommand.run([], few.io)).toBe(0);
    expect(few.err()).toBe('');
    const pipe = memoryIo(many);
    await emailsCommand.run([], pipe.io);
    expect(pipe.err()).toBe('');
  });

  it('reports an unreadable file with exit 1', async () => {
    const { io, err } = memoryIo();
    expect(await emailsCommand.run(['/nonexistent/emails.txt'], io)).toBe(1);
    expect(err()).toMatch(/cannot read \/nonexistent\/emails\.txt/);
  });

  it.each(['json', 'table', 'jsonl'])(
    'writes nothing to stdout when the file cannot be read (--output %s)',
    async (output) => {
      const { io, out } = memoryIo();
      expect(await emailsCommand.run(['/nonexistent/emails.txt', '--output', output], io)).toBe(1);
      expect(out()).toBe('');
    },
  );

  it('writes nothing to stdout before refusing a --column the header lacks', async () => {
    const { io, out } = memoryIo('id,email\n1,a@example.com\n');
    await expect(emailsCommand.run(['-', '--column', 'mail', '--output', 'json'], io)).rejects.toThrow(
      /no column "mail"/,
    );
    expect(out()).toBe('');
  });

  it('still writes an empty JSON document and a table header for an empty input', async () => {
    const json = memoryIo('');
    expect(await emailsCommand.run(['-', '--output', 'json'], json.io)).toBe(0);
    expect(JSON.parse(json.out())).toEqual({ rows: [] });
    const table = memoryIo('');
    expect(await emailsCommand.run(['-', '--output', 'table'], table.io)).toBe(0);
    expect(table.out().split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('prints help', async () => {
    const { io, out } = memoryIo();
    expect(await emailsCommand.run(['--help'], io)).toBe(0);
    expect(out()).toContain('Usage: support-kit emails');
  });

  it.each([
    [['--output', 'xml']],
    [['--locale', 'fr']],
    [['a.txt', 'b.txt']],
    [['--heuristic', 'everything']],
  ])('refuses usage mistakes %j with a UsageError (exit 2)', async (argv) => {
    const { io } = memoryIo();
    await expect(emailsCommand.run(argv, io)).rejects.toThrow(UsageError);
  });

  it.each([
    [['--output', 'xml'], '--output must be jsonl, json or table, got "xml"'],
    [['--format', 'csv'], '--output must be jsonl, json or table, got "csv"'],
    [
      ['--output', 'json', '--format', 'table'],
      '--output json and --format table disagree; give one of them',
    ],
    [['--locale', 'fr'], '--locale must be en or ja'],
    [['a.txt', 'b.txt'], 'give one file (or "-" for stdin)'],
    [
      ['--heuristic', 'au-ezweb', '--heuristic', 'everything'],
      '--heuristic must be yahoo-disposable or au-ezweb, got "everything"',
    ],
  ])('names the usage mistake in %j', async (argv, message) => {
    const { io } = memoryIo();
    await expect(emailsCommand.run(argv, io)).rejects.toThrow(new UsageError(message));
  });

  it('accepts --output and --format when they agree', async () => {
    const { io, out } = memoryIo('a@example.com\n');
    expect(await emailsCommand.run(['--output', 'json', '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(out())).toEqual({ rows: [expect.objectContaining({ canonical: 'a@example.com' })] });
  });

  it('refuses a --column the header does not have', async () => {
    const { io } = memoryIo('id,email\n1,a@example.com\n');
    await expect(emailsCommand.run(['-', '--column', 'mail'], io)).rejects.toThrow(/no column "mail"/);
    await expect(
      emailsCommand.run(['-', '--column', 'mail'], memoryIo('id, E-mail ,name\n').io),
    ).rejects.toThrow(new UsageError('no column "mail" in the CSV header (id, e-mail, name)'));
  });
});

describe('support-kit emails: rows', () => {
  it('skips lines of white space in a list', async () => {
    const { io, out } = memoryIo('a@example.com\n   \n\t\nb@example.com\n');
    expect(await emailsCommand.run([], io)).toBe(0);
    expect(jsonLines(out()).map((r) => [r.line, r.input])).toEqual([
      [1, 'a@example.com'],
      [4, 'b@example.com'],
    ]);
  });

  it('reads a one-column CSV, skipping blank records', async () => {
    const { io, out } = memoryIo('email\na@example.com\n\n   \nb@example.com\n');
    expect(await emailsCommand.run(['--csv'], io)).toBe(0);
    expect(jsonLines(out()).map((r) => [r.line, r.input])).toEqual([
      [2, 'a@example.com'],
      [5, 'b@example.com'],
    ]);
  });

  it('reads a record whose first field is empty', async () => {
    const { io, out } = memoryIo('id,email\n,a@example.com\n');
    expect(await emailsCommand.run(['--csv'], io)).toBe(0);
    expect(jsonLines(out())).toEqual([
      expect.objectContaining({ line: 2, input: 'a@example.com', ok: true }),
    ]);
  });

  it('reports a record without the address column as an empty address', async () => {
    const { io, out } = memoryIo('id,email\n1,a@example.com\n2\n');
    expect(await emailsCommand.run(['--csv'], io)).toBe(1);
    expect(jsonLines(out())[1]).toMatchObject({ line: 3, input: '', ok: false, error: { code: 'empty' } });
  });

  it('reads a quoted field over several lines, commas included', async () => {
    const { io, out } = memoryIo('name,email\n"Yamada\nTaro, Jr.",taro@example.jp\n');
    expect(await emailsCommand.run(['--csv'], io)).toBe(0);
    expect(jsonLines(out())).toEqual([expect.objectContaining({ line: 2, input: 'taro@example.jp' })]);
  });

  it('finds the email column whatever the case and spaces of the header', async () => {
    const { io, out } = memoryIo('id , E-Mail,Email \n1,x,a@example.com\n');
    expect(await emailsCommand.run(['--csv'], io)).toBe(0);
    expect(jsonLines(out())).toEqual([expect.objectContaining({ input: 'a@example.com' })]);
  });

  it('takes a --column with spaces, and one that names the first column after a BOM', async () => {
    const spaced = memoryIo('id,Mail\n1,a@example.com\n');
    expect(await emailsCommand.run(['--column', ' mail '], spaced.io)).toBe(0);
    expect(jsonLines(spaced.out())).toEqual([expect.objectContaining({ input: 'a@example.com' })]);

    const bom = memoryIo('\uFEFFmail,name\nb@example.com,Taro\n');
    expect(await emailsCommand.run(['--column', 'mail'], bom.io)).toBe(0);
    expect(jsonLines(bom.out())).toEqual([expect.objectContaining({ input: 'b@example.com' })]);
  });

  it('prints a table row per address: canonical, provider and notes, or the error', async () => {
    const { io, out } = memoryIo(' taro@googlemail.com.\nTaro@example.jp\ntaro@\n');
    expect(await emailsCommand.run(['--output', 'table'], io)).toBe(1);
    expect(out()).toBe(
      [
        '#      input                               ok   canonical                           provider     notes / error',
        '1       taro@googlemail.com.               yes  taro@gmail.com                      gmail        trimmed, trailing-dot-removed, alias-domain',
        '2      Taro@example.jp                     yes  Taro@example.jp',
        '3      taro@                               NO                                                    empty-domain: Nothing after the @.',
        '',
      ].join('\n'),
    );
  });

  it('lists the duplicate groups under the table with --dedupe', async () => {
    const { io, out } = memoryIo('"taro"@example.jp\nsolo@example.jp\n taro@example.jp\n');
    expect(await emailsCommand.run(['--output', 'table', '--dedupe'], io)).toBe(0);
    expect(out()).toMatch(
      /\n\n1 group\(s\) of rows reaching the same mailbox\n\ntaro@example\.jp \(2 rows\)\n {2}#1 {2}"taro"@example\.jp\n {2}#3 {3}taro@example\.jp\n$/,
    );
  });

  it('exits 1 naming stdin when it cannot be read', async () => {
    const { io, err } = memoryIo();
    const broken = new Readable({
      read() {
        this.destroy(new Error('boom'));
      },
    });
    expect(await emailsCommand.run([], { ...io, stdin: broken })).toBe(1);
    expect(err()).toBe('support-kit emails: cannot read stdin: boom\n');
  });
});
