/**
 * support-kit/email against validator.js `normalizeEmail`, the `normalize-email` package and a
 * baseline that only lower-cases and splits at '@', on the same 10,000 mixed addresses.
 * Run: node --import tsx bench/email.bench.ts
 */
import { bench, do_not_optimize, group } from 'mitata';
import normalizeEmailPackage from 'normalize-email';
import { canonicalizeEmail } from 'support-kit/email';
import validator from 'validator';
import { runAndReport } from './report.ts';

/** mulberry32: a small seeded PRNG, so every run measures the same addresses. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20250401);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const given = [
  'taro',
  'hanako',
  'ichiro',
  'yuki',
  'emily',
  'james',
  'olivia',
  'ivan',
  'sophie',
  'wei',
  'minjun',
];
const family = [
  'yamada',
  'sato',
  'suzuki',
  'tanaka',
  'carter',
  'smith',
  'brown',
  'petrov',
  'martin',
  'li',
  'kim',
];
const tags = ['shop', 'news', 'amazon', 'jobs', '2025'];
const companies = [
  'example.co.jp',
  'acme-corp.com',
  'shinkansen.jp',
  'univ.ac.jp',
  'startup.io',
  'bank.example.com',
];
const name = () =>
  `${pick(given)}${pick(['.', '', '_', '-'])}${pick(family)}${random() < 0.3 ? Math.floor(random() * 100) : ''}`;
const upper = (s: string) => (random() < 0.15 ? s.replace(/^./, (c) => c.toUpperCase()).toUpperCase() : s);

/** One address of a realistic sign-up table mix. */
function address(): string {
  const r = random();
  if (r < 0.3)
    return upper(
      `${name()}${random() < 0.3 ? `+${pick(tags)}` : ''}@${pick(['gmail.com', 'gmail.com', 'googlemail.com'])}`,
    );
  if (r < 0.42)
    return upper(
      `${name()}${random() < 0.2 ? `+${pick(tags)}` : ''}@${pick(['outlook.com', 'hotmail.com', 'live.jp', 'outlook.jp', 'hotmail.co.jp'])}`,
    );
  if (r < 0.55) return upper(`${name()}@${pick(['yahoo.co.jp', 'yahoo.co.jp', 'yahoo.com', 'ymail.com'])}`);
  if (r < 0.65)
    return `${name()}${random() < 0.1 ? '.' : ''}@${pick(['docomo.ne.jp', 'ezweb.ne.jp', 'au.com', 'i.softbank.jp', 'softbank.ne.jp'])}`;
  if (r < 0.72)
    return `${name()}@${pick(['icloud.com', 'me.com', 'proton.me', 'pm.me', 'ya.ru', 'naver.com', 'qq.com'])}`;
  if (r < 0.95) return upper(`${name()}@${pick(companies)}`);
  return `${name()}@${pick(['例え.jp', 'ドメイン.com', 'xn--r8jz45g.jp', 'bücher.de'])}`;
}

const ADDRESSES: readonly string[] = Array.from({ length: 10_000 }, address);

/** The floor: lower-case and split at the last '@'. */
function lowercaseAndSplit(input: string): string {
  const lower = input.toLowerCase();
  const at = lower.lastIndexOf('@');
  return `${lower.slice(0, at)}@${lower.slice(at + 1)}`;
}

const GROUP = '10,000 mixed addresses';
group(GROUP, () => {
  bench('support-kit canonicalizeEmail', () => {
    for (const a of ADDRESSES) do_not_optimize(canonicalizeEmail(a));
  });
  bench('validator.js normalizeEmail', () => {
    for (const a of ADDRESSES) do_not_optimize(validator.normalizeEmail(a));
  });
  bench('normalize-email', () => {
    for (const a of ADDRESSES) do_not_optimize(normalizeEmailPackage(a));
  });
  bench('baseline: lowercase + split', () => {
    for (const a of ADDRESSES) do_not_optimize(lowercaseAndSplit(a));
  });
});

await runAndReport({
  section: 'email',
  title: 'support-kit/email',
  intro: `
\`canonicalizeEmail\` (full parse: trim, IME folding, RFC 5321 limits, IDN, provider rules, notes)
against validator.js 13 \`normalizeEmail\`, the \`normalize-email\` package, and a baseline that
only lower-cases and splits at \`@\`, on the same 10,000 addresses (seeded: Gmail with dots, tags
and googlemail.com, Outlook/Hotmail, Yahoo and Yahoo! JAPAN, Japanese carriers incl. RFC-violating
names, iCloud/Proton/Yandex, unknown company domains, 5 % IDN, 15 % upper case). One call = 10,000
addresses. Targets: at least 5x the throughput of \`normalizeEmail\`; at most 3x the time of the
baseline.`,
  unitsPerCall: { [GROUP]: ADDRESSES.length },
  unitName: { [GROUP]: 'addresses' },
  summarize: (avgNs) => {
    const ours = avgNs(GROUP, 'support-kit canonicalizeEmail');
    const validatorNs = avgNs(GROUP, 'validator.js normalizeEmail');
    const baseline = avgNs(GROUP, 'baseline: lowercase + split');
    const speedup = validatorNs / ours;
    const slowdown = ours / baseline;
    return [
      '| target | measured | met |',
      '|---|---:|:---:|',
      `| throughput >= 5x validator.js normalizeEmail | ${speedup.toFixed(2)}x | ${speedup >= 5 ? 'yes' : 'no'} |`,
      `| time <= 3x the lowercase + split baseline | ${slowdown.toFixed(2)}x | ${slowdown <= 3 ? 'yes' : 'no'} |`,
    ].join('\n');
  },
});
