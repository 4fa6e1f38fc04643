/**
 * The reader in Chromium with the built extension: detection badge, toolbar click, the article
 * without its clutter, Esc, an untouched page DOM, focus, live settings from the popup, save as text,
 * the no-article view, and no errors from the extension. Screenshots go to artifacts/screenshots/.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { assertSampleArticle, CLUTTER, FIRST_SENTENCE, LAST_SENTENCE, TITLE } from './sample-article';
import { POLICIES } from './fixture-server';
import {
  DIALOG,
  focusPath,
  isOverlayOpen,
  openWithToolbar,
  overlayText,
  overlayTheme,
  tabIdOf,
  waitForDetection,
  waitForDownload,
  waitForReaderClosed,
} from './reader-page';
import { SCREENSHOTS, server, sift, useSift } from './suite';

useSift();

async function resetSettings(): Promise<void> {
  await sift.worker.evaluate(() => chrome.storage.local.clear());
}

describe('detection', () => {
  it('marks the toolbar icon on a news article', async () => {
    const page = await sift.newPage(server.url('sample-news.html'));
    const state = await waitForDetection(sift, await tabIdOf(sift, page));
    assert.equal(state.badge, '✓');
    assert.match(state.title, /article detected/);
    await page.close();
  });

  it('leaves the icon plain on a home page', async () => {
    const page = await sift.newPage(server.url('home-page.html'));
    const state = await waitForDetection(sift, await tabIdOf(sift, page));
    assert.equal(state.badge, '');
    assert.match(state.title, /no article detected/);
    await page.close();
  });
});

describe('reader overlay on the sample news page', () => {
  it('opens on a toolbar click with the article and without the clutter, and Esc restores the page exactly', async () => {
    await resetSettings();
    const page = await sift.newPage(server.url('sample-news.html'));
    await waitForDetection(sift, await tabIdOf(sift, page));
    await page.focus('h1 ~ * a, a');
    const focusedBefore = await focusPath(page);
    const domBefore = await page.evaluate(() => document.documentElement.outerHTML);

    await openWithToolbar(sift, page);
    const text = await overlayText(page);
    assertSampleArticle(text);
    assert.equal(await focusPath(page), 'sift-reader > div[role=dialog]', 'focus moved into the dialog');
    await page.screenshot({ path: join(SCREENSHOTS, 'overlay-light.png') });

    await page.keyboard.press('Escape');
    await waitForReaderClosed(page, 5000);
    assert.equal(await focusPath(page), focusedBefore, 'focus returned to where it was');
    const domAfter = await page.evaluate(() => document.documentElement.outerHTML);
    assert.equal(domAfter, domBefore, 'page DOM identical after close');
    await page.close();
  });

  it('keeps the page still behind it: wheel and keys scroll the overlay only', async () => {
    const page = await sift.newPage(server.url('sample-news.html'));
    await openWithToolbar(sift, page);
    await page.mouse.move(640, 400);
    for (let i = 0; i < 20; i++) await page.mouse.wheel({ deltaY: 500 });
    await page.keyboard.press('PageDown');
    await page.keyboard.press('End');
    await page.waitForFunction(
      () => document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-scroll')!.scrollTop > 0,
      { timeout: 5000 },
    );
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the page did not scroll');
    const progress = await page.evaluate(
      () => document.querySelector('sift-reader')!.shadowRoot!.querySelector<HTMLElement>('.sift-progress')!.style.transform,
    );
    assert.equal(progress, 'scaleX(1)', 'the progress bar is full at the end of the article');
    await page.close();
  });

  it('fits a phone-sized viewport without sideways scrolling', async () => {
    const page = await sift.newPage(server.url('sample-news.html'));
    await page.setViewport({ width: 390, height: 844 });
    await openWithToolbar(sift, page);
    const overflow = await page.evaluate(() => {
      const scroller = document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-scroll')!;
      return scroller.scrollWidth - scroller.clientWidth;
    });
    assert.equal(overflow, 0, 'no horizontal overflow');
    await page.screenshot({ path: join(SCREENSHOTS, 'overlay-phone.png') });
    await page.close();
  });

  it('reopens where the reader left off', async () => {
    await sift.worker.evaluate(() => chrome.storage.local.remove('readingPositions'));
    const page = await sift.newPage(server.url('long-read.html'));
    await page.setViewport({ width: 800, height: 500 });
    await openWithToolbar(sift, page);
    const scrollTop = () => page.evaluate(() => document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-scroll')!.scrollTop);
    await page.evaluate(() => {
      const scroller = document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-scroll')!;
      scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) / 2;
    });
    const left = await scrollTop();
    await page.keyboard.press('Escape');
    await waitForReaderClosed(page);
    // Saving is asynchronous; wait until storage holds the position before reopening.
    await sift.worker.evaluate(async () => {
      while (!(await chrome.storage.local.get('readingPositions')).readingPositions) await new Promise((r) => setTimeout(r, 50));
    });
    await openWithToolbar(sift, page);
    await page.waitForFunction(
      (expected) => Math.abs(document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-scroll')!.scrollTop - expected) < 5,
      { timeout: 5000 },
      left,
    );
    assert.ok(left > 100, 'the test scrolled somewhere worth restoring');
    await page.close();
  });

  it('toggles closed on a second toolbar click', async () => {
    const page = await sift.newPage(server.url('sample-news.html'));
    await openWithToolbar(sift, page);
    await page.triggerExtensionAction(sift.extension);
    await waitForReaderClosed(page, 5000);
    await page.close();
  });

  it('follows theme changes made in the popup live', async () => {
    await resetSettings();
    const page = await sift.newPage(server.url('sample-news.html'));
    const tabId = await tabIdOf(sift, page);
    await openWithToolbar(sift, page);
    assert.equal(await overlayTheme(page), 'light', 'system theme resolves to light in a light browser');

    const popup = await sift.newPage(`chrome-extension://${sift.extension.id}/popup.html?tab=${tabId}`);
    await popup.setViewport({ width: 380, height: 700 });
    await popup.waitForSelector('input[name="theme"][value="dark"]');
    await popup.click('input[name="theme"][value="dark"]');
    await page.waitForFunction(
      () => document.querySelector('sift-reader')?.shadowRoot?.querySelector<HTMLElement>('[data-theme]')?.dataset.theme === 'dark',
      { timeout: 5000 },
    );
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup.png') });
    await popup.close();

    await page.bringToFront();
    await page.screenshot({ path: join(SCREENSHOTS, 'overlay-dark.png') });
    await page.close();
    await resetSettings();
  });

  it('shows the same settings in the "Aa" panel, which a click beside it puts away', async () => {
    const page = await sift.newPage(server.url('sample-news.html'));
    await openWithToolbar(sift, page);
    await page.click('sift-reader >>> button[aria-label="Reading settings"]');
    await page.waitForSelector('sift-reader >>> form[aria-label="Reading settings"]');
    await page.click('sift-reader >>> input[name="theme"][value="sepia"]');
    await page.waitForFunction(
      () => document.querySelector('sift-reader')?.shadowRoot?.querySelector<HTMLElement>('[data-theme]')?.dataset.theme === 'sepia',
      { timeout: 5000 },
    );
    const stored = await sift.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
    assert.equal((stored as { theme: string }).theme, 'sepia', 'the choice persists in storage');
    await page.screenshot({ path: join(SCREENSHOTS, 'overlay-sepia-settings.png') });
    await page.click('sift-reader >>> input[name="font"][value="mono"]');
    await page.click('sift-reader >>> input[name="align"][value="justify"]');
    await page.waitForFunction(() => {
      const root = document.querySelector('sift-reader')!.shadowRoot!;
      const paragraph = root.querySelector('.sift-body p');
      return (
        paragraph !== null &&
        getComputedStyle(paragraph).textAlign === 'justify' &&
        getComputedStyle(root.querySelector('.sift-page')!).fontFamily.includes('monospace')
      );
    }, { timeout: 5000 });
    await page.mouse.click(400, 600);
    await page.waitForFunction(() => !document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-panel'), { timeout: 5000 });
    await page.close();
    await resetSettings();
  });

  it('keeps keyboard focus inside the dialog, and Esc closes the settings panel before the reader', async () => {
    const page = await sift.newPage(server.url('sample-news.html'));
    await openWithToolbar(sift, page);
    await page.click('sift-reader >>> button[aria-label="Reading settings"]');
    for (let i = 0; i < 25; i++) {
      const backwards = i % 5 === 4;
      if (backwards) await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      if (backwards) await page.keyboard.up('Shift');
      assert.match(await focusPath(page), /^sift-reader > /, `focus left the dialog after ${i + 1} presses`);
    }
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-panel'));
    assert.ok(await isOverlayOpen(page), 'the first Esc closes only the panel');
    await page.keyboard.press('Escape');
    await waitForReaderClosed(page, 5000);
    await page.close();
  });

  it('changes text size with + and - and the theme with t', async () => {
    await resetSettings();
    const page = await sift.newPage(server.url('sample-news.html'));
    await openWithToolbar(sift, page);
    const stored = () => sift.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as { fontSize: number; theme: string } | undefined);
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await page.keyboard.press('-');
    await page.keyboard.press('t'); // system -> light
    await page.keyboard.press('t'); // light -> sepia
    await page.waitForFunction(
      () => document.querySelector('sift-reader')?.shadowRoot?.querySelector<HTMLElement>('[data-theme]')?.dataset.theme === 'sepia',
      { timeout: 5000 },
    );
    assert.deepEqual(await stored().then((s) => ({ fontSize: s?.fontSize, theme: s?.theme })), { fontSize: 20, theme: 'sepia' });
    const bodySize = await page.evaluate(
      () => getComputedStyle(document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-page')!).fontSize,
    );
    assert.equal(bodySize, '20px', 'the size applies live');
    await page.close();
    await resetSettings();
  });

  it('saves the article as <slug>.txt from the overlay toolbar\'s "Export" menu', async () => {
    const page = await sift.newPage(server.url('sample-news.html'));
    await openWithToolbar(sift, page);
    await page.click('sift-reader >>> button[aria-label="Export"]');
    await page.click('sift-reader >>> [role="menuitem"]::-p-text(Save as text)');
    const text = await waitForDownload(sift, 'carney-to-travel-to-france-to-discuss-ukraine-ceasefire-with-allies.txt');
    assert.ok(text.startsWith(TITLE), 'header starts with the title');
    assert.ok(text.includes(FIRST_SENTENCE) && text.includes(LAST_SENTENCE), 'body is the article');
    assert.ok(!/<[a-z][^>]*>|&#?\w+;/.test(text), 'no markup and no entities');
    for (const clutter of CLUTTER) assert.ok(!text.includes(clutter), `clutter "${clutter}" is not saved`);
    await page.close();
  });
});

describe('a long read with the whole range of structure', () => {
  it('keeps headings, lists, quote, figure with caption, table and code, and drops the clutter', async () => {
    await resetSettings();
    const page = await sift.newPage(server.url('long-read.html'));
    await openWithToolbar(sift, page);
    const kept = await page.evaluate(() => {
      const body = document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-body')!;
      return ['h2', 'h3', 'ul li', 'ol li', 'blockquote', 'figure img', 'figcaption', 'table td', 'pre code'].filter(
        (selector) => body.querySelector(selector) === null,
      );
    });
    assert.deepEqual(kept, [], 'structure missing from the overlay');
    const text = await overlayText(page);
    for (const clutter of ['You Might Also Like', 'Sign In', '© 2026 The Slow Review']) {
      assert.ok(!text.includes(clutter), `clutter "${clutter}" is gone`);
    }
    await page.evaluate(() => {
      const figure = document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-body blockquote')!;
      figure.scrollIntoView({ block: 'start' });
    });
    await page.screenshot({ path: join(SCREENSHOTS, 'overlay-structure.png') });
    await page.evaluate(() => {
      const table = document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-body table')!;
      table.scrollIntoView({ block: 'start' });
    });
    await page.screenshot({ path: join(SCREENSHOTS, 'overlay-table-code.png') });
    await page.close();
  });
});

describe('first frame', () => {
  it('lays out the whole article once the first frame is painted, none of it left skipped', async () => {
    const page = await sift.newPage(server.url('long-read.html'));
    await openWithToolbar(sift, page);
    // The first frame skips the blocks below the screen (.sift-body[data-first-frame] in assets/overlay.css).
    await page.waitForFunction(
      () => {
        const blocks = [...document.querySelector('sift-reader')!.shadowRoot!.querySelectorAll('.sift-body > *')];
        return blocks.length > 0 && blocks.every((block) => getComputedStyle(block).contentVisibility === 'visible');
      },
      { timeout: 5000 },
    );
    await page.close();
  });
});

describe('pages with strict security policies', () => {
  for (const policy of Object.keys(POLICIES)) {
    it(`opens, styled and with the article, under the ${policy} policy`, async () => {
      await resetSettings();
      const errorsBefore = sift.extensionErrors.length;
      const url = server.url(`long-read.html?csp=${policy}`);
      const served = await fetch(url);
      assert.equal(served.headers.get('content-security-policy'), POLICIES[policy as keyof typeof POLICIES], 'the page is served under the policy');
      const page = await sift.newPage(url);
      await openWithToolbar(sift, page);
      const background = await page.evaluate(
        () => getComputedStyle(document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-root')!).backgroundColor,
      );
      assert.equal(background, 'rgb(251, 250, 247)', 'the light theme is applied');
      assert.ok((await overlayText(page)).includes('For two decades the sleeper train looked like a relic.'), 'the article is shown');
      assert.deepEqual(sift.extensionErrors.slice(errorsBefore), [], 'no errors from the extension');
      await page.close();
    });
  }
});

describe('hostile pages', () => {
  it('opens even when the page has claimed <sift-reader> and its shadow root for itself', async () => {
    const page = await sift.newPage(server.url('claimed-host.html'));
    // The reader's host falls back to a name the page cannot know; the data attribute marks it.
    const dialog = '[data-sift-reader] >>> [role="dialog"]';
    await openWithToolbar(sift, page, dialog);
    const text = await page.$eval(dialog, (element) => (element as HTMLElement).innerText);
    assert.match(text, /How Night Trains Came Back to Europe/);
    await page.close();
  });
});

describe('contents', () => {
  it('lists the headings beside a long read and jumps within the reader, never the page', async () => {
    await resetSettings();
    const page = await sift.newPage(server.url('long-read.html'));
    await openWithToolbar(sift, page);
    const entries = await page.$$eval('sift-reader >>> .sift-toc a', (links) => links.map((link) => link.textContent));
    assert.deepEqual(entries, ['The routes that survived', 'What the numbers say', 'Reading the timetable data', 'What comes next']);
    await page.click('sift-reader >>> .sift-toc a::-p-text(What comes next)');
    await page.waitForFunction(
      () => document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-toc a[aria-current]')?.textContent === 'What comes next',
      { timeout: 5000 },
    );
    assert.equal(await page.evaluate(() => location.hash), '', 'the page URL is unchanged');
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the page did not scroll');
    await page.screenshot({ path: join(SCREENSHOTS, 'overlay-contents.png') });
    await page.close();
  });

  it("follows a footnote's link to its note within the reader, and back, never moving the page", async () => {
    await resetSettings();
    const page = await sift.newPage(server.url('footnotes.html'));
    await openWithToolbar(sift, page);
    // Whether the element with this id has the focus and is within the reader's view (its scroller's box).
    const focusedInView = (id: string) => {
      const root = document.querySelector('sift-reader')!.shadowRoot!;
      const box = root.querySelector('.sift-scroll')!.getBoundingClientRect();
      const top = root.getElementById(id)!.getBoundingClientRect().top;
      return root.activeElement?.id === id && top >= box.top && top < box.bottom;
    };
    assert.equal(await page.evaluate(focusedInView, 'note-1'), false, 'the note starts out of view');
    await page.click('sift-reader >>> .sift-body sup a');
    await page.waitForFunction(focusedInView, { timeout: 5000 }, 'note-1');
    await page.click('sift-reader >>> #note-1 a');
    await page.waitForFunction(focusedInView, { timeout: 5000 }, 'ref-1');
    assert.equal(await page.evaluate(() => location.hash), '', 'the page URL is unchanged');
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the page did not scroll');
    await page.close();
  });

  it('wraps names longer than a line (API references) in the title and the contents, never scrolling sideways', async () => {
    await resetSettings();
    const page = await sift.newPage(server.url('long-identifiers.html'));
    await openWithToolbar(sift, page);
    // Each element's sideways overflow: the contents column, the title, the reader's scroller.
    const overflows = await page.evaluate((selectors) => {
      const root = document.querySelector('sift-reader')!.shadowRoot!;
      return selectors.map((selector) => root.querySelector(selector)!.scrollWidth - root.querySelector(selector)!.clientWidth);
    }, ['.sift-toc-side', '.sift-title', '.sift-scroll']);
    assert.deepEqual(overflows, [0, 0, 0]);
    await page.screenshot({ path: join(SCREENSHOTS, 'overlay-long-identifiers.png') });
    await page.close();
  });
});

describe('popup actions', () => {
  it('opens the reader and saves the article through the background, for the tab it was opened for', async () => {
    const page = await sift.newPage(server.url('sample-news.html'));
    const tabId = await tabIdOf(sift, page);
    // The popup acts with the grant of the click that opened it ("Settings" on the icon's menu).
    await openWithToolbar(sift, page);
    await page.keyboard.press('Escape');
    const popup = await sift.newPage(`chrome-extension://${sift.extension.id}/popup.html?tab=${tabId}`);
    const toggle = await popup.waitForSelector('::-p-text(Open reader)');
    await toggle!.click();
    await page.waitForSelector(DIALOG, { timeout: 5000 });
    await popup.waitForSelector('::-p-text(Close reader)');

    // An earlier test saved the same article; start from an empty folder so this file is this test's.
    await Promise.all((await readdir(sift.downloadDir)).map((name) => rm(join(sift.downloadDir, name))));
    await popup.click('::-p-text(Save as text)');
    await popup.waitForFunction(
      () => document.querySelector('[role="status"]')?.textContent?.startsWith('Saved carney-to-travel-to-france'),
      { timeout: 10_000 },
    );
    const text = await waitForDownload(sift, 'carney-to-travel-to-france-to-discuss-ukraine-ceasefire-with-allies.txt');
    assert.ok(text.startsWith(TITLE) && text.includes(LAST_SENTENCE), 'the article was saved');

    await sift.browser.defaultBrowserContext().overridePermissions(`chrome-extension://${sift.extension.id}`, ['clipboard-read', 'clipboard-sanitized-write']);
    await popup.click('::-p-text(Copy as text)');
    await popup.waitForFunction(() => document.querySelector('[role="status"]')?.textContent === 'Article copied as text', { timeout: 10_000 });
    assert.equal(await popup.evaluate(() => navigator.clipboard.readText()), text, 'the clipboard holds the same text as the file');
    await popup.close();
    await page.close();
  });
});

// Every page the browser tests serve: the engine's fixtures and the browser tests' own.
const ALL_PAGES = [join(import.meta.dirname, '..', 'fixtures', 'pages'), join(import.meta.dirname, 'pages')].flatMap((dir) =>
  readdirSync(dir).filter((name) => name.endsWith('.html')),
);

describe('page DOM and page scripts', () => {
  for (const fixture of ALL_PAGES) {
    it(`${fixture}: the page's timer ticks behind the reader, and its DOM is identical after closing`, async () => {
      const page = await sift.newPage(server.url(fixture));
      await waitForDetection(sift, await tabIdOf(sift, page));
      const before = await page.evaluate(() => document.documentElement.outerHTML);
      // A page script of the kind pages run: a counter on a timer (a window property, not in the DOM).
      await page.evaluate(() => {
        const counter = window as unknown as { siftTestTicks: number };
        counter.siftTestTicks = 0;
        setInterval(() => counter.siftTestTicks++, 20);
      });
      const ticks = () => page.evaluate(() => (window as unknown as { siftTestTicks: number }).siftTestTicks);
      // The host's tag name differs on a page that claimed <sift-reader>; the attribute does not.
      await openWithToolbar(sift, page, '[data-sift-reader] >>> [role="dialog"]');
      const opened = await ticks();
      await page.waitForFunction((from) => (window as unknown as { siftTestTicks: number }).siftTestTicks > from + 5, { timeout: 5000 }, opened);
      assert.ok(await page.evaluate(() => document.querySelector('[data-sift-reader]') !== null), 'the reader stayed open while the page ticked');
      await page.keyboard.press('Escape');
      await waitForReaderClosed(page, 5000);
      assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
      await page.close();
    });
  }
});

describe('no article', () => {
  it('says so clearly, with a close button', async () => {
    const page = await sift.newPage(server.url('no-article.html'));
    await openWithToolbar(sift, page);
    assert.match(await overlayText(page), /No article found on this page/);
    await page.screenshot({ path: join(SCREENSHOTS, 'no-article.png') });
    await page.click('sift-reader >>> .sift-empty button');
    await waitForReaderClosed(page, 5000);
    assert.equal(await isOverlayOpen(page), false);
    await page.close();
  });
});

describe('extension health', () => {
  it('logged no console errors from the extension during the run', () => {
    assert.deepEqual(sift.extensionErrors, []);
  });

  it('made no network request of its own (service worker and popup) during the run', () => {
    assert.deepEqual(sift.extensionRequests, []);
  });
});
