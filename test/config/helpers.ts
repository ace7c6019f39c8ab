import { expect } from 'vitest';
import { isDisposableDomain } from '../../src/deliverability/disposable/index.ts';
import { deliverabilityHints } from '../../src/deliverability/index.ts';
import { canonicalizeEmail, EMAIL_PROVIDERS, sameMailbox } from '../../src/email/index.ts';
import { detectIntent } from '../../src/intent/index.ts';
import { preparePassword, sanitizeCode } from '../../src/sanitize/index.ts';
import {
  createCalendar,
  evaluateSla,
  isConfigError,
  japaneseHolidays,
  planFollowUps,
} from '../../src/sla/index.ts';
import { DEFAULT_TARGETS, defaultPolicy, triageInquiry } from '../../src/triage/index.ts';
import { codeSchema, emailSchema, passwordSchema } from '../../src/zod/index.ts';

/** Keys that must never be merged into anything, as a config can hold them. */
export const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** A value that would pollute `Object.prototype` if a config merge followed it. */
export const POISON = { polluted: 'yes', prototype: { polluted: 'yes' } };

/**
 * The three ways a forbidden key reaches a config: a computed key in a literal (an own property
 * named `__proto__`, not the prototype), `JSON.parse` (the same, from a file or a request), and a
 * plain literal key (`constructor`, `prototype`).
 */
export function withForbiddenKey<T extends object>(base: T, key: string, how: 'computed' | 'json'): T {
  const json = JSON.stringify(base);
  const rest = json === '{}' ? '}' : `,${json.slice(1)}`;
  const made =
    how === 'json'
      ? (JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(POISON)}${rest}`) as T)
      : ({ [key]: POISON, ...base } as T);
  // An own property (not the prototype): what a merge would copy, and what validation must see.
  expect(Object.hasOwn(made, key)).toBe(true);
  expect(Object.getPrototypeOf(made)).toBe(Object.prototype);
  return made;
}

/** The tables every caller shares, as plain data (getters read). */
function sharedTables(): unknown {
  return {
    providers: EMAIL_PROVIDERS.map(({ id, name, domains, rules }) => ({
      id,
      name,
      domains: [...domains],
      rules: JSON.parse(JSON.stringify(rules)),
    })),
    targets: JSON.parse(JSON.stringify(DEFAULT_TARGETS)),
    ja: JSON.parse(JSON.stringify(defaultPolicy('ja-JP'))),
    en: JSON.parse(JSON.stringify(defaultPolicy('en-US'))),
    holidays: japaneseHolidays(2026).map((h) => ({ ...h })),
  };
}

/**
 * A snapshot of global state: `Object.prototype`'s own names and the library's shared tables.
 * `untouched()` asserts that nothing changed and that no object inherits a polluted property.
 */
export function globalSnapshot(): { untouched: () => void } {
  const names = Object.getOwnPropertyNames(Object.prototype).sort();
  const functionNames = Object.getOwnPropertyNames(Function.prototype).sort();
  const arrayNames = Object.getOwnPropertyNames(Array.prototype).sort();
  const tables = sharedTables();
  return {
    untouched() {
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(names);
      expect(Object.getOwnPropertyNames(Function.prototype).sort()).toEqual(functionNames);
      expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayNames);
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
      expect((Object.create(null) as { polluted?: unknown }).polluted).toBeUndefined();
      expect(([] as unknown as { polluted?: unknown }).polluted).toBeUndefined();
      expect(sharedTables()).toEqual(tables);
    },
  };
}

/**
 * Runs `make` and returns the ConfigError it throws; fails the test when it returns or throws
 * anything else. The error is a TypeError (DESIGN: a bad config throws a TypeError naming the field).
 */
export function configError(make: () => unknown): { message: string; field: string } {
  try {
    make();
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
    expect(isConfigError(error)).toBe(true);
    const { message, field } = error as { message: string; field: string };
    expect(message).toContain(field);
    return { message, field };
  }
  throw new Error('expected a ConfigError, but the config was accepted');
}

/**
 * Calls every browser entry once, config validation included (calendar, policy, follow-ups,
 * provider table, code format), so that a test can watch what the library touches.
 */
export function exerciseEveryEntry(): void {
  const calendar = createCalendar({
    timeZone: 'Asia/Tokyo',
    weeklyHours: { mon: [['09:00', '18:00']] },
    holidays: 'JP',
  });
  const events = [{ type: 'created', at: Date.UTC(2025, 5, 2), by: 'customer', priority: 'normal' } as const];
  const policy = {
    id: 'x',
    calendar,
    targets: { firstReply: { normal: { minutes: 60, basis: 'business' } } },
  } as const;
  evaluateSla(policy, events, Date.UTC(2025, 5, 3));
  planFollowUps(policy, { pendingReminders: { afterBusinessDays: [3] } }, events, Date.UTC(2025, 5, 3));
  triageInquiry(
    { text: '至急、返金してください', from: 'taro@au.com', receivedAt: '2026-11-20T09:12:00+09:00' },
    { policy: defaultPolicy('ja-JP', { id: 'y' }), isDisposable: isDisposableDomain },
  );
  const providers = [{ id: 'a', name: 'A', domains: ['a.example'], rules: { subaddress: '+' } }];
  canonicalizeEmail('Ta.ro+x@gmail.com', { providers });
  sameMailbox('taro@a.example', 'taro+x@a.example', { providers });
  deliverabilityHints('taro@gmial.com', { dns: { mx: [] } });
  detectIntent('I want a refund by Friday', { receivedAt: '2026-11-20T10:00:00+09:00' });
  sanitizeCode(' ＡＢ-12 ', { alphabet: { chars: 'AB12' } });
  preparePassword(' secret ', { mode: 'set' });
  codeSchema({ alphabet: 'digits' }).safeParse('１２３');
  emailSchema().safeParse('taro@gmail.com');
  passwordSchema({ mode: 'login' }).safeParse('pw');
}
