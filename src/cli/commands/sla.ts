import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  evaluateSla,
  type FollowUpAction,
  type FollowUpPolicy,
  formatInstant,
  planFollowUps,
  type SlaPolicy,
  type TicketEvent,
} from '../../sla/index.ts';
import { type CliIo, type Command, UsageError } from '../command.ts';
import { write } from '../io.ts';
import { outputOption } from '../outputOption.ts';
import { renderTable } from '../table.ts';

const HELP = `Usage: support-kit sla --policy <policy.json> --events <ticket.json> [options]

Computes a ticket's SLA clocks (first reply, next reply, updates, requester wait, agent work,
resolution) in business time, and plans its follow-ups (delay notices, pending reminders,
auto-close, re-sends through another channel, escalations). Nothing is sent.

Options:
  --policy <path>       the SLA policy as JSON: { id, calendar, targets, … } plus an optional
                        "followUps" object (the follow-up policy)
  --events <path>       the ticket history as JSON: an array of events, or { events, now? }
  --now <ISO>           evaluate at this instant, with offset (default: the file's "now",
                        else the current time)
  --output <kind>       table (default) or json (alias: --format)
  --locale <en|ja>      language of the messages (default en)
  -h, --help            show this help

Example:
  support-kit sla --policy examples/policy.json --events examples/sla-ticket.json

Exit codes: 0 done, 1 unreadable or invalid files, 2 usage error.`;

async function readJson(path: string, flag: string, io: CliIo): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, path), 'utf8');
  } catch (error) {
    throw new Error(
      `${flag} ${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${flag} ${path}: not valid JSON (${(error as Error).message})`);
  }
}

/** `support-kit sla`: SLA clocks and follow-up plan of one ticket. */
export const slaCommand: Command = {
  name: 'sla',
  summary: "compute a ticket's SLA clocks and plan its follow-ups",
  help: HELP,
  async run(argv, io) {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        policy: { type: 'string' },
        events: { type: 'string' },
        now: { type: 'string' },
        output: { type: 'string' },
        format: { type: 'string' },
        locale: { type: 'string', default: 'en' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      await write(io.stdout, `${HELP}\n`);
      return 0;
    }
    if (values.policy === undefined) throw new UsageError('--policy <policy.json> is required');
    if (values.events === undefined) throw new UsageError('--events <ticket.json> is required');
    const output = outputOption(values, ['table', 'json'], 'table');
    if (values.locale !== 'en' && values.locale !== 'ja') throw new UsageError('--locale must be en or ja');
    const locale = values.locale;
    try {
      const policyFile = await readJson(values.policy, '--policy', io);
      const ticketFile = await readJson(values.events, '--events', io);
      if (typeof policyFile !== 'object' || policyFile === null || Array.isArray(policyFile)) {
        throw new Error(`--policy ${values.policy}: expected a JSON object`);
      }
      const { followUps = {}, ...policy } = policyFile as SlaPolicy & { followUps?: FollowUpPolicy };
      const ticket = ticketFile as { events?: unknown; now?: unknown } | unknown[];
      const events = (Array.isArray(ticket) ? ticket : ticket?.events) as TicketEvent[] | undefined;
      if (!Array.isArray(events))
        throw new Error(`--events ${values.events}: expected an array of events or { "events": [...] }`);
      const fileNow = Array.isArray(ticket) ? undefined : ticket?.now;
      const now = values.now ?? (typeof fileNow === 'string' ? fileNow : Date.now());
      const sla = evaluateSla(policy, events, now);
      const plan = planFollowUps(policy, followUps, events, now, { locale });
      const zone = policy.calendar?.timeZone ?? 'UTC';
      const time = (t: number | null | undefined): string =>
        t === null || t === undefined ? '' : formatInstant(t, zone);
      if (output === 'json') {
        await write(
          io.stdout,
          `${JSON.stringify({ now: time(typeof now === 'number' ? now : Date.parse(now)), ...sla, plan }, null, 2)}\n`,
        );
        return 0;
      }
      const targets = renderTable(sla.targets, [
        { header: 'metric', value: (s) => `${s.metric}${s.cycle > 1 ? ` #${s.cycle}` : ''}` },
        { header: 'priority', value: (s) => s.priority },
        { header: 'status', value: (s) => s.status },
        { header: 'started', value: (s) => time(s.startedAt) },
        { header: 'due', value: (s) => time(s.dueAt) },
        { header: 'fulfilled', value: (s) => time(s.fulfilledAt) },
        {
          header: 'used / target',
          value: (s) =>
            `${Math.round(s.elapsedMinutes)} / ${s.target.minutes} min ${s.target.basis === 'business' ? 'biz' : 'cal'}`,
        },
      ]);
      const actions = (list: readonly FollowUpAction[]) =>
        renderTable(list, [
          { header: 'at', value: (a) => time(a.at) },
          { header: 'action', value: (a) => a.kind },
          {
            header: 'about',
            value: (a) =>
              a.kind === 'resendViaAlternateChannel'
                ? `${a.replyId ?? 'last reply'} → ${a.channels.join(', ')}`
                : a.kind === 'escalate'
                  ? `${a.metric} #${a.cycle}, level ${a.level}`
                  : a.kind === 'delayNotice'
                    ? `${a.metric} #${a.cycle}, due ${time(a.dueAt)}`
                    : a.kind === 'pendingReminder'
                      ? `reminder ${a.n}`
                      : '',
          },
          { header: 'what to do', value: (a) => a.message, max: 100 },
        ]);
      const next = sla.nextDeadline;
      const parts = [
        `SLA of ${policy.id} as of ${time(typeof now === 'number' ? now : Date.parse(now))} (${zone})`,
        '',
        targets,
        next === null ? 'No running deadline.' : `Next deadline: ${next.metric} at ${time(next.dueAt)}`,
        '',
        `Follow-ups due now (${plan.due.length}):`,
        plan.due.length > 0 ? actions(plan.due) : '  none\n',
        `Upcoming follow-ups (${plan.upcoming.length}):`,
        plan.upcoming.length > 0 ? actions(plan.upcoming) : '  none\n',
        ...plan.warnings.map(
          (w) => `! ${w.code}${w.metric ? ` (${w.metric} #${w.cycle})` : ''}: ${w.message} ${w.action ?? ''}`,
        ),
      ];
      await write(io.stdout, `${parts.join('\n').trimEnd()}\n`);
      return 0;
    } catch (error) {
      await write(io.stderr, `support-kit sla: ${(error as Error).message}\n`);
      return 1;
    }
  },
};
