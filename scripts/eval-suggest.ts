// Precision and recall of suggestDomain and of its peers (mailcheck 1.1.1, email-misspelled
// 4.4.0 with its `top100` and `all` lists) on the same typo set: test/deliverability/typoCases.ts
// (typos with the domain meant, and real near-miss domains that must get no suggestion).
//
//   node --import tsx scripts/eval-suggest.ts
//
// precision = right suggestions / all suggestions made; recall = right suggestions / typos.
// Case is ignored when comparing. bench/deliverability.bench.ts prints the same table into
// docs/benchmarks.md.
import { createRequire } from 'node:module';
import { all, default as emailMisspelled, top100 } from 'email-misspelled';
import { suggestDomain } from '../src/deliverability/index.ts';
import { REAL_NEAR_MISSES, TYPO_CASES } from '../test/deliverability/typoCases.ts';

interface MailcheckSuggestion {
  readonly domain: string;
}
interface Mailcheck {
  suggest(email: string): MailcheckSuggestion | false;
  run(options: { email: string; suggested: (s: MailcheckSuggestion) => void; empty: () => void }): void;
}

const require = createRequire(import.meta.url);
/** mailcheck 1.1.1 is a CommonJS module with no types. */
export const mailcheck = require('mailcheck') as Mailcheck;

const misspelledTop100 = emailMisspelled({ domains: top100 });
const misspelledAll = emailMisspelled({ domains: all });

/** Each suggester takes a whole address and returns the suggested domain or null. */
export const SUGGESTERS: readonly (readonly [name: string, suggest: (address: string) => string | null])[] = [
  ['support-kit suggestDomain', (address) => suggestDomain(address.slice(address.lastIndexOf('@') + 1))],
  [
    'mailcheck 1.1.1 (run)',
    (address) => {
      let found: string | null = null;
      mailcheck.run({ email: address, suggested: (s) => (found = s.domain), empty: () => (found = null) });
      return found;
    },
  ],
  ['email-misspelled 4.4.0 (top100)', (address) => misspelledTop100(address)[0]?.suggest ?? null],
  ['email-misspelled 4.4.0 (all)', (address) => misspelledAll(address)[0]?.suggest ?? null],
];

/** The outcome of one suggester on the set. */
export interface Evaluation {
  readonly name: string;
  readonly right: number;
  readonly wrongTarget: number;
  readonly missed: number;
  readonly falseOnReal: number;
  readonly precision: number;
  readonly recall: number;
}

export function evaluate(name: string, suggest: (address: string) => string | null): Evaluation {
  let right = 0;
  let wrongTarget = 0;
  let missed = 0;
  let falseOnReal = 0;
  for (const [typed, intended] of TYPO_CASES) {
    const got = suggest(`taro@${typed}`)?.toLowerCase() ?? null;
    if (got === null) missed++;
    else if (got === intended) right++;
    else wrongTarget++;
  }
  for (const domain of REAL_NEAR_MISSES) {
    const got = suggest(`taro@${domain}`)?.toLowerCase() ?? null;
    if (got !== null && got !== domain) falseOnReal++;
  }
  const made = right + wrongTarget + falseOnReal;
  return {
    name,
    right,
    wrongTarget,
    missed,
    falseOnReal,
    precision: made === 0 ? 0 : right / made,
    recall: right / TYPO_CASES.length,
  };
}

/** The Markdown table of every suggester. */
export function evaluationTable(): string {
  const lines = [
    `Typo set: ${TYPO_CASES.length} typos (Gmail, Yahoo .com/.co.jp, Hotmail/Outlook, iCloud, docomo, ezweb/au, SoftBank) and ${REAL_NEAR_MISSES.length} real near-miss domains (test/deliverability/typoCases.ts).`,
    '',
    '| suggester | right | wrong target | missed | false on real domains | precision | recall |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [name, suggest] of SUGGESTERS) {
    const e = evaluate(name, suggest);
    lines.push(
      `| ${e.name} | ${e.right} | ${e.wrongTarget} | ${e.missed} | ${e.falseOnReal} | ${e.precision.toFixed(2)} | ${e.recall.toFixed(2)} |`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(evaluationTable());
}
