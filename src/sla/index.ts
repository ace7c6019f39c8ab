export { ConfigError, isConfigError } from '../internal/configError.ts';
export type {
  Diagnostic,
  DiagnosticDetail,
  Locale,
  MessageTable,
  MessageText,
  Severity,
} from '../internal/diagnostic.ts';
export { type AddBusinessDaysOptions, addBusinessDays } from './addBusinessDays.ts';
export { addBusinessMinutes } from './addBusinessMinutes.ts';
export { businessMinutesBetween } from './businessMinutesBetween.ts';
export { businessPeriods } from './businessPeriods.ts';
export { createCalendar } from './createCalendar.ts';
export { computeSla, evaluateSla } from './evaluateSla.ts';
export { findJapaneseHoliday } from './findJapaneseHoliday.ts';
export { formatInstant } from './formatInstant.ts';
export { isBusinessDay } from './isBusinessDay.ts';
export { isBusinessTime } from './isBusinessTime.ts';
export { isJapaneseHoliday } from './isJapaneseHoliday.ts';
export { japaneseHolidays } from './japaneseHolidays.ts';
export { nextBusinessStart } from './nextBusinessStart.ts';
export { type PlanFollowUpsOptions, planFollowUps } from './planFollowUps.ts';
export type * from './types.ts';
