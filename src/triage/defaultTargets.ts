import { deepFreeze } from '../internal/deepFreeze.ts';
import type { SlaPolicy } from '../sla/index.ts';

/**
 * Targets of {@link defaultPolicy}, the same for every region. First reply: urgent 1 hour of
 * wall time (an urgent inquiry does not wait for the office to open), high 2 business hours,
 * normal 8 (one business day), low 18 (two days). Resolution: urgent 24 wall hours, then 3, 5 and
 * 10 business days of 9 hours. Frozen, all the way down: {@link defaultPolicy} hands out copies.
 *
 * @example
 * DEFAULT_TARGETS.firstReply?.urgent //=> { minutes: 60, basis: 'calendar' }
 */
export const DEFAULT_TARGETS: SlaPolicy['targets'] = /* @__PURE__ */ deepFreeze({
  firstReply: {
    urgent: { minutes: 60, basis: 'calendar' },
    high: { minutes: 120, basis: 'business' },
    normal: { minutes: 480, basis: 'business' },
    low: { minutes: 1080, basis: 'business' },
  },
  nextReply: {
    urgent: { minutes: 120, basis: 'calendar' },
    high: { minutes: 240, basis: 'business' },
    normal: { minutes: 540, basis: 'business' },
    low: { minutes: 1080, basis: 'business' },
  },
  periodicUpdate: {
    urgent: { minutes: 240, basis: 'calendar' },
    high: { minutes: 540, basis: 'business' },
  },
  resolution: {
    urgent: { minutes: 1440, basis: 'calendar' },
    high: { minutes: 1620, basis: 'business' },
    normal: { minutes: 2700, basis: 'business' },
    low: { minutes: 5400, basis: 'business' },
  },
});
