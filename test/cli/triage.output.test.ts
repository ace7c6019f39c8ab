import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/command.ts';
import { triageCommand } from '../../src/cli/commands/triage.ts';
import { memoryIo, tempFile } from './memoryIo.ts';

const at = '2026-11-20T09:12:00+09:00';
const jsonl = (rows: readonly object[]) => rows.map((row) => `${JSON.stringify(row)}\n`).join('');
const parse = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('support-kit triage: the table', () => {
  it('shows intents, urgency and anger, the reply due time, the sender and the actions', async () => {
    const stdin = jsonl([
      { id: 'plain', text: 'hello' },
      { id: 'thanks', text: 'Thanks, that solved it!', from: 'a@gmail.com' },
      {
        id: 'angry',
        text: 'This is the third time I am writing. Unacceptable! I want a refund now or I will contact my lawyer.',
        from: 'bob@example.com',
      },
      {
        id: 'hidden',
        text: '何度もご連絡しておりますが、いまだにご返信をいただけておりません。',
        from: 'x@gmial.com',
      },
      { id: 'bad', text: 'Where is my order?', from: 'not an address' },
      { id: 'relay', text: 'Where is my order?', from: 'abc@privaterelay.appleid.com' },
      { id: 'rfc', text: 'Where is my order?', from: 'taro..x@docomo.ne.jp' },
      { text: 'Where is my order?', from: 'taro@hotmai.com' },
    ]);
    const { io, out } = memoryIo(stdin);
    expect(await triageCommand.run(['--output', 'table', '--received-at', at], io)).toBe(0);
    expect(out()).toBe(
      [
        '#         priority  intents                             urg/anger       reply due    sender                    actions',
        'plain     normal    —                                   normal 0        11-20 17:00                            ask-for-details',
        'thanks    low       gratitude.only                      none 0          no reply     gmail                     no-reply-needed',
        'angry     urgent    complaint.service + refund.reques…  critical 2 ⚠    11-19 20:12  example.com: reserved-d…  escalate-to-lead, apologize-first, answer-every-request',
        'hidden    high      reply.missing                       high 1h         11-20 11:00  gmial.com: typo-domain    apologize-first, check-spam-folder-guidance, resend-reply, …',
        'bad       normal    order.status                        normal 0        11-20 17:00  invalid                   confirm-address',
        'relay     normal    order.status                        normal 0        11-20 17:00  privaterelay.appleid.com',
        'rfc       normal    order.status                        normal 0        11-20 17:00  docomo: carrier-filter,…',
        '8         normal    order.status                        normal 0        11-20 17:00  hotmai.com: typo-domain   confirm-address',
        '',
      ].join('\n'),
    );
  });

  it('leaves the reply due time empty when the policy has no first-reply target', async () => {
    const policy = tempFile(
      'policy.json',
      JSON.stringify({
        id: 'resolution-only',
        targets: { resolution: { normal: { minutes: 600, basis: 'calendar' } } },
      }),
    );
    const { io, out } = memoryIo(jsonl([{ text: 'Where is my order?', receivedAt: at }]));
    expect(await triageCommand.run(['--output', 'table', '--policy', policy], io)).toBe(0);
    expect(out().split('\n')[1]).toBe('1         normal    order.status                        normal 0');
  });
});

describe('support-kit triage: lines', () => {
  it('names what is wrong with each bad line, on stderr and as an invalid-line error', async () => {
    const other = '2026-11-21T00:00:00+00:00';
    const stdin = [
      'null',
      '42',
      '"Where is my order?"',
      '{"text":5}',
      '{"text":"Where is my order?","from":null,"channel":null,"subject":null,"receivedAt":null}',
      JSON.stringify({ text: 'Where is my order?', receivedAt: Date.parse(other) }),
      '{"text":"hi","receivedAt":true}',
      '{"text":"hi","from":42}',
      '{"text":"hi","subject":["x"]}',
      '   ',
      '{"text":"Where is my order?","channel":"phone","subject":"Refund please"}',
    ].join('\n');
    const { io, out, err } = memoryIo(stdin);
    expect(await triageCommand.run(['--received-at', at], io)).toBe(1);
    const rows = parse(out());
    const bad = (line: number, message: string) => ({
      line,
      ok: false,
      error: { code: 'invalid-line', severity: 'error', message },
    });
    expect(rows.filter((row) => row.ok === false)).toEqual([
      bad(1, 'not a JSON object'),
      bad(2, 'not a JSON object'),
      bad(3, 'not a JSON object'),
      bad(4, 'no "text" string'),
      bad(7, '"receivedAt" is not a string or a number'),
      bad(8, '"from" is not a string'),
      bad(9, '"subject" is not a string'),
    ]);
    expect(rows.filter((row) => row.ok === true).map((row) => [row.line, row.receivedAt])).toEqual([
      [5, '2026-11-19T19:12:00-05:00'],
      [6, '2026-11-20T19:00:00-05:00'],
      [11, '2026-11-19T19:12:00-05:00'],
    ]);
    expect(rows.at(-1)).toMatchObject({ channel: 'phone', subject: 'Refund please' });
    expect(err()).toBe(
      [
        'support-kit triage: line 1: not a JSON object',
        'support-kit triage: line 2: not a JSON object',
        'support-kit triage: line 3: not a JSON object',
        'support-kit triage: line 4: no "text" string',
        'support-kit triage: line 7: "receivedAt" is not a string or a number',
        'support-kit triage: line 8: "from" is not a string',
        'support-kit triage: line 9: "subject" is not a string',
        '',
      ].join('\n'),
    );
  });

  it('reads stdin for "-"', async () => {
    const { io, out } = memoryIo(jsonl([{ id: 'x', text: 'Where is my order?', receivedAt: at }]));
    expect(await triageCommand.run(['-'], io)).toBe(0);
    expect(parse(out())).toEqual([expect.objectContaining({ line: 1, id: 'x', ok: true })]);
  });

  it('shows progress every 1000 lines of a file on a TTY, and bad lines on lines of their own', async () => {
    const lines = Array.from({ length: 2000 }, (_, i) =>
      i === 0 ? jsonl([{ text: 'Where is my order?', receivedAt: at }]) : i === 1499 ? 'oops\n' : '\n',
    ).join('');
    const file = tempFile('many.jsonl', lines);
    const { io, err } = memoryIo('', { stderrIsTty: true });
    expect(await triageCommand.run([file], io)).toBe(1);
    expect(err()).toMatch(
      /^\r1000 lines…\rsupport-kit triage: line 1500: not JSON \([^\n]+\)\n\r2000 lines…\r2000 lines, 1 bad\n$/,
    );
  });
});

describe('support-kit triage: usage mistakes', () => {
  it.each([
    [['--locale', 'fr'], '--locale must be en or ja'],
    [['a.jsonl', 'b.jsonl'], 'give at most one file'],
    [['--output', 'csv'], '--output must be jsonl, json or table, got "csv"'],
    [
      ['--received-at', '2026-11-20 09:00'],
      '--received-at: The receipt time is not an instant with a time-zone offset.',
    ],
    [['--policy', '/no/such/policy.json'], '--policy /no/such/policy.json: cannot read the file (ENOENT)'],
  ])('names the mistake in %j', async (argv, message) => {
    await expect(triageCommand.run(argv, memoryIo().io)).rejects.toThrow(new UsageError(message));
  });

  it.each([
    ['null', 'expected a JSON object'],
    ['42', 'expected a JSON object'],
    ['{"id":', 'not valid JSON ('],
  ])('refuses the policy file %j', async (json, message) => {
    const file = tempFile('policy.json', json);
    const error = await triageCommand.run(['--policy', file], memoryIo().io).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message.startsWith(`--policy ${file}: ${message}`)).toBe(true);
  });
});
