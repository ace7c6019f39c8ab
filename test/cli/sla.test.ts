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

describe('support-kit sla: the report', () => {
  const events = (list: object[]) => tempFile('events.json', JSON.stringify(list));
  const run = async (argv: string[]) => {
    const { io, out, err } = memoryIo();
    const code = await slaCommand.run(argv, io);
    return { code, out: out(), err: err() };
  };

  it('lays out the clocks, the deadline, the follow-ups due and upcoming, and the warnings', async () => {
    const pending = events([
      { type: 'created', at: '2026-11-02T10:00:00+09:00', by: 'customer', priority: 'normal' },
      { type: 'agentReply', at: '2026-11-02T11:00:00+09:00', public: true, id: 'r1' },
      { type: 'statusChange', at: '2026-11-02T11:00:00+09:00', to: 'pending' },
    ]);
    const { code, out } = await run([
      '--policy',
      policy,
      '--events',
      pending,
      '--now',
      '2026-11-10T12:00:00+09:00',
    ]);
    expect(code).toBe(0);
    expect(out).toBe(
      `SLA of tokyo-support-standard as of 2026-11-10T12:00:00+09:00 (Asia/Tokyo)

metric         priority  status    started                    due                        fulfilled                  used / target
─────────────  ────────  ────────  ─────────────────────────  ─────────────────────────  ─────────────────────────  ───────────────────
firstReply     normal    achieved  2026-11-02T10:00:00+09:00  2026-11-02T18:00:00+09:00  2026-11-02T11:00:00+09:00  60 / 480 min biz
requesterWait  normal    paused    2026-11-02T10:00:00+09:00                                                        60 / 2700 min biz
resolution     normal    breached  2026-11-02T10:00:00+09:00  2026-11-10T10:00:00+09:00                             2820 / 2700 min biz

No running deadline.

Follow-ups due now (4):
at                         action           about                                     what to do
─────────────────────────  ───────────────  ────────────────────────────────────────  ────────────────────────────────────────────────────────────────────────────────────────────────────
2026-11-06T11:00:00+09:00  pendingReminder  reminder 1                                Remind the customer that we are waiting for their answer.
2026-11-06T16:45:00+09:00  escalate         resolution #1, level 1                    Escalate the ticket: its SLA target is running out.
2026-11-10T10:00:00+09:00  escalate         resolution #1, level 2                    Escalate the ticket: its SLA target is running out.
2026-11-10T12:00:00+09:00  delayNotice      resolution #1, due 2026-11-10T10:00:00+…  Tell the customer that the answer is taking longer than planned, and when the next update will come.

Upcoming follow-ups (2):
at                         action           about       what to do
─────────────────────────  ───────────────  ──────────  ────────────────────────────────────────────────────────────
2026-11-12T11:00:00+09:00  pendingReminder  reminder 2  Remind the customer that we are waiting for their answer.
2026-11-17T11:00:00+09:00  autoClose                    Close the ticket: the customer did not answer the reminders.

! target-breached (resolution #1): An SLA target is overdue. Reply now, or tell the customer when they will hear from us.
`,
    );
  });

  it('numbers the later cycles of a metric', async () => {
    const { out } = await run(['--policy', policy, '--events', ticket]);
    expect(out).toMatch(/^nextReply {10}high {6}breached /m);
    expect(out).toMatch(/^nextReply #2 {7}high {6}active /m);
    expect(out).toMatch(/^periodicUpdate #2 {2}high {6}active /m);
  });

  it('shows calendar-time targets as "cal", and a re-send without a reply id as "last reply"', async () => {
    const urgent = events([
      {
        type: 'created',
        at: '2026-06-02T10:00:00+09:00',
        by: 'customer',
        priority: 'urgent',
        channel: 'email',
      },
      { type: 'customerReportsNoReply', at: '2026-06-02T10:30:00+09:00', channel: 'web' },
    ]);
    const { out } = await run(['--policy', policy, '--events', urgent, '--now', '2026-06-02T10:40:00+09:00']);
    expect(out).toMatch(/^firstReply {2}urgent {4}active {2}.* {13}40 \/ 60 min cal$/m);
    expect(out).toMatch(/^resolution {2}urgent {4}active {2}.* {13}40 \/ 1440 min cal$/m);
    expect(out).toMatch(
      /^2026-06-02T10:30:00\+09:00 {2}resendViaAlternateChannel {2}last reply → sms, phone {2}Our reply/m,
    );
  });

  it('works in UTC without a calendar, says "none", and prints warnings without a metric', async () => {
    const plain = tempFile(
      'p.json',
      JSON.stringify({
        id: 'plain',
        targets: { firstReply: { normal: { minutes: 60, basis: 'calendar' } } },
        followUps: { noReply: { alternateChannels: ['email'] } },
      }),
    );
    const bounced = events([
      { type: 'created', at: '2026-06-02T10:00:00Z', by: 'customer', priority: 'normal', channel: 'email' },
      { type: 'deliveryFailed', at: '2026-06-02T10:05:00Z', channel: 'email' },
    ]);
    const { code, out } = await run([
      '--policy',
      plain,
      '--events',
      bounced,
      '--now',
      '2026-06-02T12:00:00Z',
    ]);
    expect(code).toBe(0);
    expect(out).toBe(
      `SLA of plain as of 2026-06-02T12:00:00+00:00 (UTC)

metric      priority  status    started                    due                        fulfilled  used / target
──────────  ────────  ────────  ─────────────────────────  ─────────────────────────  ─────────  ────────────────
firstReply  normal    breached  2026-06-02T10:00:00+00:00  2026-06-02T11:00:00+00:00             120 / 60 min cal

No running deadline.

Follow-ups due now (0):
  none

Upcoming follow-ups (0):
  none

! target-breached (firstReply #1): An SLA target is overdue. Reply now, or tell the customer when they will hear from us.
! no-alternate-channel: Our reply did not reach the customer and no other channel is configured. Add alternateChannels to the follow-up policy, or call the customer.
`,
    );
  });

  it('ends the report with one line break when the last section is "none"', async () => {
    const solved = events([
      { type: 'created', at: '2026-11-02T10:00:00+09:00', by: 'customer', priority: 'normal' },
      { type: 'agentReply', at: '2026-11-02T11:00:00+09:00', public: true, id: 'r1' },
      { type: 'statusChange', at: '2026-11-02T11:05:00+09:00', to: 'solved' },
    ]);
    const { out } = await run(['--policy', policy, '--events', solved, '--now', '2026-11-03T12:00:00+09:00']);
    expect(out.endsWith('Upcoming follow-ups (0):\n  none\n')).toBe(true);
  });

  it('evaluates at the current time when neither --now nor the file gives one', async () => {
    const open = events([
      { type: 'created', at: '2026-06-02T10:00:00+09:00', by: 'customer', priority: 'normal' },
    ]);
    const before = Date.now();
    const json = await run(['--policy', policy, '--events', open, '--output', 'json']);
    const table = await run(['--policy', policy, '--events', open]);
    const after = Date.now();
    const now = Date.parse((JSON.parse(json.out) as { now: string }).now);
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(after);
    const header = /^SLA of tokyo-support-standard as of (\S+) \(Asia\/Tokyo\)$/m.exec(table.out);
    expect(Date.parse(header?.[1] ?? '')).toBeGreaterThanOrEqual(before);
    expect(Date.parse(header?.[1] ?? '')).toBeLessThanOrEqual(after);
  });

  it.each([
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"tokyo"'],
  ])('exit 1 for a policy file holding %s', async (_, json) => {
    const file = tempFile('p.json', json);
    const { code, err } = await run(['--policy', file, '--events', ticket]);
    expect(code).toBe(1);
    expect(err).toBe(`support-kit sla: --policy ${file}: expected a JSON object\n`);
  });

  it('names --events when the ticket file cannot be read', async () => {
    const { code, err } = await run(['--policy', policy, '--events', 'nope.json']);
    expect(code).toBe(1);
    expect(err).toBe('support-kit sla: --events nope.json: cannot read the file (ENOENT)\n');
  });

  it('names the allowed outputs', async () => {
    await expect(
      slaCommand.run(['--policy', policy, '--events', ticket, '--output', 'xml'], memoryIo().io),
    ).rejects.toThrow(new UsageError('--output must be table or json, got "xml"'));
  });
});
