import { describe, expect, it } from 'vitest';
import { derivePriority, localDayEnd } from '../../src/triage/index.ts';

// Due times of the first reply per priority (epoch ms): the faster the priority, the sooner.
const due = { low: 400, normal: 300, high: 200, urgent: 100 } as const;
const firstReplyDue = (priority: keyof typeof due) => due[priority];
const normal = { urgency: 'normal', anger: 0, escalation: false } as const;

describe('derivePriority: the deadline rule', () => {
  it('gives no deadline reason when the first reply is due by the deadline', () => {
    expect(derivePriority(normal, { deadlineEnd: 300, firstReplyDue })).toEqual({
      priority: 'normal',
      reasons: ['urgency-normal'],
    });
    expect(derivePriority(normal, { deadlineEnd: 10_000, firstReplyDue })).toEqual({
      priority: 'normal',
      reasons: ['urgency-normal'],
    });
  });

  it('raises one level at a time and names the rule once', () => {
    expect(derivePriority(normal, { deadlineEnd: 299, firstReplyDue })).toEqual({
      priority: 'high',
      reasons: ['urgency-normal', 'deadline-before-due'],
    });
    expect(derivePriority(normal, { deadlineEnd: 150, firstReplyDue })).toEqual({
      priority: 'urgent',
      reasons: ['urgency-normal', 'deadline-before-due'],
    });
  });

  it('does not raise an urgent message any further, nor name the rule, even when urgent is too late', () => {
    const critical = { urgency: 'critical', anger: 0, escalation: false } as const;
    expect(derivePriority(critical, { deadlineEnd: 50, firstReplyDue })).toEqual({
      priority: 'urgent',
      reasons: ['urgency-critical'],
    });
    // Escalated to urgent, then a deadline no target can meet: still urgent, no deadline reason.
    const escalated = { urgency: 'high', anger: 0, escalation: true } as const;
    expect(derivePriority(escalated, { deadlineEnd: 50, firstReplyDue })).toEqual({
      priority: 'urgent',
      reasons: ['urgency-high', 'escalation'],
    });
  });

  it('skips the rule without a deadline, or without the due times', () => {
    // No deadline stated (deadlineEnd absent): the due times do not matter.
    expect(derivePriority(normal, { firstReplyDue })).toEqual({
      priority: 'normal',
      reasons: ['urgency-normal'],
    });
    expect(derivePriority(normal, { deadlineEnd: undefined, firstReplyDue })).toEqual({
      priority: 'normal',
      reasons: ['urgency-normal'],
    });
    // A deadline but no way to know the due times.
    expect(derivePriority(normal, { deadlineEnd: 50 })).toEqual({
      priority: 'normal',
      reasons: ['urgency-normal'],
    });
  });

  it('stops at a priority that has no first-reply target', () => {
    // A deadline before 1970 (negative epoch ms) is before any due time, yet no target means no due time.
    const noTarget = () => null;
    expect(derivePriority(normal, { deadlineEnd: -86_400_000, firstReplyDue: noTarget })).toEqual({
      priority: 'normal',
      reasons: ['urgency-normal'],
    });
    // high has no target: the raise stops there.
    const noHigh = (p: keyof typeof due) => (p === 'high' ? null : due[p]);
    expect(derivePriority(normal, { deadlineEnd: -86_400_000, firstReplyDue: noHigh })).toEqual({
      priority: 'high',
      reasons: ['urgency-normal', 'deadline-before-due'],
    });
  });
});

describe('localDayEnd: zones with odd offsets and changes', () => {
  it.each([
    ['2026-11-21', 'Asia/Kolkata', '2026-11-22T00:00:00+05:30'],
    ['2026-11-21', 'Asia/Kathmandu', '2026-11-22T00:00:00+05:45'],
    ['2026-11-21', 'America/St_Johns', '2026-11-22T00:00:00-03:30'],
    // Sydney leaves summer time at 03:00 on Sunday 2026-04-05: Saturday still ends at +11:00.
    ['2026-04-04', 'Australia/Sydney', '2026-04-05T00:00:00+11:00'],
    ['2026-04-05', 'Australia/Sydney', '2026-04-06T00:00:00+10:00'],
    // ... and enters it at 02:00 on Sunday 2026-10-04.
    ['2026-10-03', 'Australia/Sydney', '2026-10-04T00:00:00+10:00'],
    ['2026-10-04', 'Australia/Sydney', '2026-10-05T00:00:00+11:00'],
    ['2026-11-21', 'UTC', '2026-11-22T00:00:00Z'],
  ])('%s in %s ends at %s', (date, zone, end) => {
    expect(localDayEnd(date, zone)).toBe(Date.parse(end));
  });
});
