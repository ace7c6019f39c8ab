// Real-browser tests (npm run test:browser), in Debian's headless Chromium driven by playwright-core:
// 1. runtime.mjs — every browser entry of the BUILT dist/ runs the shared runtime checks in a page
//    (nothing Node-only leaks into the browser entries);
// 2. playground.mjs — the documentation site's playground and sample signup form, typed into like a
//    visitor would, against the library's own results; page weight, offline, screenshots.
// `node test/browser/run.mjs runtime` or `… playground` runs one of them.
import { launchChromium } from './chromium.mjs';
import { runPlaygroundChecks } from './playground.mjs';
import { runRuntimeChecks } from './runtime.mjs';

const SUITES = { runtime: runRuntimeChecks, playground: runPlaygroundChecks };
const only = process.argv.slice(2);
const unknown = only.filter((name) => !(name in SUITES));
if (unknown.length > 0) {
  console.error(`unknown suite ${unknown.join(', ')}; choose from ${Object.keys(SUITES).join(', ')}`);
  process.exit(2);
}

const browser = await launchChromium();
const failures = [];
let passed = 0;
try {
  for (const [name, run] of Object.entries(SUITES)) {
    if (only.length > 0 && !only.includes(name)) continue;
    const outcome = await run(browser);
    passed += outcome.passed;
    failures.push(...outcome.failures.map((failure) => `${name}: ${failure}`));
  }
} finally {
  await browser.close();
}
if (failures.length > 0) console.error(`browser test failed:\n  ${failures.join('\n  ')}`);
console.log(`browser: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length > 0 ? 1 : 0);
