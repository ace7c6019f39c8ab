import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/command.ts';
import { slaCommand } from '../../src/cli/commands/sla.ts';
import { memoryIo, tempFile } from './memoryIo.ts';

const policy = 'examples/policy.json';
const ticket = 'examples/sla-ticket.json';

describe('support-kit sla', () => {
  it('prints the targets and the plan of the example ticket as a table', async () => {
    const { io, out, err } = memoryIo();
    expect(await slaCommand.run(['--policy', policy, '--events', ticket], io)).toBe(0);
    expect(err()).toBe('');
    expect(out()).toContain('SLA of tokyo-support-standard as of 2025-12-25T14:00:00+09:00 (Asia/Tokyo)');
    expect(out()).toMatch(/^firstReply\s+normal\s+achieved/m);
    expect(out()).toMatch(/^resolution\s+high\s+active/m);
    expect(out()).toContain('Next deadline: nextReply at 2025-12-25T15:00:00+09:00');
    expect(out()).toMatch(/resendViaAlternateChannel\s+r2 → sms, phone/);
  });

  it('prints JSON in Japanese with --now overriding the file', async () => {
    const { io, out } = memoryIo();
    const argv = [
      '--policy',
      policy,
      '--events',
      ticket,
      '--output',
      'json',
      '--locale',
      'ja',
      '--now',
      '2025-12-26T17:00:00+09:00',
    ];
    expect(await slaCommand.run(argv, io)).toBe(0);
    const result = JSON.parse(out()) as {
      now: string;
      targets: { metric: string; status: string }[];
      plan: { due: { message: string }[] };
    };
    expect(result.now).toBe('2025-12-26T17:00:00+09:00');
    expect(result.targets.find((t) => t.metric === 'resolution')?.status).toBe('breached');
    expect(result.plan.due.some((a) => /[ぁ-ん]/.test(a.message))).toBe(true);
  });

  it('accepts a bare array of events', async () => {
    const events = tempFile(
      'events.json',
      JSON.stringify([
        { type: 'created', at: '2025-06-02T10:00:00+09:00', by: 'customer', priority: 'normal' },
      ]),
    );
    const { io, out } = memoryIo();
    expect(
      await slaCommand.run(
        ['--policy', policy, '--events', events, '--now', '2025-06-02T11:00:00+09:00'],
        io,
      ),
    ).toBe(0);
    expect(out()).toMatch(/^firstReply\s+normal\s+active/m);
  });

  it.each([
    [[], /--policy/],
    [['--policy', policy], /--events/],
    [['--policy', policy, '--events', ticket, '--output', 'xml'], /--output/],
    [['--policy', policy, '--events', ticket, '--locale', 'fr'], /--locale/],
  ])('usage error for %j', async (argv, message) => {
    const { io } = memoryIo();
    await expect(slaCommand.run(argv, io)).rejects.toThrow(UsageError);
    await expect(slaCommand.run(argv, io)).rejects.toThrow(message);
  });

  it.each([
    [
      'a missing file',
      ['--policy', 'nope.json', '--events', ticket],
      /--policy nope\.json: cannot read the file \(ENOENT\)/,
    ],
    ['broken JSON', ['--policy', tempFile('p.json', '{'), '--events', ticket], /not valid JSON/],
    [
      'a policy that is not an object',
      ['--policy', tempFile('p.json', '[]'), '--events', ticket],
      /expected a JSON object/,
    ],
    [
      'events that are not a list',
      ['--policy', policy, '--events', tempFile('e.json', '{"x":1}')],
      /expected an array of events/,
    ],
    [
      'an invalid calendar',
      [
        '--policy',
        tempFile('p.json', '{"id":"x","calendar":{"timeZone":"Mars/X","weeklyHours":{}},"targets":{}}'),
        '--events',
        ticket,
      ],
      /timeZone "Mars\/X"/,
    ],
    [
      'an unknown status',
      [
        '--policy',
        policy,
        '--events',
        tempFile(
          'e.json',
          '[{"type":"created","at":"2025-06-02T10:00:00Z","by":"customer","priority":"normal"},{"type":"statusChange","at":"2025-06-02T11:00:00Z","to":"waiting"}]',
        ),
      ],
      /unknown status "waiting"/,
    ],
  ])('exit 1 with a message for %s', async (_, argv, message) => {
    const { io, err } = memoryIo();
    expect(await slaCommand.run(argv, io)).toBe(1);
    expect(err()).toMatch(message);
  });

  it('shows reminders for a ticket waiting on the customer, and "none" when nothing is left', async () => {
    const pending = tempFile(
      'pending.json',
      JSON.stringify([
        { type: 'created', at: '2026-11-02T10:00:00+09:00', by: 'customer', priority: 'normal' },
        { type: 'agentReply', at: '2026-11-02T11:00:00+09:00', public: true, id: 'r1' },
        { type: 'statusChange', at: '2026-11-02T11:00:00+09:00', to: 'pending' },
      ]),
    );
    const waiting = memoryIo();
    expect(
      await slaCommand.run(
        ['--policy', policy, '--events', pending, '--now', '2026-11-20T12:00:00+09:00'],
        waiting.io,
      ),
    ).toBe(0);
    expect(waiting.out()).toMatch(/pendingReminder\s+reminder 1/);

    const solved = tempFile(
      'solved.json',
      JSON.stringify([
        { type: 'created', at: '2026-11-02T10:00:00+09:00', by: 'customer', priority: 'normal' },
        { type: 'agentReply', at: '2026-11-02T11:00:00+09:00', public: true, id: 'r1' },
        { type: 'statusChange', at: '2026-11-02T11:05:00+09:00', to: 'solved' },
      ]),
    );
    const done = memoryIo();
    expect(
      await slaCommand.run(
        ['--policy', policy, '--events', solved, '--now', '2026-11-03T12:00:00+09:00'],
        done.io,
      ),
    ).toBe(0);
    expect(done.out()).toContain('No running deadline.');
    expect(done.out()).toMatch(/Follow-ups due now \(0\):\n {2}none/);
  });

  it('prints its help', async () => {
    const { io, out } = memoryIo();
    expect(await slaCommand.run(['--help'], io)).toBe(0);
    expect(out()).toContain('Usage: support-kit sla');
    expect(slaCommand.name).toBe('sla');
  });
});
