import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/command.ts';

/** In-memory streams for calling a command's `run` in tests; read `out()` / `err()` afterwards. */
export function memoryIo(stdin = '', options: { stderrIsTty?: boolean; cwd?: string } = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: '', err: '' };
  stdout.on('data', (chunk: Buffer) => {
    chunks.out += chunk.toString('utf8');
  });
  stderr.on('data', (chunk: Buffer) => {
    chunks.err += chunk.toString('utf8');
  });
  const io: CliIo = {
    stdin: Readable.from([stdin]),
    stdout,
    stderr,
    stderrIsTty: options.stderrIsTty ?? false,
    cwd: options.cwd ?? process.cwd(),
  };
  return { io, out: () => chunks.out, err: () => chunks.err };
}

/** Writes a file into a fresh temporary folder and returns its path. */
export function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'support-kit-cli-')), name);
  writeFileSync(path, content);
  return path;
}
