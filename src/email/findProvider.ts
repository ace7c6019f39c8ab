import { ConfigError } from '../internal/configError.ts';
import { CONFIG_LIMITS, checkObject, checkSized } from '../internal/configShape.ts';
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

const WHERE = 'support-kit/email';

/** The lower-case ASCII form of a domain written in a custom row, or a ConfigError naming it. */
function domainOf(value: unknown, field: string): string {
  const result = typeof value === 'string' ? toAsciiDomain(value.trim().toLowerCase()) : undefined;
  if (result?.ok !== true) throw new ConfigError(WHERE, field, 'is not a valid domain');
  return result.ascii;
}

/**
 * Checks one custom row strictly (a developer's table: a bad row throws a ConfigError naming the
 * field) and returns a copy with its domains in lower-case ASCII. `budget` is how many domains
 * the table may still add.
 */
function normalizeRow(row: unknown, i: number, budget: number): EmailProvider {
  const at = `providers[${i}]`;
  checkObject(row, ['id', 'name', 'domains', 'rules'], WHERE, at);
  const { id, name, domains, rules = {} } = row;
  checkSized(id, 'string', CONFIG_LIMITS.text, WHERE, `${at}.id`);
  checkSized(name, 'string', CONFIG_LIMITS.text, WHERE, `${at}.name`);
  checkSized(domains, 'array', budget, WHERE, `${at}.domains`);
  checkObject(rules, Object.keys(DEFAULTS), WHERE, `${at}.rules`);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rules)) {
    const field = `${at}.rules.${key}`;
    const kind = typeof DEFAULTS[key as keyof typeof DEFAULTS];
    if (value === undefined) continue;
    if (kind !== 'undefined' && typeof value !== kind)
      throw new ConfigError(WHERE, field, `must be a ${kind}`);
    if (key === 'dots' && !['significant', 'ignored', 'hyphen'].includes(value as string)) {
      throw new ConfigError(WHERE, field, 'must be significant, ignored or hyphen');
    }
    if (
      kind === 'string' &&
      key !== 'dots' &&
      ((value as string).length > 32 || /[.@"\\\s]/.test(value as string))
    ) {
      throw new ConfigError(WHERE, field, 'must be 32 characters at most, none of . @ " \\ or space');
    }
    if (key === 'heuristicAlias') checkObject(value, null, WHERE, field);
    out[key] =
      key === 'aliasOf'
        ? domainOf(value, field)
        : key === 'heuristicAlias'
          ? Object.fromEntries(
              Object.entries(value as object).map(([from, to]) => [
                domainOf(from, `${field}["${from}"]`),
                domainOf(to, `${field}["${from}"]`),
              ]),
            )
          : value;
  }
  if (id === '') throw new ConfigError(WHERE, `${at}.id`, 'must not be empty');
  const ascii = (domains as unknown[]).map((d, j) => domainOf(d, `${at}.domains[${j}]`));
  if (out.aliasOf !== undefined && !ascii.includes(out.aliasOf as string)) {
    throw new ConfigError(WHERE, `${at}.rules.aliasOf`, "must be one of the row's domains");
  }
  return { id: id as string, name: name as string, domains: ascii, rules: out as ProviderRules };
}

function buildCustom(rows: readonly EmailProvider[]): ProviderIndex {
  checkSized(rows, 'array', CONFIG_LIMITS.items, WHERE, 'providers');
  let budget = CONFIG_LIMITS.domains;
  const normalized = rows.map((row, i) => {
    const checked = normalizeRow(row, i, budget);
    budget -= checked.domains.length;
    return checked;
  });
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
 * array: pass the same array every time (and do not change it afterwards).
 *
 * @param domain - Lower-case ASCII domain, no trailing dot.
 * @param providers - Custom rows, if any.
 * @returns The provider's entry, or `undefined`.
 * @throws `ConfigError` (a `TypeError`) when the custom table is malformed, naming the field (a
 * programming error, reported once).
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
