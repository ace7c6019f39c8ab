// The fuzz suite's coverage list (issue #10): every function exported by an entry point (support-kit/node
// aside: it only takes a domain for DNS, behind `lookupDnsFacts`' own tests) is either fuzzed with
// user text — in the file named here — or named with the reason it takes no end-user text. A new
// export fails this test until it is placed in one of the two lists.
//
// Contracts checked per fuzzed function (details in each file):
// - sanitizeCode: value only holds the format's alphabet, has its length, passes its checksum, groups
//   rebuild it; idempotent (clean input → same value, no changes); changes in pipeline order, once each;
//   en/ja same codes; over maxInputLength → input-too-long before any work.
// - preparePassword: value well-formed, NFC/NFKC-stable, no controls, within min/max length and
//   maxBytes, not blank; idempotent; ≤ 3 distinct normalized alternatives; en/ja same codes.
// - crockfordCheckSymbol / isValidLuhn: a symbol of the 37 or undefined, agreeing with sanitizeCode;
//   Luhn true only for digits, exactly one check digit completes any digit string.
// - parseEmail: domain lower-case ASCII, ≥ 2 labels of 1–63, ≤ 253; local ≤ 64 and address ≤ 254
//   octets; punycode round trip of the Unicode domain; the address parses back to itself; en/ja codes.
// - canonicalizeEmail / sameMailbox: canonical(canonical) = canonical; sameMailbox(input, canonical)
//   and (input, address); reflexive on valid addresses, symmetric always; en/ja same key and codes.
// - providerOf: a row of EMAIL_PROVIDERS or null, the same provider canonicalizeEmail names.
// - deliverabilityHints: every hint coded, with message and action, sorted by severity, no code
//   twice; invalid ⇔ parseEmail refuses; a suggestion parses and changes the domain; en/ja same.
// - suggestDomain: null or a lower-case ASCII domain other than the normalized input, itself never
//   corrected again. isDisposableDomain: boolean, case- and root-dot-blind, true below a true domain.
// - detectIntent: evidence spans inside the text and slicing to their text; confidence in (0, 0.99];
//   ≤ 16 spans an intent; enums and invariants (urgency none ⇔ no reply); deadline never before the
//   day received; action codes known; the locale changes wording only; TypeError only for options.
// - triageInquiry: priority in its enum; intents and sender exactly what detectIntent,
//   canonicalizeEmail and deliverabilityHints say; due times formatted in the zone; en/ja same codes;
//   unusable reception time or text → { ok: false }. localDayEnd: null or a local midnight.
// - codeSchema / passwordSchema / emailSchema: safeParse never throws and agrees with the wrapped
//   function (value, or one issue with its code and message; no password in the issue).
// - formatInstant & the calendar functions on text instants / dates: ISO output that reads back to
//   itself, or the documented TypeError (RangeError outside 2000–2099).
// - CLI helpers (not an entry point, but they print user text): see cli.test.ts.
// Every file also runs its functions on the 1 MB inputs of arbitraries.ts under a hang guard.
import { describe, expect, it } from 'vitest';
import * as disposable from '../../src/deliverability/disposable/index.ts';
import * as deliverability from '../../src/deliverability/index.ts';
import * as email from '../../src/email/index.ts';
import * as intent from '../../src/intent/index.ts';
import * as sanitize from '../../src/sanitize/index.ts';
import * as sla from '../../src/sla/index.ts';
import * as triage from '../../src/triage/index.ts';
import * as zod from '../../src/zod/index.ts';

/** Exported by any entry whose functions read developer configuration: no user text. */
const CONFIG_ERROR: Record<string, string> = {
  ConfigError: 'the error class thrown for a bad developer configuration',
  isConfigError: 'a type guard on a caught error',
};

/** Per entry: fuzzed functions → their fuzz file, and functions without user text → why. */
const COVERAGE: Record<
  string,
  {
    readonly module: object;
    readonly fuzzed: Record<string, string>;
    readonly noUserText: Record<string, string>;
  }
> = {
  sanitize: {
    module: sanitize,
    fuzzed: {
      sanitizeCode: 'sanitize.test.ts',
      preparePassword: 'sanitize.test.ts',
      crockfordCheckSymbol: 'sanitize.test.ts',
      isValidLuhn: 'sanitize.test.ts',
    },
    noUserText: {},
  },
  email: {
    module: email,
    fuzzed: {
      parseEmail: 'email.test.ts',
      canonicalizeEmail: 'email.test.ts',
      sameMailbox: 'email.test.ts',
      providerOf: 'email.test.ts',
    },
    noUserText: {},
  },
  deliverability: {
    module: deliverability,
    fuzzed: { deliverabilityHints: 'deliverability.test.ts', suggestDomain: 'deliverability.test.ts' },
    noUserText: {},
  },
  'deliverability/disposable': {
    module: disposable,
    fuzzed: { isDisposableDomain: 'deliverability.test.ts' },
    noUserText: {},
  },
  intent: { module: intent, fuzzed: { detectIntent: 'intent.test.ts' }, noUserText: {} },
  sla: {
    module: sla,
    fuzzed: {
      formatInstant: 'sla.test.ts',
      isBusinessTime: 'sla.test.ts',
      nextBusinessStart: 'sla.test.ts',
      isBusinessDay: 'sla.test.ts',
      isJapaneseHoliday: 'sla.test.ts',
      findJapaneseHoliday: 'sla.test.ts',
    },
    noUserText: {
      addBusinessDays:
        'instants and a day count; its instant text goes through the parser fuzzed via isBusinessTime',
      addBusinessMinutes: 'instants and minutes; same instant parser as isBusinessTime',
      businessMinutesBetween: 'two instants; same instant parser as isBusinessTime',
      businessPeriods: 'two instants; same instant parser as isBusinessTime',
      createCalendar: 'developer configuration, validated with zod (throws by design)',
      computeSla: 'developer policy and ticket events',
      evaluateSla: 'developer policy and ticket events',
      planFollowUps: 'developer policy and ticket events',
      japaneseHolidays: 'a year number',
    },
  },
  triage: {
    module: triage,
    fuzzed: { triageInquiry: 'triage.test.ts', localDayEnd: 'triage.test.ts' },
    noUserText: {
      defaultPolicy: 'a region name chosen by the developer',
      derivePriority: "detectIntent's result (fuzzed through triageInquiry)",
      mergeActions: "detectIntent's and deliverabilityHints' results (fuzzed through triageInquiry)",
    },
  },
  zod: {
    module: zod,
    fuzzed: { codeSchema: 'zod.test.ts', passwordSchema: 'zod.test.ts', emailSchema: 'zod.test.ts' },
    noUserText: {},
  },
};

describe('fuzz coverage', () => {
  it.each(Object.entries(COVERAGE))(
    'every function of support-kit/%s is fuzzed or has no user text',
    (_, entry) => {
      const exported = Object.entries(entry.module)
        .filter(([name, value]) => typeof value === 'function' && !Object.hasOwn(CONFIG_ERROR, name))
        .map(([name]) => name)
        .sort();
      expect(exported).toEqual([...Object.keys(entry.fuzzed), ...Object.keys(entry.noUserText)].sort());
    },
  );
});
