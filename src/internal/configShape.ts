import { ConfigError } from './configError.ts';

/**
 * Size limits of developer configuration, far above any real configuration: a list longer or a
 * text longer than these is refused as a mistake (a generated file gone wrong, input from the
 * wrong place), so that no configuration can make support-kit slow or eat memory.
 */
export const CONFIG_LIMITS = {
  /** Items in one list, keys in one object (holidays, closures, warnAt, channels, provider rows…). */
  items: 10_000,
  /** Characters in one text (an id, a name, a description, a channel, a time zone). */
  text: 1_000,
  /** Domains in a custom provider table, all rows together. */
  domains: 100_000,
} as const;

/**
 * Keys that could reach `Object.prototype` or a constructor when a configuration is merged or
 * indexed: never accepted, whether written as a computed key or made by `JSON.parse`.
 */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/**
 * Checks that `value` is a string (`max` characters at most) or an array (`max` items at most).
 *
 * @example
 * checkSized(row.domains, 'array', CONFIG_LIMITS.items, 'support-kit/email', 'providers[0].domains')
 */
export function checkSized(
  value: unknown,
  kind: 'string' | 'array',
  max: number,
  where: string,
  field: string,
): asserts value is string | readonly unknown[] {
  const array = kind === 'array';
  if (array ? !Array.isArray(value) : typeof value !== 'string') {
    throw new ConfigError(where, field, `must be a${array ? 'n' : ''} ${kind}`);
  }
  if ((value as string).length > max) {
    throw new ConfigError(where, field, `must have at most ${max} ${array ? 'items' : 'characters'}`);
  }
}

/**
 * Checks that `value` is a plain object (not an array, not `null`) of at most
 * `CONFIG_LIMITS.items` keys, none forbidden, all in `known` unless `known` is `null`.
 *
 * @example
 * checkObject(row, ['id', 'name', 'domains', 'rules'], 'support-kit/email', 'providers[0]')
 */
export function checkObject(
  value: unknown,
  known: readonly string[] | null,
  where: string,
  field: string,
): asserts value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(where, field, 'must be an object');
  }
  const keys = Object.keys(value);
  if (keys.length > CONFIG_LIMITS.items) {
    throw new ConfigError(where, field, `must have at most ${CONFIG_LIMITS.items} keys`);
  }
  for (const key of keys) {
    const problem = FORBIDDEN_KEYS.includes(key)
      ? 'has a forbidden key'
      : known?.includes(key) === false
        ? 'has an unknown field'
        : '';
    if (problem) throw new ConfigError(where, field, `${problem} "${key}"`);
  }
}
