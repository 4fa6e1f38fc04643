/**
 * Debian's Chromium with the built extension loaded, driven by puppeteer-core. Collects every
 * console error the extension produces (service worker, content script, popup) for the tests to check.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ConsoleMessage, type Extension, type Page, type WebWorker } from 'puppeteer-core';

export const EXTENSION_DIR = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');
/**
 * The browser tests' build (`wxt build --mode e2e`): host access to every site as a required
 * permission, for what a headless browser cannot grant by its prompt (see tests/e2e/auto-open.e2e.ts).
 */
export const E2E_EXTENSION_DIR = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3-e2e');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * A host name the browser resolves to the fixture server: pages from it are plain http:// pages of a
 * site that is not this machine, so not a secure context (no Clipboard API), as most http:// sites are.
 */
export const INSECURE_HOST = 'insecure.test';
/**
 * Every host name under `.test` resolves to this machine (the fixture and bench servers): each name is
 * a site of its own, so the browser gives its pages their own renderer process.
 */
export const LOCAL_DOMAIN = 'test';

export interface SiftBrowser {
  browser: Browser;
  extension: Extension;
  worker: WebWorker;
  downloadDir: string;
  /** Console errors and uncaught exceptions coming from the extension's own code. */
  extensionErrors: string[];
  /** Network requests (http, https, ws) made by the extension itself: service worker and its pages. */
  extensionRequests: string[];
  /** Toolbar clicks repeated because Chromium fired one without its activeTab grant. */
  extraClicks: number;
  newPage(url: string): Promise<Page>;
  close(): Promise<void>;
}

function fromExtension(message: ConsoleMessage, extensionId: string): boolean {
  const origin = `chrome-extension://${extensionId}/`;
  return [message.location(), ...message.stackTrace()].some((frame) => frame.url?.startsWith(origin));
}

/** `alongside`: more unpacked extensions to load beside Sift (the bench's floor, scripts/bench/floor-extension). */
export async function launchSift(extensionDir = EXTENSION_DIR, alongside: string[] = []): Promise<SiftBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'sift-e2e-profile-'));
  const downloadDir = await mkdtemp(join(tmpdir(), 'sift-e2e-downloads-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: [extensionDir, ...alongside],
    userDataDir,
    defaultViewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=en-US',
      `--host-resolver-rules=MAP *.${LOCAL_DOMAIN} 127.0.0.1`,
    ],
  });
  const workerTarget = await browser.waitForTarget(
    (target) => target.type() === 'service_worker' && target.url().endsWith('/background.js'),
  );
  const extensionId = new URL(workerTarget.url()).host;
  const extension = (await browser.extensions()).get(extensionId);
  if (!extension) throw new Error(`Sift (${extensionId}) is not among the loaded extensions`);
  const worker = (await workerTarget.worker())!;

  const extensionErrors: string[] = [];
  const watch = (source: string, target: Page | WebWorker) => {
    target.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error' && (target === worker || fromExtension(message, extensionId))) {
        extensionErrors.push(`${source}: ${message.text()}`);
      }
    });
  };
  watch('service worker', worker);

  const extensionRequests: string[] = [];
  const isNetwork = (url: string) => /^(https?|wss?):/.test(url);
  await worker.client.send('Network.enable');
  worker.client.on('Network.requestWillBeSent', ({ request }) => {
    if (isNetwork(request.url)) extensionRequests.push(`service worker: ${request.url}`);
  });

  const session = await browser.target().createCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloadDir });

  const sift: SiftBrowser = {
    browser,
    extension,
    worker,
    downloadDir,
    extensionErrors,
    extensionRequests,
    extraClicks: 0,
    async newPage(url) {
      const page = await browser.newPage();
      watch(url, page);
      if (url.startsWith(`chrome-extension://${extensionId}/`)) {
        page.on('request', (request) => {
          if (isNetwork(request.url())) extensionRequests.push(`${url}: ${request.url()}`);
        });
      }
      // A page may throw anything, `undefined` included (puppeteer then passes no Error at all).
      page.on('pageerror', (error: unknown) => {
        const { stack, message } = (error ?? {}) as Partial<Error>;
        if (String(stack).includes(`chrome-extension://${extensionId}/`)) extensionErrors.push(`${url}: ${message}`);
      });
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async close() {
      if (sift.extraClicks > 0) console.log(`# toolbar clicks repeated after a missing activeTab grant: ${sift.extraClicks}`);
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true });
      await rm(downloadDir, { recursive: true, force: true });
    },
  };
  return sift;
}
