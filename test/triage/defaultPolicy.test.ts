import { describe, expect, it } from 'vitest';
import type { CalendarConfig } from '../../src/sla/index.ts';
import { defaultPolicy, type TriageSuccess, triageInquiry } from '../../src/triage/index.ts';

const triaged = (result: ReturnType<typeof triageInquiry>) => {
  if (!result.ok) throw new Error(result.error.message);
  return result as TriageSuccess;
};

describe('defaultPolicy: what each region gets', () => {
  it.each([
    ['ja-JP', 'default-ja-JP', '18:00', /Japan/],
    ['en-US', 'default-en-US', '17:00', /United States/],
  ] as const)('%s: id %s, weekdays 09:00-%s, a description', (region, id, close, description) => {
    const made = defaultPolicy(region);
    const calendar = made.calendar as CalendarConfig;
    expect(made.id).toBe(id);
    expect(calendar.weeklyHours).toEqual({
      mon: [['09:00', close]],
      tue: [['09:00', close]],
      wed: [['09:00', close]],
      thu: [['09:00', close]],
      fri: [['09:00', close]],
    });
    expect(calendar.description).toMatch(description);
    expect(made.warnAt).toEqual([]);
  });

  it('en-US closes at 17:00 New York time: a normal inquiry at 16:00 is due at 16:00 the next day', () => {
    // Thursday 2026-11-19 16:00 in New York; 480 business minutes: 60 today, 420 from Friday 09:00.
    const result = triaged(
      triageInquiry({ text: 'Where is my order?', receivedAt: '2026-11-19T16:00:00-05:00' }),
    );
    expect(result.priority).toBe('normal');
    expect(result.sla.firstReplyDue).toBe('2026-11-20T16:00:00-05:00');
    expect(result.sla.policyId).toBe('default-en-US');
  });

  it('ja-JP is closed over the New Year: a reply due after 12/28 waits until 1/4', () => {
    expect((defaultPolicy('ja-JP').calendar as CalendarConfig).closures).toEqual([
      { name: '年末年始', from: '12-29', to: '01-03' },
    ]);
    // Monday 12/28 17:30: 30 business minutes that day, the other 450 from Monday 1/4 09:00.
    const result = triaged(
      triageInquiry(
        { text: '注文した商品がまだ届きません。', receivedAt: '2026-12-28T17:30:00+09:00' },
        { policy: defaultPolicy('ja-JP') },
      ),
    );
    expect(result.priority).toBe('normal');
    expect(result.sla.firstReplyDue).toBe('2027-01-04T16:30:00+09:00');
  });

  it.each(['ja-JP', 'en-US'] as const)(
    '%s re-sends by e-mail, SMS or phone, other than the channel the message came through',
    (region) => {
      const policy = defaultPolicy(region);
      const resend = (channel: string) =>
        triaged(
          triageInquiry(
            {
              text: 'I wrote last week but never got a reply.',
              receivedAt: '2026-11-20T09:12:00+09:00',
              channel,
            },
            { policy },
          ),
        ).sla.followUps.find((followUp) => followUp.code === 'resend-via-alternate-channel')?.channels;
      expect(resend('chat')).toEqual(['email', 'sms', 'phone']);
      expect(resend('sms')).toEqual(['email', 'phone']);
    },
  );

  it('names the policy in the result', () => {
    const result = triaged(
      triageInquiry(
        { text: '注文はどこですか', receivedAt: '2026-11-20T09:12:00+09:00' },
        { policy: defaultPolicy('ja-JP') },
      ),
    );
    expect(result.sla.policyId).toBe('default-ja-JP');
  });
});

describe('defaultPolicy: bad options', () => {
  it('refuses another region, naming it', () => {
    expect(() => defaultPolicy('fr-FR' as 'ja-JP')).toThrow(
      `defaultPolicy: region must be 'ja-JP' or 'en-US', got "fr-FR"`,
    );
  });

  it('validates the follow-ups it is given, as options', () => {
    expect(() => defaultPolicy('ja-JP', { followUps: { escalations: 'soon' } as never })).toThrow(
      'defaultPolicy: options.followUps.escalations must be an array',
    );
    expect(() =>
      defaultPolicy('en-US', { followUps: { noReply: { alternateChannels: 'sms' } } as never }),
    ).toThrow(/^defaultPolicy: options\.followUps\.noReply\.alternateChannels /);
  });

  it('does not remember the follow-ups object it was given: changed before use, it is checked when used', () => {
    const policy = defaultPolicy('ja-JP');
    const at = '2026-11-20T09:12:00+09:00';
    expect(triageInquiry({ text: 'Where is my order?', receivedAt: at }, { policy }).ok).toBe(true);
    const made = defaultPolicy('ja-JP', {
      followUps: { escalations: [{ metric: 'firstReply', atFraction: 0.5, level: 1 }] },
    });
    const followUps = made.followUps as { escalations: unknown };
    followUps.escalations = 'soon'; // allowed: the policy has not been used yet
    expect(() =>
      triageInquiry({ text: 'Where is my order?', receivedAt: at }, { policy, followUps: made.followUps }),
    ).toThrow('triageInquiry: followUps.escalations must be an array');
  });
});
