import * as z from 'zod/mini';
import { ConfigError } from '../internal/configError.ts';
import { CONFIG_LIMITS, FORBIDDEN_KEYS } from '../internal/configShape.ts';

type Issue = z.core.$ZodIssue;

/** A list of at most `CONFIG_LIMITS.items` items. */
export function list<T extends z.core.SomeType>(item: T) {
  return z.array(item).check(z.maxLength(CONFIG_LIMITS.items));
}

/** A text of at most `CONFIG_LIMITS.text` characters. */
export function text() {
  return z.string().check(z.maxLength(CONFIG_LIMITS.text));
}

/** A strict object with the same optional schema under each key. */
export function each(keys: readonly string[], schema: z.ZodMiniType) {
  return z.strictObject(Object.fromEntries(keys.map((key) => [key, z.optional(schema)])));
}

/** `['weeklyHours', 'mon', 0]` → `weeklyHours.mon[0]`, under `root` when given. */
function pathOf(path: readonly PropertyKey[], root: string): string {
  let out = root;
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out;
}

/** The end of a sentence whose subject is the field (the same words as `src/internal/configShape.ts`). */
function problemOf(issue: Issue): string {
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0];
      return `has ${FORBIDDEN_KEYS.includes(key as string) ? 'a forbidden key' : 'an unknown field'} "${key}"`;
    }
    case 'invalid_type':
      return `must be ${
        issue.expected === 'number'
          ? 'a finite number'
          : issue.expected === 'int'
            ? 'an integer'
            : `a ${issue.expected}`
      }`.replace(/a (?=[aeio])/, 'an ');
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_big':
      return issue.origin === 'number'
        ? `must be <= ${issue.maximum}`
        : `must have at most ${issue.maximum} ${issue.origin === 'string' ? 'characters' : 'items'}`;
    case 'too_small': // the schemas here set a minimum on numbers only, never on a length
      return `must be >= ${issue.minimum}`;
    default: // a refinement: every one here has its own message
      return issue.message;
  }
}

/**
 * Validates a configuration against a zod/mini schema and throws a {@link ConfigError} naming the
 * first bad field (an unknown key first: a misspelt key explains a missing one), under `root`
 * (e.g. `policy`); a problem with the whole value names `root`, or `config` when `root` is empty.
 *
 * @example
 * parseConfig(policySchema(), policy, 'evaluateSla', 'policy')
 */
export function parseConfig(schema: z.ZodMiniType, value: unknown, where: string, root: string): void {
  const parsed = schema.safeParse(value);
  if (parsed.success) return;
  const { issues } = parsed.error;
  const issue = (issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0]) as Issue;
  throw new ConfigError(where, pathOf(issue.path, root) || 'config', problemOf(issue));
}
