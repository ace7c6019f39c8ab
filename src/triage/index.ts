export { ConfigError, isConfigError } from '../internal/configError.ts';
export { type DefaultPolicyOptions, defaultPolicy } from './defaultPolicy.ts';
export { DEFAULT_TARGETS } from './defaultTargets.ts';
export { type DerivedPriority, type DerivePriorityOptions, derivePriority } from './derivePriority.ts';
export { localDayEnd } from './localDayEnd.ts';
export { type MergeActionsContext, mergeActions } from './mergeActions.ts';
export {
  type SenderActionTable,
  type SenderActionText,
  TRIAGE_ACTIONS_EN,
  TRIAGE_MESSAGES_EN,
} from './messages/en.ts';
export { TRIAGE_ACTIONS_JA, TRIAGE_MESSAGES_JA } from './messages/ja.ts';
export { triageInquiry } from './triageInquiry.ts';
export type {
  PriorityReasonCode,
  PrioritySignals,
  SenderActionCode,
  TriageAction,
  TriageActionCode,
  TriageClock,
  TriageCode,
  TriageDeadline,
  TriageErrorCode,
  TriageFailure,
  TriageFollowUp,
  TriageInput,
  TriageInquiryOptions,
  TriagePolicy,
  TriageResult,
  TriageSender,
  TriageSla,
  TriageSuccess,
} from './types.ts';
