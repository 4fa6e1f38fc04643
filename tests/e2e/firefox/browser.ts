/**
 * Debian's Firefox ESR with the Firefox browser tests' build of Sift (.output/firefox-mv2-e2e, see
 * utils/e2e-toggle.ts) installed as a temporary add-on, driven by puppeteer-core over WebDriver BiDi.
 * BiDi reaches neither the toolbar nor the extension's own pages, so the reader is toggled through the
 * test build's page message, and the extension's console is read from Firefox's own output.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { E2E_TOGGLE, E2E_TOGGLE_RECEIVED } from '../../../utils/e2e-toggle';

export const EXTENSION_DIR = join(import.meta.dirname, '..', '..', '..', '.output', 'firefox-mv2-e2e');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'sift@sift.example';
// Pinned (Firefox picks a random one per profile) so messages from the extension can be told apart.
const EXTENSION_UUID = '6b1f3a52-0d0e-4a8f-9c1e-5e2d7f3a9b10';

export interface SiftFirefox {
  browser: Browser;
  downloadDir: string;
  /** Errors and warnings from Sift's own code (background, content and reader scripts). */
  extensionErrors: string[];
  newPage(url: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Firefox's console output names the messages' source (`console.warn: "Sift ..."`,
 * `JavaScript error: moz-extension://...`); a message is Sift's when it says Sift or comes from its origin.
 */
function isSiftMessage(line: string): boolean {
  return /^(console\.(error|warn)|JavaScript (error|warning)):/.test(line) && (line.includes('Sift') || line.includes(EXTENSION_UUID));
}

export async function launchSiftFirefox(): Promise<SiftFirefox> {
  const downloadDir = await mkdtemp(join(tmpdir(), 'sift-e2e-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      // Downloads go straight to the test's folder, without asking.
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      // Console messages of every context (the extension's included) on Firefox's standard output.
      'devtools.console.stdout.chrome': true,
      'devtools.console.stdout.content': true,
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US',
    },
  });
  const extensionErrors: string[] = [];
  const firefox = browser.process();
  for (const stream of [firefox?.stdout, firefox?.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) if (isSiftMessage(line)) extensionErrors.push(line);
    });
  }
  const installed = await browser.installExtension(EXTENSION_DIR);
  if (installed !== ADDON_ID) throw new Error(`installed ${installed}, expected ${ADDON_ID}`);

  return {
    browser,
    downloadDir,
    extensionErrors,
    async newPage(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async close() {
      await browser.close();
      await rm(downloadDir, { recursive: true, force: true });
    },
  };
}

/**
 * Toggles the reader through the background's one toggle function, as a toolbar click would: the page
 * posts the test build's message and its content script forwards it (utils/e2e-toggle.ts). The content
 * script starts at document_idle, so a request nobody acknowledged is posted again.
 */
export async function toggleReader(page: Page, expectOpen: boolean, host = 'sift-reader'): Promise<void> {
  await page.bringToFront();
  let received = false;
  for (let attempt = 0; attempt < 20 && !received; attempt++) {
    // No named helpers inside: tsx would wrap them in a __name() the page does not have.
    received = await page.evaluate(
      (message, answer) =>
        new Promise<boolean>((resolve) => {
          const listening = new AbortController();
          addEventListener(
            'message',
            (event) => {
              if (event.source !== window || event.data?.sift !== answer) return;
              listening.abort();
              resolve(true);
            },
            { signal: listening.signal },
          );
          postMessage({ sift: message }, '*');
          setTimeout(() => {
            listening.abort();
            resolve(false);
          }, 250);
        }),
      E2E_TOGGLE,
      E2E_TOGGLE_RECEIVED,
    );
  }
  if (!received) throw new Error(`Sift's content script never answered on ${page.url()}`);
  if (expectOpen) await page.waitForSelector(`${host} >>> [role="dialog"]`, { timeout: 10_000 });
  else await page.waitForFunction((name) => !document.querySelector(name), { timeout: 10_000 }, host);
}
