/**
 * Right-to-left articles in Chromium: the overlay's article takes the page's language and direction
 * (stated by dir, or only by a right-to-left lang), while the reader's own controls keep the
 * interface's. Screenshots go to artifacts/screenshots/.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { assertNoViolations, overlayViolations } from './axe';
import { openWithToolbar } from './reader-page';
import { SCREENSHOTS, server, sift, useSift } from './suite';

useSift({
  afterStart: async () => {
    await sift.worker.evaluate(() => chrome.storage.local.clear());
  },
});

/** Where the reader's parts lie and which language and direction each has, as the browser computed them. */
function layout(page: Page) {
  // No helper functions inside: tsx would wrap them in a __name() the page does not have.
  return page.evaluate(() => {
    const root = document.querySelector('sift-reader')!.shadowRoot!;
    const [reader, article, title, body, paragraph, toolbar, close, settings] = [
      '.sift-root', '.sift-article', '.sift-title', '.sift-body', '.sift-body p', '.sift-toolbar',
      '.sift-toolbar button[aria-label="Close reader"]', '.sift-toolbar button[aria-label="Reading settings"]',
    ].map((selector) => root.querySelector<HTMLElement>(selector)!);
    const panel = root.querySelector('.sift-panel');
    const contents = root.querySelector('.sift-toc-side');
    // Of the paragraphs' last lines (quotes are indented), the shortest: it shows which edge lines start from.
    let lastLine = paragraph!.getBoundingClientRect();
    for (const each of root.querySelectorAll('.sift-body p:not(blockquote *)')) {
      const lines = document.createRange();
      lines.selectNodeContents(each);
      const last = [...lines.getClientRects()].at(-1);
      if (last && last.width < lastLine.width) lastLine = last;
    }
    return {
      articleLang: article!.lang,
      bodyDirection: getComputedStyle(paragraph!).direction,
      titleDirection: getComputedStyle(title!).direction,
      // The reading time is an interface string ("1 min read"): it keeps the interface's order.
      readingTime: `${getComputedStyle(root.querySelector('.sift-reading-time > bdi')!).direction} ${root.querySelector<HTMLElement>('.sift-reading-time > bdi')!.lang}`,
      interfaceLang: reader!.lang,
      toolbarDirection: getComputedStyle(toolbar!).direction,
      panelDirection: panel && getComputedStyle(panel).direction,
      closeBeforeSettings: close!.getBoundingClientRect().right < settings!.getBoundingClientRect().left,
      // A right-to-left paragraph's short last line hugs the column's right edge and leaves room on the left.
      paragraphStartsRight:
        Math.abs(lastLine.right - body!.getBoundingClientRect().right) < 2 && lastLine.left - body!.getBoundingClientRect().left > 20,
      contentsOnRight: contents && contents.getBoundingClientRect().left > body!.getBoundingClientRect().right,
      contentsLabelLang: root.querySelector<HTMLElement>('.sift-toc-title')?.lang ?? null,
      quoteStyle: getComputedStyle(root.querySelector('.sift-body blockquote') ?? body!).fontStyle,
      pageDirection: getComputedStyle(document.documentElement).direction,
    };
  });
}

describe('a right-to-left article', () => {
  it('reads right to left on an Arabic page (dir and lang on <html>), with the controls left to right and quotes upright', async () => {
    const page = await sift.newPage(server.url('rtl-arabic.html'));
    await openWithToolbar(sift, page);
    await page.click('sift-reader >>> .sift-toolbar button[aria-label="Reading settings"]');
    await page.waitForSelector('sift-reader >>> .sift-panel');
    assert.deepEqual(await layout(page), {
      articleLang: 'ar',
      bodyDirection: 'rtl',
      titleDirection: 'rtl',
      readingTime: 'ltr en',
      interfaceLang: 'en',
      toolbarDirection: 'ltr',
      panelDirection: 'ltr',
      closeBeforeSettings: true,
      paragraphStartsRight: true,
      contentsOnRight: true,
      contentsLabelLang: 'en',
      quoteStyle: 'normal',
      pageDirection: 'rtl',
    });
    await page.screenshot({ path: join(SCREENSHOTS, 'rtl-arabic-settings.png') });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-panel'));
    await page.screenshot({ path: join(SCREENSHOTS, 'rtl-arabic.png') });
    assertNoViolations(await overlayViolations(page), 'on the Arabic article');
    await page.close();
  });

  it('reads right to left on a Hebrew page that states only lang="he" (the page itself shows left to right)', async () => {
    const page = await sift.newPage(server.url('rtl-hebrew-lang-only.html'));
    await page.setViewport({ width: 390, height: 844 });
    await openWithToolbar(sift, page);
    const { articleLang, bodyDirection, titleDirection, readingTime, toolbarDirection, paragraphStartsRight, pageDirection } = await layout(page);
    assert.deepEqual(
      { articleLang, bodyDirection, titleDirection, readingTime, toolbarDirection, paragraphStartsRight, pageDirection },
      { articleLang: 'he', bodyDirection: 'rtl', titleDirection: 'rtl', readingTime: 'ltr en', toolbarDirection: 'ltr', paragraphStartsRight: true, pageDirection: 'ltr' },
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'rtl-hebrew-phone.png') });
    await page.close();
  });

  it('and a left-to-right article stays left to right (the control case)', async () => {
    const page = await sift.newPage(server.url('long-read.html'));
    await openWithToolbar(sift, page);
    const { articleLang, bodyDirection, paragraphStartsRight, contentsOnRight, quoteStyle } = await layout(page);
    assert.deepEqual(
      { articleLang, bodyDirection, paragraphStartsRight, contentsOnRight, quoteStyle },
      { articleLang: 'en', bodyDirection: 'ltr', paragraphStartsRight: false, contentsOnRight: false, quoteStyle: 'italic' },
    );
    await page.close();
  });
});
