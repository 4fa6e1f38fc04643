/**
 * The README's screenshots, taken one way for both of their users: `npm run screenshots` writes them
 * to docs/screenshots/ and the browser tests (readme-shots.e2e.ts) to artifacts/screenshots/readme/.
 * Each is the built extension on a fixture page, at device scale 1 so the files stay small.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { SiftBrowser } from './browser';
import type { FixtureServer } from './fixture-server';
import { openPopupFor, openWithToolbar } from './reader-page';

type Theme = 'light' | 'sepia' | 'dark';

export interface Shot {
  /** File name without .png. */
  name: string;
  /** What the README says under it. */
  caption: string;
  fixture: string;
  viewport: { width: number; height: number };
  theme: Theme;
  /** The popup instead of the overlay. */
  popup?: boolean;
  /** A contents entry to follow first, so the list shows where the reader is. */
  section?: string;
  /** Scrolled to the body's first lines: the theme's text rather than the lead image. */
  atBody?: boolean;
}

const DESKTOP = { width: 1280, height: 800 };

export const README_SHOTS: Shot[] = [
  { name: 'overlay-light', caption: 'The sample news page in the reader, light theme', fixture: 'sample-news.html', viewport: DESKTOP, theme: 'light' },
  { name: 'overlay-sepia', caption: 'Sepia theme, further down', fixture: 'sample-news.html', viewport: DESKTOP, theme: 'sepia', atBody: true },
  { name: 'overlay-dark', caption: 'Dark theme', fixture: 'sample-news.html', viewport: DESKTOP, theme: 'dark', atBody: true },
  {
    name: 'contents',
    caption: 'A long read with its contents beside it, the current section marked',
    fixture: 'long-read.html',
    viewport: DESKTOP,
    theme: 'light',
    section: 'What the numbers say',
  },
  {
    name: 'right-to-left',
    caption: 'An Arabic article reads right to left; the controls keep the interface\'s direction',
    fixture: 'rtl-arabic.html',
    viewport: DESKTOP,
    theme: 'light',
  },
  { name: 'phone', caption: 'On a 390 × 844 phone', fixture: 'sample-news.html', viewport: { width: 390, height: 844 }, theme: 'light' },
  { name: 'popup', caption: 'The popup: actions and the settings the overlay\'s "Aa" panel shares', fixture: 'sample-news.html', viewport: { width: 380, height: 600 }, theme: 'light', popup: true },
];

async function useTheme(sift: SiftBrowser, theme: Theme): Promise<void> {
  await sift.worker.evaluate(async (value) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object | undefined), theme: value } });
  }, theme);
}

/** Waits until the shown theme is the one asked for and every image in view has loaded. */
async function settled(page: Page, root: string, theme: Theme): Promise<void> {
  await page.waitForFunction(
    (root, theme) => {
      const scope = root ? document.querySelector(root)?.shadowRoot : document;
      const themed = scope?.querySelector<HTMLElement>('[data-theme]')?.dataset.theme === theme;
      const images = [...(scope?.querySelectorAll('img') ?? [])].filter((img) => img.getBoundingClientRect().top < innerHeight);
      return themed && images.every((img) => img.complete);
    },
    { timeout: 10_000 },
    root,
    theme,
  );
  // The mouse rests outside the reader, so no control shows its hover state.
  await page.mouse.move(0, page.viewport()!.height - 1);
}

/** Takes one shot into `dir`; answers the file written. */
export async function takeShot(sift: SiftBrowser, server: FixtureServer, shot: Shot, dir: string): Promise<string> {
  await useTheme(sift, shot.theme);
  const page = await sift.newPage(server.url(shot.fixture));
  await page.setViewport(shot.viewport);
  // Jumps land at once and nothing fades, so the same build gives the same pictures.
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  let subject = page;
  if (shot.popup) {
    subject = await openPopupFor(sift, page);
    await subject.setViewport(shot.viewport);
    await subject.waitForSelector('::-p-text(Open reader)');
    await settled(subject, '', shot.theme);
  } else {
    await openWithToolbar(sift, page);
    if (shot.section) {
      await page.click(`sift-reader >>> .sift-toc a::-p-text(${shot.section})`);
      await page.waitForFunction(
        (section) => document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-toc a[aria-current]')?.textContent === section,
        { timeout: 5000 },
        shot.section,
      );
    }
    if (shot.atBody) {
      await page.evaluate(() => document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-body')!.scrollIntoView({ block: 'start' }));
    }
    await settled(page, 'sift-reader', shot.theme);
  }
  const path = join(dir, `${shot.name}.png`);
  await subject.screenshot({ path, fullPage: shot.popup === true });
  if (subject !== page) await subject.close();
  await page.close();
  return path;
}
