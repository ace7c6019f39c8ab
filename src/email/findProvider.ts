import { toAsciiDomain } from './idna.ts';
import { EMAIL_PROVIDERS } from './providers.ts';
import type { EmailProvider } from './types.ts';

/** A domain → provider index. */
type ProviderIndex = Map<string, EmailProvider>;

let builtIn: ProviderIndex | undefined;
let custom: WeakMap<readonly EmailProvider[], ProviderIndex> | undefined;

function addRows(index: ProviderIndex, rows: readonly EmailProvider[]): ProviderIndex {
  for (const row of rows) for (const domain of row.domains) index.set(domain, row);
  return index;
}

/** Checks one custom row (a developer's table: a bad row throws a TypeError naming it). */
function normalizeRow(row: EmailProvider, i: number): EmailProvider {
  const domain = (value: unknown, field: string): string => {
    const result = typeof value === 'string' ? toAsciiDomain(value.trim().toLowerCase()) : undefined;
    if (result?.ok !== true)
      throw new TypeError(`support-kit/email: providers[${i}].${field} is not a valid domain`);
    return result.ascii;
  };
  const { id, name, domains, rules = {} } = row ?? {};
  const bad = (field: string) => new TypeError(`support-kit/email: providers[${i}].${field} is invalid`);
  if (typeof id !== 'string' || id === '') throw bad('id');
  if (typeof name !== 'string') throw bad('name');
  if (!Array.isArray(domains)) throw bad('domains');
  if (typeof rules !== 'object' || rules === null) throw bad('rules');
  for (const key of ['subaddress', 'transparent'] as const) {
    const chars = rules[key];
    if (chars !== undefined && (typeof chars !== 'string' || /[.@"\\\s]/.test(chars)))
      throw bad(`rules.${key}`);
  }
  const ascii = domains.map((d, j) => domain(d, `domains[${j}]`));
  const aliasOf = rules.aliasOf === undefined ? undefined : domain(rules.aliasOf, 'rules.aliasOf');
  if (aliasOf !== undefined && !ascii.includes(aliasOf)) throw bad('rules.aliasOf');
  return { id, name, domains: ascii, rules: aliasOf === undefined ? rules : { ...rules, aliasOf } };
}

function buildCustom(rows: readonly EmailProvider[]): ProviderIndex {
  if (!Array.isArray(rows)) throw new TypeError('support-kit/email: providers must be an array');
  const normalized = rows.map(normalizeRow);
  const ids = new Set(normalized.map((row) => row.id));
  const index = addRows(
    new Map(),
    EMAIL_PROVIDERS.filter((row) => !ids.has(row.id)),
  );
  return addRows(index, normalized);
}

/**
 * Finds the provider row of a lower-case ASCII domain: an exact match in the built-in table
 * (built on first use) or in the built-in table overridden by `providers` (rows with the same
 * `id` replace the built-in row; their domains win). Custom tables are checked and indexed once
 * per array: pass the same array every time.
 *
 * @param domain - Lower-case ASCII domain, no trailing dot.
 * @param providers - Custom rows, if any.
 * @returns The row, or `undefined`.
 * @throws TypeError when a custom row is malformed (a programming error, reported once).
 *
 * @example
 * findProvider('googlemail.com')?.id //=> 'gmail'
 */
export function findProvider(
  domain: string,
  providers?: readonly EmailProvider[],
): EmailProvider | undefined {
  let index: ProviderIndex;
  if (providers === undefined) {
    builtIn ??= addRows(new Map(), EMAIL_PROVIDERS);
    index = builtIn;
  } else {
    custom ??= new WeakMap();
    let found = custom.get(providers);
    if (found === undefined) {
      found = buildCustom(providers);
      custom.set(providers, found);
    }
    index = found;
  }
  return index.get(domain);
}

/**
 * Finds the provider of `<label>.<domain>` when that provider has subdomain addressing
 * (Fastmail: `anything@user.fastmail.com` is `user+anything@fastmail.com`). Exactly one extra
 * label: `a.b.fastmail.com` is not matched.
 *
 * @param domain - Lower-case ASCII domain of at least three labels.
 * @param providers - Custom rows, if any.
 * @returns The parent's row, or `undefined`.
 *
 * @example
 * findParentProvider('joe.fastmail.com')?.id //=> 'fastmail'
 */
export function findParentProvider(
  domain: string,
  providers?: readonly EmailProvider[],
): EmailProvider | undefined {
  const dot = domain.indexOf('.');
  if (dot <= 0 || domain.indexOf('.', dot + 1) < 0) return undefined;
  const parent = findProvider(domain.slice(dot + 1), providers);
  return parent?.rules.subdomainAddressing === true ? parent : undefined;
}
