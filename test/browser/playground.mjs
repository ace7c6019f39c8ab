// Real-browser test of the documentation site's playground and sample signup form (built into
// docs/site/ by `npm run docs`; built here by scripts/build-site.mjs when missing). It serves
// docs/site/ on 127.0.0.1 with the docs:serve server, types into the pages the way a visitor does
// (key by key, full-width characters included), and checks what they show against what the
// library itself returns in Node for the same input. It also checks that:
// - the page weight (every request, as transferred) stays under 200 KB;
// - no request leaves 127.0.0.1 (other hosts do not even resolve; any attempt is a failure);
// - no console error or page error occurs;
// - the pages work opened from disk (file://).
// Screenshots (English and Japanese) are written to docs/screenshots/ for the README.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createSiteServer } from '../../scripts/serve-docs.mjs';

const root = new URL('../..', import.meta.url).pathname;
const siteDir = join(root, 'docs', 'site');
const screenshots = join(root, 'docs', 'screenshots');
const PAGE_BUDGET = 200 * 1024;

// The inquiry of shared/seeds/003 (quoted in README and docs/intent.md): two requests in one
// message — take my order here, and I need it fast. Answering only the first nearly lost the
// customer; the playground must show both intents and the urgency.
const SEED_INQUIRY = '注文の方法が分からなかったので、こちらから注文させてください。至急の納期を希望します。';
const SENDER_DOMAIN = 'shop.example.jp'; // the playground's default "our sending domain"
const RECEIVED_AT = '2026-11-20T17:00:00+09:00'; // the playground's default: Friday 17:00, Tokyo

/** The library as published (dist/), to compute what the pages must show. */
async function loadLibrary() {
  const [sanitize, email, deliverability, intent, triage] = await Promise.all(
    ['sanitize', 'email', 'deliverability', 'intent', 'triage'].map(
      (entry) => import(join(root, 'dist', `${entry}.js`)),
    ),
  );
  return { ...sanitize, ...email, ...deliverability, ...intent, ...triage };
}

function ensureSite() {
  if (
    existsSync(join(siteDir, 'playground', 'main.js')) &&
    existsSync(join(siteDir, 'playground', 'signup.js'))
  ) {
    return;
  }
  console.log('playground: docs/site/playground is missing: building it (node scripts/build-site.mjs)');
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'build-site.mjs')], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error('scripts/build-site.mjs failed');
}

/** Whether the browser has a font for Japanese (else a Japanese screenshot is tofu boxes). */
function hasJapaneseFont(page) {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 48;
    canvas.height = 48;
    const context = canvas.getContext('2d');
    const draw = (character) => {
      context.clearRect(0, 0, 48, 48);
      context.font = '40px sans-serif';
      context.fillText(character, 0, 40);
      return context.getImageData(0, 0, 48, 48).data.join(',');
    };
    return draw('あ') !== draw('い');
  });
}

/**
 * Runs the playground and signup form checks inside `browser`.
 *
 * @param {import('playwright-core').Browser} browser
 * @returns {Promise<{ passed: number, failures: string[], figures: Record<string, unknown> }>}
 */
export async function runPlaygroundChecks(browser) {
  const started = performance.now();
  const failures = [];
  let passed = 0;
  const check = (what, pass, actual) => {
    console.log(`${pass ? 'ok  ' : 'FAIL'} [playground] ${what}`);
    if (pass) passed++;
    else failures.push(`${what}: got ${JSON.stringify(actual)}`);
  };
  if (!existsSync(join(root, 'dist', 'triage.js'))) {
    return { passed, failures: ['dist/ is missing: run npm run build first'], figures: {} };
  }
  ensureSite();
  const lib = await loadLibrary();
  const server = createSiteServer(siteDir);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'en-US' });
  const figures = { pages: {}, screenshots: {} };
  const sessions = []; // the traffic of every tab, checked once more at the end
  let japaneseFont = false;

  /** A tab that records console errors, page errors, requests off 127.0.0.1 and transferred bytes. */
  async function openTab(name) {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') {
        failures.push(`${name}: console error: ${message.text()} (${message.location().url})`);
      }
    });
    page.on('pageerror', (error) => failures.push(`${name}: page error: ${error.message}`));
    const cdp = await context.newCDPSession(page);
    const traffic = { requests: 0, transferred: 0, decoded: 0, offsite: [] };
    cdp.on('Network.requestWillBeSent', ({ request }) => {
      traffic.requests++;
      const url = new URL(request.url);
      if (!['data:', 'file:'].includes(url.protocol) && url.hostname !== '127.0.0.1')
        traffic.offsite.push(request.url);
    });
    cdp.on('Network.dataReceived', ({ dataLength }) => {
      traffic.decoded += dataLength;
    });
    cdp.on('Network.loadingFinished', ({ encodedDataLength }) => {
      traffic.transferred += encodedDataLength;
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    sessions.push(traffic);
    return { page, traffic };
  }

  async function load(name, path) {
    const tab = await openTab(name);
    await tab.page.goto(`${origin}${path}`, { waitUntil: 'load' });
    await tab.page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    await tab.page.waitForLoadState('networkidle');
    const { requests, transferred, decoded, offsite } = tab.traffic;
    figures.pages[path] = { requests, transferred, decoded };
    check(
      `${path}: ${requests} requests, ${(transferred / 1024).toFixed(1)} KB transferred (${(decoded / 1024).toFixed(1)} KB decoded) < 200 KB`,
      transferred > 0 && transferred < PAGE_BUDGET,
      { transferred },
    );
    check(`${path}: no request leaves 127.0.0.1`, offsite.length === 0, offsite);
    return tab.page;
  }

  /** Clears a field, then types into it key by key, as a visitor does. */
  async function typeInto(page, selector, text) {
    await page.fill(selector, '');
    await page.locator(selector).pressSequentially(text);
  }

  const textOf = (page, selector) => page.locator(selector).first().textContent({ timeout: 5_000 });

  async function screenshot(page, selector, name) {
    const file = join(screenshots, `${name}.png`);
    await page.locator(selector).screenshot({ path: file, animations: 'disabled' });
    figures.screenshots[`${name}.png`] = statSync(file).size;
  }

  try {
    mkdirSync(screenshots, { recursive: true });

    // ── the playground, in English ────────────────────────────────────────────────────────────
    const page = await load('playground', '/playground/?lang=en');
    japaneseFont = await hasJapaneseFont(page);
    check(
      'the page is in English',
      (await page.getAttribute('html', 'lang')) === 'en',
      await page.getAttribute('html', 'lang'),
    );

    // A code typed with the IME on: full-width digits, spaces around and an ideographic space inside.
    const code = ' １２３４　５６７８ ';
    await typeInto(page, '#code-input', code);
    const codeExpected = lib.sanitizeCode(
      code,
      { alphabet: 'digits', length: 8, groupSize: 4 },
      { locale: 'en' },
    );
    const cleaned = await textOf(page, '#code-output [data-fact="value"]');
    check(
      'code: the cleaned value is shown',
      cleaned === '12345678' && cleaned === codeExpected.value,
      cleaned,
    );
    check(
      'code: the formatted value is shown',
      (await textOf(page, '#code-output [data-fact="formatted"]')) === codeExpected.formatted,
      codeExpected.formatted,
    );
    const changeCodes = await page
      .locator('#code-output li[data-code]')
      .evaluateAll((items) => items.map((i) => i.dataset.code));
    check(
      'code: every change is listed (full-width, trimmed, separator)',
      JSON.stringify(changeCodes) === JSON.stringify(codeExpected.changes.map((c) => c.code)) &&
        ['full-width-converted', 'trimmed-whitespace', 'separator-removed'].every((c) =>
          changeCodes.includes(c),
        ),
      changeCodes,
    );
    const firstMessage = await textOf(page, '#code-output li[data-code="full-width-converted"] .message');
    check(
      'code: changes carry the library message',
      firstMessage === codeExpected.changes[0].message,
      firstMessage,
    );

    // Markup typed by a visitor is shown as text, never parsed.
    const markup = '<img src=x onerror="window.__injected=1">';
    await page.fill('#code-input', markup);
    await page.fill('#inquiry-input', markup);
    check(
      'typed markup stays text (no element made, no handler run)',
      (await page.locator('#code-output img, #intent-output img').count()) === 0 &&
        (await textOf(page, '#intent-output .highlighted')) === markup &&
        (await page.evaluate(() => window.__injected)) === undefined,
      await textOf(page, '#intent-output .highlighted'),
    );
    await typeInto(page, '#code-input', code);

    // A Gmail address with dots and a tag: one mailbox, one key.
    const gmail = 'Taro.Yamada+shop@gmail.com';
    await typeInto(page, '#email-input', gmail);
    const gmailExpected = lib.canonicalizeEmail(gmail);
    const canonical = await textOf(page, '#email-output [data-fact="canonical"]');
    check(
      'email: the canonical key is shown',
      canonical === 'taroyamada@gmail.com' && canonical === gmailExpected.canonical,
      canonical,
    );
    const removed = await textOf(page, '#email-output [data-fact="removed"]');
    check(
      'email: the removed tag and dots are shown',
      removed.includes('"shop"') && removed.includes('× 1'),
      removed,
    );

    // A typo in a carrier domain: the suggestion, and the carrier hint of the suggested address.
    const typo = 'taro@docomo.ne.pj';
    await typeInto(page, '#email-input', typo);
    const typoExpected = lib.deliverabilityHints(typo, { locale: 'en', senderDomain: SENDER_DOMAIN });
    const suggestion = await page.getAttribute('#email-output .suggestion', 'data-suggestion');
    check(
      'email: the suggestion is shown',
      suggestion === 'taro@docomo.ne.jp' && suggestion === typoExpected.suggestion,
      suggestion,
    );
    const carrierExpected = lib.deliverabilityHints('taro@docomo.ne.jp', {
      locale: 'en',
      senderDomain: SENDER_DOMAIN,
    });
    const carrierHint = carrierExpected.hints.find((hint) => hint.code === 'carrier-filter');
    const carrierShown = await textOf(
      page,
      '#email-output .suggestion li[data-code="carrier-filter"] .message',
    );
    check(
      'email: the carrier hint of the suggestion is shown',
      carrierShown === carrierHint?.message,
      carrierShown,
    );
    await screenshot(page, '#email', 'playground-email-en');
    await page.click('#email-output .use-suggestion');
    check(
      'email: "Use it" puts the suggestion into the field',
      (await page.inputValue('#email-input')) === 'taro@docomo.ne.jp',
      await page.inputValue('#email-input'),
    );
    const carrierAction = await textOf(
      page,
      '#email-output [data-api="deliverabilityHints"] li[data-code="carrier-filter"] .action',
    );
    check(
      'email: the carrier hint names our domain in its action',
      carrierAction === carrierHint?.action && carrierAction.includes(SENDER_DOMAIN),
      carrierAction,
    );

    // The two-request inquiry from the seeds, typed character by character.
    await typeInto(page, '#inquiry-from', 'tanaka.k@docomo.ne.jp');
    await typeInto(page, '#inquiry-input', SEED_INQUIRY);
    const intentExpected = lib.detectIntent(SEED_INQUIRY, {
      receivedAt: RECEIVED_AT,
      timeZone: 'Asia/Tokyo',
      locale: 'en',
    });
    const intentIds = await page
      .locator('#intent-output li[data-intent]')
      .evaluateAll((items) => items.map((i) => i.dataset.intent));
    check(
      'inquiry: both intents are shown (order.place, delivery.deadline)',
      JSON.stringify(intentIds) === JSON.stringify(['order.place', 'delivery.deadline']) &&
        JSON.stringify(intentIds) === JSON.stringify(intentExpected.intents.map((i) => i.id)),
      intentIds,
    );
    const marks = await page
      .locator('#intent-output .highlighted mark')
      .evaluateAll((items) =>
        items.map((m) => ({ text: m.textContent, labels: m.dataset.labels.split(' ') })),
      );
    const highlightedAll = intentExpected.intents.every((intent) =>
      intent.evidence.every((e) =>
        marks
          .filter((m) => m.labels.includes(intent.id))
          .map((m) => m.text)
          .join('')
          .includes(e.text),
      ),
    );
    check('inquiry: the evidence of every intent is highlighted in the text', highlightedAll, marks);
    const highlightedText = await textOf(page, '#intent-output .highlighted');
    check(
      'inquiry: the highlighted text is the text as typed',
      highlightedText === SEED_INQUIRY,
      highlightedText,
    );
    const urgency = await page.getAttribute(
      '#intent-output [data-fact="urgency"] [data-value]',
      'data-value',
    );
    const urgencyText = await textOf(page, '#intent-output [data-fact="urgency"]');
    check(
      'inquiry: the urgency is shown (high)',
      urgency === 'high' && urgency === intentExpected.urgency && urgencyText === 'high',
      urgencyText,
    );
    const urgencyMarks = marks.filter((m) => m.labels.includes('urgency')).map((m) => m.text);
    check(
      'inquiry: the urgency words are highlighted',
      intentExpected.signals.urgency.every((e) => urgencyMarks.includes(e.text)) && urgencyMarks.length > 0,
      urgencyMarks,
    );
    const triageExpected = lib.triageInquiry(
      { text: SEED_INQUIRY, from: 'tanaka.k@docomo.ne.jp', receivedAt: RECEIVED_AT },
      { policy: lib.defaultPolicy('ja-JP'), locale: 'en', senderDomain: SENDER_DOMAIN },
    );
    const firstReplyDue = await textOf(page, '#sla-output [data-fact="firstReplyDue"] .iso');
    check(
      'sla: the first reply is due on Tuesday 10:00 in Tokyo (weekend and 勤労感謝の日 skipped)',
      firstReplyDue === '2026-11-24T10:00:00+09:00' && firstReplyDue === triageExpected.sla.firstReplyDue,
      firstReplyDue,
    );
    check(
      'sla: the resolution due time is shown',
      (await textOf(page, '#sla-output [data-fact="resolutionDue"] .iso')) ===
        triageExpected.sla.resolutionDue,
      triageExpected.sla.resolutionDue,
    );
    const priority = await page.getAttribute('#sla-output [data-fact="priority"] [data-value]', 'data-value');
    check('sla: the priority is shown', priority === triageExpected.priority, priority);
    const holiday = await textOf(page, '#sla-output .closed-days li[data-date="2026-11-23"]');
    check('sla: the holiday on the way is named', holiday.includes('Labour Thanksgiving Day'), holiday);
    const actions = await page
      .locator('#sla-output .actions li[data-code]')
      .evaluateAll((items) => items.map((i) => i.dataset.code));
    check(
      'sla: the merged actions are listed (phone the carrier customer, answer every request)',
      JSON.stringify(actions) === JSON.stringify(triageExpected.actions.map((a) => a.code)) &&
        actions.includes('answer-every-request'),
      actions,
    );
    await page.selectOption('#calendar', 'newYork');
    const newYorkDue = await textOf(page, '#sla-output [data-fact="firstReplyDue"] .iso');
    check('sla: another calendar gives due times in its zone', newYorkDue.endsWith('-05:00'), newYorkDue);
    await page.selectOption('#calendar', 'tokyo');
    await screenshot(page, '#inquiry', 'playground-inquiry-en');

    // ── the same page in Japanese: page text and library messages switch together ────────────
    await page.click('button[data-lang="ja"]');
    check(
      'ja: <html lang> is ja',
      (await page.getAttribute('html', 'lang')) === 'ja',
      await page.getAttribute('html', 'lang'),
    );
    const heading = await textOf(page, 'h1');
    check('ja: the page text is Japanese', /[ぁ-んァ-ン]/.test(heading), heading);
    const carrierJa = lib.deliverabilityHints('taro@docomo.ne.jp', {
      locale: 'ja',
      senderDomain: SENDER_DOMAIN,
    });
    const carrierJaShown = await textOf(
      page,
      '#email-output [data-api="deliverabilityHints"] li[data-code="carrier-filter"] .message',
    );
    check(
      'ja: the library messages are Japanese (carrier hint)',
      carrierJaShown === carrierJa.hints.find((h) => h.code === 'carrier-filter')?.message,
      carrierJaShown,
    );
    const codeChangeJa = await textOf(page, '#code-output li[data-code="full-width-converted"] .message');
    const codeExpectedJa = lib.sanitizeCode(
      code,
      { alphabet: 'digits', length: 8, groupSize: 4 },
      { locale: 'ja' },
    );
    check(
      'ja: the code changes are Japanese',
      codeChangeJa === codeExpectedJa.changes[0].message,
      codeChangeJa,
    );
    const urgencyJa = await textOf(page, '#intent-output [data-fact="urgency"]');
    check('ja: the urgency reads 高 (high)', urgencyJa === '高 high', urgencyJa);
    const intentIdsJa = await page
      .locator('#intent-output li[data-intent]')
      .evaluateAll((items) => items.map((i) => i.dataset.intent));
    check('ja: the intents stay', JSON.stringify(intentIdsJa) === JSON.stringify(intentIds), intentIdsJa);
    if (japaneseFont) {
      await screenshot(page, '#inquiry', 'playground-inquiry-ja');
    }
    await page.close();

    // ── the sample signup form ───────────────────────────────────────────────────────────────
    const signup = await load('signup', '/playground/signup.html?lang=en');
    await typeInto(signup, '#signup-email', 'taro@gmial.com');
    const didYouMean = await textOf(signup, '#signup-email-hints [data-code="suggestion"]');
    check(
      'signup: "Did you mean taro@gmail.com?"',
      didYouMean === 'Did you mean taro@gmail.com?',
      didYouMean,
    );
    await signup.click('#signup-email-hints [data-code="suggestion"] button');
    check(
      'signup: one click takes the suggestion',
      (await signup.inputValue('#signup-email')) === 'taro@gmail.com' &&
        (await signup.locator('#signup-email-hints .hint').count()) === 0,
      await signup.inputValue('#signup-email'),
    );
    await typeInto(signup, '#signup-email', 'taro@docomo.ne.jp');
    const carrierSummary = await textOf(signup, '#signup-email-hints [data-code="carrier-filter"] summary');
    check(
      'signup: the docomo hint says our domain must be allowed, with "How?"',
      carrierSummary === `${carrierHint?.message} How?`,
      carrierSummary,
    );
    await signup.click('#signup-email-hints [data-code="carrier-filter"] summary');
    const how = await textOf(signup, '#signup-email-hints [data-code="carrier-filter"] details p');
    check(
      'signup: "How?" opens the steps naming our domain',
      how === carrierHint?.action && (await signup.isVisible('#signup-email-hints details p')),
      how,
    );
    await typeInto(signup, '#signup-code', '１２３４ー５６７８');
    const read = await textOf(signup, '#signup-code-hints [data-code="read"]');
    check('signup: the pasted code is read as 1234-5678', read === 'We read: 1234-5678', read);
    const hintCodes = (selector) =>
      signup.locator(`${selector} .hint`).evaluateAll((items) => items.map((i) => i.dataset.code));
    await typeInto(signup, '#signup-password', 'short');
    check(
      'signup: a too-short password is not called wrong while it is being typed',
      (await hintCodes('#signup-password-hints')).length === 0,
      await hintCodes('#signup-password-hints'),
    );
    await signup.locator('#signup-password').blur();
    check(
      'signup: leaving the field shows the error',
      (await hintCodes('#signup-password-hints')).includes('too-short') &&
        (await signup.getAttribute('#signup-password', 'aria-invalid')) === 'true',
      await hintCodes('#signup-password-hints'),
    );
    await typeInto(signup, '#signup-password', ' correct horse battery staple');
    const warningCodes = await hintCodes('#signup-password-hints');
    check(
      'signup: a pasted leading space is warned about, and the password is accepted',
      JSON.stringify(warningCodes) === JSON.stringify(['leading-whitespace']) &&
        (await signup.getAttribute('#signup-password', 'aria-invalid')) === 'false',
      warningCodes,
    );
    await screenshot(signup, 'main', 'signup-en');
    await signup.click('button[type="submit"]');
    const sent = JSON.parse((await textOf(signup, '#signup-result pre')) ?? 'null');
    check(
      'signup: submit sends the address, its mailbox key and the cleaned code',
      sent?.email === 'taro@docomo.ne.jp' &&
        sent?.emailKey === 'taro@docomo.ne.jp' &&
        sent?.code === '12345678',
      sent,
    );
    await signup.click('button[data-lang="ja"]');
    const carrierSummaryJa = await textOf(signup, '#signup-email-hints [data-code="carrier-filter"] summary');
    check(
      'signup ja: the hint is Japanese',
      carrierSummaryJa.startsWith(carrierJa.hints.find((h) => h.code === 'carrier-filter')?.message ?? '∅'),
      carrierSummaryJa,
    );
    if (japaneseFont) {
      await signup.click('#signup-email-hints [data-code="carrier-filter"] summary');
      await screenshot(signup, 'main', 'signup-ja');
    }
    await signup.close();

    // ── the site around it: the API reference links to the playground and back ─────────────
    if (existsSync(join(siteDir, 'api', 'index.html'))) {
      const tab = await openTab('api');
      const nested = tab.page;
      await nested.goto(`${origin}/api/functions/sanitize.sanitizeCode.html`);
      await nested.click('#tsd-toolbar-links a:text-is("Playground")');
      await nested.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });
      check(
        'site: the API reference (a nested page) links to the playground',
        new URL(nested.url()).pathname === '/playground/index.html',
        nested.url(),
      );
      await nested.click('header nav a[href="../api/index.html"]');
      check(
        'site: the playground links back to the API reference',
        new URL(nested.url()).pathname === '/api/index.html' &&
          (await nested.locator('#tsd-toolbar-links').count()) === 1,
        nested.url(),
      );
      await nested.goto(`${origin}/`);
      const landing = await nested
        .locator('main a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      const broken = [];
      for (const href of landing) {
        const response = await nested.request.get(new URL(href, `${origin}/`).href);
        if (!response.ok()) broken.push(href);
      }
      check(`site: every link of the landing page works (${landing.length})`, broken.length === 0, broken);
      check(
        'site: the API pages load nothing from elsewhere',
        tab.traffic.offsite.length === 0,
        tab.traffic.offsite,
      );
      await nested.close();
    } else {
      console.log('playground: docs/site/api is missing (run npm run docs): API links not checked');
    }

    // ── offline: both pages work opened from disk ────────────────────────────────────────────
    for (const file of ['index.html', 'signup.html']) {
      const tab = await openTab(`file://${file}`);
      await tab.page.goto(`${pathToFileURL(join(siteDir, 'playground', file)).href}?lang=en`);
      const ready = await tab.page
        .waitForSelector('body[data-ready="true"]', { timeout: 10_000 })
        .then(() => true)
        .catch(() => false);
      check(
        `file://…/playground/${file} works without a server`,
        ready && tab.traffic.offsite.length === 0,
        tab.traffic.offsite,
      );
      await tab.page.close();
    }
    const offsite = sessions.flatMap((traffic) => traffic.offsite);
    const requests = sessions.reduce((sum, traffic) => sum + traffic.requests, 0);
    check(
      `no request left 127.0.0.1 in the whole session (${requests} requests)`,
      offsite.length === 0,
      offsite,
    );
  } catch (error) {
    failures.push(`playground test stopped: ${error.stack ?? error}`);
  } finally {
    await context.close();
    server.close();
  }
  if (!japaneseFont) {
    console.log(
      'playground: no Japanese font in this browser: Japanese screenshots not written (apt-get install fonts-ipafont-gothic)',
    );
  }
  figures.seconds = Number(((performance.now() - started) / 1000).toFixed(1));
  console.log(
    `playground: ${passed} checks passed in ${figures.seconds} s; screenshots: ${Object.entries(
      figures.screenshots,
    )
      .map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(0)} KB`)
      .join(', ')}`,
  );
  return { passed, failures, figures };
}
