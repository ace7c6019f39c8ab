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
    expect(tty.err()).toContain('10000 rows');
    const pipe = memoryIo(many);
    await emailsCommand.run([], pipe.io);
    expect(pipe.err()).toBe('');
  });

  it('reports an unreadable file with exit 1', async () => {
    const { io, err } = memoryIo();
    expect(await emailsCommand.run(['/nonexistent/emails.txt'], io)).toBe(1);
    expect(err()).toMatch(/cannot read \/nonexistent\/emails\.txt/);
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

  it('refuses a --column the header does not have', async () => {
    const { io } = memoryIo('id,email\n1,a@example.com\n');
    await expect(emailsCommand.run(['-', '--column', 'mail'], io)).rejects.toThrow(/no column "mail"/);
  });
});
