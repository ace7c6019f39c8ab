// Real-browser runtime checks: serves the BUILT ESM files of every entry on 127.0.0.1, loads them
// in headless Chromium through an import map (so bare imports resolve as a bundler would), runs the
// shared runtime checks (test/runtime-checks.mjs) inside the page, and fails on any wrong result or
// console error. This proves nothing Node-only leaks into the browser entries.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

/** The browser entries of package.json "exports" (`support-kit/node` is Node-only by design). */
function browserEntries() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return Object.keys(pkg.exports)
    .filter((key) => key !== './package.json' && key !== './node')
    .map((key) => (key === '.' ? 'index' : key.slice(2)));
}

function checkPage(entries) {
  const importMap = {
    imports: {
      'punycode/punycode.js': '/node_modules/punycode/punycode.es6.js',
      zod: '/node_modules/zod/index.js',
      'zod/mini': '/node_modules/zod/mini/index.js',
    },
  };
  return `<!doctype html>
<meta charset="utf-8">
<title>support-kit browser check</title>
<link rel="icon" href="data:,">
<script type="importmap">${JSON.stringify(importMap)}</script>
<pre id="out">running…</pre>
<script type="module">
  import { runChecks } from '/test/runtime-checks.mjs';
  const modules = {};
  for (const entry of ${JSON.stringify(entries)}) {
    modules[entry === 'index' ? 'root' : entry] = await import('/dist/' + entry + '.js');
  }
  // The root entry re-exports every browser module: run their checks through it as well.
  const viaRoot = Object.fromEntries(
    Object.keys(modules).filter((e) => e !== 'root' && e.indexOf('/') < 0).map((e) => [e, modules.root]),
  );
  const results = [
    ...runChecks(modules),
    ...runChecks(viaRoot).map((r) => ({ ...r, entry: 'root → ' + r.entry })),
  ];
  document.getElementById('out').textContent = results
    .map((r) => (r.pass ? 'ok   ' : 'FAIL ') + r.entry + ': ' + r.what)
    .join('\\n');
  window.__results = { entries: Object.keys(modules), results };
</script>`;
}

const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.map': 'application/json',
  '.json': 'application/json',
};

function createCheckServer(page) {
  return createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page);
      return;
    }
    const allowed = ['/dist/', '/node_modules/punycode/', '/node_modules/zod/', '/test/runtime-checks.mjs'];
    const file = join(root, path);
    if (!allowed.some((prefix) => path.startsWith(prefix)) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404);
      response.end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
}

/**
 * Runs the shared runtime checks on every browser entry of dist/ inside `browser`.
 *
 * @param {import('playwright-core').Browser} browser
 * @returns {Promise<{ passed: number, failures: string[] }>}
 */
export async function runRuntimeChecks(browser) {
  const entries = browserEntries();
  const missing = entries.filter((entry) => !existsSync(join(root, 'dist', `${entry}.js`)));
  if (missing.length > 0) {
    return { passed: 0, failures: [`dist/${missing[0]}.js is missing: run npm run build first`] };
  }
  const server = createCheckServer(checkPage(entries));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const failures = [];
  let passed = 0;
  const tab = await browser.newPage();
  try {
    tab.on('console', (message) => {
      if (message.type() === 'error') failures.push(`console error: ${message.text()}`);
    });
    tab.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
    await tab.goto(url);
    await tab.waitForFunction(
      () => window.__results !== undefined || document.getElementById('out').textContent !== 'running…',
      null,
      { timeout: 20_000 },
    );
    const outcome = await tab.evaluate(() => window.__results);
    if (outcome === undefined) failures.push(`the page did not finish: ${await tab.textContent('#out')}`);
    else {
      for (const result of outcome.results) {
        console.log(`${result.pass ? 'ok  ' : 'FAIL'} [${result.entry}] ${result.what}`);
        if (result.pass) passed++;
        else failures.push(`${result.entry}: ${result.what}: got ${JSON.stringify(result.actual)}`);
      }
      const notLoaded = entries
        .map((e) => (e === 'index' ? 'root' : e))
        .filter((e) => !outcome.entries.includes(e));
      if (notLoaded.length > 0) failures.push(`entries not loaded: ${notLoaded.join(', ')}`);
      console.log(
        `Chromium ${browser.version()}: loaded ${outcome.entries.length} entries, ran ${outcome.results.length} checks`,
      );
    }
  } finally {
    await tab.close();
    server.close();
  }
  return { passed, failures };
}
