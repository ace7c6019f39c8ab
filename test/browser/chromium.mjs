// Starts the headless Chromium both browser tests use: Debian's /usr/bin/chromium (or
// CHROMIUM_PATH) driven by playwright-core, with a fresh temporary profile and nothing that talks
// to the network on its own. Every host name except 127.0.0.1 resolves to nothing, so a page that
// tries to load anything from elsewhere fails loudly instead of quietly depending on it.
import { chromium } from 'playwright-core';

/**
 * Launches the browser.
 *
 * @returns {Promise<import('playwright-core').Browser>}
 */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
}
