import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { isConfigError } from '../sla/index.ts';
import { type CliIo, type Command, UsageError } from './command.ts';
import { codeCommand } from './commands/code.ts';
import { emailsCommand } from './commands/emails.ts';
import { slaCommand } from './commands/sla.ts';
import { triageCommand } from './commands/triage.ts';

/** Every sub-command, in the order `--help` lists them. */
const COMMANDS: readonly Command[] = [triageCommand, codeCommand, emailsCommand, slaCommand];

function version(): string {
  // dist/cli.js sits one level below package.json, as src/cli/main.ts sits two levels below.
  const require = createRequire(import.meta.url);
  for (const path of ['../package.json', '../../package.json']) {
    try {
      return (require(path) as { version: string }).version;
    } catch {}
  }
  return 'unknown';
}

function help(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return `Usage: support-kit <command> [options]

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')}

Options:
  -h, --help     show this help (or a command's: support-kit <command> --help)
  -v, --version  print the version

Exit codes: 0 success, 1 bad input (the message names the line), 2 usage error.`;
}

/** Runs the CLI with the arguments after `support-kit`; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const command = COMMANDS.find((candidate) => candidate.name === name);
  try {
    if (command !== undefined) return await command.run(rest, io);
    const { values } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' } },
    });
    if (values.version) {
      io.stdout.write(`${version()}\n`);
      return 0;
    }
    if (values.help) {
      io.stdout.write(`${help()}\n`);
      return 0;
    }
    throw new UsageError(name === undefined ? 'no command given' : `unknown command "${name}"`);
  } catch (error) {
    const usage =
      error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (usage) {
      io.stderr.write(`support-kit: ${(error as Error).message}\n\n${command?.help ?? help()}\n`);
      return 2;
    }
    // A bad --format spec, policy or calendar file: the library names the field.
    if (isConfigError(error)) {
      io.stderr.write(`support-kit: ${(error as Error).message}\n`);
      return 2;
    }
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      io.stderr.write(`support-kit: ${(error as Error).message}\n`);
      return 1;
    }
    throw error;
  }
}
