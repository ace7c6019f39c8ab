/**
 * The language of every message and action support-kit returns.
 * `'en'` is the default everywhere.
 */
export type Locale = 'en' | 'ja';

/**
 * How much a diagnostic matters: `info` needs no action, `warning` should be shown,
 * `error` means the value was refused.
 */
export type Severity = 'info' | 'warning' | 'error';

/**
 * Facts about a diagnostic, used to fill the message placeholders and for programs that
 * want more than the text (e.g. to highlight the offending character).
 */
export interface DiagnosticDetail {
  /** The offending character, or its code point when it is invisible. */
  readonly char?: string;
  /** The code point as `U+XXXX`. */
  readonly codePoint?: string;
  /** 1-based position in the input as typed (in code points). */
  readonly index?: number;
  /** What was expected (e.g. a length). */
  readonly expected?: number | string;
  /** What was found. */
  readonly actual?: number | string;
  /** A lower limit. */
  readonly min?: number;
  /** An upper limit. */
  readonly max?: number;
}

/**
 * One explained change, warning, hint or error. `code` is the stable API (kebab-case, never
 * renamed without a major version); `message` and `action` are in the caller's locale.
 */
export interface Diagnostic<Code extends string = string> {
  /** Stable kebab-case identifier. */
  readonly code: Code;
  /** How much it matters. */
  readonly severity: Severity;
  /** What happened, for the person who typed the value or for an agent. */
  readonly message: string;
  /** What the person can do about it, when there is something to do. */
  readonly action?: string;
  /** Facts behind the message. */
  readonly detail?: DiagnosticDetail;
}

/** One row of a message table: the text and, where one exists, the action. */
export interface MessageText {
  readonly message: string;
  readonly action?: string;
}

/** A message table for one locale: one row per code. */
export type MessageTable<Code extends string> = { readonly [K in Code]: MessageText };
