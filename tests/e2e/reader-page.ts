/** Helpers that look at a page and at Sift's overlay inside its shadow root. */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { SiftBrowser } from './browser';

export const DIALOG = 'sift-reader >>> [role="dialog"]';

export async function tabIdOf(sift: SiftBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  return sift.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

/** Waits until the content script has reported its judgement of the page to the background. */
export async function waitForDetection(sift: SiftBrowser, tabId: number): Promise<{ badge: string; title: string }> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const state = await sift.worker.evaluate(async (id) => {
      const [badge, title] = await Promise.all([chrome.action.getBadgeText({ tabId: id }), chrome.action.getTitle({ tabId: id })]);
      return { badge, title };
    }, tabId);
    if (state.title !== 'Open in Sift') return state;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the content script never reported its detection');
}

/**
 * Clicks Sift's toolbar button and waits for the dialog. Headless Chromium now and then fires the
 * click without its activeTab grant on a tab puppeteer just created (the service worker then logs
 * "Cannot access contents of the page"); one more click is what a reader would do, so the helper
 * clicks again once, and counts it so the run reports how often that happened.
 */
export async function openWithToolbar(sift: SiftBrowser, page: Page, dialog = DIALOG): Promise<void> {
  await page.bringToFront();
  await page.triggerExtensionAction(sift.extension);
  try {
    await page.waitForSelector(dialog, { timeout: 4000 });
  } catch {
    sift.extraClicks++;
    await page.triggerExtensionAction(sift.extension);
    await page.waitForSelector(dialog, { timeout: 6000 });
  }
}

/**
 * The dialog's visible text, once its first frame is over: until then Chromium may still count the
 * article's blocks as skipped (content-visibility: auto, see assets/overlay.css) and leave them out.
 */
export async function overlayText(page: Page): Promise<string> {
  await page.waitForFunction(() => !document.querySelector('sift-reader')?.shadowRoot?.querySelector('[data-first-frame]'), { timeout: 5000 });
  return page.evaluate(() => {
    const root = document.querySelector('sift-reader')?.shadowRoot;
    return (root?.querySelector('[role="dialog"]') as HTMLElement | null)?.innerText ?? '';
  });
}

export async function overlayTheme(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const root = document.querySelector('sift-reader')?.shadowRoot?.querySelector<HTMLElement>('[data-theme]');
    return root?.dataset.theme;
  });
}

export async function isOverlayOpen(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector('sift-reader') !== null);
}

/**
 * Waits until the reader's host has left the page. Asked by its attribute, which the host carries under
 * any name (a page that took `<sift-reader>` gets a host of another name).
 */
export async function waitForReaderClosed(page: Page, timeout?: number): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-sift-reader]') === null, timeout === undefined ? {} : { timeout });
}

/** What has focus, as "host > shadow-active" when focus is inside a shadow root. */
export async function focusPath(page: Page): Promise<string> {
  // No helper functions inside: tsx would wrap them in a __name() the page does not have.
  return page.evaluate(() =>
    [document.activeElement, document.activeElement?.shadowRoot?.activeElement]
      .filter((element) => element)
      .map((element) => element!.tagName.toLowerCase() + (element!.getAttribute('role') ? `[role=${element!.getAttribute('role')}]` : ''))
      .join(' > '),
  );
}

/** The settings popup acting on a page's tab, as the icon's "Settings" menu opens it (`?tab=`). */
export async function openPopupFor(sift: SiftBrowser, page: Page): Promise<Page> {
  const tabId = await tabIdOf(sift, page);
  return sift.newPage(`chrome-extension://${sift.extension.id}/popup.html?tab=${tabId}`);
}

/** The text of a file once the browser has finished downloading it. */
export async function waitForDownload(browser: SiftBrowser, name: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (!(await readdir(browser.downloadDir)).includes(name)) {
    assert.ok(Date.now() < deadline, `no ${name} in ${await readdir(browser.downloadDir)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return readFile(join(browser.downloadDir, name), 'utf8');
}
