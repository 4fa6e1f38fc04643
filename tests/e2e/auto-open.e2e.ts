/**
 * Per-site auto-open in Chromium: "Always open articles on this site" in the popup makes the reader
 * open by itself on that site's articles, never on its other pages, until the reader opts out.
 *
 * Runs on the browser tests' build (.output/chrome-mv3-e2e), which holds host access to every site
 * as a required permission: the shipped build asks for the one site from the popup's click
 * (optional_host_permissions), and headless Chromium cannot answer that prompt. With the access
 * already held, the same request resolves at once, so the popup's code path is the shipped one.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { E2E_EXTENSION_DIR } from './browser';
import { DIALOG, isOverlayOpen, openPopupFor, overlayText, tabIdOf, waitForDetection } from './reader-page';
import { assertSampleArticle } from './sample-article';
import { SCREENSHOTS, server, sift, useSift } from './suite';

const SWITCH = 'input[name="autoOpen"]';

useSift({ extensionDir: E2E_EXTENSION_DIR });

function storedSites(): Promise<unknown> {
  return sift.worker.evaluate(async () => (await chrome.storage.local.get('autoOpenSites')).autoOpenSites);
}

/**
 * Loads (or reloads) a page and waits for the background to have handled its detection. The
 * background marks the icon only after opening the reader on an opted-in site, so once the icon is
 * marked, whether the reader opened is settled.
 */
async function loadAndDetect(page: Page, url?: string): Promise<void> {
  const tabId = await tabIdOf(sift, page);
  // Forget the last page's mark, so the next one is this page's.
  await sift.worker.evaluate((id) => chrome.action.setTitle({ tabId: id, title: '' }), tabId);
  if (url) await page.goto(url, { waitUntil: 'load' });
  else await page.reload({ waitUntil: 'load' });
  await waitForDetection(sift, tabId);
}

describe('"Always open articles on this site"', () => {
  it('opens the reader by itself on the site\'s articles, never on its other pages, and stops when turned off', async () => {
    const page = await sift.newPage(server.url('sample-news.html'));
    await waitForDetection(sift, await tabIdOf(sift, page));
    assert.equal(await isOverlayOpen(page), false, 'nothing opens on a site that was not chosen');

    const popup = await openPopupFor(sift, page);
    await popup.setViewport({ width: 380, height: 640 });
    // No switch animation half-way through in the screenshot.
    await popup.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const label = await popup.$eval(SWITCH, (input) => input.closest('label')!.textContent);
    assert.match(label ?? '', /Always open articles on this site/);
    assert.match(label ?? '', /127\.0\.0\.1/, 'the switch names the site');
    assert.equal(await popup.$eval(SWITCH, (input) => (input as HTMLInputElement).checked), false);
    await popup.click(SWITCH);
    await popup.waitForFunction((selector) => document.querySelector<HTMLInputElement>(selector)!.checked, {}, SWITCH);
    assert.deepEqual(await storedSites(), ['http://127.0.0.1']);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-auto-open.png') });
    await popup.setViewport({ width: 390, height: 844 });
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-phone.png') });

    await page.bringToFront();
    await loadAndDetect(page);
    await page.waitForSelector(DIALOG, { timeout: 5000 });
    assertSampleArticle(await overlayText(page));

    const elsewhere = await sift.newPage(server.url('long-read.html'));
    await elsewhere.waitForSelector(DIALOG, { timeout: 10_000 });
    for (const fixture of ['home-page.html', 'no-article.html']) {
      await loadAndDetect(elsewhere, server.url(fixture));
      assert.equal(await isOverlayOpen(elsewhere), false, `${fixture} is not an article: nothing opens`);
    }

    await popup.bringToFront();
    await popup.click(SWITCH);
    await popup.waitForFunction((selector) => !document.querySelector<HTMLInputElement>(selector)!.checked, {}, SWITCH);
    assert.deepEqual(await storedSites(), []);
    await page.bringToFront();
    await loadAndDetect(page);
    assert.equal(await isOverlayOpen(page), false, 'after turning it off the article stays as it is');

    await popup.close();
    await elsewhere.close();
    await page.close();
  });

  it('ignores a corrupt stored list', async () => {
    await sift.worker.evaluate(() => chrome.storage.local.set({ autoOpenSites: ['http://127.0.0.1/evil', 42, { site: 'x' }] }));
    const page = await sift.newPage(server.url('sample-news.html'));
    await waitForDetection(sift, await tabIdOf(sift, page));
    assert.equal(await isOverlayOpen(page), false);
    await page.close();
  });
});

describe('extension health', () => {
  it('logged no console errors from the extension during the run', () => {
    assert.deepEqual(sift.extensionErrors, []);
  });
});
