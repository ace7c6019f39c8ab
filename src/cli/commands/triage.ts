import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Locale } from '../../internal/diagnostic.ts';
import {
  defaultPolicy,
  type TriageInquiryOptions,
  type TriagePolicy,
  type TriageResult,
  type TriageSuccess,
  triageInquiry,
} from '../../triage/index.ts';
import { type CliIo, type Command, UsageError } from '../command.ts';
import { readLines, write } from '../io.ts';
import { outputOption } from '../outputOption.ts';
import { fixedWidthLine } from '../table.ts';

const HELP = `Usage: support-kit triage [options] [file|-]

Reads inquiries as JSONL, one JSON object per line:
  { "text": "...", "from"?: "address", "receivedAt"?: ISO with offset, "channel"?: "email",
    "subject"?: "...", "id"?: any }
and writes, per line, everything needed to act on it: intents, urgency, anger, hidden anger,
escalation, whether it needs a reply, the deadline, the derived priority and why, the SLA due
times and planned follow-ups, the sender's canonical address, provider and deliverability
hints, and the merged actions (e.g. phone a carrier address before the reply is due).

Arguments:
  file                    JSONL file to read; "-" or nothing reads stdin

Options:
  --output <kind>         jsonl (default), json or table (alias: --format)
  --policy <file.json>    SLA policy with optional "followUps" (the file of support-kit sla);
                          default: the built-in policy of --locale (ja: ja-JP, en: en-US)
  --locale <en|ja>        language of messages and actions (default en)
  --sender-domain <d>     our mail domain, named in the carrier allow-list guidance
  --received-at <ISO>     receipt time of lines without "receivedAt" (default: now)
  -h, --help              show this help

A line that is not a JSON object with a "text" string, or whose "receivedAt" has no offset,
is reported on stderr with its line number and as { "line": N, "ok": false, "error": ... } in
the output; the other lines go on. Output streams line by line (table rows too).

Exit codes: 0 every line triaged, 1 some line was bad input or the file cannot be read,
2 usage error (bad option, bad --policy file).`;

/** A line that is not an inquiry (not JSON, no "text"…). */
interface LineFailure {
  readonly ok: false;
  readonly error: { readonly code: 'invalid-line'; readonly severity: 'error'; readonly message: string };
}

interface Row {
  readonly line: number;
  readonly id: unknown;
  readonly result: TriageResult | LineFailure;
}

const COLUMNS = [
  { header: '#', width: 8 },
  { header: 'priority', width: 8 },
  { header: 'intents', width: 34 },
  { header: 'urg/anger', width: 14 },
  { header: 'reply due', width: 11 },
  { header: 'sender', width: 24 },
  { header: 'actions', width: 60 },
] as const;

function tableLine(cells: readonly string[]): string {
  return fixedWidthLine(cells, COLUMNS);
}

function tableRow(row: Row): string {
  const name = String(row.id ?? row.line);
  const { result } = row;
  if (!result.ok) return tableLine([name, 'ERROR', `${result.error.code}: ${result.error.message}`]);
  return tableLine([
    name,
    result.priority,
    result.intents.map((intent) => intent.id).join(' + ') || '—',
    `${result.urgency} ${result.anger}${result.hiddenAnger ? 'h' : ''}${result.escalation ? ' ⚠' : ''}`,
    result.needsReply ? (result.sla.firstReplyDue?.slice(5, 16).replace('T', ' ') ?? '') : 'no reply',
    senderCell(result),
    result.actions.map((action) => action.code).join(', '),
  ]);
}

function senderCell(result: TriageSuccess): string {
  const { sender } = result;
  if (sender.address === null) return sender.hints.length > 0 ? 'invalid' : '';
  const risky = sender.hints.filter((hint) => hint.severity !== 'info').map((hint) => hint.code);
  const who =
    sender.carrier ?? sender.provider?.id ?? sender.address.slice(sender.address.lastIndexOf('@') + 1);
  return risky.length === 0 ? who : `${who}: ${risky.join(', ')}`;
}

function toJson(row: Row): object {
  return { line: row.line, ...(row.id === undefined ? {} : { id: row.id }), ...row.result };
}

type Parsed = {
  readonly text: string;
  readonly from?: string;
  readonly receivedAt?: string | number;
  readonly channel?: string;
  readonly subject?: string;
  readonly id?: unknown;
};

function parseRow(line: string): Parsed | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not JSON (${(error as Error).message})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const row = value as Record<string, unknown>;
  if (typeof row.text !== 'string') return 'no "text" string';
  for (const key of ['from', 'channel', 'subject'] as const) {
    if (row[key] !== undefined && row[key] !== null && typeof row[key] !== 'string')
      return `"${key}" is not a string`;
  }
  const at = row.receivedAt;
  if (at !== undefined && at !== null && typeof at !== 'string' && typeof at !== 'number') {
    return '"receivedAt" is not a string or a number';
  }
  return row as Parsed;
}

async function loadPolicy(path: string, io: CliIo): Promise<TriagePolicy> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, path), 'utf8');
  } catch (error) {
    throw new UsageError(`--policy ${path}: cannot read the file (${(error as NodeJS.ErrnoException).code})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--policy ${path}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(`--policy ${path}: expected a JSON object`);
  }
  return value as TriagePolicy;
}

/** `support-kit triage`: the main job — read inquiries and say how to handle each. */
export const triageCommand: Command = {
  name: 'triage',
  summary: 'triage inquiries (JSONL): intents, priority, SLA due times, sender hints and actions',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        output: { type: 'string' },
        format: { type: 'string' },
        policy: { type: 'string' },
        locale: { type: 'string', default: 'en' },
        'sender-domain': { type: 'string' },
        'received-at': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      await write(io.stdout, `${HELP}\n`);
      return 0;
    }
    const output = outputOption(values, ['jsonl', 'json', 'table'], 'jsonl');
    if (values.locale !== 'en' && values.locale !== 'ja') throw new UsageError('--locale must be en or ja');
    if (positionals.length > 1) throw new UsageError('give at most one file');
    const locale: Locale = values.locale;
    const policy =
      values.policy === undefined
        ? defaultPolicy(locale === 'ja' ? 'ja-JP' : 'en-US')
        : await loadPolicy(values.policy, io);
    const options: TriageInquiryOptions = { policy, locale, senderDomain: values['sender-domain'] };
    const fallbackAt = values['received-at'] ?? Date.now();
    try {
      const probe = triageInquiry({ text: '', receivedAt: fallbackAt }, options);
      if (!probe.ok) throw new UsageError(`--received-at: ${probe.error.message}`);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`--policy ${values.policy}: ${(error as Error).message}`);
    }
    const source = positionals[0];
    const fromFile = source !== undefined && source !== '-';
    if (fromFile) {
      try {
        if ((await stat(resolve(io.cwd, source))).isDirectory())
          throw Object.assign(new Error(), { code: 'EISDIR' });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'error';
        await write(io.stderr, `support-kit triage: cannot read ${source} (${code})\n`);
        return 1;
      }
    }
    const showProgress = io.stderrIsTty && fromFile;
    let line = 0;
    let bad = 0;
    let first = true;
    if (output === 'json') await write(io.stdout, '[');
    if (output === 'table') await write(io.stdout, tableLine(COLUMNS.map((column) => column.header)));
    for await (const text of readLines(source, io)) {
      line++;
      if (showProgress && line % 1000 === 0) io.stderr.write(`\r${line} lines…`);
      if (text.trim() === '') continue;
      const parsed = parseRow(text);
      let row: Row;
      if (typeof parsed === 'string') {
        row = {
          line,
          id: undefined,
          result: { ok: false, error: { code: 'invalid-line', severity: 'error', message: parsed } },
        };
      } else {
        const result = triageInquiry(
          {
            text: parsed.text,
            from: parsed.from ?? null,
            receivedAt: parsed.receivedAt ?? fallbackAt,
            channel: parsed.channel ?? undefined,
            subject: parsed.subject ?? undefined,
          },
          options,
        );
        row = { line, id: parsed.id, result };
      }
      if (!row.result.ok) {
        bad++;
        io.stderr.write(
          `${showProgress ? '\r' : ''}support-kit triage: line ${line}: ${row.result.error.message}\n`,
        );
      }
      if (output === 'table') await write(io.stdout, tableRow(row));
      else {
        const json = JSON.stringify(toJson(row));
        await write(io.stdout, output === 'jsonl' ? `${json}\n` : `${first ? '' : ','}\n${json}`);
      }
      first = false;
    }
    if (output === 'json') await write(io.stdout, first ? ']\n' : '\n]\n');
    if (showProgress) io.stderr.write(`\r${line} lines, ${bad} bad\n`);
    return bad > 0 ? 1 : 0;
  },
};
