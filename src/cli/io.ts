import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { CliIo } from './command.ts';

/**
 * Reads lines one at a time (constant memory) from a file, or from stdin when `source` is `-`
 * or absent. Line endings (LF or CRLF) are not part of the lines.
 */
export async function* readLines(source: string | undefined, io: CliIo): AsyncGenerator<string> {
  const stream: Readable =
    source === undefined || source === '-' ? io.stdin : createReadStream(resolve(io.cwd, source));
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) yield line;
}

/** Writes a string, waiting when the stream asks for it (so huge outputs stay in constant memory). */
export function write(stream: CliIo['stdout'], text: string): Promise<void> | undefined {
  if (stream.write(text)) return undefined;
  return new Promise((done) => stream.once('drain', () => done()));
}
