export { ConfigError, isConfigError } from '../internal/configError.ts';
export type {
  Diagnostic,
  DiagnosticDetail,
  Locale,
  MessageTable,
  MessageText,
  Severity,
} from '../internal/diagnostic.ts';
export { canonicalizeEmail } from './canonicalizeEmail.ts';
export { parseEmail } from './parseEmail.ts';
export { type ProviderOfOptions, providerOf } from './providerOf.ts';
export { EMAIL_PROVIDERS } from './providers.ts';
export { sameMailbox } from './sameMailbox.ts';
export type {
  CanonicalEmail,
  CanonicalizeEmailOptions,
  CanonicalizeEmailResult,
  EmailCode,
  EmailError,
  EmailErrorCode,
  EmailFailure,
  EmailHeuristics,
  EmailNote,
  EmailNoteCode,
  EmailProvider,
  EmailRemoved,
  ParsedEmail,
  ParseEmailOptions,
  ParseEmailResult,
  ProviderRules,
} from './types.ts';
