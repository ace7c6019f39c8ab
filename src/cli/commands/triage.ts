import { parseArgs } from 'node:util';
import { type DetectIntentResult, detectIntent } from '../../intent/index.ts';
import type { Locale } from '../../internal/diagnostic.ts';
import { type Command, UsageError } from '../command.ts';
import { readLines, write } from '../io.ts';
import { renderTable } from '../table.ts';

const HELP = `Usage: support-kit triage [options] [file|-]

Reads inquiries as JSONL (one JSON object per line: { "text": "...", "receivedAt"?: ISO,
"id"?: any, ... }) and writes, per line, what the customer wants and how to handle it:
intents with confidence, urgency, anger, hidden anger, escalation, whether it needs a
reply, the deadline resolved to a date, and suggested actions.

Arguments:
  file                  JSONL file to read; "-" or nothing reads stdin

Options:
  --output <kind>       jsonl (default), json or table
  --time-zone <zone>    IANA zone for deadlines (default Asia/Tokyo)
  --locale <en|ja>      language of the suggested actions (default en)
  -h, --help            show this help

A line that is not a JSON object with a "text" string is reported on stderr with its
line number and as { "line": N, "ok": false, "error": ... } in the output; the rest go on.

Exit codes: 0 every line triaged, 1 some line was bad input, 2 usage error.`;

interface Triaged {
  readonly line: number;
  readonly id: unknown;
  readonly result: DetectIntentResult;
}

interface Refused {
  readonly line: number;
  readonly error: string;
}

function summarize(row: Triaged): object {
  const { result } = row;
  return {
    line: row.line,
    ...(row.id === undefined ? {} : { id: row.id }),
    ok: true,
    lang: result.lang,
    intents: result.intents.map((intent) => ({
      id: intent.id,
      confidence: Math.round(intent.confidence * 100) / 100,
      evidence: intent.evidence.map((span) => span.text),
    })),
    urgency: result.urgency,
    anger: result.anger,
    hiddenAnger: result.hiddenAnger,
    escalation: result.escalation,
    needsReply: result.needsReply,
    deadline: result.deadline === null ? null : { date: result.deadline.date, text: result.deadline.text },
    suggestedActions: result.suggestedActions.map((action) => action.code),
  };
}

function parseRow(line: string): { text: string; receivedAt?: string; id?: unknown } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not JSON (${(error as Error).message})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const row = value as Record<string, unknown>;
  if (typeof row.text !== 'string') return 'no "text" string';
  if (row.receivedAt !== undefined && typeof row.receivedAt !== 'string')
    return '"receivedAt" is not a string';
  return row as { text: string; receivedAt?: string; id?: unknown };
}

/** `support-kit triage`: read inquiries and say what they want. */
export const triageCommand: Command = {
  name: 'triage',
  summary: 'read inquiries (JSONL) and report intents, urgency, anger, deadline and actions',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        output: { type: 'string', default: 'jsonl' },
        'time-zone': { type: 'string', default: 'Asia/Tokyo' },
        locale: { type: 'string', default: 'en' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      await write(io.stdout, `${HELP}\n`);
      return 0;
    }
    if (values.output !== 'jsonl' && values.output !== 'json' && values.output !== 'table') {
      throw new UsageError(`--output must be jsonl, json or table, got "${values.output}"`);
    }
    if (values.locale !== 'en' && values.locale !== 'ja') throw new UsageError('--locale must be en or ja');
    if (positionals.length > 1) throw new UsageError('give at most one file');
    const timeZone = values['time-zone'];
    try {
      new Intl.DateTimeFormat('en', { timeZone });
    } catch {
      throw new UsageError(`--time-zone: unknown time zone "${timeZone}"`);
    }
    const locale: Locale = values.locale;
    const source = positionals[0];
    const showProgress = io.stderrIsTty && source !== undefined && source !== '-';
    const collected: (Triaged | Refused)[] = [];
    let line = 0;
    let bad = 0;
    for await (const text of readLines(source, io)) {
      line++;
      if (text.trim() === '') continue;
      const parsed = parseRow(text);
      let row: Triaged | Refused;
      if (typeof parsed === 'string') {
        bad++;
        row = { line, error: parsed };
        io.stderr.write(`support-kit triage: line ${line}: ${parsed}\n`);
      } else {
        const received = parsed.receivedAt === undefined ? {} : { receivedAt: parsed.receivedAt };
        row = { line, id: parsed.id, result: detectIntent(parsed.text, { ...received, timeZone, locale }) };
      }
      if (values.output === 'jsonl') {
        await write(
          io.stdout,
          `${JSON.stringify('error' in row ? { line, ok: false, error: row.error } : summarize(row))}\n`,
        );
      } else collected.push(row);
      if (showProgress && line % 1000 === 0) io.stderr.write(`\r${line} lines…`);
    }
    if (showProgress) io.stderr.write(`\r${line} lines, ${bad} bad\n`);
    const json = collected.map((row) =>
      'error' in row ? { line: row.line, ok: false, error: row.error } : summarize(row),
    );
    if (values.output === 'json') await write(io.stdout, `${JSON.stringify(json, null, 2)}\n`);
    if (values.output === 'table') {
      const triaged = collected.filter((row): row is Triaged => !('error' in row));
      await write(
        io.stdout,
        renderTable(triaged, [
          { header: '#', value: (row) => String(row.id ?? row.line) },
          {
            header: 'intents',
            value: (row) => row.result.intents.map((intent) => intent.id).join(' + ') || '—',
            max: 48,
          },
          { header: 'urgency', value: (row) => row.result.urgency },
          {
            header: 'anger',
            value: (row) =>
              `${row.result.anger}${row.result.hiddenAnger ? ' (hidden)' : ''}${row.result.escalation ? ' ⚠' : ''}`,
          },
          { header: 'reply', value: (row) => (row.result.needsReply ? 'yes' : 'no') },
          { header: 'deadline', value: (row) => row.result.deadline?.date ?? '' },
          {
            header: 'actions',
            value: (row) => row.result.suggestedActions.map((action) => action.code).join(', '),
            max: 60,
          },
        ]),
      );
    }
    return bad > 0 ? 1 : 0;
  },
};
