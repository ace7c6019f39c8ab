// support-kit/sanitize against the naive NFKC + trim and validator.js, and the linear-cost check.
// Run: node --import tsx bench/sanitize.bench.ts (writes the `sanitize` section of docs/benchmarks.md).
import { bench, do_not_optimize, group } from 'mitata';
import { type CodeFormat, preparePassword, sanitizeCode } from 'support-kit/sanitize';
import validator from 'validator';
import { pairedRatio, runAndReport } from './report.ts';

/** 16-character codes as people paste them. */
const CODES = [
  'ABCD1234EFGH5678',
  ' ABCD1234EFGH5678\n',
  'ＡＢＣＤ１２３４ＥＦＧＨ５６７８',
  '【ABCD1234EFGH5678】',
  'ABCDー1234ーEFGHー5678',
];
const FORMAT: CodeFormat = { alphabet: 'alnum', length: 16 };

group('16-character pasted codes (5 inputs per call)', () => {
  bench('naive s.normalize("NFKC").trim()', () => {
    for (const code of CODES) do_not_optimize(code.normalize('NFKC').trim());
  });
  bench('sanitizeCode (alnum, length 16)', () => {
    for (const code of CODES) do_not_optimize(sanitizeCode(code, FORMAT));
  });
  bench('validator.trim + blacklist', () => {
    for (const code of CODES) do_not_optimize(validator.blacklist(validator.trim(code), '\\s\\-'));
  });
});

group('already clean ASCII code', () => {
  bench('naive s.normalize("NFKC").trim()', () =>
    do_not_optimize('ABCD1234EFGH5678'.normalize('NFKC').trim()),
  );
  bench('sanitizeCode (fast path)', () => do_not_optimize(sanitizeCode('ABCD1234EFGH5678', FORMAT)));
});

/** Adversarial input: repeated dots, spaces, ー, quotes and zero-width characters. */
function adversarial(units: number): string {
  const unit = '. ー"\u200b\u3000\u200d「a';
  return unit.repeat(Math.ceil(units / unit.length)).slice(0, units);
}
const MB1 = adversarial(1 << 20);
const MB4 = adversarial(4 << 20);
const HUGE = { mode: 'login', maxLength: 8 << 20 } as const;

group('linear cost: preparePassword at login, no length limit', () => {
  bench('1 MB', () => do_not_optimize(preparePassword(MB1, HUGE)));
  bench('4 MB', () => do_not_optimize(preparePassword(MB4, HUGE)));
});

group('linear cost: sanitizeCode guard (input-too-long)', () => {
  bench('1 MB', () => do_not_optimize(sanitizeCode(MB1)));
  bench('4 MB', () => do_not_optimize(sanitizeCode(MB4)));
});

/** The 3x target, measured in alternating rounds of the same inputs (see pairedRatio). */
const paired = pairedRatio(
  () => {
    for (const code of CODES) do_not_optimize(code.normalize('NFKC').trim());
  },
  () => {
    for (const code of CODES) do_not_optimize(sanitizeCode(code, FORMAT));
  },
  { rounds: 31, callsPerRound: 4000 },
);

const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
await runAndReport({
  section: 'sanitize',
  title: 'support-kit/sanitize',
  intro: `
\`sanitizeCode\` on five 16-character codes as people paste them (clean ASCII, edge white space and a
newline, full-width, wrapped in 【】, groups joined by ー), against the naive
\`s.normalize('NFKC').trim()\` and validator.js \`trim\` + \`blacklist('\\\\s\\\\-')\` — which do much
less: neither explains anything, NFKC turns \`1234²\` into \`12342\`, and neither removes ー or 【】.
Target: within 3x of the naive NFKC + trim (2x stretch). Linear cost: 4 MB of adversarial input
(dots, spaces, ー, quotes, zero-width characters) must cost at most 8x what 1 MB costs.`,
  unitsPerCall: { '16-character pasted codes (5 inputs per call)': 5 },
  unitName: { '16-character pasted codes (5 inputs per call)': 'codes' },
  summarize: (avg) => {
    const codes = '16-character pasted codes (5 inputs per call)';
    const clean = 'already clean ASCII code';
    const password = 'linear cost: preparePassword at login, no length limit';
    const guard = 'linear cost: sanitizeCode guard (input-too-long)';
    return `
- sanitizeCode vs naive NFKC + trim (pasted mix), alternating rounds (naive, sanitizeCode, naive, …; ${paired.rounds} rounds, median of the per-round ratios; the sequential table above drifts with this VM's clock): **${paired.median.toFixed(2)}x** (rounds ranged ${paired.min.toFixed(2)}–${paired.max.toFixed(2)}x; target ≤ 3x, stretch 2x); ${ratio(avg(codes, 'sanitizeCode (alnum, length 16)'), avg(codes, 'naive s.normalize("NFKC").trim()'))} in the table.
- sanitizeCode vs naive on an already clean code (fast path): **${ratio(avg(clean, 'sanitizeCode (fast path)'), avg(clean, 'naive s.normalize("NFKC").trim()'))}**.
- preparePassword 4 MB / 1 MB: **${ratio(avg(password, '4 MB'), avg(password, '1 MB'))}** (must be ≤ 8x; 4x is linear).
- sanitizeCode guard 4 MB / 1 MB: **${ratio(avg(guard, '4 MB'), avg(guard, '1 MB'))}** (one length comparison).`;
  },
});
