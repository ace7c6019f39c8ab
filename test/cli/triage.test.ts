import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/command.ts';
import { emailsCommand } from '../../src/cli/commands/emails.ts';
import { slaCommand } from '../../src/cli/commands/sla.ts';
import { triageCommand } from '../../src/cli/commands/triage.ts';
import { memoryIo, tempFile } from './memoryIo.ts';

const inbox = 'examples/inbox.jsonl';
const policy = 'examples/policy.json';
const at = '2026-11-20T09:12:00+09:00';
const row = (fields: object) => `${JSON.stringify(fields)}\n`;

describe('support-kit triage', () => {
  it('triages every line of the sample inbox as JSONL, in order', async () => {
    const { io, out, err } = memoryIo();
    expect(await triageCommand.run([inbox, '--policy', policy], io)).toBe(0);
    expect(err()).toBe('');
    const rows = out()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(rows[0]).toMatchObject({ line: 1, id: 'inq-001', ok: true, sender: { carrier: 'docomo' } });
    expect((rows[0] as { sla: { policyId: string } }).sla.policyId).toBe('tokyo-support-standard');
  });

  it('reads stdin and prints a table with --format (alias of --output)', async () => {
    const stdin = row({
      id: 'a',
      text: '至急！明日までに届かないと困ります。注文番号A-1',
      from: 'taro@au.com',
      receivedAt: at,
    });
    const { io, out } = memoryIo(stdin);
    expect(await triageCommand.run(['--format', 'table', '--locale', 'ja'], io)).toBe(0);
    const lines = out().trim().split('\n');
    expect(lines[0]).toMatch(/^#\s+priority\s+intents/);
    expect(lines[1]).toMatch(/^a\s+(urgent|high)\s/);
    expect(lines[1]).toContain('au: carrier-filter');
    expect(lines[1]).toContain('phone-customer');
  });

  it('streams a JSON array', async () => {
    const stdin =
      row({ text: 'Where is my order?', receivedAt: at }) + row({ text: 'Thanks!', receivedAt: at });
    const { io, out } = memoryIo(stdin);
    expect(await triageCommand.run(['--output', 'json'], io)).toBe(0);
    const rows = JSON.parse(out()) as { line: number; sla: { timeZone: string } }[];
    expect(rows.map((r) => r.line)).toEqual([1, 2]);
    expect(rows[0]?.sla.timeZone).toBe('America/New_York');
  });

  it('reports bad lines with their number, keeps going, and exits 1', async () => {
    const stdin = [
      row({ text: 'Where is my order?', receivedAt: at }),
      '{"text": \n',
      '[1,2]\n',
      row({ from: 'a@b.jp' }),
      row({ text: 'hi', receivedAt: '2026-11-20T09:00' }),
      row({ text: 'hi', from: 42 }),
      row({ text: 'hi', receivedAt: true }),
      '\n',
      row({ text: 'Still going', receivedAt: at }),
    ].join('');
    const { io, out, err } = memoryIo(stdin);
    expect(await triageCommand.run([], io)).toBe(1);
    const rows = out()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { line: number; ok: boolean });
    expect(rows.map((r) => [r.line, r.ok])).toEqual([
      [1, true],
      [2, false],
      [3, false],
      [4, false],
      [5, false],
      [6, false],
      [7, false],
      [9, true],
    ]);
    for (const n of [2, 3, 4, 5, 6, 7]) expect(err()).toContain(`line ${n}:`);
  });

  it('shows bad lines in the table too', async () => {
    const { io, out } = memoryIo('nope\n');
    expect(await triageCommand.run(['--output', 'table'], io)).toBe(1);
    expect(out()).toMatch(/^1\s+ERROR\s+invalid-line: not JSON/m);
  });

  it('prints an empty result for an empty file and exits 0', async () => {
    const file = tempFile('empty.jsonl', '');
    const jsonl = memoryIo();
    expect(await triageCommand.run([file], jsonl.io)).toBe(0);
    expect(jsonl.out()).toBe('');
    const json = memoryIo();
    expect(await triageCommand.run([file, '--output', 'json'], json.io)).toBe(0);
    expect(JSON.parse(json.out())).toEqual([]);
  });

  it('exits 1 naming a missing file, before writing anything', async () => {
    const { io, out, err } = memoryIo();
    expect(await triageCommand.run(['/no/such/file.jsonl', '--output', 'json'], io)).toBe(1);
    expect(out()).toBe('');
    expect(err()).toContain('cannot read /no/such/file.jsonl (ENOENT)');
    const dir = memoryIo();
    expect(await triageCommand.run(['.'], dir.io)).toBe(1);
    expect(dir.err()).toContain('EISDIR');
  });

  it('shows progress on a TTY for files only', async () => {
    // 1000 lines, blank lines included (they count as lines): ten inquiries, 990 blank lines.
    const lines = Array.from({ length: 1000 }, (_, i) =>
      i % 100 === 0 ? row({ text: `order ${i}`, receivedAt: at }) : '\n',
    ).join('');
    const file = tempFile('many.jsonl', lines);
    const tty = memoryIo('', { stderrIsTty: true });
    expect(await triageCommand.run([file, '--policy', policy], tty.io)).toBe(0);
    expect(tty.err()).toContain('1000 lines, 0 bad');
    const piped = memoryIo(lines, { stderrIsTty: true });
    expect(await triageCommand.run(['--policy', policy], piped.io)).toBe(0);
    expect(piped.err()).toBe('');
  });

  it('uses --received-at for lines without receivedAt, and --sender-domain in the guidance', async () => {
    const stdin = row({ text: 'まだ返信が届いていません。', from: 'hanako@docomo.ne.jp' });
    const { io, out } = memoryIo(stdin);
    const argv = ['--received-at', at, '--sender-domain', 'shop.example.jp', '--locale', 'ja'];
    expect(await triageCommand.run(argv, io)).toBe(0);
    const result = JSON.parse(out()) as { receivedAt: string; actions: { code: string; message: string }[] };
    expect(result.receivedAt).toBe(at);
    expect(result.actions.find((a) => a.code === 'carrier-allow-list-guidance')?.message).toContain(
      'shop.example.jp',
    );
  });

  it.each([
    [['--output', 'xml']],
    [['--output', 'json', '--format', 'table']],
    [['--locale', 'fr']],
    [['a.jsonl', 'b.jsonl']],
    [['--received-at', '2026-11-20 09:00']],
    [['--policy', '/no/such/policy.json']],
    [['--policy', 'examples/inbox.jsonl']],
    [['--policy', 'package-lock.json']],
  ])('refuses %j as a usage error', async (argv) => {
    await expect(triageCommand.run(argv, memoryIo().io)).rejects.toThrow(UsageError);
  });

  it('refuses a policy that is not an object, and a policy with a bad target', async () => {
    const array = tempFile('p.json', '[]');
    await expect(triageCommand.run(['--policy', array], memoryIo().io)).rejects.toThrow(
      /expected a JSON object/,
    );
    const bad = tempFile(
      'p.json',
      JSON.stringify({ id: 'x', targets: { firstReply: { normal: { minutes: -5, basis: 'calendar' } } } }),
    );
    await expect(triageCommand.run(['--policy', bad], memoryIo().io)).rejects.toThrow(/minutes/);
  });

  it('prints its help', async () => {
    const { io, out } = memoryIo();
    expect(await triageCommand.run(['--help'], io)).toBe(0);
    expect(out()).toContain('Usage: support-kit triage');
  });
});

describe('--format as an alias of --output in emails and sla', () => {
  it('emails --format table', async () => {
    const { io, out } = memoryIo('a.b@gmail.com\nab@gmail.com\n');
    expect(await emailsCommand.run(['--format', 'table', '--dedupe'], io)).toBe(0);
    expect(out()).toContain('ab@gmail.com');
    await expect(emailsCommand.run(['--format', 'xml'], memoryIo().io)).rejects.toThrow(UsageError);
  });

  it('sla --format json', async () => {
    const { io, out } = memoryIo();
    expect(
      await slaCommand.run(
        ['--policy', policy, '--events', 'examples/sla-ticket.json', '--format', 'json'],
        io,
      ),
    ).toBe(0);
    expect(JSON.parse(out())).toHaveProperty('targets');
  });
});
