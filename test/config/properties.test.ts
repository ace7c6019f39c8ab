import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalizeEmail, type EmailProvider } from '../../src/email/index.ts';
import {
  type CodeFormat,
  type PreparePasswordOptions,
  preparePassword,
  sanitizeCode,
} from '../../src/sanitize/index.ts';
import {
  type CalendarConfig,
  createCalendar,
  evaluateSla,
  isConfigError,
  planFollowUps,
  type SlaPolicy,
  type TicketEvent,
} from '../../src/sla/index.ts';
import { type DefaultPolicyOptions, defaultPolicy } from '../../src/triage/index.ts';
import { FORBIDDEN_KEYS, globalSnapshot } from './helpers.ts';

type Path = readonly (string | number)[];

const calendar = {
  timeZone: 'Asia/Tokyo',
  weeklyHours: { mon: [['09:00', '18:00']] },
  holidays: 'JP',
  closures: [{ name: '年末年始', from: '12-29', to: '01-03' }],
  overrides: [{ date: '2025-06-07', hours: [['10:00', '12:00']] }],
};
const followUps = {
  delayNotice: { metrics: ['resolution'], lead: { fraction: 0.25 } },
  pendingReminders: { afterBusinessDays: [3] },
  noReply: { alternateChannels: ['sms'] },
  escalations: [{ metric: 'firstReply', atFraction: 0.75, level: 1 }],
};
const policy = {
  id: 'p',
  calendar,
  targets: { firstReply: { normal: { minutes: 60, basis: 'business' } } },
  pausedIn: { resolution: ['pending'] },
  followUps,
};
const row = { id: 'acme', name: 'ACME', domains: ['acme.example'], rules: { subaddress: '+' } };
const AT = Date.UTC(2025, 5, 2, 1);
const events: TicketEvent[] = [{ type: 'created', at: AT, by: 'customer', priority: 'normal' }];

/** Every config entry point: its valid base, the objects inside it, and how a field is named. */
const ENTRIES = [
  {
    where: 'createCalendar',
    base: calendar,
    nodes: [[], ['weeklyHours'], ['closures', 0], ['overrides', 0]] as Path[],
    root: '',
    run: (config: unknown) => createCalendar(config as CalendarConfig),
  },
  {
    where: 'evaluateSla',
    base: policy,
    nodes: [
      [],
      ['targets'],
      ['targets', 'firstReply'],
      ['targets', 'firstReply', 'normal'],
      ['pausedIn'],
      ['calendar'],
      ['calendar', 'weeklyHours'],
      ['followUps'],
      ['followUps', 'delayNotice'],
      ['followUps', 'delayNotice', 'lead'],
      ['followUps', 'escalations', 0],
    ] as Path[],
    root: 'policy',
    run: (config: unknown) => evaluateSla(config as SlaPolicy, events, AT),
  },
  {
    where: 'planFollowUps',
    base: followUps,
    nodes: [[], ['delayNotice'], ['pendingReminders'], ['noReply'], ['escalations', 0]] as Path[],
    root: 'followUps',
    run: (config: unknown) => planFollowUps(policy as unknown as SlaPolicy, config as never, events, AT),
  },
  {
    where: 'support-kit/email',
    base: [row],
    nodes: [[0], [0, 'rules']] as Path[],
    root: 'providers',
    run: (config: unknown) => canonicalizeEmail('a@acme.example', { providers: config as EmailProvider[] }),
  },
  {
    where: 'defaultPolicy',
    base: { id: 'x', calendar: { description: 'x' }, targets: {}, followUps: {} },
    nodes: [[], ['calendar'], ['targets'], ['followUps']] as Path[],
    root: 'options',
    run: (config: unknown) => defaultPolicy('ja-JP', config as DefaultPolicyOptions),
  },
  {
    where: 'sanitizeCode',
    base: { alphabet: { chars: 'AB12' }, length: { min: 4, max: 8 }, groupSize: 4, checksum: 'luhn' },
    nodes: [[], ['alphabet'], ['length']] as Path[],
    root: 'format',
    run: (config: unknown) => sanitizeCode('AB-12', config as CodeFormat),
  },
  {
    where: 'preparePassword',
    base: { mode: 'set', minLength: 8, maxBytes: 72, normalization: 'nfc', locale: 'ja' },
    nodes: [[]] as Path[],
    root: 'options',
    run: (config: unknown) => preparePassword('correct horse', config as PreparePasswordOptions),
  },
];

/** `['closures', 0]` under `root` → `closures[0]`, `policy.targets`, `providers[0].rules`. */
function fieldOf(root: string, path: Path): string {
  let out = root;
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out || 'config';
}

/** A deep copy of the base with `key: value` added as an own property of the node at `path`. */
function withKey(base: unknown, path: Path, key: string, value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(base));
  let node = copy;
  for (const p of path) node = node[p];
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const extraKey = fc.oneof(
  fc.constantFrom(...FORBIDDEN_KEYS),
  fc.constantFrom('toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'isPrototypeOf'),
  fc.string({ maxLength: 12, unit: 'binary' }).map((s) => `_${s}`),
);

describe('property: an extra key never validates silently and never pollutes', () => {
  it.each(ENTRIES)('$where', ({ where, base, nodes, root, run }) => {
    expect(() => run(JSON.parse(JSON.stringify(base)))).not.toThrow();
    fc.assert(
      fc.property(
        fc.constantFrom(...nodes),
        extraKey,
        fc.jsonValue({ maxDepth: 2 }),
        fc.boolean(),
        (path, key, value, throughJson) => {
          const snapshot = globalSnapshot();
          const made = withKey(base, path, key, value);
          const config = throughJson ? JSON.parse(JSON.stringify(made)) : made;
          let error: unknown;
          try {
            run(config);
          } catch (caught) {
            error = caught;
          }
          expect(isConfigError(error)).toBe(true);
          const problem = (FORBIDDEN_KEYS as readonly string[]).includes(key)
            ? `has a forbidden key "${key}"`
            : `has an unknown field "${key}"`;
          expect((error as Error).message).toBe(`${where}: ${fieldOf(root, path)} ${problem}`);
          snapshot.untouched();
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** Random objects made of the config's own key names, forbidden keys and JSON values. */
const KEYS = [
  ...FORBIDDEN_KEYS,
  ...new Set(ENTRIES.flatMap(({ base }) => JSON.stringify(base).match(/"(\w+)":/g) ?? [])),
].map((k) => k.replace(/[":]/g, ''));
const jsonish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    fc.jsonValue({ maxDepth: 1 }),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 4 })), tie('value'), {
      maxKeys: 5,
    }),
  ),
})).value;

describe('property: any JSON-ish config is accepted or refused with a ConfigError, never pollutes', () => {
  it.each(ENTRIES)('$where', ({ run }) => {
    const snapshot = globalSnapshot();
    fc.assert(
      fc.property(jsonish, (config) => {
        try {
          run(config);
        } catch (error) {
          if (!isConfigError(error)) throw error;
        }
        expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
    snapshot.untouched();
  });
});
