/**
 * Runs the mitata benchmarks registered so far and writes their table into one section of
 * docs/benchmarks.md (between `<!-- bench:<section> -->` markers), so that each module's
 * benchmark owns its section and re-running one does not touch the others.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { run } from 'mitata';

const DOC = new URL('../docs/benchmarks.md', import.meta.url);

interface Row {
  readonly group: string;
  readonly name: string;
  readonly avgNs: number;
  readonly p75Ns: number;
}

function formatTime(ns: number): string {
  if (ns < 1e3) return `${ns.toFixed(1)} ns`;
  if (ns < 1e6) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${(ns / 1e6).toFixed(2)} ms`;
}

function formatRate(perSecond: number): string {
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(2)} M/s`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(1)} k/s`;
  return `${perSecond.toFixed(1)} /s`;
}

/** `0.0035x`, `0.87x`, `4.34x`: small ratios keep two significant digits instead of rounding to 0. */
export function formatRatio(ratio: number): string {
  return `${ratio >= 0.1 ? ratio.toFixed(2) : ratio.toPrecision(2)}x`;
}

/** The table of one group: the first benchmark of the group is the reference (1.00x). */
function renderGroup(rows: readonly Row[], unitsPerCall: number, unit: string): string {
  const reference = rows[0]?.avgNs ?? 1;
  const lines = [
    `| benchmark | avg per call | p75 | ${unit} per second | time vs. first row |`,
    '|---|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.name} | ${formatTime(row.avgNs)} | ${formatTime(row.p75Ns)} | ${formatRate((unitsPerCall * 1e9) / row.avgNs)} | ${formatRatio(row.avgNs / reference)} |`,
    );
  }
  return lines.join('\n');
}

/** What {@link pairedRatio} measured. */
export interface PairedRatio {
  /** Median over the rounds of (time of `subject`) / (time of `reference`). */
  readonly median: number;
  /** Lowest and highest round ratio. */
  readonly min: number;
  readonly max: number;
  readonly rounds: number;
}

/**
 * The time ratio of two workloads measured in alternating rounds (reference, subject, reference,
 * …) in one process, and its median over the rounds. On a VM whose clock speed drifts, two
 * benchmarks measured one after the other can differ by 2x for the same code; alternating rounds
 * see the same drift, so their ratio is what a target such as "within 3x of X" is checked on.
 *
 * @example
 * pairedRatio(() => naive(), () => ours(), { rounds: 31, callsPerRound: 2000 }).median //=> 2.4
 */
export function pairedRatio(
  reference: () => void,
  subject: () => void,
  { rounds = 31, callsPerRound = 1000 }: { rounds?: number; callsPerRound?: number } = {},
): PairedRatio {
  const time = (work: () => void): number => {
    const start = performance.now();
    for (let i = 0; i < callsPerRound; i++) work();
    return performance.now() - start;
  };
  time(reference); // warm-up
  time(subject);
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const base = time(reference);
    ratios.push(time(subject) / base);
  }
  ratios.sort((a, b) => a - b);
  return {
    median: ratios[ratios.length >> 1] as number,
    min: ratios[0] as number,
    max: ratios[ratios.length - 1] as number,
    rounds,
  };
}

/** Options of {@link runAndReport}. */
export interface ReportOptions {
  /** Section id in docs/benchmarks.md, e.g. `sanitize`. */
  readonly section: string;
  /** Heading of the section. */
  readonly title: string;
  /** Markdown put above the tables (what is measured, on which inputs, the targets). */
  readonly intro: string;
  /** How many units one call processes, per group name (e.g. 10,000 addresses); default 1. */
  readonly unitsPerCall?: Readonly<Record<string, number>>;
  /** What a unit is, per group name (default `calls`). */
  readonly unitName?: Readonly<Record<string, string>>;
  /** Markdown put below the tables, computed from the rows (e.g. ratios against the targets). */
  readonly summarize?: (avgNs: (group: string, name: string) => number) => string;
}

/** Runs every registered benchmark, prints mitata's report, and rewrites the section. */
export async function runAndReport(options: ReportOptions): Promise<void> {
  // mitata's published types omit `layout` and `group`, which its results carry.
  const result = (await run({ colors: false })) as unknown as {
    readonly layout: readonly { readonly name: string | null }[];
    readonly benchmarks: readonly {
      readonly alias: string;
      readonly group: number | null;
      readonly runs: readonly { readonly stats?: { readonly avg: number; readonly p75: number } }[];
    }[];
  };
  const rows: Row[] = [];
  for (const trial of result.benchmarks) {
    const stats = trial.runs[0]?.stats;
    if (stats === undefined) continue;
    const group = trial.group === null ? '' : (result.layout[trial.group]?.name ?? '');
    rows.push({ group: group ?? '', name: trial.alias, avgNs: stats.avg, p75Ns: stats.p75 });
  }
  const groups = [...new Set(rows.map((row) => row.group))];
  const avgNs = (group: string, name: string): number => {
    const row = rows.find((r) => r.group === group && r.name === name);
    if (row === undefined) throw new Error(`no benchmark ${group} / ${name}`);
    return row.avgNs;
  };
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const load = otherLoad();
  const parts = [
    `## ${options.title}`,
    '',
    `_Measured ${new Date().toISOString().slice(0, 10)} with mitata on Node ${process.version}, ${cpu} (${cpus().length} cores)${load}._`,
    '',
    options.intro.trim(),
    '',
  ];
  for (const group of groups) {
    if (group !== '') parts.push(`### ${group}`, '');
    parts.push(
      renderGroup(
        rows.filter((row) => row.group === group),
        options.unitsPerCall?.[group] ?? 1,
        options.unitName?.[group] ?? 'calls',
      ),
      '',
    );
  }
  if (options.summarize !== undefined) parts.push(options.summarize(avgNs).trim(), '');
  writeSection(options.section, parts.join('\n'));
}

/** Replaces (or appends) the marked section of docs/benchmarks.md. */
export function writeSection(section: string, markdown: string): void {
  const start = `<!-- bench:${section} -->`;
  const end = `<!-- /bench:${section} -->`;
  let doc: string;
  try {
    doc = readFileSync(DOC, 'utf8');
  } catch {
    doc =
      '# Benchmarks\n\nGenerated by `npm run bench` (one section per module; each section is rewritten by its own benchmark).\n';
  }
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  doc =
    from >= 0 && to > from
      ? `${doc.slice(0, from)}${block}${doc.slice(to + end.length)}`
      : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(DOC, doc);
}

/**
 * Busy and total CPU time of the machine, and this process's own with its finished children (a
 * bench may spawn the CLI), from Linux `/proc` in clock ticks; `null` elsewhere.
 */
function ticks(): { busy: number; total: number; own: number } | null {
  if (!existsSync('/proc/stat') || !existsSync('/proc/self/stat')) return null;
  const machine = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = machine.slice(1, 9).map(Number);
  const busy = (user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0);
  // Fields 14–17 of /proc/self/stat (after the command name in brackets): utime, stime, cutime, cstime.
  const self = readFileSync('/proc/self/stat', 'utf8');
  const [utime, stime, cutime, cstime] = self
    .slice(self.lastIndexOf(')') + 2)
    .split(' ')
    .slice(11, 15)
    .map(Number);
  return {
    busy,
    total: busy + (idle ?? 0) + (iowait ?? 0),
    own: (utime ?? 0) + (stime ?? 0) + (cutime ?? 0) + (cstime ?? 0),
  };
}

/** The counters when this module was loaded, at the start of a bench run. */
const startTicks = ticks();

/**
 * How much of the machine other processes used while this bench ran (timings on a shared machine
 * only ever get slower): `; other processes used 3 % of the CPU time during the run`, or '' off Linux.
 */
function otherLoad(): string {
  const end = ticks();
  if (startTicks === null || end === null || end.total <= startTicks.total) return '';
  const other = end.busy - startTicks.busy - (end.own - startTicks.own);
  const share = Math.max(0, other / (end.total - startTicks.total));
  return `; other processes used ${Math.round(share * 100)} % of the CPU time during the run`;
}
