import { parseArgs } from 'node:util';
import type { Locale } from '../../internal/diagnostic.ts';
import { type SanitizeCodeResult, sanitizeCode } from '../../sanitize/index.ts';
import { type CliIo, type Command, UsageError } from '../command.ts';
import { parseFormatSpec } from '../formatSpec.ts';
import { readLines, write } from '../io.ts';
import { renderTable } from '../table.ts';

const HELP = `Usage: support-kit code --format <spec> [options] [code ...|-]

Cleans codes typed or pasted by people (coupon, serial, verification codes) and explains
every change: white space of every kind, zero-width characters, full-width digits and
letters typed with the IME on, 【】「」 brackets and quotes, ー and dashes between groups,
case, O/0 and I/1 where the alphabet makes it unambiguous, and checksums.

Arguments:
  code ...              codes to clean; "-" (or no code and a --file) reads one per line

Options:
  --format <spec>       the code's format (required): an alphabet (digits, alnum, crockford,
                        hex, chars=ABC123) and optionally length=N or length=N-M, group=N,
                        checksum=luhn|crockford, case-sensitive; comma-separated.
                        Or JSON: '{"alphabet":"digits","length":6}'
  --file <path>         read codes from a file, one per line
  --output <kind>       jsonl (default), json or table
  --locale <en|ja>      language of the messages (default en)
  -h, --help            show this help

Examples:
  support-kit code --format digits,length=8 '【１２３４ー５６７８】'
  support-kit code --format crockford,checksum=crockford --output table --file codes.txt

Exit codes: 0 every code is valid, 1 some code was refused, 2 usage error.`;

interface Row {
  readonly line: number;
  readonly input: string;
  readonly result: SanitizeCodeResult;
}

function toJson(row: Row): object {
  const { result } = row;
  const changes = result.changes.map((change) => change.code);
  return result.ok
    ? {
        line: row.line,
        input: row.input,
        ok: true,
        value: result.value,
        formatted: result.formatted,
        changes,
      }
    : {
        line: row.line,
        input: row.input,
        ok: false,
        error: { code: result.error.code, message: result.error.message, action: result.error.action },
        changes,
      };
}

async function* inputs(
  codes: readonly string[],
  file: string | undefined,
  io: CliIo,
): AsyncGenerator<string> {
  if (file !== undefined) yield* readLines(file, io);
  for (const code of codes) {
    if (code === '-') yield* readLines('-', io);
    else yield code;
  }
}

/** `support-kit code`: clean and validate codes. */
export const codeCommand: Command = {
  name: 'code',
  summary: 'clean and validate codes typed or pasted by people',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        file: { type: 'string' },
        output: { type: 'string', default: 'jsonl' },
        locale: { type: 'string', default: 'en' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      await write(io.stdout, `${HELP}\n`);
      return 0;
    }
    if (values.format === undefined)
      throw new UsageError('--format is required (e.g. --format digits,length=6)');
    if (values.output !== 'jsonl' && values.output !== 'json' && values.output !== 'table') {
      throw new UsageError(`--output must be jsonl, json or table, got "${values.output}"`);
    }
    if (values.locale !== 'en' && values.locale !== 'ja') throw new UsageError(`--locale must be en or ja`);
    if (positionals.length === 0 && values.file === undefined) {
      throw new UsageError('give a code, "-" to read stdin, or --file <path>');
    }
    const format = parseFormatSpec(values.format);
    const locale: Locale = values.locale;
    const collected: Row[] = [];
    let line = 0;
    let refused = 0;
    for await (const input of inputs(positionals, values.file, io)) {
      line++;
      const row = { line, input, result: sanitizeCode(input, format, { locale }) };
      if (!row.result.ok) refused++;
      if (values.output === 'jsonl') await write(io.stdout, `${JSON.stringify(toJson(row))}\n`);
      else collected.push(row);
    }
    if (values.output === 'json')
      await write(io.stdout, `${JSON.stringify(collected.map(toJson), null, 2)}\n`);
    if (values.output === 'table') {
      await write(
        io.stdout,
        renderTable(collected, [
          { header: '#', value: (row) => String(row.line) },
          { header: 'input', value: (row) => row.input, max: 28 },
          { header: 'ok', value: (row) => (row.result.ok ? 'yes' : 'NO') },
          {
            header: 'value',
            value: (row) => (row.result.ok ? (row.result.formatted ?? row.result.value) : ''),
          },
          {
            header: 'what happened',
            value: (row) =>
              row.result.ok
                ? row.result.changes.map((change) => change.code).join(', ')
                : `${row.result.error.code}: ${row.result.error.message}`,
            max: 90,
          },
        ]),
      );
    }
    return refused > 0 ? 1 : 0;
  },
};
