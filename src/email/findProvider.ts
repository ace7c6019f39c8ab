import { toAsciiDomain } from './idna.ts';
import { EMAIL_PROVIDERS } from './providers.ts';
import type { EmailProvider, ProviderRules } from './types.ts';

/**
 * A provider row prepared for lookups: every rule is present (defaults filled in), so every
 * entry has the same shape and the hot path reads its fields without megamorphic lookups.
 */
export interface ProviderEntry {
  readonly dots: ProviderRules['dots'];
  readonly subaddress: string | undefined;
  readonly transparent: string | undefined;
  readonly aliasOf: string | undefined;
  readonly subdomainAddressing: boolean | undefined;
  readonly rfcViolatingLocal: boolean | undefined;
  readonly caseSensitive: boolean | undefined;
  readonly disposableKeyword: boolean | undefined;
  readonly heuristicAlias: ProviderRules['heuristicAlias'];
  /** The row as given (what `providerOf` returns). */
  readonly row: EmailProvider;
  /** `{ id, name }` for results, built once and shared (frozen). */
  readonly provider: { readonly id: string; readonly name: string };
}

/** A domain → provider index. */
type ProviderIndex = Map<string, ProviderEntry>;

/** Rule defaults, in one fixed key order (see {@link ProviderEntry}). */
const DEFAULTS = {
  dots: 'significant',
  subaddress: '',
  transparent: '',
  aliasOf: undefined,
  subdomainAddressing: false,
  rfcViolatingLocal: false,
  caseSensitive: false,
  disposableKeyword: false,
  heuristicAlias: undefined,
} as const;

let builtIn: ProviderIndex | undefined;
let custom: WeakMap<readonly EmailProvider[], ProviderIndex> | undefined;

function addRows(index: ProviderIndex, rows: readonly EmailProvider[]): ProviderIndex {
  for (const row of rows) {
    const provider = Object.freeze({ id: row.id, name: row.name });
    const entry: ProviderEntry = { ...DEFAULTS, ...row.rules, row, provider };
    for (const domain of row.domains) index.set(domain, entry);
  }
  return index;
}

/** Checks one custom row (a developer's table: a bad row throws a TypeError naming it). */
function normalizeRow(row: EmailProvider, i: number): EmailProvider {
  const bad = (field: string) => new TypeError(`support-kit/email: providers[${i}].${field} is invalid`);
  const domain = (value: unknown, field: string): string => {
    const result = typeof value === 'string' ? toAsciiDomain(value.trim().toLowerCase()) : undefined;
    if (result?.ok !== true)
      throw new TypeError(`support-kit/email: providers[${i}].${field} is not a valid domain`);
    return result.ascii;
  };
  const { id, name, domains, rules = {} } = row ?? {};
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
 * Finds the provider of a lower-case ASCII domain: an exact match in the built-in table (indexed
 * on first use) or in the built-in table overridden by `providers` (rows with the same `id`
 * replace the built-in row; their domains win). Custom tables are checked and indexed once per
 * array: pass the same array every time.
 *
 * @param domain - Lower-case ASCII domain, no trailing dot.
 * @param providers - Custom rows, if any.
 * @returns The provider's entry, or `undefined`.
 * @throws TypeError when a custom row is malformed (a programming error, reported once).
 *
 * @example
 * findProvider('googlemail.com')?.row.id //=> 'gmail'
 */
export function findProvider(
  domain: string,
  providers?: readonly EmailProvider[],
): ProviderEntry | undefined {
  if (providers === undefined) {
    builtIn ??= addRows(new Map(), EMAIL_PROVIDERS);
    return builtIn.get(domain);
  }
  custom ??= new WeakMap();
  let index = custom.get(providers);
  if (index === undefined) {
    index = buildCustom(providers);
    custom.set(providers, index);
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
 * @returns The parent's entry, or `undefined`.
 *
 * @example
 * findParentProvider('joe.fastmail.com')?.row.id //=> 'fastmail'
 */
export function findParentProvider(
  domain: string,
  providers?: readonly EmailProvider[],
): ProviderEntry | undefined {
  const dot = domain.indexOf('.');
  if (dot <= 0 || domain.indexOf('.', dot + 1) < 0) return undefined;
  const parent = findProvider(domain.slice(dot + 1), providers);
  return parent?.subdomainAddressing === true ? parent : undefined;
}
