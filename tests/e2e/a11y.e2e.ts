/**
 * Accessibility of the reader in Chromium: axe-core finds nothing on the overlay (every theme, the
 * system theme both ways, "Aa" panel open and closed, the contents menu on a phone, "No article
 * found") nor on the popup; the overlay is a labelled modal dialog that keeps Tab inside, shows where
 * focus is, gives focus back on close, and stays still for readers who ask for reduced motion.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { assertNoViolations, axeViolations, overlayViolations } from './axe';
import { DIALOG, focusPath, openWithToolbar, tabIdOf, waitForReaderClosed } from './reader-page';
import { TITLE } from './sample-article';
import { server, sift, useSift } from './suite';

useSift();

type Theme = 'light' | 'sepia' | 'dark' | 'system';

async function useTheme(theme: Theme): Promise<void> {
  await sift.worker.evaluate(
    (value) => chrome.storage.local.set({ settings: { version: 1, theme: value, font: 'serif', fontSize: 19, lineHeight: 1.6, width: 65, align: 'start' } }),
    theme,
  );
}

/** Opens the reader on a fixture page with the theme the overlay must end up showing. */
async function openReader(fixture: string, shown: string, colorScheme: 'light' | 'dark' = 'light', phone = false): Promise<Page> {
  const page = await sift.newPage(server.url(fixture));
  if (phone) await page.setViewport({ width: 390, height: 844 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: colorScheme }]);
  await openWithToolbar(sift, page);
  await page.waitForFunction(
    (theme) => document.querySelector('sift-reader')?.shadowRoot?.querySelector<HTMLElement>('[data-theme]')?.dataset.theme === theme,
    { timeout: 5000 },
    shown,
  );
  return page;
}

async function toggleSettingsPanel(page: Page, open: boolean): Promise<void> {
  await page.click('sift-reader >>> button[aria-label="Reading settings"]');
  if (open) await page.waitForSelector('sift-reader >>> .sift-panel form');
  else await page.waitForFunction(() => !document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-panel'));
}

const SCENES: { theme: Theme; scheme: 'light' | 'dark'; shown: string }[] = [
  { theme: 'light', scheme: 'light', shown: 'light' },
  { theme: 'sepia', scheme: 'light', shown: 'sepia' },
  { theme: 'dark', scheme: 'light', shown: 'dark' },
  { theme: 'system', scheme: 'light', shown: 'light' },
  { theme: 'system', scheme: 'dark', shown: 'dark' },
];

describe('axe-core finds no violations', () => {
  for (const { theme, scheme, shown } of SCENES) {
    const label = theme === 'system' ? `the system theme in a ${scheme} browser` : `the ${theme} theme`;

    it(`on the overlay in ${label}, with the "Aa" panel closed and open, and with the Export menu open`, async () => {
      await useTheme(theme);
      const page = await openReader('sample-news.html', shown, scheme);
      assertNoViolations(await overlayViolations(page), `on the overlay (${label})`);
      await toggleSettingsPanel(page, true);
      assertNoViolations(await overlayViolations(page), `on the overlay with its settings panel (${label})`);
      await toggleSettingsPanel(page, false);
      await page.click('sift-reader >>> button[aria-haspopup="menu"]');
      await page.waitForSelector('sift-reader >>> [role="menu"] [role="menuitem"]');
      assertNoViolations(await overlayViolations(page), `on the overlay with its Export menu (${label})`);
      await page.close();
    });

    it(`on a phone with the contents menu open, in ${label}`, async () => {
      await useTheme(theme);
      const phone = await openReader('long-read.html', shown, scheme, true);
      await phone.click('sift-reader >>> .sift-toc-inline summary');
      await phone.waitForSelector('sift-reader >>> .sift-toc-inline[open] a');
      assertNoViolations(await overlayViolations(phone), `on the phone's contents menu (${label})`);
      await phone.close();
    });

    it(`on "No article found" in ${label}`, async () => {
      await useTheme(theme);
      const page = await openReader('no-article.html', shown, scheme);
      assert.match(await page.$eval(DIALOG, (dialog) => (dialog as HTMLElement).innerText), /No article found/);
      assertNoViolations(await overlayViolations(page), `on "No article found" (${label})`);
      await page.close();
    });

    it(`on the popup in ${label}`, async () => {
      await useTheme(theme);
      const article = await sift.newPage(server.url('sample-news.html'));
      const tabId = await tabIdOf(sift, article);
      const popup = await sift.newPage(`chrome-extension://${sift.extension.id}/popup.html?tab=${tabId}`);
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await popup.setViewport({ width: 380, height: 700 });
      await popup.waitForFunction((expected) => document.querySelector<HTMLElement>('[data-theme]')?.dataset.theme === expected, {}, shown);
      await popup.waitForSelector('::-p-text(Open reader)');
      assertNoViolations(await axeViolations(popup), `on the popup (${label})`);
      await popup.close();
      await article.close();
    });
  }

  it('and the checker reports what it should, inside the overlay and down to the end of the article', async () => {
    // A control run: an unlabelled toolbar button and a faint last paragraph, far below the fold.
    await useTheme('light');
    const page = await openReader('sample-news.html', 'light');
    await page.evaluate(() => {
      const root = document.querySelector('sift-reader')!.shadowRoot!;
      const faint = Object.assign(document.createElement('p'), { textContent: 'A faint last line.' });
      faint.style.color = '#e8e8e8';
      root.querySelector('.sift-body')!.append(faint);
      root.querySelector('.sift-toolbar')!.append(document.createElement('button'));
    });
    const ids = (await overlayViolations(page)).map((line) => line.split(' ')[0]);
    assert.deepEqual(ids.sort(), ['button-name', 'color-contrast']);
    await page.close();
  });
});

describe('the overlay as a modal dialog', () => {
  it('is a modal dialog named after the article, or after "No article found"', async () => {
    await useTheme('light');
    for (const [fixture, name] of [['sample-news.html', TITLE], ['no-article.html', 'No article found on this page']]) {
      const page = await openReader(fixture!, 'light');
      const dialog = await page.accessibility.snapshot({ root: (await page.$(DIALOG))!, interestingOnly: false });
      assert.deepEqual({ role: dialog?.role, modal: dialog?.modal, name: dialog?.name }, { role: 'dialog', modal: true, name }, fixture);
      await page.close();
    }
  });

  it('takes every control in document order with Tab, cycles with Tab and Shift+Tab, and shows where focus is', async () => {
    await useTheme('light');
    const page = await openReader('long-read.html', 'light');
    await toggleSettingsPanel(page, true);
    // The oracle, written apart from the focus trap: every control a keyboard reader must reach,
    // numbered in document order (of each radio group, the checked one: arrows move within it).
    const count = await page.evaluate(() => {
      const dialog = document.querySelector('sift-reader')!.shadowRoot!.querySelector('[role="dialog"]')!;
      const controls = [...dialog.querySelectorAll<HTMLElement>('button, a[href], summary, input:not([type="radio"]), input[type="radio"]:checked, pre, table')];
      const shown = controls.filter((control) => control.checkVisibility());
      shown.forEach((control, index) => control.setAttribute('data-a11y-order', String(index)));
      return shown.length;
    });
    const kinds = await page.$$eval('sift-reader >>> [data-a11y-order]', (controls) =>
      ['.sift-toolbar button', '.sift-panel input[type="radio"]', '.sift-panel input[type="range"]', '.sift-toc a', '.sift-body a', 'pre', 'table'].filter(
        (kind) => !controls.some((control) => control.matches(kind)),
      ),
    );
    assert.deepEqual(kinds, [], 'kinds of control the oracle missed');

    // Each stop: which control (or what else, if focus went elsewhere), and its focused outline and shadow.
    const stop = () =>
      page.evaluate(() => {
        const host = document.activeElement;
        const active = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
        if (!host?.matches('sift-reader') || !active) return { order: `outside: ${host?.tagName}`, visible: false, ring: '' };
        // A radio is drawn by the label text beside it; the ring is drawn there.
        const drawn = active.matches('input[type="radio"]') ? active.nextElementSibling! : active;
        const style = getComputedStyle(drawn);
        return {
          order: active.dataset.a11yOrder ?? `unlisted: ${active.tagName}`,
          visible: active.matches(':focus-visible'),
          ring: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`,
        };
      });
    const seen: Awaited<ReturnType<typeof stop>>[] = [];
    for (let i = 0; i < count * 2 + 2; i++) {
      await page.keyboard.press('Tab');
      seen.push(await stop());
    }
    const orders = seen.map((entry) => entry.order);
    const start = orders.indexOf('0');
    assert.ok(start >= 0, `Tab reached the first control: ${orders.join(' ')}`);
    const expected = Array.from({ length: count }, (_, index) => String(index));
    assert.deepEqual(orders.slice(start, start + count), expected, 'one full round in document order');
    assert.deepEqual(orders.slice(start + count, start + count + 1), ['0'], 'Tab on the last control comes back to the first');

    for (let i = 0; i < count && (await stop()).order !== '0'; i++) await page.keyboard.press('Tab');
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    assert.equal((await stop()).order, String(count - 1), 'Shift+Tab on the first control goes to the last');

    // The ring: each control looks different focused than it does unfocused, with an outline or a shadow.
    await page.evaluate(() => document.querySelector('sift-reader')!.shadowRoot!.querySelector<HTMLElement>('[role="dialog"]')!.focus());
    const unfocused = await page.evaluate(() =>
      [...document.querySelector('sift-reader')!.shadowRoot!.querySelectorAll<HTMLElement>('[data-a11y-order]')].map((control) => {
        const drawn = control.matches('input[type="radio"]') ? control.nextElementSibling! : control;
        const style = getComputedStyle(drawn);
        return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`;
      }),
    );
    const unmarked = seen
      .slice(start, start + count)
      .filter(({ order, visible, ring }) => !visible || ring === unfocused[Number(order)] || /^none .* \| none$/.test(ring))
      .map(({ order, ring }) => `#${order}: ${ring}`);
    assert.deepEqual(unmarked, [], 'controls without a visible focus indicator');
    await page.close();
  });

  it('keeps Tab inside when the article ends in a disclosure after a link the reader cannot see', async () => {
    const page = await openReader('long-read.html', 'light');
    await page.evaluate(() => {
      const body = document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-body')!;
      const hidden = Object.assign(document.createElement('figure'), { hidden: true });
      hidden.append(Object.assign(document.createElement('a'), { href: '#gone', textContent: 'gone' }));
      const notes = document.createElement('details');
      notes.append(Object.assign(document.createElement('summary'), { textContent: 'Notes' }), Object.assign(document.createElement('a'), { href: '#n', textContent: 'folded' }));
      body.append(hidden, notes);
    });
    const focused = () =>
      page.evaluate(() => {
        const active = document.querySelector('sift-reader')?.shadowRoot?.activeElement;
        return active ? (active.getAttribute('aria-label') ?? active.textContent) : `outside: ${document.activeElement?.tagName}`;
      });
    await page.focus('sift-reader >>> summary:last-of-type');
    assert.equal(await focused(), 'Notes');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'Close reader', 'Tab on the last stop goes round to the first');
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    assert.equal(await focused(), 'Notes', 'and Shift+Tab comes back to the disclosure');
    await page.close();
  });

  it('gives focus back to where it was when closed from its toolbar by keyboard', async () => {
    const page = await sift.newPage(server.url('sample-news.html'));
    await page.focus('a');
    const before = await focusPath(page);
    await openWithToolbar(sift, page);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.querySelector('sift-reader')!.shadowRoot!.activeElement?.getAttribute('aria-label')), 'Close reader');
    await page.keyboard.press('Enter');
    await waitForReaderClosed(page, 5000);
    assert.equal(await focusPath(page), before);
    assert.equal(before, 'a');
    await page.close();
  });
});

describe('reduced motion', () => {
  /** Elements of the overlay that move: transitions, animations or smooth scrolling. */
  const moving = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelector('sift-reader')!.shadowRoot!.querySelectorAll<HTMLElement>('*')]
        .filter((element) => {
          const style = getComputedStyle(element);
          // No named helper inside: tsx would wrap it in a __name() the page does not have.
          const transitions = style.transitionDuration.split(',').some((duration) => parseFloat(duration) > 0);
          const animations = style.animationName !== 'none' && style.animationDuration.split(',').some((duration) => parseFloat(duration) > 0);
          return transitions || animations || style.scrollBehavior === 'smooth';
        })
        .map((element) => element.className || element.tagName),
    );

  /** Follows a contents link and says whether the overlay had already scrolled when the click returned. */
  const jumpsAtOnce = (page: Page) =>
    page.evaluate(() => {
      const root = document.querySelector('sift-reader')!.shadowRoot!;
      const scroller = root.querySelector('.sift-scroll')!;
      const before = scroller.scrollTop;
      [...root.querySelectorAll<HTMLElement>('.sift-toc a')].at(-1)!.click();
      return scroller.scrollTop > before;
    });

  for (const reduce of [true, false]) {
    it(reduce ? 'is honoured: nothing transitions and contents links jump' : 'when not asked for, lets links glide (the control case)', async () => {
      await useTheme('light');
      const page = await sift.newPage(server.url('long-read.html'));
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: reduce ? 'reduce' : 'no-preference' }]);
      await openWithToolbar(sift, page);
      await toggleSettingsPanel(page, true);
      await toggleSettingsPanel(page, false);
      if (reduce) assert.deepEqual(await moving(page), [], 'elements that still move');
      else assert.notDeepEqual(await moving(page), [], 'the toolbar buttons fade their hover colour');
      assert.equal(await jumpsAtOnce(page), reduce);
      await page.close();
    });
  }
});
