import { describe, expect, it } from 'vitest';
import { defaultPolicy, isConfigError, triageInquiry } from '../../src/triage/index.ts';

const input = { text: '注文した商品がまだ届きません。', receivedAt: '2026-11-20T09:12:00+09:00' };

const thrown = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
};

describe('triageInquiry: the policy and follow-ups are checked as configuration', () => {
  it.each([
    ['null', null],
    ['a string', 'default-ja-JP'],
  ])('refuses a policy that is %s, naming the policy', (_, policy) => {
    const error = thrown(() => triageInquiry(input, { policy: policy as never, followUps: {} }));
    expect(isConfigError(error)).toBe(true);
    expect((error as Error).message).toBe('triageInquiry: policy must be an object');
  });

  it('refuses follow-ups that are not an object', () => {
    const policy = defaultPolicy('ja-JP');
    expect(() => triageInquiry(input, { policy, followUps: 'escalate' as never })).toThrow(
      'triageInquiry: followUps must be an object',
    );
  });

  it('checks new follow-ups given with a policy it has already checked', () => {
    const policy = defaultPolicy('ja-JP');
    expect(triageInquiry(input, { policy }).ok).toBe(true);
    expect(triageInquiry(input, { policy, followUps: {} }).ok).toBe(true);
    const error = thrown(() =>
      triageInquiry(input, { policy, followUps: { escalations: [{ metric: 'firstReply' }] } as never }),
    );
    expect(isConfigError(error)).toBe(true);
    expect((error as Error).message).toMatch(/^triageInquiry: followUps\.escalations\[0\]\./);
    // The policy itself is still fine.
    expect(triageInquiry(input, { policy }).ok).toBe(true);
  });

  it('checks a new policy given with follow-ups it has already checked', () => {
    const followUps = { escalations: [{ metric: 'firstReply' as const, atFraction: 0.5, level: 1 }] };
    expect(triageInquiry(input, { policy: defaultPolicy('ja-JP'), followUps }).ok).toBe(true);
    const bad = { ...defaultPolicy('ja-JP'), targets: { firstReply: { normal: { minutes: -5 } } } } as never;
    expect(() => triageInquiry(input, { policy: bad, followUps })).toThrow(
      /^triageInquiry: policy\.targets\.firstReply\.normal\./,
    );
  });
});
