import { Resolver } from 'node:dns/promises';
import { domainToASCII } from 'node:url';
import type { DnsFacts, MxRecord } from '../deliverability/index.ts';

/**
 * The resolver calls {@link lookupDnsFacts} makes; `node:dns/promises` `Resolver` has them.
 * Pass your own to use other servers, or a fake in tests.
 *
 * @example
 * const fake: DnsResolverLike = {
 *   resolveMx: async () => [], resolve4: async () => ['192.0.2.1'], resolve6: async () => [],
 * };
 */
export interface DnsResolverLike {
  resolveMx(hostname: string): Promise<readonly MxRecord[]>;
  resolve4(hostname: string): Promise<readonly string[]>;
  resolve6(hostname: string): Promise<readonly string[]>;
  /** Cancels outstanding queries (called when the overall time runs out). */
  cancel?(): void;
}

/**
 * Options of {@link lookupDnsFacts}.
 *
 * @example
 * const options: LookupDnsFactsOptions = { timeoutMs: 2000 };
 */
export interface LookupDnsFactsOptions {
  /**
   * Time allowed for the whole lookup (MX, then A/AAAA); what is not answered by then stays
   * unknown.
   * @defaultValue `5000`
   */
  readonly timeoutMs?: number | undefined;
  /**
   * The resolver to query.
   * @defaultValue a new `node:dns/promises` `Resolver` with `timeout: timeoutMs, tries: 2`
   */
  readonly resolver?: DnsResolverLike | undefined;
}

/** A query that did not give an answer: which one and the resolver's error code. */
export interface DnsLookupProblem {
  readonly query: 'MX' | 'A' | 'AAAA' | 'input';
  /** `ETIMEOUT`, `ESERVFAIL`, `ECONNREFUSED`…, `timeout` (our overall limit) or `invalid-domain`. */
  readonly code: string;
}

/**
 * What {@link lookupDnsFacts} found: {@link DnsFacts} (pass it as `deliverabilityHints(…, { dns })`)
 * plus the problems met. A fact that could not be learned is left out, so no hint is drawn from it.
 *
 * @example
 * const facts: LookupDnsFactsResult = { domain: 'example.com', mx: [{ exchange: '', priority: 0 }], problems: [] };
 */
export interface LookupDnsFactsResult extends DnsFacts {
  /** The domain looked up: lower-case ASCII (punycode). */
  readonly domain: string;
  readonly problems: readonly DnsLookupProblem[];
}

/** One DNS label: 1–63 letters, digits, hyphens or underscores. */
const LABEL = /^[a-z0-9_-]{1,63}$/;

/** Codes that mean "this name has no such record" rather than "no answer". */
const NO_DATA: readonly string[] = ['ENODATA', 'ENOTFOUND', 'ENONAME'];

interface Answer<T> {
  readonly value?: T;
  readonly code?: string;
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'EUNKNOWN';
}

async function ask<T>(query: () => Promise<T>): Promise<Answer<T>> {
  try {
    return { value: await query() };
  } catch (error) {
    return { code: codeOf(error) };
  }
}

/** Resolves to `undefined` after `ms`, and can be cleared. */
function deadline(ms: number): { readonly promise: Promise<undefined>; readonly clear: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return { promise, clear: () => clearTimeout(timer) };
}

async function lookup(
  domain: string,
  resolver: DnsResolverLike,
  problems: DnsLookupProblem[],
): Promise<LookupDnsFactsResult> {
  const mx = await ask(() => resolver.resolveMx(domain));
  if (mx.value !== undefined && mx.value.length > 0) {
    return { domain, mx: mx.value.map(({ exchange, priority }) => ({ exchange, priority })), problems };
  }
  if (mx.code === 'ENOTFOUND' || mx.code === 'ENONAME') {
    return { domain, mx: [], hasAddress: false, nxdomain: true, problems };
  }
  if (mx.code !== undefined && !NO_DATA.includes(mx.code)) {
    problems.push({ query: 'MX', code: mx.code });
    return { domain, problems };
  }
  // No MX: RFC 5321 §5.1 falls back to the address records.
  const [a, aaaa] = await Promise.all([
    ask(() => resolver.resolve4(domain)),
    ask(() => resolver.resolve6(domain)),
  ]);
  const found = (a.value?.length ?? 0) > 0 || (aaaa.value?.length ?? 0) > 0;
  const failed = [
    ['A', a.code],
    ['AAAA', aaaa.code],
  ] as const;
  for (const [query, code] of failed) {
    if (code !== undefined && !NO_DATA.includes(code)) problems.push({ query, code });
  }
  const known = found || problems.length === 0;
  return known ? { domain, mx: [], hasAddress: found, problems } : { domain, mx: [], problems };
}

/**
 * Looks up what DNS says about a mail domain — MX records, an RFC 7505 null MX, and the A/AAAA
 * fallback of RFC 5321 §5.1 when there is no MX — shaped to feed
 * `deliverabilityHints(address, { dns })` from `support-kit/deliverability`.
 *
 * @remarks
 * Node only (`node:dns/promises`). Never throws and never waits longer than `timeoutMs`: a
 * query that fails or times out leaves its fact out (so no hint is drawn from it) and is listed
 * in `problems`. NXDOMAIN sets `nxdomain: true`. Unicode domains are converted to punycode.
 *
 * @param domain - The domain (the part after `@`).
 * @param options - See {@link LookupDnsFactsOptions}.
 * @returns The facts found and the problems met.
 *
 * @example
 * await lookupDnsFacts('gmail.com')
 * //=> { domain: 'gmail.com', mx: [{ exchange: 'gmail-smtp-in.l.google.com', priority: 5 }, …], problems: [] }
 * @example
 * await lookupDnsFacts('example.com')
 * //=> { domain: 'example.com', mx: [{ exchange: '', priority: 0 }], problems: [] } (null MX)
 */
export async function lookupDnsFacts(
  domain: string,
  options?: LookupDnsFactsOptions,
): Promise<LookupDnsFactsResult> {
  const timeoutMs = options?.timeoutMs ?? 5000;
  const trimmed = typeof domain === 'string' && domain.length <= 1024 ? domain.trim().replace(/\.$/, '') : '';
  const ascii = trimmed === '' ? '' : domainToASCII(trimmed);
  if (!ascii.includes('.') || ascii.length > 253 || !ascii.split('.').every((label) => LABEL.test(label))) {
    return { domain: ascii, problems: [{ query: 'input', code: 'invalid-domain' }] };
  }
  const resolver =
    options?.resolver ?? new Resolver({ timeout: Math.max(1, Math.floor(timeoutMs / 2)), tries: 2 });
  const problems: DnsLookupProblem[] = [];
  const limit = deadline(timeoutMs);
  try {
    const result = await Promise.race([lookup(ascii, resolver, problems), limit.promise]);
    if (result !== undefined) return result;
    resolver.cancel?.();
    return { domain: ascii, problems: [...problems, { query: 'MX', code: 'timeout' }] };
  } finally {
    limit.clear();
  }
}
