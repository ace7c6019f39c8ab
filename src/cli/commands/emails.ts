import { parseArgs } from 'node:util';
import { type CanonicalizeEmailResult, canonicalizeEmail } from '../../email/index.ts';
import type { Locale } from '../../internal/diagnostic.ts';
import { type CliIo, type Command, UsageError } from '../command.ts';
import { readLines, write } from '../io.ts';
import { outputOption } from '../outputOption.ts';
import { fixedWidthLine, printable } from '../table.ts';

const HELP = `Usage: support-kit emails [file|-] [options]

Canonicalizes e-mail addresses, one per line or one column of a CSV file, and says which
provider each belongs to (Gmail dots and +tags, googlemail.com, Outlook +tags, Yahoo! JAPAN,
iCloud, Proton, Fastmail, Yandex, Japanese carriers…). Store and mail the address as typed;
use "canonical" only as a unique key. Rows that cannot be parsed are reported, never dropped.

Arguments:
  file                  a text file (one address per line) or a CSV file with a header row;
                        "-" or nothing reads stdin

Options:
  --column <name>       the CSV column holding the address (default: "email", else the first
                        column); implies CSV input
  --csv                 read CSV even when the file name does not end in .csv
  --dedupe              at the end, list the groups of rows that reach the same mailbox
  --output <kind>       jsonl (default), json or table (alias: --format)
  --locale <en|ja>      language of the messages (default en)
  --lowercase-unknown   lower-case the local part at unknown domains too
  --heuristic <name>    switch on a heuristic rule: yahoo-disposable, au-ezweb (repeatable)
  -h, --help            show this help

Output (jsonl): one object per row
  {"line":2,"input":"Taro.Yamada+shop@gmail.com","ok":true,"address":"Taro.Yamada+shop@gmail.com",
   "canonical":"taroyamada@gmail.com","provider":"gmail","notes":[]}
  {"line":3,"input":"taro@","ok":false,"error":{"code":"empty-domain","message":"…","action":"…"}}
and with --dedupe, after the rows, one object per group of two or more rows:
  {"duplicate":"taroyamada@gmail.com","count":2,"rows":[{"line":2,"input":"…"},{"line":9,"input":"…"}]}

Examples:
  support-kit emails signups.csv --dedupe --output table
  cut -d, -f3 users.csv | support-kit emails - --locale ja

Exit codes: 0 every row is an address, 1 some row was refused or the file cannot be read,
2 usage error.`;

/** One processed row. */
interface Row {
  readonly line: number;
  readonly input: string;
  readonly result: CanonicalizeEmailResult;
}

function toJson(row: Row): object {
  const { result } = row;
  return result.ok
    ? {
        line: row.line,
        input: row.input,
        ok: true,
        address: result.address,
        canonical: result.canonical,
        provider: result.provider?.id ?? null,
        notes: result.notes.map((note) => ({ code: note.code, message: note.message })),
      }
    : {
        line: row.line,
        input: row.input,
        ok: false,
        error: { code: result.error.code, message: result.error.message, action: result.error.action },
      };
}

/**
 * Splits one CSV record (RFC 4180: `,` separators, `"` quoting with `""` escapes). Returns
 * `undefined` when a quoted field is still open at the end of the line (the record continues).
 */
export function splitCsv(record: string): string[] | undefined {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < record.length; i++) {
    const c = record[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (record[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  if (quoted) return undefined;
  fields.push(field);
  return fields;
}

/** The rows of the input: `{ line, input }`, one per address line or CSV record. */
async function* rows(
  source: string | undefined,
  csv: boolean,
  column: string | undefined,
  io: CliIo,
): AsyncGenerator<{ readonly line: number; readonly input: string }> {
  let line = 0;
  let index = -1;
  let pending = '';
  let startLine = 0;
  for await (const text of readLines(source, io)) {
    line++;
    if (!csv) {
      if (text.trim() !== '') yield { line, input: text };
      continue;
    }
    if (pending === '') startLine = line;
    const record = pending === '' ? text : `${pending}\n${text}`;
    const fields = splitCsv(record);
    if (fields === undefined) {
      pending = record;
      continue;
    }
    pending = '';
    if (index < 0) {
      const names = fields.map((name, i) =>
        (i === 0 ? name.replace(/^\uFEFF/, '') : name).trim().toLowerCase(),
      );
      index =
        column === undefined
          ? Math.max(0, names.indexOf('email'))
          : names.indexOf(column.trim().toLowerCase());
      if (index < 0) throw new UsageError(`no column "${column}" in the CSV header (${names.join(', ')})`);
      continue;
    }
    if (fields.length === 1 && fields[0]?.trim() === '') continue;
    yield { line: startLine, input: fields[index] ?? '' };
  }
  if (pending !== '') yield { line: startLine, input: pending };
}

const TABLE_COLUMNS = [
  { header: '#', width: 5 },
  { header: 'input', width: 34 },
  { header: 'ok', width: 3 },
  { header: 'canonical', width: 34 },
  { header: 'provider', width: 11 },
  { header: 'notes / error', width: 60 },
] as const;

function tableLine(cells: readonly string[]): string {
  return fixedWidthLine(cells, TABLE_COLUMNS);
}

function tableRow(row: Row): string {
  const { result } = row;
  return result.ok
    ? tableLine([
        String(row.line),
        row.input,
        'yes',
        result.canonical,
        result.provider?.id ?? '',
        result.notes.map((note) => note.code).join(', '),
      ])
    : tableLine([String(row.line), row.input, 'NO', '', '', `${result.error.code}: ${result.error.message}`]);
}

/** `support-kit emails`: canonical mailbox keys for a list of addresses. */
export const emailsCommand: Command = {
  name: 'emails',
  summary: 'canonical mailbox keys (and duplicates) for a list of e-mail addresses',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        column: { type: 'string' },
        csv: { type: 'boolean' },
        dedupe: { type: 'boolean' },
        output: { type: 'string' },
        format: { type: 'string' },
        locale: { type: 'string', default: 'en' },
        'lowercase-unknown': { type: 'boolean' },
        heuristic: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      await write(io.stdout, `${HELP}\n`);
      return 0;
    }
    const output = outputOption(values, ['jsonl', 'json', 'table'], 'jsonl');
    if (values.locale !== 'en' && values.locale !== 'ja') throw new UsageError('--locale must be en or ja');
    if (positionals.length > 1) throw new UsageError('give one file (or "-" for stdin)');
    const heuristics = values.heuristic ?? [];
    for (const name of heuristics) {
      if (name !== 'yahoo-disposable' && name !== 'au-ezweb') {
        throw new UsageError(`--heuristic must be yahoo-disposable or au-ezweb, got "${name}"`);
      }
    }
    const locale: Locale = values.locale;
    const options = {
      locale,
      lowercaseUnknownLocal: values['lowercase-unknown'] === true,
      heuristics: {
        yahooDisposable: heuristics.includes('yahoo-disposable'),
        auEzweb: heuristics.includes('au-ezweb'),
      },
    };
    const source = positionals[0];
    const csv =
      values.csv === true || values.column !== undefined || (source?.toLowerCase().endsWith('.csv') ?? false);
    const groups = values.dedupe === true ? new Map<string, { line: number; input: string }[]>() : undefined;
    let refused = 0;
    let count = 0;
    let first = true;
    // The JSON opening or the table header waits for the first row (or the end), so that a file
    // that cannot be read, or a --column the header lacks, leaves nothing on stdout.
    let opened = false;
    const open = async (): Promise<void> => {
      if (opened) return;
      opened = true;
      if (output === 'json') await write(io.stdout, '{"rows":[');
      if (output === 'table') await write(io.stdout, tableLine(TABLE_COLUMNS.map((c) => c.header)));
    };
    try {
      for await (const { line, input } of rows(source, csv, values.column, io)) {
        await open();
        const row: Row = { line, input, result: canonicalizeEmail(input, options) };
        count++;
        if (!row.result.ok) refused++;
        else if (groups !== undefined) {
          const group = groups.get(row.result.canonical);
          if (group === undefined) groups.set(row.result.canonical, [{ line, input }]);
          else group.push({ line, input });
        }
        if (output === 'table') await write(io.stdout, tableRow(row));
        else {
          const json = JSON.stringify(toJson(row));
          await write(io.stdout, output === 'jsonl' ? `${json}\n` : `${first ? '' : ','}\n${json}`);
        }
        first = false;
        if (io.stderrIsTty && count % 10000 === 0) io.stderr.write(`\r${count} rows`);
      }
    } catch (error) {
      if (error instanceof UsageError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      await write(io.stderr, `support-kit emails: cannot read ${source ?? 'stdin'}: ${reason}\n`);
      return 1;
    }
    if (io.stderrIsTty && count >= 10000) io.stderr.write('\n');
    await open();
    const duplicates = [...(groups ?? new Map()).entries()]
      .filter(([, members]) => members.length > 1)
      .map(([canonical, members]) => ({ duplicate: canonical, count: members.length, rows: members }));
    if (output === 'jsonl') {
      for (const group of duplicates) await write(io.stdout, `${JSON.stringify(group)}\n`);
    } else if (output === 'json') {
      const tail = groups === undefined ? '' : `,"duplicates":${JSON.stringify(duplicates)}`;
      await write(io.stdout, `\n]${tail}}\n`);
    } else if (groups !== undefined) {
      await write(io.stdout, `\n${duplicates.length} group(s) of rows reaching the same mailbox\n`);
      for (const group of duplicates) {
        await write(io.stdout, `\n${group.duplicate} (${group.count} rows)\n`);
        for (const member of group.rows)
          await write(io.stdout, `  #${member.line}  ${printable(member.input)}\n`);
      }
    }
    return refused > 0 ? 1 : 0;
  },
};
