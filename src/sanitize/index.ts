export { ConfigError, isConfigError } from '../internal/configError.ts';
export type {
  Diagnostic,
  DiagnosticDetail,
  Locale,
  MessageTable,
  MessageText,
  Severity,
} from '../internal/diagnostic.ts';
export { crockfordCheckSymbol } from './crockfordChecksum.ts';
export { isValidLuhn } from './luhn.ts';
export { preparePassword } from './preparePassword.ts';
export { sanitizeCode } from './sanitizeCode.ts';
export type {
  CodeAlphabet,
  CodeChangeCode,
  CodeChecksum,
  CodeDiagnosticCode,
  CodeErrorCode,
  CodeFormat,
  PasswordDiagnosticCode,
  PasswordErrorCode,
  PasswordMode,
  PasswordWarningCode,
  PreparePasswordOptions,
  PreparePasswordResult,
  SanitizeCodeOptions,
  SanitizeCodeResult,
} from './types.ts';
