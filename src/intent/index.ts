export { detectIntent } from './detectIntent.ts';
export type { ActionTable, ActionText } from './messages/en.ts';
export { INTENT_ACTIONS_EN } from './messages/en.ts';
export { INTENT_ACTIONS_JA } from './messages/ja.ts';
export type {
  AngerLevel,
  Deadline,
  DetectedIntent,
  DetectIntentOptions,
  DetectIntentResult,
  Evidence,
  IntentId,
  SignalEvidence,
  SuggestedAction,
  SuggestedActionCode,
  Urgency,
} from './types.ts';
