import { foldWidth } from '../internal/width.ts';
import { findParentProvider, findProvider } from './findProvider.ts';
import { toAsciiDomain } from './idna.ts';
import type { EmailProvider } from './types.ts';

/**
 * Options of {@link providerOf}.
 *
 * @example
 * const options: ProviderOfOptions = { providers: [] };
 */
export interface ProviderOfOptions {
  /**
   * Extra provider rows; they override built-in rows with the same `id` or domain.
   * @defaultValue none
   */
  readonly providers?: readonly EmailProvider[];
}

/**
 * Says which provider serves a domain, and which rules {@link canonicalizeEmail} applies there.
 *
 * @remarks
 * The domain may be typed as people type it (upper case, full-width, Unicode, a trailing dot);
 * an address is accepted too (the part after the last `@` is used). Matches are exact, so
 * `gmail.com.example.net` and `google.com` (a Workspace domain) are not Gmail; one extra label
 * before a Fastmail domain is Fastmail subdomain addressing.
 *
 * @param domain - A domain or an address.
 * @param options - See {@link ProviderOfOptions}.
 * @returns The provider row `{ id, name, domains, rules }`, or `null` when none matches or the
 *   domain is invalid.
 *
 * @example
 * providerOf('GoogleMail.com')
 * //=> { id: 'gmail', name: 'Gmail', domains: ['gmail.com', 'googlemail.com'],
 * //     rules: { dots: 'ignored', subaddress: '+', aliasOf: 'gmail.com' } }
 *
 * @example
 * providerOf('example.com') //=> null
 */
export function providerOf(domain: unknown, options?: ProviderOfOptions): EmailProvider | null {
  if (typeof domain !== 'string' || domain.length > 1024) return null;
  let text = foldWidth(domain.trim());
  text = text.slice(text.lastIndexOf('@') + 1);
  const result = toAsciiDomain(text);
  if (!result.ok) return null;
  const providers = options?.providers;
  return (findProvider(result.ascii, providers) ?? findParentProvider(result.ascii, providers))?.row ?? null;
}
