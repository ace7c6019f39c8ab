// Smoke test (npm test): imports every built entry from plain Node, as ESM (import) and as CJS
// (require), checks that both expose the same names, runs the shared runtime checks on both, and
// runs the CLI binary. This is what proves the punycode import and the exports map work.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { RUNTIME_CHECKS, runChecks } from '../test/runtime-checks.mjs';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const subpaths = Object.keys(pkg.exports).filter((key) => key !== './package.json');
const failures = [];
const esm = {};
const cjs = {};
for (const subpath of subpaths) {
  const specifier = subpath === '.' ? 'support-kit' : `support-kit/${subpath.slice(2)}`;
  const viaImport = await import(specifier);
  const viaRequire = require(specifier);
  const importNames = Object.keys(viaImport).sort().join(',');
  const requireNames = Object.keys(viaRequire)
    .filter((name) => name !== '__esModule')
    .sort()
    .join(',');
  if (importNames !== requireNames)
    failures.push(`${specifier}: ESM exports ${importNames} but CJS ${requireNames}`);
  if (importNames === '') failures.push(`${specifier}: exports nothing`);
  const entry = subpath === '.' ? 'root' : subpath.slice(2);
  esm[entry] = viaImport;
  cjs[entry] = viaRequire;
  console.log(`${specifier}: ${importNames.split(',').length} exports (ESM = CJS)`);
}
// The root entry re-exports the modules: run each module's checks through it too.
for (const entry of Object.keys(RUNTIME_CHECKS)) {
  if (esm[entry] === undefined && pkg.exports[`./${entry}`] !== undefined)
    failures.push(`${entry}: not loaded`);
}
for (const [kind, modules] of [
  ['ESM', esm],
  ['CJS', cjs],
]) {
  for (const result of runChecks(modules)) {
    if (!result.pass)
      failures.push(`${kind} ${result.entry}: ${result.what}: got ${JSON.stringify(result.actual)}`);
  }
  const viaRoot = Object.fromEntries(
    Object.keys(RUNTIME_CHECKS)
      // The root re-exports every module but the separate entries (deliverability/disposable).
      .filter((e) => modules[e] && !e.includes('/'))
      .map((e) => [e, modules.root]),
  );
  for (const result of runChecks(viaRoot)) {
    if (!result.pass)
      failures.push(`${kind} root → ${result.entry}: ${result.what}: got ${JSON.stringify(result.actual)}`);
  }
}
const cli = new URL(`../${pkg.bin['support-kit']}`, import.meta.url).pathname;
const printed = execFileSync(process.execPath, [cli, '--version'], { encoding: 'utf8' }).trim();
if (printed !== pkg.version) failures.push(`CLI --version printed "${printed}", expected ${pkg.version}`);
if (failures.length > 0) {
  console.error(`smoke test failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('smoke test passed: ESM, CJS and the CLI work from plain Node');
