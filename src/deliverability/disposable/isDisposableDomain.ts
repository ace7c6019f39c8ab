import { CARRIER_DOMAINS } from '../data/carriers.ts';
import { KNOWN_DOMAINS } from '../data/domains.ts';
import { NEVER_DISPOSABLE } from './allowlist.ts';
import { DISPOSABLE_DOMAINS } from './domains.ts';

let listed: Set<string> | undefined;
let allowed: Set<string> | undefined;

/** Lower-case, trimmed, without one trailing root dot; `''` when it cannot be a domain. */
function clean(domain: string): string {
  const lower = domain.trim().toLowerCase();
  const bare = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  return bare.length <= 253 && /^[a-z0-9.-]+$/.test(bare) ? bare : '';
}

/**
 * Whether a domain belongs to a disposable (throwaway) mail service: the domain or one of its
 * parents is in the shipped list, and neither is a real provider, carrier or relay.
 *
 * @remarks
 * The list is disposable-email-domains/disposable-email-domains (CC0), generated into
 * `domains.ts` by `scripts/build-disposable.mjs` without the typo domains of real providers
 * (`gmial.com` is a typo, reported as `typo-domain`, not a throwaway service). Subdomains match
 * through their parents (`x.mailinator.com`). Real providers, Japanese carriers and privacy
 * relays (`duck.com`, `mozmail.com`, `privaterelay.appleid.com`) are never disposable. Expects
 * the ASCII (punycode) form; anything else is `false`. The list is indexed on the first call.
 *
 * @param domain - The part after `@` (case and one trailing dot are ignored).
 * @returns `true` when the domain is disposable.
 *
 * @example
 * isDisposableDomain('mailinator.com') //=> true
 * @example
 * isDisposableDomain('inbox.mailinator.com') //=> true
 * @example
 * isDisposableDomain('duck.com') //=> false
 */
export function isDisposableDomain(domain: string): boolean {
  if (typeof domain !== 'string' || domain.length > 1024) return false;
  const name = clean(domain);
  if (name === '') return false;
  listed ??= new Set(DISPOSABLE_DOMAINS.split('\n'));
  allowed ??= new Set([
    ...NEVER_DISPOSABLE,
    ...KNOWN_DOMAINS.map(([known]) => known),
    ...CARRIER_DOMAINS.map(([carrier]) => carrier),
  ]);
  for (let at = -1; ; ) {
    const candidate = name.slice(at + 1);
    if (!candidate.includes('.')) return false;
    if (allowed.has(candidate)) return false;
    if (listed.has(candidate)) return true;
    at = name.indexOf('.', at + 1);
    if (at < 0) return false;
  }
}
