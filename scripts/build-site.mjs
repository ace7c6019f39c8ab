// Builds the documentation site around the TypeDoc reference (`npm run docs` runs it after
// typedoc, which writes docs/site/api/):
//   docs/site/index.html              the landing page (from site/index.html), favicon.svg
//   docs/site/playground/index.html   the playground, main.js (from site/playground/)
//   docs/site/playground/signup.html  the sample signup form, signup.js
// The pages are plain HTML + CSS; the scripts are bundled with esbuild from the PUBLISHED entry
// points: `support-kit/<subpath>` resolves through package.json "exports" to the built dist/
// files, exactly what a user's bundler gets (so run `npm run build` first; `npm test` does).
// They are IIFE scripts, not modules, so the pages also work opened from disk (file://).
// The site's TypeScript is type-checked first (site/tsconfig.json: the repo's strict settings, DOM, and
// no `paths`, so `support-kit/*` resolves through "exports" to the published dist/*.d.ts too).
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = join(root, 'site');
const site = join(root, 'docs', 'site');
const playground = join(site, 'playground');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** `support-kit/<subpath>` → the file package.json "exports" gives to `import`, in dist/. */
const publishedEntries = {
  name: 'support-kit-published-entries',
  setup(builder) {
    builder.onResolve({ filter: /^support-kit(\/|$)/ }, ({ path }) => {
      const subpath = `.${path.slice(pkg.name.length)}`;
      const target = pkg.exports[subpath]?.import?.default;
      if (target === undefined) return { errors: [{ text: `package.json "exports" has no "${subpath}"` }] };
      const file = join(root, target);
      if (!existsSync(file)) return { errors: [{ text: `${target} is missing: run npm run build first` }] };
      return { path: file };
    });
  },
};

function typecheck() {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', join(source, 'tsconfig.json')], { encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(`site type check failed:\n${run.stdout}${run.stderr}`);
    process.exit(1);
  }
}

async function bundle() {
  const result = await build({
    entryPoints: { main: join(source, 'playground/main.ts'), signup: join(source, 'playground/signup.ts') },
    outdir: playground,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    charset: 'utf8', // Japanese messages as UTF-8, not \uXXXX escapes (a third of the size)
    tsconfig: join(source, 'tsconfig.json'),
    plugins: [publishedEntries],
    metafile: true,
    logLevel: 'warning',
    // dist/*.js start with bare `import './chunk-….js'` lines (tsup's code splitting); with
    // "sideEffects": false esbuild rightly drops them and warns once per line. Nothing is lost:
    // every name used is imported by name from its chunk.
    logOverride: { 'ignored-bare-import': 'silent' },
  });
  return result.metafile;
}

function copyPages() {
  copyFileSync(join(source, 'index.html'), join(site, 'index.html'));
  copyFileSync(join(source, 'favicon.svg'), join(site, 'favicon.svg'));
  for (const name of readdirSync(join(source, 'playground'))) {
    if (name.endsWith('.html') || name.endsWith('.css')) {
      copyFileSync(join(source, 'playground', name), join(playground, name));
    }
  }
}

/**
 * TypeDoc writes `navigationLinks` (typedoc.json) as given on every page, but its pages sit at
 * several depths (api/index.html, api/functions/x.html): prefix each configured link with the
 * `../` that page needs. Only exact configured hrefs are touched, so running twice changes nothing.
 */
function relinkTypeDocToolbar() {
  const api = join(site, 'api');
  if (!existsSync(api)) {
    console.log('site: docs/site/api is missing (run typedoc): toolbar links not adjusted');
    return 0;
  }
  const typedoc = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8'));
  const hrefs = Object.values(typedoc.navigationLinks ?? {}).filter((url) => url.startsWith('../'));
  let pages = 0;
  for (const entry of readdirSync(api, { recursive: true })) {
    const file = join(api, String(entry));
    if (!file.endsWith('.html')) continue;
    const depth = relative(api, dirname(file)).split(sep).filter(Boolean).length;
    if (depth === 0) continue;
    const html = readFileSync(file, 'utf8');
    const fixed = html.replace(/<div id="tsd-toolbar-links">.*?<\/div>/s, (links) =>
      hrefs.reduce(
        (out, href) => out.replaceAll(`href="${href}"`, `href="${'../'.repeat(depth)}${href}"`),
        links,
      ),
    );
    if (fixed !== html) {
      writeFileSync(file, fixed);
      pages++;
    }
  }
  return pages;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function report(metafile) {
  const css = readFileSync(join(playground, 'style.css'));
  for (const [page, script] of [
    ['index.html', 'main.js'],
    ['signup.html', 'signup.js'],
  ]) {
    const files = [readFileSync(join(playground, page)), css, readFileSync(join(playground, script))];
    const raw = files.reduce((sum, file) => sum + file.length, 0);
    const gzip = files.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0);
    const inputs = Object.keys(metafile.outputs[relative(root, join(playground, script))]?.inputs ?? {});
    const entries = inputs
      .filter((input) => /^dist\/(?!chunk-).*\.js$/.test(input))
      .map((input) => `support-kit/${input.slice('dist/'.length, -'.js'.length)}`);
    console.log(
      `site: playground/${page}: ${kb(raw)} (${kb(gzip)} gzip) with style.css and ${script}, from ${entries.join(', ')}`,
    );
  }
}

typecheck();
rmSync(playground, { recursive: true, force: true });
mkdirSync(playground, { recursive: true });
const metafile = await bundle();
copyPages();
const relinked = relinkTypeDocToolbar();
report(metafile);
console.log(`site: built docs/site/ (landing, playground, signup form; ${relinked} API pages relinked)`);
