/**
 * Japanese mobile carrier (and carrier-group) mail services: which carrier's settings the
 * customer must change to receive our mail.
 *
 * @example
 * const id: CarrierId = 'docomo';
 */
export type CarrierId = 'docomo' | 'au' | 'softbank' | 'ymobile' | 'uq' | 'other';

/**
 * Carrier mail domains, exact match on the lower-case ASCII domain, `[domain, carrier]`.
 * Only entries with high or medium confidence (shared/research/deliverability.md §2.1);
 * `rakumail.jp` (Rakuten Mobile, unverified) is left out: pass it in `carrierDomains`.
 *
 * Sources: docomo — nttdocomo.co.jp 迷惑メール対策 (DOCOMO-1, DOCOMO-2), dekyo.or.jp (DEKYO-D);
 * au — au.com online manual (AU-1), dekyo.or.jp (AU-2), au.com since 2018-05-15 (EMAIL-AU1);
 * SoftBank — softbank.jp antispam pages (SB-1…SB-3), dekyo.or.jp (SB-4: disney.ne.jp,
 * vodafone.ne.jp); Y!mobile — YM-1, YM-2; UQ mobile — uqwimax.jp (UQ-1); WILLCOM / EMOBILE —
 * bouncehammer's JP smartphone table (legacy, service ended): `other`, with the generic action.
 *
 * @example
 * CARRIER_DOMAINS[0] //=> ['docomo.ne.jp', 'docomo']
 */
export const CARRIER_DOMAINS: readonly (readonly [domain: string, carrier: CarrierId])[] = [
  ['docomo.ne.jp', 'docomo'],
  ['ezweb.ne.jp', 'au'],
  ['au.com', 'au'],
  ['biz.ezweb.ne.jp', 'au'],
  ['softbank.ne.jp', 'softbank'],
  ['i.softbank.jp', 'softbank'],
  ['disney.ne.jp', 'softbank'],
  ['d.vodafone.ne.jp', 'softbank'],
  ['h.vodafone.ne.jp', 'softbank'],
  ['t.vodafone.ne.jp', 'softbank'],
  ['c.vodafone.ne.jp', 'softbank'],
  ['k.vodafone.ne.jp', 'softbank'],
  ['r.vodafone.ne.jp', 'softbank'],
  ['n.vodafone.ne.jp', 'softbank'],
  ['s.vodafone.ne.jp', 'softbank'],
  ['q.vodafone.ne.jp', 'softbank'],
  ['ymobile.ne.jp', 'ymobile'],
  ['yahoo.ne.jp', 'ymobile'],
  ['emnet.ne.jp', 'ymobile'],
  ['uqmobile.jp', 'uq'],
  ['willcom.com', 'other'],
  ['pdx.ne.jp', 'other'],
  ['di.pdx.ne.jp', 'other'],
  ['dj.pdx.ne.jp', 'other'],
  ['dk.pdx.ne.jp', 'other'],
  ['wm.pdx.ne.jp', 'other'],
];
