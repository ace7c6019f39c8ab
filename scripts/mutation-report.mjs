// Mutation score per module (issue #10). Reads Stryker's JSON report (mutation-testing-report-schema,
// reports/mutation/mutation.json), counts the mutants of every module (src/<module>/), prints the
// table, keeps the rows in docs/quality.mutation.json and rewrites the table of docs/quality.md
// between its markers. Exits 1 when a module scores below the floor.
//
// A run narrowed with `MUTATE` covers only some modules: their rows are replaced, the other
// rows stay as the last run that covered them left them (each row carries its date). A module
// the report covers only in part (`MUTATE=src/email/findProvider.ts`) is printed but not
// stored, because its score would not be the module's. Stryker's report lists only files that
// have mutants, so "in part" means: a mutated file of the module (stryker.config.mjs `mutate`)
// that had mutants when the row was last stored is missing from this report.
//
//   node scripts/mutation-report.mjs [--report reports/mutation/mutation.json[,more.json…]] [--no-write]
//   (default: the report of the run that MUTATE names, reports/mutation/mutation-<scope>.json)
//
// Several reports, comma-separated, are read as one: runs narrowed to one file each
// (`MUTATE=src/intent/scoring.ts`, …) give a module's row when together they cover all its files.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { notMutated, reportFiles } from '../stryker.config.mjs';

const FLOOR = 85;
const MODULES = [
  'internal',
  'sanitize',
  'email',
  'deliverability',
  'intent',
  'sla',
  'triage',
  'zod',
  'node',
  'cli',
];
const root = fileURLToPath(new URL('..', import.meta.url));
const DOC = join(root, 'docs/quality.md');
const DATA = join(root, 'docs/quality.mutation.json');
const START = '<!-- mutation:start -->';
const END = '<!-- mutation:end -->';

/** Stryker's statuses, in the order of the table. */
const STATUSES = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'RuntimeError', 'CompileError', 'Ignored'];

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at < 0 ? fallback : process.argv[at + 1];
}

/** Converts a Stryker mutate glob (`**`, `*`) to a RegExp over '/'-separated relative paths. */
function globToRegExp(glob) {
  const source = glob
    .split(/(\*\*\/|\*)/)
    .map((part) => {
      if (part === '**/') return '(?:.*/)?';
      if (part === '*') return '[^/]*';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}

const skipped = notMutated.map(globToRegExp);

/** The files of a module that Stryker mutates (stryker.config.mjs `mutate`). */
function mutatedFilesOf(module) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) files.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(join(root, 'src', module));
  return files.filter((file) => !skipped.some((pattern) => pattern.test(file)));
}

/** (killed + timeout) / (killed + timeout + survived + no coverage), as Stryker defines it; null when nothing was tested. */
function score(counts) {
  const detected = counts.Killed + counts.Timeout;
  const valid = detected + counts.Survived + counts.NoCoverage;
  return valid === 0 ? null : (100 * detected) / valid;
}

function readReport(path) {
  if (!existsSync(path)) {
    console.error(`${path} not found: run \`npx stryker run\` first.`);
    process.exit(2);
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

function strykerVersion(report) {
  if (report.framework?.version) return report.framework.version;
  const pkg = join(root, 'node_modules/@stryker-mutator/core/package.json');
  return JSON.parse(readFileSync(pkg, 'utf8')).version;
}

/** Rows of the modules this report covers completely, and those it covers in part. */
function rowsOf(report, date, version, stored) {
  const byModule = new Map();
  for (const [name, file] of Object.entries(report.files)) {
    const path = relative(root, join(root, name)).split(sep).join('/');
    // A report made with `stryker run --mutate …` may hold files the config never mutates.
    if (skipped.some((pattern) => pattern.test(path))) continue;
    const module = path.split('/')[1];
    if (!byModule.has(module)) byModule.set(module, { files: new Set(), mutants: [] });
    byModule.get(module).files.add(path);
    byModule.get(module).mutants.push(...file.mutants);
  }
  const rows = {};
  const partial = [];
  for (const [module, { files, mutants }] of byModule) {
    const counts = Object.fromEntries(STATUSES.map((status) => [status, 0]));
    for (const mutant of mutants) counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
    const row = {
      ...counts,
      total: mutants.length,
      score: score(counts),
      date,
      stryker: version,
      files: [...files].sort(),
    };
    const mutated = new Set(mutatedFilesOf(module));
    const expected = (stored[module]?.files ?? []).filter((file) => mutated.has(file));
    const complete = expected.every((file) => files.has(file));
    if (complete) rows[module] = row;
    else partial.push({ module, row });
  }
  return { rows, partial };
}

const percent = (value) => (value === null ? 'n/a' : `${value.toFixed(1)} %`);

function tableOf(rows) {
  const head = [
    'Module',
    'Score',
    'Killed',
    'Timeout',
    'Survived',
    'No coverage',
    'Errors',
    'Ignored',
    'Total',
    'Measured',
  ];
  const lines = [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i === 0 || i === 9 ? ' --- ' : ' ---: ')).join('|')}|`,
  ];
  const sum = Object.fromEntries([...STATUSES, 'total'].map((key) => [key, 0]));
  for (const module of MODULES) {
    const row = rows[module];
    if (row === undefined) {
      lines.push(`| ${module} | not measured | | | | | | | | |`);
      continue;
    }
    for (const key of Object.keys(sum)) sum[key] += row[key];
    const mark = row.score !== null && row.score < FLOOR ? ' ✗' : '';
    lines.push(
      `| ${module} | ${percent(row.score)}${mark} | ${row.Killed} | ${row.Timeout} | ${row.Survived} | ${row.NoCoverage} | ${row.RuntimeError + row.CompileError} | ${row.Ignored} | ${row.total} | ${row.date} |`,
    );
  }
  lines.push(
    `| **all** | **${percent(score(sum))}** | ${sum.Killed} | ${sum.Timeout} | ${sum.Survived} | ${sum.NoCoverage} | ${sum.RuntimeError + sum.CompileError} | ${sum.Ignored} | ${sum.total} | |`,
  );
  return lines.join('\n');
}

function writeDoc(markdown) {
  const block = `${START}\n${markdown.trim()}\n${END}`;
  let doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Quality\n';
  const from = doc.indexOf(START);
  const to = doc.indexOf(END);
  doc =
    from >= 0 && to > from
      ? `${doc.slice(0, from)}${block}${doc.slice(to + END.length)}`
      : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(DOC, doc);
}

/**
 * Several reports read as one: their files together, the latest date, the test time summed.
 *
 * @example
 * mergeReports([a, b]).files //=> { ...a.files, ...b.files }
 */
function mergeReports(reports) {
  if (reports.length === 1) return reports[0];
  const sum = (key) => reports.reduce((total, report) => total + (report.performance?.[key] ?? 0), 0);
  return {
    ...reports[0],
    files: Object.assign({}, ...reports.map((report) => report.files)),
    performance: { mutation: sum('mutation'), initialRun: sum('initialRun') },
  };
}

// The report of the run `npm run mutation` just made: MUTATE=… runs write their own file.
const reportPaths = option('--report', join(root, reportFiles(process.env.MUTATE?.trim() || undefined).json))
  .split(',')
  .map((path) => resolve(path));
const report = mergeReports(reportPaths.map(readReport));
const date = reportPaths
  .map((path) => statSync(path).mtime.toISOString().slice(0, 10))
  .sort()
  .at(-1);
const version = strykerVersion(report);
const stored = existsSync(DATA) ? JSON.parse(readFileSync(DATA, 'utf8')) : { modules: {} };
const { rows, partial } = rowsOf(report, date, version, stored.modules);

const merged = { floor: FLOOR, modules: { ...stored.modules, ...rows } };
const minutes = report.performance
  ? (report.performance.mutation + report.performance.initialRun) / 60_000
  : null;

console.log(tableOf(merged.modules));
console.log(
  `\nThis report: ${Object.keys(rows).join(', ') || 'no complete module'}` +
    (minutes === null ? '' : ` (${minutes.toFixed(1)} min of tests)`) +
    `, StrykerJS ${version}.`,
);
for (const { module, row } of partial) {
  console.log(
    `${module}: only part of the module was mutated (${percent(row.score)} over ${row.total} mutants); row not updated.`,
  );
}

if (!process.argv.includes('--no-write')) {
  writeFileSync(DATA, `${JSON.stringify(merged, null, 2)}\n`);
  const last = Object.values(merged.modules)
    .map((row) => row.date)
    .sort()
    .at(-1);
  writeDoc(
    `${tableOf(merged.modules)}\n\nScore = (killed + timeout) / (killed + timeout + survived + no coverage); ` +
      `errors and ignored (static) mutants are not counted. Floor: ${FLOOR} % per module. ` +
      `StrykerJS ${version}; latest row measured ${last}. Generated by \`node scripts/mutation-report.mjs\`.`,
  );
}

const below = MODULES.filter(
  (module) => merged.modules[module]?.score != null && merged.modules[module].score < FLOOR,
);
if (below.length > 0) {
  console.error(
    `\nBelow ${FLOOR} %: ${below.map((module) => `${module} (${percent(merged.modules[module].score)})`).join(', ')}`,
  );
  process.exit(1);
}
