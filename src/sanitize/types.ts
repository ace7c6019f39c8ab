import type { Diagnostic, Locale } from '../internal/diagnostic.ts';

/**
 * The characters a code is made of: a built-in alphabet or your own.
 *
 * - `'digits'`: `0-9`.
 * - `'alnum'`: `0-9 A-Z` (and `a-z` when the format is case-sensitive).
 * - `'crockford'`: Crockford Base32, `0-9 A-Z` without `I L O U`; always case-insensitive.
 * - `'hex'`: `0-9 A-F` (and `a-f` when case-sensitive).
 * - `{ chars }`: exactly these characters (printable ASCII).
 */
export type CodeAlphabet = 'digits' | 'alnum' | 'crockford' | 'hex' | { readonly chars: string };

/** The check character a code carries in its last position. */
export type CodeChecksum = 'crockford' | 'luhn';

/** What a valid code looks like; every field is optional. */
export interface CodeFormat {
  /**
   * The characters of the code.
   * @defaultValue `'alnum'`
   */
  readonly alphabet?: CodeAlphabet | undefined;
  /**
   * The exact length, or the allowed range, of the cleaned value (a check symbol counts).
   * @defaultValue any length
   */
  readonly length?: number | { readonly min: number; readonly max: number } | undefined;
  /**
   * When set, the result also carries `formatted`: the value cut from the left into groups of
   * this size joined by `-` (`12345678` → `1234-5678`), for showing back to the user.
   * @defaultValue no grouping
   */
  readonly groupSize?: number | undefined;
  /**
   * Whether `a` and `A` are different characters. When `false`, ASCII lower case is converted to
   * upper case (or to the case the alphabet has). Ignored for `'crockford'`.
   * @defaultValue `false`
   */
  readonly caseSensitive?: boolean | undefined;
  /**
   * The check character in the last position: `'luhn'` (digits, ISO/IEC 7812-1) or
   * `'crockford'` (mod 37, one of the 32 symbols or `* ~ $ = U`).
   * @defaultValue no checksum
   */
  readonly checksum?: CodeChecksum | undefined;
}

/** Options of {@link sanitizeCode}. */
export interface SanitizeCodeOptions {
  /**
   * The language of `message` and `action`.
   * @defaultValue `'en'`
   */
  readonly locale?: Locale | undefined;
  /**
   * Inputs longer than this (in UTF-16 code units) are refused as `input-too-long` before any
   * other work.
   * @defaultValue `1024`
   */
  readonly maxInputLength?: number | undefined;
}

/** Codes of the changes {@link sanitizeCode} makes (severity `info`), in pipeline order. */
export type CodeChangeCode =
  | 'zero-width-removed'
  | 'full-width-converted'
  | 'compatibility-mapped'
  | 'trimmed-whitespace'
  | 'brackets-removed'
  | 'quotes-removed'
  | 'punctuation-removed'
  | 'separator-removed'
  | 'case-folded'
  | 'confusable-mapped';

/** Codes of the errors {@link sanitizeCode} returns, from the highest precedence down. */
export type CodeErrorCode =
  | 'not-a-string'
  | 'input-too-long'
  | 'lone-surrogate'
  | 'control-character'
  | 'bidi-override'
  | 'empty'
  | 'ambiguous-character'
  | 'invalid-character'
  | 'misplaced-separator'
  | 'wrong-length'
  | 'bad-checksum';

/** Every code {@link sanitizeCode} can report. */
export type CodeDiagnosticCode = CodeChangeCode | CodeErrorCode;

/**
 * The outcome of {@link sanitizeCode}; narrow on `ok`. `changes` explains every change, each code
 * at most once, in pipeline order.
 */
export type SanitizeCodeResult =
  | {
      readonly ok: true;
      /** The canonical code: compare this with what you stored. */
      readonly value: string;
      /** `value` in groups of `groupSize` joined by `-`, when `groupSize` is set. */
      readonly formatted?: string;
      readonly changes: readonly Diagnostic<CodeChangeCode>[];
    }
  | {
      readonly ok: false;
      readonly error: Diagnostic<CodeErrorCode>;
      readonly changes: readonly Diagnostic<CodeChangeCode>[];
    };

/** `'set'` when the password is chosen (policy applies), `'login'` when it is verified. */
export type PasswordMode = 'set' | 'login';

/** Options of {@link preparePassword}. */
export interface PreparePasswordOptions {
  /** `'set'` (signup, change, reset) or `'login'`. */
  readonly mode: PasswordMode;
  /**
   * The fewest code points a new password may have (`'set'` only). NIST SP 800-63B-4 requires 15
   * for a password used alone; 8 is allowed when it is one factor of MFA.
   * @defaultValue `15`
   */
  readonly minLength?: number | undefined;
  /**
   * The most code points a password may have; longer ones are refused, never truncated.
   * @defaultValue `1024`
   */
  readonly maxLength?: number | undefined;
  /**
   * The most UTF-8 bytes (e.g. `72` for bcrypt), so that the hash never truncates silently.
   * @defaultValue no byte limit
   */
  readonly maxBytes?: number | undefined;
  /**
   * The Unicode normalization form. It is part of your hash format: store it with the hash.
   * @defaultValue `'nfc'` (RFC 8265, NIST SP 800-63B-4)
   */
  readonly normalization?: 'nfc' | 'nfkc' | undefined;
  /**
   * The language of `message` and `action`.
   * @defaultValue `'en'`
   */
  readonly locale?: Locale | undefined;
}

/** Codes of the warnings and notes {@link preparePassword} returns, in pipeline order. */
export type PasswordWarningCode =
  | 'newline-removed'
  | 'space-mapped'
  | 'invisible-removed'
  | 'normalized'
  | 'leading-whitespace'
  | 'trailing-whitespace'
  | 'full-width-characters'
  | 'enclosed-in-brackets'
  | 'compatibility-characters'
  | 'non-ascii'
  | 'private-use-character';

/** Codes of the errors {@link preparePassword} returns. */
export type PasswordErrorCode =
  | 'not-a-string'
  | 'empty'
  | 'only-whitespace'
  | 'too-short'
  | 'too-long'
  | 'lone-surrogate'
  | 'control-character'
  | 'invisible-character'
  | 'unassigned-character';

/** Every code {@link preparePassword} can report. */
export type PasswordDiagnosticCode = PasswordWarningCode | PasswordErrorCode;

/** The outcome of {@link preparePassword}; narrow on `ok`. */
export type PreparePasswordResult =
  | {
      readonly ok: true;
      /** The prepared password: hash this (as UTF-8), at set and at login alike. */
      readonly value: string;
      readonly warnings: readonly Diagnostic<PasswordWarningCode>[];
      /**
       * Login only, when something looked accidental: up to three corrected spellings to try, in
       * order, after `value` (trimmed, then also width-folded, then also unwrapped).
       */
      readonly alternatives?: readonly string[];
    }
  | {
      readonly ok: false;
      readonly error: Diagnostic<PasswordErrorCode>;
      readonly warnings: readonly Diagnostic<PasswordWarningCode>[];
    };
