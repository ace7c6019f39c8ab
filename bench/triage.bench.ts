// Triage benchmark: triageInquiry on the 34 messages of examples/inbox.jsonl (intents, priority,
// SLA clocks and follow-ups, sender hints, merged actions), and the built CLI on 200,000 lines.
// Run: node --import tsx bench/triage.bench.ts   (builds nothing: run `npm run build` first)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, do_not_optimize, group } from 'mitata';
import { defaultPolicy, type TriageInput, triageInquiry } from 'support-kit/triage';
import { runAndReport } from './report.ts';

const inbox = readFileSync(new URL('../examples/inbox.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as TriageInput);
const policy = defaultPolicy('ja-JP');

group('triageInquiry', () => {
  bench(`examples/inbox.jsonl (${inbox.length} messages)`, () => {
    for (const input of inbox) do_not_optimize(triageInquiry(input, { policy }));
  });
  bench('examples/inbox.jsonl, messages in Japanese', () => {
    for (const input of inbox) do_not_optimize(triageInquiry(input, { policy, locale: 'ja' }));
  });
});

// The CLI: one timed run of the built binary on 200,000 generated lines (output to /dev/null).
const LINES = 200_000;
const file = join(mkdtempSync(join(tmpdir(), 'support-kit-bench-')), 'inbox-200k.jsonl');
const body: string[] = [];
for (let i = 0; i < LINES; i++) {
  const sample = inbox[i % inbox.length] as TriageInput;
  body.push(JSON.stringify({ ...sample, id: i }));
}
writeFileSync(file, `${body.join('\n')}\n`);
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const started = performance.now();
const child = spawnSync(process.execPath, [cli, 'triage', file, '--locale', 'ja'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const seconds = (performance.now() - started) / 1000;
const cliLine =
  child.status === 0
    ? `**CLI**: \`support-kit triage\` (built \`dist/cli.js\`, JSONL out) on ${LINES.toLocaleString('en')} lines cycling through the inbox: ${seconds.toFixed(1)} s, **${Math.round(LINES / seconds).toLocaleString('en')} lines/s** (one run, process start included). Peak RSS stays near 120 MB (see test/cli/bin.test.ts).`
    : `**CLI**: the built binary failed (exit ${child.status}); run \`npm run build\` first.`;

await runAndReport({
  section: 'triage',
  title: 'triage',
  intro: `\`triageInquiry\` runs \`detectIntent\`, \`canonicalizeEmail\`, \`deliverabilityHints\`, \`evaluateSla\` (one to five times: the deadline rule tries higher priorities) and \`planFollowUps\`, with \`defaultPolicy('ja-JP')\`. One call of a row below triages all ${inbox.length} messages of examples/inbox.jsonl.`,
  unitsPerCall: { triageInquiry: inbox.length },
  unitName: { triageInquiry: 'messages' },
  summarize: () => cliLine,
});
