import type { Diagnostic, Locale } from '../internal/diagnostic.ts';

/**
 * Why an address was refused. Stable kebab-case codes: the API of the module.
 *
 * @example
 * const code: EmailErrorCode = 'multiple-at';
 */
export type EmailErrorCode =
  | 'not-a-string'
  | 'empty'
  | 'unsafe-character'
  | 'whitespace'
  | 'missing-at'
  | 'multiple-at'
  | 'empty-local'
  | 'empty-domain'
  | 'invalid-local'
  | 'invalid-dot'
  | 'unterminated-quote'
  | 'comment-not-allowed'
  | 'local-too-long'
  | 'address-too-long'
  | 'invalid-domain'
  | 'label-too-long'
  | 'domain-needs-dot'
  | 'domain-literal'
  | 'invalid-idn'
  | 'empty-mailbox';

/**
 * What was changed or noticed on an accepted address (severity `info` or `warning`).
 * `heuristic-*` codes appear only when the matching heuristic was switched on.
 *
 * @example
 * const code: EmailNoteCode = 'ime-folded';
 */
export type EmailNoteCode =
  | 'trimmed'
  | 'ime-folded'
  | 'quotes-removed'
  | 'trailing-dot-removed'
  | 'idn'
  | 'rfc-violating-local'
  | 'subdomain-address'
  | 'alias-domain'
  | 'heuristic-yahoo-disposable'
  | 'heuristic-au-domain';

/** Every code of the email module. */
export type EmailCode = EmailErrorCode | EmailNoteCode;

/** An error of the email module. */
export type EmailError = Diagnostic<EmailErrorCode>;

/** A note of the email module. */
export type EmailNote = Diagnostic<EmailNoteCode>;

/**
 * The rules one provider applies to the local part of its addresses. Every field is optional;
 * an empty object means "domain lower-cased, local part lower-cased, nothing else".
 *
 * @example
 * const workspace: ProviderRules = { subaddress: '+' }; // Google Workspace: `+tag`, dots kept
 */
export interface ProviderRules {
  /**
   * What a dot in the local part means: `'significant'` (a different mailbox), `'ignored'`
   * (removed from the key, as Gmail does) or `'hyphen'` (the same as `-`, as Yandex does).
   * @defaultValue `'significant'`
   */
  readonly dots?: 'significant' | 'ignored' | 'hyphen';
  /**
   * Characters that start a sub-address (`+tag`): the key is cut at the first of them.
   * @defaultValue none
   */
  readonly subaddress?: string;
  /**
   * Characters the provider ignores in the local part (Proton: `_` and `-`).
   * @defaultValue none
   */
  readonly transparent?: string;
  /**
   * The domain every domain of the provider is keyed on (googlemail.com → gmail.com).
   * Must be one of the provider's domains.
   * @defaultValue none: each domain is its own namespace
   */
  readonly aliasOf?: string;
  /**
   * `anything@user.<domain>` is `user+anything@<domain>` (Fastmail subdomain addressing).
   * @defaultValue `false`
   */
  readonly subdomainAddressing?: boolean;
  /**
   * Local parts that break RFC 5322 (`taro..yamada`, `taro.`) are real mailboxes here
   * (Japanese carriers): accepted as written, with the note `rfc-violating-local`.
   * @defaultValue `false`
   */
  readonly rfcViolatingLocal?: boolean;
  /**
   * Keep the case of the local part (known providers are case-insensitive).
   * @defaultValue `false`
   */
  readonly caseSensitive?: boolean;
  /**
   * HEURISTIC, applied only with `heuristics.yahooDisposable`: `base-keyword` disposable
   * addresses are grouped under `base-`.
   * @defaultValue `false`
   */
  readonly disposableKeyword?: boolean;
  /**
   * HEURISTIC, applied only with `heuristics.auEzweb`: domains assumed to hold the same local
   * part as another domain, `{ from: to }` (`{ 'ezweb.ne.jp': 'au.com' }`).
   * @defaultValue none
   */
  readonly heuristicAlias?: Readonly<Record<string, string>>;
}

/**
 * One row of the provider table: a mail provider, every domain it answers for, and its rules.
 *
 * @example
 * const acme: EmailProvider = {
 *   id: 'acme', name: 'ACME (Google Workspace)', domains: ['acme.example'], rules: { subaddress: '+' },
 * };
 */
export interface EmailProvider {
  /** Stable identifier (`gmail`, `outlook`, `yahoo-japan`…). */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** Every domain of the provider: lower-case ASCII (A-labels), exact match. */
  readonly domains: readonly string[];
  /** What the provider does with the local part. */
  readonly rules: ProviderRules;
}

/** Heuristic rules: each may merge addresses that are not one mailbox, so each is off by default. */
export interface EmailHeuristics {
  /**
   * Group Yahoo / Yahoo! JAPAN disposable addresses `base-keyword@` under `base-@`
   * (the base name is not the account's own address; the key is only a grouping key).
   * @defaultValue `false`
   */
  readonly yahooDisposable?: boolean;
  /**
   * Treat `name@ezweb.ne.jp` and `name@au.com` as one mailbox (au lets users keep the local
   * part when moving to au.com, but does not promise it).
   * @defaultValue `false`
   */
  readonly auEzweb?: boolean;
}

/**
 * Options of {@link parseEmail}.
 *
 * @example
 * const options: ParseEmailOptions = { locale: 'ja', rfcViolatingLocal: 'always' };
 */
export interface ParseEmailOptions {
  /**
   * Language of messages and actions.
   * @defaultValue `'en'`
   */
  readonly locale?: Locale;
  /**
   * Where local parts that break RFC 5322 (`..`, a leading dot, a dot before `@`) are accepted:
   * on the domains of providers flagged `rfcViolatingLocal` (the Japanese carriers), on every
   * domain, or nowhere.
   * @defaultValue `'carriers'`
   */
  readonly rfcViolatingLocal?: 'carriers' | 'always' | 'never';
  /**
   * Extra provider rows; they override built-in rows with the same `id` or domain.
   * @defaultValue none
   */
  readonly providers?: readonly EmailProvider[];
}

/**
 * Options of {@link canonicalizeEmail} and {@link sameMailbox}.
 *
 * @example
 * const options: CanonicalizeEmailOptions = { heuristics: { yahooDisposable: true } };
 */
export interface CanonicalizeEmailOptions extends ParseEmailOptions {
  /**
   * Lower-case the local part of addresses at unknown domains too (RFC 5321 says it is
   * case-sensitive, but almost every server ignores case).
   * @defaultValue `false`
   */
  readonly lowercaseUnknownLocal?: boolean;
  /**
   * Heuristic rules to switch on.
   * @defaultValue all off
   */
  readonly heuristics?: EmailHeuristics;
}

/**
 * A parsed address. `address` is what to store, show and send mail to.
 *
 * @example
 * const parsed: ParsedEmail = {
 *   ok: true, address: 'taro@example.jp', local: 'taro', domain: 'example.jp',
 *   unicodeDomain: 'example.jp', quoted: false, notes: [],
 * };
 */
export interface ParsedEmail {
  readonly ok: true;
  /** The cleaned address as typed: trimmed, IME-folded, minimal quoting, lower-case ASCII domain. */
  readonly address: string;
  /** The local part as typed (minimal quoting kept, e.g. `"taro yamada"`). */
  readonly local: string;
  /** The domain: lower-case ASCII (A-labels), no trailing dot. */
  readonly domain: string;
  /** The domain for display: Unicode (U-labels). */
  readonly unicodeDomain: string;
  /** Whether the local part needs quotes (it is not a dot-atom). */
  readonly quoted: boolean;
  /** What was changed or noticed. */
  readonly notes: readonly EmailNote[];
}

/** A refused address: `error.code` says why. */
export interface EmailFailure {
  readonly ok: false;
  readonly error: EmailError;
}

/** Result of {@link parseEmail}. */
export type ParseEmailResult = ParsedEmail | EmailFailure;

/** What {@link canonicalizeEmail} removed or rewrote to build the key. */
export interface EmailRemoved {
  /** The sub-address (without its separator), a Fastmail subdomain-address local part, or a keyword. */
  readonly tag?: string;
  /** How many dots were removed (Gmail, Proton) or rewritten as `-` (Yandex). */
  readonly dots?: number;
  /** How many transparent separators (`_`, `-`) were removed (Proton). */
  readonly separators?: number;
  /** The Fastmail subdomain that became the local part. */
  readonly subdomain?: string;
  /** The alias domain replaced by the provider's canonical domain. */
  readonly domainAlias?: { readonly from: string; readonly to: string };
}

/**
 * A canonicalized address. `canonical` is a key for a unique index, never an address to send to.
 *
 * @example
 * const result: CanonicalEmail = {
 *   ok: true, canonical: 'taroyamada@gmail.com', address: 'Taro.Yamada+shop@gmail.com',
 *   local: 'Taro.Yamada+shop', domain: 'gmail.com', unicodeDomain: 'gmail.com', quoted: false,
 *   provider: { id: 'gmail', name: 'Gmail' }, removed: { tag: 'shop', dots: 1 }, notes: [],
 * };
 */
export interface CanonicalEmail extends Omit<ParsedEmail, 'notes'> {
  /** The mailbox key: two inputs share it exactly when they reach the same mailbox. */
  readonly canonical: string;
  /** The provider whose rules were applied, or `null` for an unknown domain. */
  readonly provider: { readonly id: string; readonly name: string } | null;
  /** What the provider rules removed. */
  readonly removed: EmailRemoved;
  /** What was changed or noticed. */
  readonly notes: readonly EmailNote[];
}

/** Result of {@link canonicalizeEmail}. */
export type CanonicalizeEmailResult = CanonicalEmail | EmailFailure;
