import { UsageError } from './command.ts';

/**
 * Reads `--output` and its alias `--format` (the two may not disagree) and checks the value.
 *
 * @example
 * outputOption({ format: 'table' }, ['jsonl', 'json', 'table'], 'jsonl') //=> 'table'
 */
export function outputOption<Kind extends string>(
  values: { readonly output?: string | undefined; readonly format?: string | undefined },
  allowed: readonly Kind[],
  fallback: Kind,
): Kind {
  const { output, format } = values;
  if (output !== undefined && format !== undefined && output !== format) {
    throw new UsageError(`--output ${output} and --format ${format} disagree; give one of them`);
  }
  const kind = output ?? format ?? fallback;
  if (!(allowed as readonly string[]).includes(kind)) {
    const list = `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}`;
    throw new UsageError(`--output must be ${list}, got "${kind}"`);
  }
  return kind as Kind;
}
