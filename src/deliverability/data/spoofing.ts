/**
 * Mailbox providers whose spoofing filters reject or junk a reply whose From domain is not
 * authorised by the path it was sent on (SPF / DKIM / DMARC).
 * `yahoo-japan`: Yahoo! JAPAN's なりすましメール拒否 rejects outright (warning);
 * `yahoo`: Yahoo Inc. and AOL Mail, which defer or junk unauthenticated mail (info).
 *
 * @example
 * const id: SpoofingProviderId = 'yahoo-japan';
 */
export type SpoofingProviderId = 'yahoo-japan' | 'yahoo';

/**
 * Names of the Yahoo Mail brands (Yahoo! JAPAN's `yahoo.co.jp` included): every known domain
 * (see `domains.ts`) with one of these names is behind a spoofing filter, and so are
 * {@link SPOOFING_EXTRA_DOMAINS}. `yahoo.co.jp` is `yahoo-japan`, the others `yahoo`. Japanese
 * carrier domains (`yahoo.ne.jp`, Y!mobile) get `carrier-filter` instead, never this hint.
 * Space-separated.
 *
 * Sources: Yahoo! JAPAN help a_id 47577 (YJ-1) and its DMARC page (YJ-2); Yahoo Sender Hub
 * (YI-2) and the 2024 sender requirements, which cover "all domains and consumer email brands
 * hosted by Yahoo Mail", AOL included (YI-1).
 *
 * @example
 * SPOOFING_NAMES.split(' ')[0] //=> 'yahoo'
 */
export const SPOOFING_NAMES = 'yahoo ymail rocketmail aol aim';

/**
 * AOL domains behind Yahoo's filter that are not typo targets (not in `domains.ts`).
 * Space-separated.
 *
 * @example
 * SPOOFING_EXTRA_DOMAINS.split(' ') //=> ['aol.fr', 'aol.de']
 */
export const SPOOFING_EXTRA_DOMAINS = 'aol.fr aol.de';
