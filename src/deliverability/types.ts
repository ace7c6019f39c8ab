import type { EmailError } from '../email/index.ts';
import type { Locale, Severity } from '../internal/diagnostic.ts';
import type { CarrierId } from './data/carriers.ts';
import type { SpoofingProviderId } from './data/spoofing.ts';

export type { CarrierId } from './data/carriers.ts';
export type { SpoofingProviderId } from './data/spoofing.ts';

/**
 * Why our mail may never reach an address. Stable kebab-case codes: the API of the module.
 *
 * @example
 * const code: HintCode = 'carrier-filter';
 */
export type HintCode =
  | 'invalid'
  | 'typo-domain'
  | 'idn-homograph'
  | 'reserved-domain'
  | 'null-mx'
  | 'no-mx'
  | 'disposable'
  | 'carrier-filter'
  | 'rfc-violating-local'
  | 'spoofing-filter'
  | 'non-ascii-local'
  | 'role-account'
  | 'private-relay'
  | 'free-provider';

/**
 * Facts behind a hint, for programs (the message already says them in words).
 *
 * @example
 * const data: HintData = { carrier: 'docomo', senderDomain: 'example.co.jp' };
 */
export interface HintData {
  /** The corrected address (`typo-domain`, `idn-homograph` with a known provider). */
  readonly suggestion?: string;
  /** The carrier whose settings matter (`carrier-filter`). */
  readonly carrier?: CarrierId;
  /** The provider whose filter matters (`spoofing-filter`). */
  readonly provider?: SpoofingProviderId;
  /** `unread` (nobody reads it) or `shared` (a shared inbox) (`role-account`). */
  readonly tier?: 'unread' | 'shared';
  /** The local part that matched, lower-case, without `+tag` (`role-account`). */
  readonly local?: string;
  /** The error code of `parseEmail` (`invalid`). */
  readonly reason?: string;
  /** Whether the domain has an address record to fall back on (`no-mx`). */
  readonly fallback?: boolean;
  /** The sender domain the action names, when `senderDomain` was given. */
  readonly senderDomain?: string;
}

/**
 * One reason our mail may not arrive, with what to show the person.
 *
 * @example
 * const hint: Hint = {
 *   code: 'typo-domain', severity: 'warning',
 *   message: 'The domain “gmial.com” looks like a typo of “gmail.com”.',
 *   action: 'Did you mean taro@gmail.com? Please check the part after “@”.',
 *   data: { suggestion: 'taro@gmail.com' },
 * };
 */
export interface Hint {
  /** Stable kebab-case identifier. */
  readonly code: HintCode;
  /** `error`: mail cannot arrive; `warning`: it often does not; `info`: worth knowing. */
  readonly severity: Severity;
  /** What is wrong, in the caller's locale. */
  readonly message: string;
  /** What the person can do about it, in the caller's locale. */
  readonly action: string;
  /** Facts behind the hint. */
  readonly data?: HintData;
}

/**
 * One MX record, as `node:dns` `resolveMx` returns it. A null MX (RFC 7505) has the exchange
 * `''` or `'.'`.
 *
 * @example
 * const mx: MxRecord = { exchange: 'gmail-smtp-in.l.google.com', priority: 5 };
 */
export interface MxRecord {
  readonly exchange: string;
  readonly priority: number;
}

/**
 * What DNS says about the domain, looked up by the caller (for example with `lookupDnsFacts`
 * from `support-kit/node`). A field left out is unknown, and no hint is drawn from it.
 *
 * @example
 * const dns: DnsFacts = { mx: [], hasAddress: false };
 */
export interface DnsFacts {
  /**
   * The domain the facts are about (lower-case ASCII). When given and different from the
   * address's domain, the facts are ignored.
   * @defaultValue not checked
   */
  readonly domain?: string | undefined;
  /**
   * The MX records; `[]` when the domain has none.
   * @defaultValue unknown
   */
  readonly mx?: readonly MxRecord[] | undefined;
  /**
   * Whether the domain has an A or AAAA record (the implicit MX of RFC 5321 §5.1).
   * @defaultValue unknown
   */
  readonly hasAddress?: boolean | undefined;
  /**
   * The domain does not exist (NXDOMAIN).
   * @defaultValue `false`
   */
  readonly nxdomain?: boolean | undefined;
}

/**
 * Options of {@link deliverabilityHints}.
 *
 * @example
 * const options: DeliverabilityHintsOptions = { locale: 'ja', senderDomain: 'example.co.jp' };
 */
export interface DeliverabilityHintsOptions {
  /**
   * Language of messages and actions.
   * @defaultValue `'en'`
   */
  readonly locale?: Locale | undefined;
  /**
   * The domain our mail comes from, named in the actions ("allow example.co.jp…").
   * @defaultValue "our domain" / 「当社のドメイン」
   */
  readonly senderDomain?: string | undefined;
  /**
   * A disposable-domain check, e.g. `isDisposableDomain` from
   * `support-kit/deliverability/disposable`; called with the lower-case ASCII domain.
   * @defaultValue none: no `disposable` hint
   */
  readonly isDisposable?: ((domain: string) => boolean) | undefined;
  /**
   * DNS facts about the address's domain; `no-mx` and `null-mx` come only from them.
   * @defaultValue none
   */
  readonly dns?: DnsFacts | undefined;
  /**
   * Add `free-provider` (info) for free webmail addresses (business sign-up forms).
   * @defaultValue `false`
   */
  readonly freeProvider?: boolean | undefined;
  /**
   * Extra domains to treat as Japanese carrier mail (e.g. `['rakumail.jp']`).
   * @defaultValue none
   */
  readonly carrierDomains?: readonly string[] | undefined;
}

/**
 * Hints for an address `parseEmail` accepted. `address` is the cleaned address as typed;
 * `suggestion` is the corrected address when the domain looks like a typo or a homograph.
 *
 * @example
 * const result: DeliverabilityResult = { ok: true, address: 'taro@docomo.ne.jp', hints: [], suggestion: null };
 */
export interface DeliverabilityResult {
  readonly ok: true;
  readonly address: string;
  readonly hints: readonly Hint[];
  readonly suggestion: string | null;
}

/**
 * An address `parseEmail` refused: one `invalid` hint, the email module's error, and a
 * suggestion only when a provider's name lacks its ending (`taro@gmail` → `taro@gmail.com`).
 *
 * @example
 * const failure: DeliverabilityFailure = {
 *   ok: false, address: null, hints: [], suggestion: null,
 *   error: { code: 'missing-at', severity: 'error', message: 'The address has no @.' },
 * };
 */
export interface DeliverabilityFailure {
  readonly ok: false;
  readonly address: null;
  readonly hints: readonly Hint[];
  readonly suggestion: string | null;
  readonly error: EmailError;
}

/** Result of {@link deliverabilityHints}. */
export type DeliverabilityHintsResult = DeliverabilityResult | DeliverabilityFailure;

/**
 * The keys of the message tables: one per hint code, and one per variant where a hint's text
 * depends on the case (carrier, provider, role tier, MX fallback).
 *
 * @example
 * const key: HintMessageKey = 'carrier-filter:docomo';
 */
export type HintMessageKey =
  | Exclude<HintCode, 'carrier-filter' | 'spoofing-filter' | 'role-account' | 'no-mx'>
  | `carrier-filter:${CarrierId}`
  | `spoofing-filter:${SpoofingProviderId}`
  | 'role-account:unread'
  | 'role-account:shared'
  | 'no-mx:none'
  | 'no-mx:fallback'
  | 'idn-homograph:suggestion'
  | 'sender-domain';
