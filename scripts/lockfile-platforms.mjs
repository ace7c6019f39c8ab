// The npm registry reachable here serves only some platform builds of packages such as
// @biomejs/cli-* and @rollup/rollup-*: `npm install` then leaves the other platforms' optional
// dependencies out of package-lock.json, and `npm ci` refuses the lock as "out of sync". This
// script adds those entries (version, optional, os/cpu/libc read from the package name) so that
// `npm ci` works on any machine; npm skips them on a platform they do not match.
// Run it after changing dependencies: `npm install && node scripts/lockfile-platforms.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const url = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(url, 'utf8'));
const packages = lock.packages;

const OS = ['android', 'darwin', 'freebsd', 'openbsd', 'openharmony', 'win32', 'linux'];
const CPU = [
  ['arm64', 'arm64'],
  ['x64', 'x64'],
  ['ia32', 'ia32'],
  ['loong64', 'loong64'],
  ['ppc64', 'ppc64'],
  ['riscv64', 'riscv64'],
  ['s390x', 's390x'],
  ['arm-', 'arm'],
];

function platformOf(name) {
  const base = name.slice(name.indexOf('/') + 1);
  const os = OS.find((candidate) => base.includes(candidate));
  const cpu = CPU.find(([part]) => base.includes(part))?.[1];
  if (os === undefined || cpu === undefined) return undefined;
  const libc = base.includes('musl')
    ? ['musl']
    : os === 'linux' && base.includes('gnu')
      ? ['glibc']
      : undefined;
  return { os: [os], cpu: [cpu], ...(libc === undefined ? {} : { libc }) };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (packages[key] !== undefined || packages[`${path}/${key}`] !== undefined) continue;
    const platform = platformOf(name);
    const version = /^\d+\.\d+\.\d+/.exec(spec)?.[0];
    if (platform === undefined || version === undefined) {
      console.error(`cannot place ${name}@${spec} (wanted by ${path}); add it by hand`);
      process.exitCode = 1;
      continue;
    }
    packages[key] = { version, optional: true, ...platform };
    added++;
  }
}
writeFileSync(url, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform entries added`);
