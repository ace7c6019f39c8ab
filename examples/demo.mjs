// `npm run demo`: the main job on the bundled sample data, through the built CLI, as a user
// would run it. Each step prints a readable table; refused rows are part of the show, so their
// exit code 1 is expected here.
import { spawnSync } from 'node:child_process';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const examples = new URL('.', import.meta.url).pathname;

const steps = [
  {
    title:
      'The main job: triage the inbox (intents, priority, first-reply due time, sender, actions): support-kit triage',
    args: ['triage', `${examples}inbox.jsonl`, '--policy', `${examples}policy.json`, '--output', 'table'],
  },
  {
    title: 'Codes pasted into a gift-code form (8 digits): support-kit code',
    args: [
      'code',
      '--format',
      'digits,length=8,group=4',
      '--output',
      'table',
      '--file',
      `${examples}codes.txt`,
    ],
  },
  {
    title: 'The same, messages in Japanese',
    args: [
      'code',
      '--format',
      'digits,length=8,group=4',
      '--output',
      'table',
      '--locale',
      'ja',
      '--file',
      `${examples}codes.txt`,
    ],
  },
  {
    title: 'Crockford Base32 codes with a check symbol',
    args: [
      'code',
      '--format',
      'crockford,checksum=crockford,group=4',
      '--output',
      'table',
      '--file',
      `${examples}gift-codes.txt`,
    ],
  },
  {
    title:
      'Sign-ups that share one mailbox (Gmail dots and +tags, googlemail, Proton aliases…): support-kit emails',
    args: ['emails', `${examples}signups.csv`, '--dedupe', '--output', 'table'],
  },
  {
    title:
      'SLA clocks and follow-ups of a ticket, Tokyo business hours with Japanese holidays: support-kit sla',
    args: [
      'sla',
      '--policy',
      `${examples}policy.json`,
      '--events',
      `${examples}sla-ticket.json`,
      '--output',
      'table',
    ],
  },
];

for (const step of steps) {
  console.log(
    `\n=== ${step.title}\n$ support-kit ${step.args.map((a) => (a.includes(examples) ? a.replace(examples, 'examples/') : a)).join(' ')}\n`,
  );
  const result = spawnSync(process.execPath, [cli, ...step.args], { stdio: 'inherit' });
  if (result.status !== 0 && result.status !== 1) process.exit(result.status ?? 1);
}
