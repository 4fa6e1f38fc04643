/**
 * Export in Chromium with the built extension: the overlay's "Export" menu (mouse and keyboard) and
 * the popup's buttons save Markdown and text files, copy Markdown and text to the clipboard, and
 * print the article alone from a frame in the overlay's shadow root, leaving the page untouched.
 */
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession, Frame, Page } from 'puppeteer-core';
import { CLUTTER, FIRST_SENTENCE, LAST_SENTENCE, TITLE } from './sample-article';
import { INSECURE_HOST } from './browser';
import {
  DIALOG,
  focusPath,
  isOverlayOpen,
  openPopupFor,
  openWithToolbar,
  waitForDownload,
  waitForReaderClosed,
} from './reader-page';
import { SCREENSHOTS, server, sift, useSift } from './suite';

const EXPORT_BUTTON = 'sift-reader >>> button[aria-label="Export"]';
const SLUG = 'carney-to-travel-to-france-to-discuss-ukraine-ceasefire-with-allies';

useSift({
  afterStart: async () => {
    // The clipboard is read back by the tests, on the fixture site and in the popup.
    for (const origin of [server.origin, `chrome-extension://${sift.extension.id}`]) {
      await sift.browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-sanitized-write']);
    }
  },
});

beforeEach(async () => {
  await sift.worker.evaluate(() => chrome.storage.local.clear());
  await Promise.all((await readdir(sift.downloadDir)).map((name) => rm(join(sift.downloadDir, name))));
});

async function openReader(): Promise<Page> {
  const page = await sift.newPage(server.url('sample-news.html'));
  await openWithToolbar(sift, page);
  return page;
}

async function chooseFromMenu(page: Page, label: string): Promise<void> {
  await page.click(EXPORT_BUTTON);
  await page.click(`sift-reader >>> [role="menuitem"]::-p-text(${label})`);
}

function notice(page: Page): Promise<string> {
  return page.$eval('sift-reader >>> .sift-notice', (element) => element.textContent ?? '');
}

function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

function assertMarkdown(markdown: string): void {
  assert.ok(markdown.startsWith(`---\ntitle: "${TITLE}"\n`), 'front matter opens with the quoted title');
  assert.match(markdown, /^url: "https?:\/\/[^"]+"$/m, 'the URL is in the front matter');
  assert.match(markdown, /\n---\n\n/, 'the front matter is closed before the body');
  assert.ok(markdown.includes(FIRST_SENTENCE) && markdown.includes(LAST_SENTENCE), 'the body is the article');
  assert.match(markdown, /^#{2,3} \S/m, 'headings are Markdown headings');
  for (const clutter of CLUTTER) assert.ok(!markdown.includes(clutter), `clutter "${clutter}" is not exported`);
}

/**
 * Evaluates code in Sift's content-script world of the page (where the reader runs), through the
 * DevTools protocol: the page's own world cannot see the reader's objects.
 */
async function inReaderWorld(page: Page, expression: string): Promise<unknown> {
  const session: CDPSession = await page.createCDPSession();
  const contexts: { id: number; name: string; auxData?: { frameId?: string; type?: string } }[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await session.send('Runtime.enable');
  const { frameTree } = await session.send('Page.getFrameTree');
  const world = contexts.find(
    (context) => context.name === 'Sift' && context.auxData?.type === 'isolated' && context.auxData.frameId === frameTree.frame.id,
  );
  assert.ok(world, `Sift's world among ${JSON.stringify(contexts)}`);
  const { result, exceptionDetails } = await session.send('Runtime.evaluate', { contextId: world.id, expression, returnByValue: true });
  await session.detach();
  assert.equal(exceptionDetails, undefined, JSON.stringify(exceptionDetails));
  return result.value;
}

/** Counts calls of print() on frames the reader creates from now on (headless Chromium shows no dialog). */
function countPrints(page: Page): Promise<unknown> {
  return inReaderWorld(
    page,
    `(() => {
      const contentWindow = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow');
      globalThis.siftTestPrints = 0;
      Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
        configurable: true,
        get() {
          const view = contentWindow.get.call(this);
          if (view) view.print = () => globalThis.siftTestPrints++;
          return view;
        },
      });
    })()`,
  );
}

/** Waits until the reader has called print() on its print frame, and answers that frame. */
async function printed(page: Page): Promise<Frame> {
  const deadline = Date.now() + 10_000;
  while ((await inReaderWorld(page, 'globalThis.siftTestPrints')) !== 1) {
    assert.ok(Date.now() < deadline, 'print() was never called');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  for (const frame of page.frames()) {
    const owner = await frame.frameElement();
    if (owner && (await owner.evaluate((element) => element.classList.contains('sift-print-frame')))) {
      assert.equal(frame.url(), 'about:blank', 'the print frame is a same-origin about:blank frame');
      return frame;
    }
  }
  throw new Error('no print frame in the overlay');
}

describe('the overlay\'s "Export" menu', () => {
  it('saves the article as Markdown with front matter', async () => {
    const page = await openReader();
    await page.click(EXPORT_BUTTON);
    await page.waitForSelector('sift-reader >>> [role="menu"]');
    await page.screenshot({ path: join(SCREENSHOTS, 'overlay-export-menu.png') });
    await page.click('sift-reader >>> [role="menuitem"]::-p-text(Save as Markdown)');
    const markdown = await waitForDownload(sift, `${SLUG}.md`);
    assertMarkdown(markdown);
    await page.waitForFunction(() => document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-notice')!.textContent !== '');
    assert.equal(await notice(page), `Saved ${SLUG}.md`);
    await page.screenshot({ path: join(SCREENSHOTS, 'overlay-export-notice.png') });
    assert.equal(await page.$('sift-reader >>> [role="menu"]'), null, 'the menu closed');
    await page.close();
  });

  it('fits a phone, the menu inside the window', async () => {
    const page = await sift.newPage(server.url('sample-news.html'));
    await page.setViewport({ width: 390, height: 844 });
    await openWithToolbar(sift, page);
    await page.click(EXPORT_BUTTON);
    const box = await page.$eval('sift-reader >>> [role="menu"]', (menu) => menu.getBoundingClientRect().toJSON());
    assert.ok(box.left >= 0 && box.right <= 390 && box.bottom <= 844, `menu at ${JSON.stringify(box)}`);
    await page.screenshot({ path: join(SCREENSHOTS, 'overlay-export-menu-phone.png') });
    await page.close();
  });

  it('is operated from the keyboard, and copies Markdown and text', async () => {
    const page = await openReader();
    await page.focus(EXPORT_BUTTON);
    await page.keyboard.press('Enter');
    await page.waitForSelector('sift-reader >>> [role="menu"]');
    assert.equal(await focusPath(page), 'sift-reader > button[role=menuitem]', 'focus is on the first item');
    const focusedItem = () => page.evaluate(() => document.querySelector('sift-reader')!.shadowRoot!.activeElement?.textContent);
    assert.equal(await focusedItem(), 'Save as Markdown');
    await page.keyboard.press('ArrowUp');
    assert.equal(await focusedItem(), 'Print', 'ArrowUp wraps to the last item');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await focusedItem(), 'Copy as Markdown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-notice')!.textContent !== '', { timeout: 5000 });
    assert.equal(await notice(page), 'Article copied as Markdown');
    assertMarkdown(await clipboard(page));
    assert.equal(await focusPath(page), 'sift-reader > button', 'focus is back on the menu button');

    // Esc closes the menu only; the reader stays.
    await page.keyboard.press('ArrowDown');
    await page.waitForSelector('sift-reader >>> [role="menu"]');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('sift-reader')!.shadowRoot!.querySelector('[role="menu"]'));
    assert.ok(await isOverlayOpen(page), 'the reader is still open');

    await page.keyboard.press('ArrowUp');
    await page.waitForSelector('sift-reader >>> [role="menu"]');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-notice')!.textContent === 'Article copied as text', { timeout: 5000 });
    const text = await clipboard(page);
    assert.ok(text.startsWith(`${TITLE}\n`) && text.includes(`URL: `) && text.includes(LAST_SENTENCE), 'the clipboard holds the text export');
    await page.close();
  });

  it('copies on an http:// page too, where the page has no Clipboard API', async () => {
    const url = new URL(server.url('sample-news.html'));
    url.hostname = INSECURE_HOST;
    const page = await sift.newPage(url.href);
    assert.equal(await page.evaluate(() => window.isSecureContext || 'clipboard' in navigator), false, 'an insecure page');
    await openWithToolbar(sift, page);
    await chooseFromMenu(page, 'Copy as Markdown');
    await page.waitForFunction(() => document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-notice')!.textContent !== '', { timeout: 5000 });
    assert.equal(await notice(page), 'Article copied as Markdown');
    // The page cannot read the clipboard back; an extension page can.
    const reader = await openPopupFor(sift, page);
    assertMarkdown(await clipboard(reader));
    await reader.close();
    await page.close();
  });

  it('prints the article alone, black on white, from a frame in the overlay, leaving the page untouched', async () => {
    const page = await sift.newPage(server.url('sample-news.html'));
    const pageBefore = await page.evaluate(() => document.documentElement.outerHTML);
    await openWithToolbar(sift, page);
    await countPrints(page);
    await chooseFromMenu(page, 'Print');
    const frame = await printed(page);

    const printout = await frame.evaluate(() => ({
      title: document.title,
      h1: document.querySelector('h1')?.textContent,
      text: document.body.innerText,
      controls: document.querySelectorAll('button, input, [role="toolbar"], svg.sift-tool, script').length,
    }));
    assert.equal(printout.title, TITLE, 'the print document is named after the article (a PDF takes its name)');
    assert.equal(printout.h1, TITLE);
    assert.ok(printout.text.includes(FIRST_SENTENCE) && printout.text.includes(LAST_SENTENCE), 'the whole article prints');
    assert.match(printout.text, /https?:\/\/\S+/, 'the article address prints in its header');
    for (const clutter of CLUTTER) assert.ok(!printout.text.includes(clutter), `clutter "${clutter}" does not print`);
    assert.equal(printout.controls, 0, 'no reader controls print');

    await page.emulateMediaType('print');
    const colours = await frame.evaluate(() => ({
      text: getComputedStyle(document.querySelector('p')!).color,
      paper: getComputedStyle(document.documentElement).backgroundColor,
    }));
    assert.deepEqual(colours, { text: 'rgb(0, 0, 0)', paper: 'rgb(255, 255, 255)' });
    await page.emulateMediaType();

    // What the paper looks like: the print document on its own, rendered as PDF and as print media.
    const html = await frame.evaluate(() => `<!doctype html>${document.documentElement.outerHTML}`);
    const paper = await sift.browser.newPage();
    await writeFile(join(SCREENSHOTS, 'print-document.html'), html);
    await paper.goto(server.url('sample-news.html'));
    await paper.setContent(html);
    await paper.emulateMediaType('print');
    await paper.setViewport({ width: 794, height: 1123 });
    await paper.screenshot({ path: join(SCREENSHOTS, 'print-preview.png') });
    const pdf = await paper.pdf({ format: 'A4' });
    assert.equal(Buffer.from(pdf.subarray(0, 5)).toString(), '%PDF-', 'it renders to a PDF');
    assert.ok(pdf.length > 10_000, `the PDF holds the article (${pdf.length} bytes)`);
    await paper.close();

    await page.keyboard.press('Escape');
    await waitForReaderClosed(page, 5000);
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), pageBefore, 'the page DOM is as it was');
    await page.close();
  });

  it('prints with Ctrl+P from the reader, instead of the page behind', async () => {
    const page = await openReader();
    await countPrints(page);
    await page.keyboard.down('Control');
    await page.keyboard.press('p');
    await page.keyboard.up('Control');
    await printed(page);
    await page.close();
  });

  it('prints without images when the reader hides them', async () => {
    await sift.worker.evaluate(() => chrome.storage.local.set({ settings: { showImages: false } }));
    const page = await sift.newPage(server.url('long-read.html'));
    await openWithToolbar(sift, page);
    await countPrints(page);
    await chooseFromMenu(page, 'Print');
    const frame = await printed(page);
    const images = await frame.evaluate(() => ({
      present: document.querySelectorAll('img').length,
      shown: [...document.querySelectorAll('img')].filter((img) => img.getBoundingClientRect().height > 0).length,
    }));
    assert.ok(images.present > 0 && images.shown === 0, `images in the print document: ${JSON.stringify(images)}`);
    await page.close();
  });
});

describe('the popup\'s export buttons', () => {
  it('save and copy Markdown, and print through the reader', async () => {
    // The popup acts with the grant of a click on the page's toolbar button.
    const page = await openReader();
    await page.keyboard.press('Escape');
    const popup = await openPopupFor(sift, page);
    await popup.setViewport({ width: 380, height: 760 });
    await popup.click('::-p-text(Save as Markdown)');
    assertMarkdown(await waitForDownload(sift, `${SLUG}.md`));
    await popup.waitForFunction((name) => document.querySelector('[role="status"]')?.textContent === `Saved ${name}`, {}, `${SLUG}.md`);

    await popup.click('::-p-text(Copy as Markdown)');
    await popup.waitForFunction(() => document.querySelector('[role="status"]')?.textContent === 'Article copied as Markdown', { timeout: 10_000 });
    assertMarkdown(await clipboard(popup));
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-export.png') });

    await popup.click('::-p-text(Print)');
    // Chromium holds a hidden tab's print back until it is shown, as a reader's window would be.
    await page.bringToFront();
    await page.waitForSelector(DIALOG);
    await page.waitForSelector('sift-reader >>> iframe.sift-print-frame', { timeout: 5000 });
    await popup.waitForSelector('::-p-text(Close reader)', { timeout: 10_000 });
    await popup.close();
    await page.close();
  });
});

describe('extension health', () => {
  it('logged no console errors from the extension during the run', () => {
    assert.deepEqual(sift.extensionErrors, []);
  });
});
