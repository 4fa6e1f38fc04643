/**
 * The reading settings added in settings version 2 (paragraph spacing, reading speed, images, link
 * styling), in Chromium with the built extension: each control changes what the reader sees, live,
 * and persists; settings stored by version 1 are migrated and keep working.
 */
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { openPopupFor, openWithToolbar, overlayTheme, tabIdOf, waitForReaderClosed } from './reader-page';
import { SCREENSHOTS, server, sift, useSift } from './suite';

const SETTINGS_BUTTON = 'sift-reader >>> button[aria-label="Reading settings"]';

useSift();

beforeEach(() => sift.worker.evaluate(() => chrome.storage.local.clear()));

async function openLongRead(): Promise<Page> {
  const page = await sift.newPage(server.url('long-read.html'));
  await openWithToolbar(sift, page);
  await page.click(SETTINGS_BUTTON);
  await page.waitForSelector('sift-reader >>> form[aria-label="Reading settings"]');
  return page;
}

/** Images in the overlay a reader can see: rendered, with an area. */
function visibleImages(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelector('sift-reader')!.shadowRoot!.querySelectorAll('img')].filter((img) => {
        const box = img.getBoundingClientRect();
        return box.width > 0 && box.height > 0;
      }).length,
  );
}

/** A computed style of the first element matching `selector` inside the overlay. */
function overlayStyle(page: Page, selector: string, property: string): Promise<string> {
  return page.evaluate(
    (selector, property) => {
      const element = document.querySelector('sift-reader')!.shadowRoot!.querySelector(selector)!;
      return getComputedStyle(element).getPropertyValue(property);
    },
    selector,
    property,
  );
}

function readingMinutes(page: Page): Promise<number> {
  return page.$eval('sift-reader >>> .sift-reading-time', (label) => Number.parseInt(label.textContent ?? '', 10));
}

async function storedSettings(): Promise<Record<string, unknown>> {
  return sift.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>);
}

describe('reading settings in the "Aa" panel', () => {
  it('opens in the stored theme from its first frame, never the default for a moment', async () => {
    const page = await sift.newPage(server.url('sample-news.html'));
    await openWithToolbar(sift, page);
    await page.click(SETTINGS_BUTTON);
    await page.click('sift-reader >>> input[name="theme"][value="dark"]');
    await page.waitForFunction(
      () => document.querySelector('sift-reader')?.shadowRoot?.querySelector<HTMLElement>('[data-theme]')?.dataset.theme === 'dark',
      { timeout: 5000 },
    );
    assert.equal((await storedSettings()).theme, 'dark', 'stored before the reader closes');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await waitForReaderClosed(page, 5000);
    // The theme of the overlay's first render: read as the host arrives, before any frame is painted.
    await page.evaluate(() => {
      const observer = new MutationObserver(() => {
        const themed = document.querySelector('sift-reader')?.shadowRoot?.querySelector<HTMLElement>('[data-theme]');
        if (!themed) return;
        observer.disconnect();
        (window as unknown as { firstTheme: string | undefined }).firstTheme = themed.dataset.theme;
      });
      observer.observe(document.documentElement, { childList: true, subtree: true });
    });
    await openWithToolbar(sift, page);
    assert.equal(await page.evaluate(() => (window as unknown as { firstTheme: string | undefined }).firstTheme), 'dark');
    assert.equal(await overlayTheme(page), 'dark');
    await page.close();
  });

  it('hides and shows the images, captions included, and remembers it', async () => {
    const page = await openLongRead();
    assert.ok((await visibleImages(page)) > 0, 'the long read shows its figure');
    assert.equal(await page.$eval('sift-reader >>> input[name="showImages"]', (input) => input.getAttribute('role')), 'switch');
    await page.click('sift-reader >>> input[name="showImages"]');
    await page.waitForFunction(
      () => document.querySelector('sift-reader')!.shadowRoot!.querySelector<HTMLElement>('.sift-body figcaption')!.offsetParent === null,
      { timeout: 5000 },
    );
    assert.equal(await visibleImages(page), 0, 'no image is visible');
    assert.equal((await storedSettings()).showImages, false, 'the choice persists');
    await page.screenshot({ path: join(SCREENSHOTS, 'overlay-settings-wide.png') });

    // Reopened, the reader still hides them; switched back on, they return.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await waitForReaderClosed(page, 5000);
    await openWithToolbar(sift, page);
    assert.equal(await visibleImages(page), 0, 'still hidden after reopening');
    await page.click(SETTINGS_BUTTON);
    await page.click('sift-reader >>> input[name="showImages"]');
    await page.waitForFunction(
      () => [...document.querySelector('sift-reader')!.shadowRoot!.querySelectorAll('img')].some((img) => img.getBoundingClientRect().height > 0),
      { timeout: 5000 },
    );
    await page.close();
  });

  it('changes the space after paragraphs from the keyboard', async () => {
    const page = await openLongRead();
    const fontSize = Number.parseFloat(await overlayStyle(page, '.sift-body p', 'font-size'));
    const margin = () => overlayStyle(page, '.sift-body p', 'margin-bottom').then(Number.parseFloat);
    assert.equal(await margin(), 1.2 * fontSize, 'the default spacing');
    await page.focus('sift-reader >>> input[name="paragraphSpacing"]');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      (expected) => {
        const paragraph = document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-body p')!;
        return Math.abs(Number.parseFloat(getComputedStyle(paragraph).marginBottom) - expected) < 0.5;
      },
      { timeout: 5000 },
      1.6 * fontSize,
    );
    assert.equal((await storedSettings()).paragraphSpacing, 1.6);
    assert.equal(await page.$eval('sift-reader >>> input[name="paragraphSpacing"]', (input) => input.closest('label')!.querySelector('output')!.textContent), '1.6');
    await page.close();
  });

  it('sets links like the text around them, and back', async () => {
    const page = await openLongRead();
    const textColour = await overlayStyle(page, '.sift-body p', 'color');
    assert.notEqual(await overlayStyle(page, '.sift-body a', 'color'), textColour, 'links are coloured by default');
    assert.match(await overlayStyle(page, '.sift-body a', 'text-decoration-line'), /underline/);
    await page.click('sift-reader >>> input[name="styleLinks"]');
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-body a')!).textDecorationLine === 'none',
      { timeout: 5000 },
    );
    assert.equal(await overlayStyle(page, '.sift-body a', 'color'), textColour, 'the link takes the text colour');
    assert.equal(await page.$eval('sift-reader >>> .sift-body a', (link) => (link as HTMLAnchorElement).href), server.url('timetables/overnight-ridership'), 'it is still a link');
    await page.close();
  });

  it('recomputes the reading time at the chosen speed', async () => {
    const page = await openLongRead();
    await page.focus('sift-reader >>> input[name="wordsPerMinute"]');
    await page.keyboard.press('Home');
    await page.waitForFunction(() => document.querySelector('sift-reader')!.shadowRoot!.querySelector('label:has(input[name="wordsPerMinute"]) output')?.textContent === '100 words/min', { timeout: 5000 });
    const slow = await readingMinutes(page);
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.querySelector('sift-reader')!.shadowRoot!.querySelector('label:has(input[name="wordsPerMinute"]) output')?.textContent === '500 words/min', { timeout: 5000 });
    const fast = await readingMinutes(page);
    assert.ok(slow > fast, `100 words/min reads in ${slow} min, 500 in ${fast} min`);
    assert.equal((await storedSettings()).wordsPerMinute, 500);
    await page.close();
  });

  it('fits the new controls on a phone', async () => {
    const page = await sift.newPage(server.url('long-read.html'));
    await page.setViewport({ width: 390, height: 844 });
    await openWithToolbar(sift, page);
    await page.click(SETTINGS_BUTTON);
    await page.waitForSelector('sift-reader >>> input[name="styleLinks"]');
    const overflow = await page.evaluate(() => {
      const panel = document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-panel')!;
      return panel.scrollWidth - panel.clientWidth;
    });
    assert.equal(overflow, 0, 'no sideways scrolling in the panel');
    await page.screenshot({ path: join(SCREENSHOTS, 'overlay-settings-phone.png') });
    await page.close();
  });
});

describe('settings stored by version 1', () => {
  it('are migrated and keep applying', async () => {
    const v1 = { version: 1, theme: 'sepia', font: 'sans', fontSize: 22, lineHeight: 1.8, width: 70, align: 'start' };
    await sift.worker.evaluate((value) => chrome.storage.local.set({ settings: value, settings$: { v: 1 } }), v1);
    const page = await sift.newPage(server.url('long-read.html'));
    await openWithToolbar(sift, page);
    assert.equal(await overlayTheme(page), 'sepia', 'the stored theme applies');
    assert.equal(await overlayStyle(page, '.sift-page', 'font-size'), '22px', 'the stored size applies');
    assert.ok((await visibleImages(page)) > 0, 'images show, as they did in version 1');
    const stored = await sift.worker.evaluate(async () => chrome.storage.local.get(['settings', 'settings$']));
    assert.deepEqual(stored, {
      settings: { ...v1, version: 2, paragraphSpacing: 1.2, wordsPerMinute: 230, showImages: true, styleLinks: true, speechRate: 1, speechVoice: '' },
      settings$: { v: 2 },
    });
    await page.close();
  });
});

describe('the popup', () => {
  it('opens in the stored theme from its first frame, never the default for a moment', async () => {
    const page = await sift.newPage(server.url('sample-news.html'));
    await sift.worker.evaluate(() => chrome.storage.local.set({ settings: { theme: 'dark' } }));
    const popup = await sift.newPage('about:blank');
    // The theme of the popup's first render: read as its root element arrives, before any frame is painted.
    await popup.evaluateOnNewDocument(() => {
      const observer = new MutationObserver(() => {
        const themed = document.querySelector<HTMLElement>('[data-theme]');
        if (!themed) return;
        observer.disconnect();
        (window as unknown as { firstTheme: string | undefined }).firstTheme = themed.dataset.theme;
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await popup.goto(`chrome-extension://${sift.extension.id}/popup.html?tab=${await tabIdOf(sift, page)}`);
    await popup.waitForSelector('[data-theme]');
    assert.equal(await popup.evaluate(() => (window as unknown as { firstTheme: string | undefined }).firstTheme), 'dark');
    await popup.close();
    await page.close();
  });

  it('holds the same controls, and they reach an open reader', async () => {
    const page = await sift.newPage(server.url('long-read.html'));
    await openWithToolbar(sift, page);
    const popup = await openPopupFor(sift, page);
    await popup.setViewport({ width: 380, height: 900 });
    await popup.click('input[name="showImages"]');
    await page.waitForFunction(
      () => document.querySelector('sift-reader')!.shadowRoot!.querySelector('[data-images]')?.getAttribute('data-images') === 'hidden',
      { timeout: 5000 },
    );
    assert.equal(await visibleImages(page), 0);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-settings.png'), fullPage: true });
    await popup.close();
    await page.close();
  });
});

describe('extension health', () => {
  it('logged no console errors from the extension during the run', () => {
    assert.deepEqual(sift.extensionErrors, []);
  });
});
