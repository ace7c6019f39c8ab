export { ConfigError, isConfigError } from '../internal/configError.ts';
export type {
  Diagnostic,
  DiagnosticDetail,
  Locale,
  MessageTable,
  MessageText,
  Severity,
} from '../internal/diagnostic.ts';
export type { CarrierId } from './data/carriers.ts';
export type { SpoofingProviderId } from './data/spoofing.ts';
export { deliverabilityHints } from './deliverabilityHints.ts';
export { DELIVERABILITY_MESSAGES_EN } from './messages/en.ts';
export { DELIVERABILITY_MESSAGES_JA } from './messages/ja.ts';
export { suggestDomain } from './suggestDomain.ts';
export type {
  DeliverabilityFailure,
  DeliverabilityHintsOptions,
  DeliverabilityHintsResult,
  DeliverabilityResult,
  DnsFacts,
  Hint,
  HintCode,
  HintData,
  HintMessageKey,
  MxRecord,
} from './types.ts';
