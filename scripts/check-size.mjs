// Bundle-size gate (npm test): for every entry of entries.mjs that the package exports, bundles
// `import { x } from 'support-kit/<entry>'` with esbuild (bundle + minify, browser platform) for
// each export and for all exports together, gzips it, and fails when the whole entry exceeds its
// budget or a forbidden string appears. Resolution goes through the package's own `exports` map
// (self-reference), so it measures the BUILT files users get.
// `--write` also rewrites the modules table in README.md between its size markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { ENTRIES, ROOT_IMPORTS } from './entries.mjs';

const root = new URL('..', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

async function bundle(source, external = []) {
  const result = await build({
    stdin: { contents: source, resolveDir: root.pathname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    external,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return { code, gzip: gzipSync(code, { level: 9 }).length };
}

const failures = [];
const rows = [];
for (const { entry, budget, mustNotAppear, external = [] } of ENTRIES) {
  const specifier = `support-kit/${entry}`;
  if (!pkg.exports[`./${entry}`]) continue; // not landed yet
  const names = Object.keys(await import(specifier)).sort();
  const all = await bundle(`import * as m from '${specifier}'; globalThis.m = m;`, external);
  const withPeers =
    external.length === 0 ? all : await bundle(`import * as m from '${specifier}'; globalThis.m = m;`);
  const single = [];
  for (const name of names) {
    const one = await bundle(`import { ${name} } from '${specifier}'; globalThis.x = ${name};`, external);
    single.push({ name, gzip: one.gzip });
    for (const forbidden of mustNotAppear) {
      if (one.code.includes(forbidden)) failures.push(`${specifier} { ${name} } contains "${forbidden}"`);
    }
  }
  if (all.gzip > budget) failures.push(`${specifier}: ${all.gzip} B min+gzip > budget ${budget} B`);
  for (const forbidden of mustNotAppear) {
    if (all.code.includes(forbidden)) failures.push(`${specifier} (all exports) contains "${forbidden}"`);
  }
  rows.push({ entry, budget, gzip: all.gzip, withPeers: withPeers.gzip, external, single });
}
for (const { name, mustNotAppear } of ROOT_IMPORTS) {
  let code;
  try {
    ({ code } = await bundle(`import { ${name} } from 'support-kit'; globalThis.x = ${name};`, [
      'zod',
      'zod/mini',
    ]));
  } catch {
    continue; // that module has not landed yet
  }
  for (const forbidden of mustNotAppear) {
    if (code.includes(forbidden))
      failures.push(`support-kit { ${name} } (root) contains "${forbidden}": not tree-shaken`);
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
for (const row of rows) {
  const peers = row.external.length > 0 ? `; ${kb(row.withPeers)} with ${row.external.join(', ')}` : '';
  console.log(`support-kit/${row.entry}: ${kb(row.gzip)} min+gzip (budget ${kb(row.budget)})${peers}`);
  for (const one of row.single) console.log(`    { ${one.name} }: ${kb(one.gzip)}`);
}

if (process.argv.includes('--write')) {
  const readmeUrl = new URL('README.md', root);
  const readme = readFileSync(readmeUrl, 'utf8');
  const start = '<!-- sizes -->';
  const end = '<!-- /sizes -->';
  const table = [
    '| entry | min+gzip, all exports | budget | with its peer dependency bundled too |',
    '|---|---:|---:|---:|',
    ...rows.map(
      (row) =>
        `| \`support-kit/${row.entry}\` | ${kb(row.gzip)} | ${kb(row.budget)} | ${row.external.length > 0 ? `${kb(row.withPeers)} (+ ${row.external.join(', ')})` : '—'} |`,
    ),
  ].join('\n');
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from >= 0 && to > from) {
    writeFileSync(readmeUrl, `${readme.slice(0, from + start.length)}\n${table}\n${readme.slice(to)}`);
    console.log('README.md sizes table updated');
  }
}

if (failures.length > 0) {
  console.error(`\nsize check failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('size check passed');
