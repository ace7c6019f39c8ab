import type { Readable, Writable } from 'node:stream';

/** Where a command reads and writes; tests pass in-memory streams. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Whether stderr is a terminal (a progress line is shown only then). */
  readonly stderrIsTty: boolean;
  /** Working directory for relative file paths. */
  readonly cwd: string;
}

/** One sub-command of the `support-kit` CLI. */
export interface Command {
  /** The word typed after `support-kit`. */
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The full `--help` text. */
  readonly help: string;
  /**
   * Runs the command with the arguments after its name.
   * Resolves to the exit code: 0 success, 1 bad input, 2 usage error.
   */
  run(argv: readonly string[], io: CliIo): Promise<number>;
}

/** Thrown inside a command for a usage mistake; the runner prints it and exits with 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
