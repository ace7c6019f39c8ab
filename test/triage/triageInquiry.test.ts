import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultPolicy,
  derivePriority,
  localDayEnd,
  mergeActions,
  type TriageSuccess,
  triageInquiry,
} from '../../src/triage/index.ts';
import { codePointString } from '../codePointString.ts';
import { propertyRuns, underMutation } from '../underMutation.ts';

const policy = defaultPolicy('ja-JP');
const inbox = readFileSync(new URL('../../examples/inbox.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map(
    (line) =>
      JSON.parse(line) as { id: string; text: string; from: string; receivedAt: string; channel: string },
  );
const triaged = (input: Parameters<typeof triageInquiry>[0], options = {}) => {
  const result = triageInquiry(input, { policy, ...options });
  if (!result.ok) throw new Error(result.error.message);
  return result as TriageSuccess;
};
const at = '2026-11-20T09:12:00+09:00'; // a Friday

describe('defaultPolicy', () => {
  it.each([
    ['ja-JP', 'Asia/Tokyo', 'JP'],
    ['en-US', 'America/New_York', null],
  ] as const)('%s: zone %s, holidays %s', (region, zone, holidays) => {
    const made = defaultPolicy(region);
    expect(made.calendar).toMatchObject({ timeZone: zone, holidays });
    expect(made.targets.firstReply?.urgent).toEqual({ minutes: 60, basis: 'calendar' });
  });

  it('is overridable per target and per calendar field, and returns fresh objects', () => {
    const made = defaultPolicy('en-US', {
      id: 'mine',
      calendar: { holidays: ['2026-11-26'] },
      targets: { firstReply: { normal: { minutes: 240, basis: 'business' } } },
    });
    expect(made.id).toBe('mine');
    expect(made.targets.firstReply?.normal?.minutes).toBe(240);
    expect(made.targets.firstReply?.high?.minutes).toBe(120);
    expect(made.calendar).toMatchObject({ timeZone: 'America/New_York', holidays: ['2026-11-26'] });
    expect(defaultPolicy('ja-JP')).not.toBe(defaultPolicy('ja-JP'));
  });

  it('throws a TypeError for an unknown region', () => {
    expect(() => defaultPolicy('fr-FR' as 'ja-JP')).toThrow(TypeError);
  });
});

describe('derivePriority', () => {
  it.each([
    [{ urgency: 'none', anger: 0, escalation: false, needsReply: false }, 'low', ['no-reply-needed']],
    [{ urgency: 'normal', anger: 0, escalation: false }, 'normal', ['urgency-normal']],
    [{ urgency: 'high', anger: 0, escalation: false }, 'high', ['urgency-high']],
    [{ urgency: 'critical', anger: 0, escalation: false }, 'urgent', ['urgency-critical']],
    [{ urgency: 'normal', anger: 2, escalation: false }, 'high', ['urgency-normal', 'anger']],
    [
      { urgency: 'normal', anger: 1, hiddenAnger: true, escalation: false },
      'high',
      ['urgency-normal', 'hidden-anger'],
    ],
    [{ urgency: 'normal', anger: 0, escalation: true }, 'high', ['urgency-normal', 'escalation']],
    [{ urgency: 'high', anger: 2, escalation: true }, 'urgent', ['urgency-high', 'anger', 'escalation']],
    [{ urgency: 'none', anger: 0, escalation: true, needsReply: false }, 'high', ['escalation']],
  ] as const)('%o → %s', (signals, priority, reasons) => {
    expect(derivePriority(signals)).toEqual({ priority, reasons });
  });

  it('raises the priority until the first reply is due by the deadline', () => {
    const due = { low: 400, normal: 300, high: 200, urgent: 100 };
    const firstReplyDue = (p: keyof typeof due) => due[p];
    const signals = { urgency: 'normal', anger: 0, escalation: false } as const;
    expect(derivePriority(signals, { deadlineEnd: 250, firstReplyDue })).toEqual({
      priority: 'high',
      reasons: ['urgency-normal', 'deadline-before-due'],
    });
    expect(derivePriority(signals, { deadlineEnd: 50, firstReplyDue }).priority).toBe('urgent');
    expect(derivePriority(signals, { deadlineEnd: 300, firstReplyDue }).priority).toBe('normal');
    expect(derivePriority(signals, { deadlineEnd: 0, firstReplyDue: () => null }).priority).toBe('normal');
    expect(derivePriority(signals, { deadlineEnd: null, firstReplyDue }).priority).toBe('normal');
  });
});

describe('localDayEnd', () => {
  it.each([
    ['2026-11-21', 'Asia/Tokyo', '2026-11-22T00:00:00+09:00'],
    ['2026-03-07', 'America/New_York', '2026-03-08T00:00:00-05:00'],
    ['2026-03-08', 'America/New_York', '2026-03-09T00:00:00-04:00'],
  ])('%s in %s ends at %s', (date, zone, end) => {
    expect(localDayEnd(date, zone)).toBe(Date.parse(end));
  });

  it.each(['2026-13-45x', 'tomorrow', ''])('refuses %j', (date) => {
    expect(localDayEnd(date, 'Asia/Tokyo')).toBeNull();
  });

  // Date.UTC rolls 2026-02-30 over to March 2: these were read as real days.
  it.each(['2026-02-30', '2026-02-29', '2026-13-45', '2026-00-10', '2026-04-31', '2026-01-00'])(
    'refuses the impossible date %s',
    (date) => {
      expect(localDayEnd(date, 'Asia/Tokyo')).toBeNull();
    },
  );

  it('takes leap days, and years below 100 as written', () => {
    expect(localDayEnd('2028-02-29', 'Asia/Tokyo')).toBe(Date.parse('2028-03-01T00:00:00+09:00'));
    expect(localDayEnd('0099-12-31', 'UTC')).toBe(Date.parse('0100-01-01T00:00:00Z'));
  });
});

describe('mergeActions', () => {
  const carrier = {
    code: 'carrier-filter' as const,
    severity: 'warning' as const,
    message: 'au filters mail.',
    action: 'Allow our domain in au settings.',
    data: { carrier: 'au' as const },
  };
  const base = {
    urgency: 'normal',
    priority: 'normal',
    replyMissing: false,
    replyDue: 'D',
    replyDueMs: 1,
  } as const;

  it('puts phone-customer first, due with the reply, for an urgent carrier sender', () => {
    const actions = mergeActions([], [carrier], { ...base, urgency: 'high' });
    expect(actions.map((a) => [a.code, a.source, a.due])).toEqual([['phone-customer', 'sender', 'D']]);
  });

  it('moves an existing phone-customer to the front and gives it the due time', () => {
    const suggested = [
      { code: 'answer-every-request' as const, message: 'm1', reason: 'r1' },
      { code: 'phone-customer' as const, message: 'Call.', reason: 'Asked.' },
    ];
    const actions = mergeActions(suggested, [carrier], { ...base, priority: 'urgent' });
    expect(actions.map((a) => a.code)).toEqual(['phone-customer', 'answer-every-request']);
    expect(actions[0]).toMatchObject({ source: 'intent', due: 'D', message: 'Call.' });
    expect(actions[0]?.reason.startsWith('Asked. ')).toBe(true);
  });

  it('adds nothing for a carrier sender that is not urgent', () => {
    expect(mergeActions([], [carrier], base)).toEqual([]);
  });

  it('re-sends and gives the carrier allow-list guidance when no reply arrived', () => {
    const actions = mergeActions([], [carrier], { ...base, replyMissing: true, locale: 'ja' });
    expect(actions.map((a) => a.code)).toEqual(['resend-reply', 'carrier-allow-list-guidance']);
    expect(actions[1]?.message).toBe(carrier.action);
    expect(mergeActions([], [], { ...base, replyMissing: true }).map((a) => a.code)).toEqual([
      'resend-reply',
    ]);
  });

  it('asks to confirm a mistyped address', () => {
    const typo = {
      code: 'typo-domain' as const,
      severity: 'warning' as const,
      message: 'typo',
      action: 'fix it',
    };
    expect(mergeActions([], [typo], base)).toEqual([
      {
        code: 'confirm-address',
        source: 'sender',
        message: 'fix it',
        reason: 'typo',
        due: null,
        dueMs: null,
      },
    ]);
  });
});

describe('triageInquiry', () => {
  it('triages an urgent inquiry from an au address: phone before the reply is due', () => {
    const result = triaged({
      text: '至急お願いします。注文番号A-100の商品がまだ届きません。',
      from: 'taro@au.com',
      receivedAt: at,
      channel: 'email',
    });
    expect(result.sender).toMatchObject({ carrier: 'au', canonical: 'taro@au.com' });
    expect(['high', 'urgent']).toContain(result.priority);
    expect(result.actions[0]).toMatchObject({ code: 'phone-customer', due: result.sla.firstReplyDue });
    expect(result.sla.firstReplyDueMs).toBeGreaterThan(Date.parse(at));
    expect(result.sla.firstReplyDue).toMatch(/\+09:00$/);
    expect(result.receivedAt).toBe(at);
  });

  it('re-sends with the carrier guidance when a docomo customer says no reply arrived', () => {
    const result = triaged(
      {
        text: '先週問い合わせましたが、まだ返信が届いていません。',
        from: 'hanako@docomo.ne.jp',
        receivedAt: at,
      },
      { locale: 'ja', senderDomain: 'shop.example.jp' },
    );
    expect(result.intents.map((i) => i.id)).toContain('reply.missing');
    const codes = result.actions.map((a) => a.code);
    expect(codes).toEqual(expect.arrayContaining(['resend-reply', 'carrier-allow-list-guidance']));
    const guidance = result.actions.find((a) => a.code === 'carrier-allow-list-guidance');
    expect(guidance?.message).toContain('shop.example.jp');
    expect(result.sla.followUps.map((f) => f.code)).toContain('resend-via-alternate-channel');
  });

  it('raises the priority when the deadline comes before the first reply', () => {
    // Friday 17:00: a high-priority reply would be due Tuesday 10:00 (Monday 11/23 is a holiday),
    // the customer needs it by Monday: only the urgent (wall-clock) target makes it.
    const result = triaged({
      text: 'Could you confirm my order change by Monday? Thanks.',
      from: 'ken@example.org',
      receivedAt: '2026-11-20T17:00:00+09:00',
    });
    expect(result.deadline).toMatchObject({ date: '2026-11-23', end: '2026-11-24T00:00:00+09:00' });
    expect(result.priority).toBe('urgent');
    expect(result.deadline?.beforeFirstReplyDue).toBe(true);
    expect(result.priorityReasons.map((r) => r.code)).toContain('deadline-before-due');
    expect(result.sla.firstReplyDueMs).toBeLessThanOrEqual(result.deadline?.endMs ?? 0);
  });

  it('gives thanks-only mail low priority and no urgent actions', () => {
    const result = triaged({
      text: 'ありがとうございました。無事に届きました。',
      from: 'a@example.com',
      receivedAt: at,
    });
    expect(result).toMatchObject({ needsReply: false, priority: 'low' });
    expect(result.priorityReasons[0]?.code).toBe('no-reply-needed');
  });

  it('flags a mistyped sender address and suggests the fix', () => {
    const result = triaged({ text: 'Where is my order?', from: 'taro@gmial.com', receivedAt: at });
    expect(result.sender.suggestion).toBe('taro@gmail.com');
    expect(result.actions.map((a) => a.code)).toContain('confirm-address');
  });

  it('works without a sender and echoes channel and subject', () => {
    const result = triaged({
      text: 'Where is my order?',
      receivedAt: Date.parse(at),
      channel: 'chat',
      subject: 'Order',
    });
    expect(result.sender).toEqual({
      address: null,
      canonical: null,
      provider: null,
      carrier: null,
      hints: [],
      suggestion: null,
    });
    expect(result).toMatchObject({ channel: 'chat', subject: 'Order' });
  });

  it('uses the en-US default policy (New York) unless the locale is ja', () => {
    const en = triageInquiry({ text: 'Where is my order?', receivedAt: at });
    const ja = triageInquiry({ text: '注文はどこですか', receivedAt: at }, { locale: 'ja' });
    expect(en.ok && en.sla.timeZone).toBe('America/New_York');
    expect(ja.ok && ja.sla.timeZone).toBe('Asia/Tokyo');
  });

  it.each([
    ['2026-11-20T09:12:00', 'invalid-received-at'],
    ['yesterday', 'invalid-received-at'],
    [Number.NaN, 'invalid-received-at'],
  ])('refuses receivedAt %j with %s', (receivedAt, code) => {
    const result = triageInquiry({ text: 'hi', receivedAt }, { policy, locale: 'ja' });
    expect(result).toMatchObject({ ok: false, error: { code, severity: 'error' } });
    expect(!result.ok && result.error.action).toBeTruthy();
  });

  it('refuses a text that is not a string', () => {
    expect(triageInquiry({ text: 42 as unknown as string, receivedAt: at }, { policy })).toMatchObject({
      ok: false,
      error: { code: 'invalid-text' },
    });
  });

  it('throws a TypeError for a bad policy', () => {
    const bad = {
      ...policy,
      targets: { firstReply: { normal: { minutes: -1, basis: 'business' } } },
    } as never;
    expect(() => triageInquiry({ text: 'hi', receivedAt: at }, { policy: bad })).toThrow(TypeError);
    expect(() => triageInquiry({ text: 'hi', receivedAt: at }, { policy: null as never })).toThrow(TypeError);
    const noCalendar = {
      id: 'x',
      targets: { firstReply: { normal: { minutes: 60, basis: 'business' } } },
    } as never;
    expect(() => triageInquiry({ text: 'hi', receivedAt: at }, { policy: noCalendar })).toThrow(/policy/);
  });

  it('plans no follow-ups with an empty follow-up policy', () => {
    expect(
      triaged({ text: 'hi, where is my order', receivedAt: at }, { followUps: {} }).sla.followUps,
    ).toEqual([]);
  });

  it.each(inbox)('triages $id with consistent times', (row) => {
    const result = triaged(row);
    expect(result.receivedAtMs).toBe(Date.parse(row.receivedAt));
    for (const clock of result.sla.clocks) {
      expect(clock.dueMs === null || clock.dueMs >= result.receivedAtMs).toBe(true);
      expect(clock.due === null ? null : Date.parse(clock.due)).toBe(clock.dueMs);
    }
    for (const action of result.actions) expect(action.message.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('triageInquiry properties', () => {
  it('never throws on any text or sender, and is deterministic', () => {
    fc.assert(
      fc.property(codePointString(), codePointString(), (text, from) => {
        const once = triageInquiry({ text, from, receivedAt: at }, { policy });
        expect(once.ok).toBe(true);
        expect(triageInquiry({ text, from, receivedAt: at }, { policy })).toEqual(once);
      }),
      { numRuns: propertyRuns(150) },
    );
  });

  it('never throws on any receivedAt string', () => {
    fc.assert(
      fc.property(fc.string(), (receivedAt) => {
        const result = triageInquiry({ text: 'hi', receivedAt }, { policy });
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: propertyRuns(150) },
    );
  });

  it.skipIf(underMutation)('handles a 1 MB text', () => {
    const text = `至急お願いします。${'注文が届きません。'.repeat(112_000)}`;
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(triageInquiry({ text, from: 'x'.repeat(5000), receivedAt: at }, { policy }).ok).toBe(true);
  });

  it('the priority never falls below what the signals alone give, and the first reply is never after a stated deadline unless urgent', () => {
    const order = ['low', 'normal', 'high', 'urgent'];
    for (const row of inbox) {
      const result = triaged(row);
      expect(order.indexOf(result.priority)).toBeGreaterThanOrEqual(
        order.indexOf(derivePriority(result).priority),
      );
      const end = result.deadline?.endMs ?? null;
      const due = result.sla.firstReplyDueMs;
      if (end !== null && due !== null && result.priority !== 'urgent') expect(due).toBeLessThanOrEqual(end);
    }
  });
});
