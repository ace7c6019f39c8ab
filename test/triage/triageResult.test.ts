import { describe, expect, it } from 'vitest';
import {
  defaultPolicy,
  type TriageInquiryOptions,
  type TriagePolicy,
  type TriageSuccess,
  triageInquiry,
} from '../../src/triage/index.ts';

const policy = defaultPolicy('ja-JP');
const at = '2026-11-20T09:12:00+09:00'; // a Friday
const triaged = (input: Parameters<typeof triageInquiry>[0], options: TriageInquiryOptions = { policy }) => {
  const result = triageInquiry(input, options);
  if (!result.ok) throw new Error(result.error.message);
  return result as TriageSuccess;
};
const noSender = {
  address: null,
  canonical: null,
  provider: null,
  carrier: null,
  hints: [],
  suggestion: null,
};
/** A policy on the Tokyo calendar with the given targets. */
const tokyo = (targets: TriagePolicy['targets'], extra: Partial<TriagePolicy> = {}): TriagePolicy => ({
  id: 'custom',
  calendar: policy.calendar,
  targets,
  ...extra,
});

describe('triageInquiry: input that is not quite right', () => {
  it.each(['', '   ', '\t\n'])('treats the sender %j as no sender', (from) => {
    expect(triaged({ text: '注文した商品がまだ届きません。', from, receivedAt: at }).sender).toEqual(
      noSender,
    );
  });

  it('works without options, with a sender', () => {
    const result = triageInquiry({
      text: 'My order has not arrived yet.',
      from: 'taro@au.com',
      receivedAt: at,
    });
    expect(result).toMatchObject({
      ok: true,
      sender: { address: 'taro@au.com', carrier: 'au', provider: { id: 'au' } },
      sla: { timeZone: 'America/New_York' },
    });
  });

  it('asks the disposable check about the sender domain', () => {
    const asked: string[] = [];
    const result = triaged(
      { text: 'Where is my order?', from: 'ken@tempmail.example', receivedAt: at },
      {
        policy,
        isDisposable: (domain) => {
          asked.push(domain);
          return true;
        },
      },
    );
    expect(asked).toContain('tempmail.example');
    expect(result.sender.hints.map((hint) => hint.code)).toContain('disposable');
  });

  it('does not swallow an error thrown by your own disposable check', () => {
    const isDisposable = () => {
      throw new Error('lookup failed');
    };
    expect(() =>
      triageInquiry(
        { text: 'Where is my order?', from: 'ken@example.com', receivedAt: at },
        { policy, isDisposable },
      ),
    ).toThrow('lookup failed');
  });

  it.each([null, undefined])('answers invalid-text for an input that is %s', (input) => {
    expect(triageInquiry(input as never, { policy })).toMatchObject({
      ok: false,
      error: { code: 'invalid-text', message: 'The inquiry text is not a string.' },
    });
  });

  it('echoes only a string channel and subject', () => {
    const result = triaged({
      text: 'Where is my order?',
      receivedAt: at,
      channel: 42 as never,
      subject: 7 as never,
    });
    expect(result).toMatchObject({ channel: null, subject: null });
  });

  it.each([
    ['1970 (seconds passed as milliseconds)', 0, policy],
    ['2100, past the Japanese holidays', Date.parse('2100-01-05T00:00:00Z'), policy],
    ['year 100000', Date.UTC(100_000, 0, 1), defaultPolicy('en-US')],
    // The range holds for every policy, not only where the holiday table would run out.
    ['1970 under the en-US policy', 0, defaultPolicy('en-US')],
    ['year 10000 under the en-US policy', Date.UTC(10_000, 0, 1), defaultPolicy('en-US')],
    ['1999-12-31 local time, 2000 in UTC', '1999-12-31T20:00:00-05:00', defaultPolicy('en-US')],
  ])('refuses a receipt in %s as out of range', (_, receivedAt, used) => {
    const result = triageInquiry({ text: '注文はどこですか', receivedAt }, { policy: used, locale: 'ja' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'received-at-out-of-range',
        severity: 'error',
        message: expect.stringContaining('2000'),
      },
    });
  });

  it.each(['2000-01-01T00:00:00-05:00', '2099-12-31T12:00:00-05:00'])(
    'accepts a receipt at the edge of the range, %s, under the en-US policy',
    (receivedAt) => {
      const result = triageInquiry(
        { text: 'Where is my order?', receivedAt },
        { policy: defaultPolicy('en-US') },
      );
      expect(result.ok).toBe(true);
    },
  );
});

describe('triageInquiry: the SLA part', () => {
  it('gives the first reply and the resolution of a normal inquiry', () => {
    const result = triaged({ text: '注文した商品がまだ届きません。', receivedAt: at });
    expect(result.priority).toBe('normal');
    expect(result.sla).toMatchObject({
      firstReplyDue: '2026-11-20T17:12:00+09:00',
      firstReplyDueMs: Date.parse('2026-11-20T17:12:00+09:00'),
      // 2700 business minutes = 5 days of 9 hours; Monday 11/23 is a holiday.
      resolutionDue: '2026-11-30T09:12:00+09:00',
      resolutionDueMs: Date.parse('2026-11-30T09:12:00+09:00'),
    });
    expect(result.sla.clocks.map((clock) => [clock.metric, clock.due])).toEqual([
      ['firstReply', '2026-11-20T17:12:00+09:00'],
      ['resolution', '2026-11-30T09:12:00+09:00'],
    ]);
  });

  it('lists the clocks due first first, whatever the metric', () => {
    const three = tokyo(
      {
        firstReply: { normal: { minutes: 480, basis: 'business' } },
        periodicUpdate: { normal: { minutes: 60, basis: 'calendar' } },
        resolution: { normal: { minutes: 120, basis: 'calendar' } },
      },
      { periodicStartsAt: 'creation' },
    );
    const result = triaged({ text: 'Where is my order?', receivedAt: at }, { policy: three });
    expect(result.sla.clocks).toEqual([
      {
        metric: 'periodicUpdate',
        target: { minutes: 60, basis: 'calendar' },
        due: '2026-11-20T10:12:00+09:00',
        dueMs: Date.parse('2026-11-20T10:12:00+09:00'),
      },
      {
        metric: 'resolution',
        target: { minutes: 120, basis: 'calendar' },
        due: '2026-11-20T11:12:00+09:00',
        dueMs: Date.parse('2026-11-20T11:12:00+09:00'),
      },
      {
        metric: 'firstReply',
        target: { minutes: 480, basis: 'business' },
        due: '2026-11-20T17:12:00+09:00',
        dueMs: Date.parse('2026-11-20T17:12:00+09:00'),
      },
    ]);
    expect(result.sla).toMatchObject({
      firstReplyDue: '2026-11-20T17:12:00+09:00',
      resolutionDue: '2026-11-20T11:12:00+09:00',
    });
  });

  it('lists only running clocks: one paused in the new status is left out', () => {
    const paused: TriagePolicy = { ...policy, pausedIn: { resolution: ['new'] } };
    const result = triaged({ text: 'Where is my order?', receivedAt: at }, { policy: paused });
    expect(result.sla.clocks.map((clock) => clock.metric)).toEqual(['firstReply']);
    expect(result.sla).toMatchObject({ resolutionDue: null, resolutionDueMs: null });
  });

  it('gives null due times for the metrics the policy has no target for', () => {
    const firstOnly = tokyo({ firstReply: { normal: { minutes: 60, basis: 'calendar' } } });
    const result = triaged({ text: 'Where is my order?', receivedAt: at }, { policy: firstOnly });
    expect(result.sla).toMatchObject({
      firstReplyDue: '2026-11-20T10:12:00+09:00',
      resolutionDue: null,
      resolutionDueMs: null,
    });
    const resolutionOnly = tokyo({ resolution: { normal: { minutes: 60, basis: 'calendar' } } });
    const other = triaged({ text: 'Where is my order?', receivedAt: at }, { policy: resolutionOnly });
    expect(other.sla).toMatchObject({
      firstReplyDue: null,
      firstReplyDueMs: null,
      resolutionDue: '2026-11-20T10:12:00+09:00',
    });
    expect(other.actions).toEqual([]);
  });

  it('works in UTC with a policy that has no calendar (wall-clock targets only)', () => {
    const wall: TriagePolicy = {
      id: 'wall',
      targets: { firstReply: { normal: { minutes: 60, basis: 'calendar' } } },
    };
    const result = triaged({ text: 'Where is my order?', receivedAt: at }, { policy: wall });
    expect(result.sla).toMatchObject({
      policyId: 'wall',
      timeZone: 'UTC',
      firstReplyDue: '2026-11-20T01:12:00+00:00',
    });
    expect(result.receivedAt).toBe('2026-11-20T00:12:00+00:00');
  });
});

describe('triageInquiry: the deadline', () => {
  it('keeps the priority when the first reply is due before a deadline next week', () => {
    // Normal: first reply Friday 17:12, well before the end of Sunday 11/29; the resolution
    // (Monday 11/30 09:12) comes after it, but the rule is about the first reply.
    const result = triaged({ text: '来週中にお願いします', receivedAt: at });
    expect(result.deadline).toEqual({
      date: '2026-11-29',
      text: '来週中',
      end: '2026-11-30T00:00:00+09:00',
      endMs: Date.parse('2026-11-30T00:00:00+09:00'),
      beforeFirstReplyDue: false,
    });
    expect(result.priority).toBe('normal');
    expect(result.priorityReasons.map((reason) => reason.code)).toEqual(['urgency-normal']);
    expect(result.sla.resolutionDueMs).toBeGreaterThan(result.deadline?.endMs ?? 0);
  });

  it('a first reply due exactly at the end of the deadline day is in time; a minute later is not', () => {
    // Received Friday 11/20 09:12; the deadline 12/1 ends 12/2 00:00: 16,728 minutes later.
    const text = '12月1日までに返品できますか';
    const inTime = tokyo({
      firstReply: {
        normal: { minutes: 16_728, basis: 'calendar' },
        high: { minutes: 60, basis: 'calendar' },
      },
    });
    const exact = triaged({ text, receivedAt: at }, { policy: inTime });
    expect(exact.sla.firstReplyDue).toBe('2026-12-02T00:00:00+09:00');
    expect(exact.deadline).toMatchObject({ end: '2026-12-02T00:00:00+09:00', beforeFirstReplyDue: false });
    expect(exact.priority).toBe('normal');

    const late = tokyo({
      firstReply: {
        normal: { minutes: 16_729, basis: 'calendar' },
        high: { minutes: 60, basis: 'calendar' },
      },
    });
    const raised = triaged({ text, receivedAt: at }, { policy: late });
    expect(raised.deadline?.beforeFirstReplyDue).toBe(true);
    expect(raised.priority).toBe('high');
    expect(raised.priorityReasons.map((reason) => reason.code)).toEqual([
      'urgency-normal',
      'deadline-before-due',
    ]);
    expect(raised.sla.firstReplyDue).toBe('2026-11-20T10:12:00+09:00');
  });

  it('handles a deadline when the priority has no first-reply target', () => {
    // 今日中 makes it critical, hence urgent, and this policy has no urgent target.
    const noUrgent = tokyo({
      firstReply: { normal: { minutes: 60, basis: 'calendar' }, high: { minutes: 30, basis: 'calendar' } },
    });
    const result = triaged({ text: '今日中にご返信ください。', receivedAt: at }, { policy: noUrgent });
    expect(result.priority).toBe('urgent');
    expect(result.deadline).toMatchObject({ date: '2026-11-20', beforeFirstReplyDue: false });
    expect(result.sla.firstReplyDue).toBeNull();
  });
});

describe('triageInquiry: follow-ups', () => {
  it('plans no re-send and adds no resend-reply when the customer does not say a reply is missing', () => {
    const result = triaged({
      text: 'Where is my order?',
      from: 'ken@example.com',
      receivedAt: at,
      channel: 'email',
    });
    expect(result.intents.map((intent) => intent.id)).not.toContain('reply.missing');
    expect(result.sla.followUps).toEqual([
      {
        code: 'escalate',
        at: '2026-11-20T15:12:00+09:00',
        atMs: Date.parse('2026-11-20T15:12:00+09:00'),
        key: 'escalate:firstReply:1:1',
        message: 'Escalate the ticket: its SLA target is running out.',
      },
    ]);
    expect(result.actions.map((action) => action.code)).not.toContain('resend-reply');
  });

  it('re-sends through the other channels when no reply arrived, in the caller’s language', () => {
    const result = triaged(
      { text: '先週問い合わせましたが、まだ返信が届いていません。', receivedAt: at, channel: 'email' },
      { policy, locale: 'ja' },
    );
    expect(result.sla.followUps.map((followUp) => followUp.code)).toEqual([
      'resend-via-alternate-channel',
      'escalate',
    ]);
    const [resend, escalate] = result.sla.followUps;
    expect(resend).toMatchObject({ at, channels: ['sms', 'phone'] });
    expect(resend?.message).toMatch(/再送/);
    expect(escalate).not.toHaveProperty('channels');
    expect(escalate?.message).toMatch(/エスカレーション/);
    expect(result.actions.find((action) => action.code === 'resend-reply')).toMatchObject({
      due: result.sla.firstReplyDue,
    });
  });
});
