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
 * Domains of {@link SpoofingProviderId} providers, exact match, `[domain, provider]`.
 * Japanese carrier domains are not here: their filters are covered by `carrier-filter`.
 *
 * Sources: Yahoo! JAPAN help a_id 47577 (YJ-1) and its DMARC page (YJ-2); Yahoo Sender Hub
 * (YI-2) and the 2024 sender requirements, which cover "all domains and consumer email brands
 * hosted by Yahoo Mail", AOL included (YI-1).
 *
 * @example
 * SPOOFING_DOMAINS[0] //=> ['yahoo.co.jp', 'yahoo-japan']
 */
export const SPOOFING_DOMAINS: readonly (readonly [domain: string, provider: SpoofingProviderId])[] = [
  ['yahoo.co.jp', 'yahoo-japan'],
  ['yahoo.com', 'yahoo'],
  ['ymail.com', 'yahoo'],
  ['rocketmail.com', 'yahoo'],
  ['yahoo.co.uk', 'yahoo'],
  ['yahoo.fr', 'yahoo'],
  ['yahoo.de', 'yahoo'],
  ['yahoo.es', 'yahoo'],
  ['yahoo.it', 'yahoo'],
  ['yahoo.ca', 'yahoo'],
  ['yahoo.ie', 'yahoo'],
  ['yahoo.gr', 'yahoo'],
  ['yahoo.se', 'yahoo'],
  ['yahoo.dk', 'yahoo'],
  ['yahoo.no', 'yahoo'],
  ['yahoo.pl', 'yahoo'],
  ['yahoo.ro', 'yahoo'],
  ['yahoo.at', 'yahoo'],
  ['yahoo.be', 'yahoo'],
  ['yahoo.in', 'yahoo'],
  ['yahoo.co.in', 'yahoo'],
  ['yahoo.co.id', 'yahoo'],
  ['yahoo.co.nz', 'yahoo'],
  ['yahoo.co.th', 'yahoo'],
  ['yahoo.com.au', 'yahoo'],
  ['yahoo.com.br', 'yahoo'],
  ['yahoo.com.mx', 'yahoo'],
  ['yahoo.com.ar', 'yahoo'],
  ['yahoo.com.tw', 'yahoo'],
  ['yahoo.com.hk', 'yahoo'],
  ['yahoo.com.sg', 'yahoo'],
  ['yahoo.com.ph', 'yahoo'],
  ['yahoo.com.vn', 'yahoo'],
  ['yahoo.com.my', 'yahoo'],
  ['aol.com', 'yahoo'],
  ['aol.jp', 'yahoo'],
  ['aim.com', 'yahoo'],
  ['aol.co.uk', 'yahoo'],
  ['aol.fr', 'yahoo'],
  ['aol.de', 'yahoo'],
];
