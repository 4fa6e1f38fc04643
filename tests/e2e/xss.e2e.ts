/**
 * The XSS corpus in Chromium with the built extension: every vector sits in every slot (title,
 * byline, body, caption, alt) on some page, a few vectors per slot per page. For each page, the overlay opens with the
 * article, and after the test arms the page's recorder nothing runs from the overlay, no dialog
 * opens, and the extension logs no error. The pages' own vectors do run before arming (that is the
 * hostile page itself); the suite checks they did, so a silent recorder cannot pass for safety.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { launchSift, type SiftBrowser } from './browser';
import { openWithToolbar, tabIdOf, waitForDetection } from './reader-page';
import { FIRST_SENTENCE } from '../fixtures/xss/article-text';
import { buildPage, SLOTS } from '../fixtures/xss/build-page';
import { ARMED_GLOBAL, CALLS_GLOBAL, HARNESS_SCRIPT, type XssCall } from '../fixtures/xss/harness';
import { rotatedPages } from '../fixtures/xss/page-plan';
import { servePages, type PageServer } from '../fixtures/xss/page-server';
import { XSS_VECTORS } from '../fixtures/xss/vectors';
import { parseLikeABrowser } from '../unit/security/jsdom';
import { findUnsafeMarkup } from '../unit/security/unsafe-markup';

// Long enough for image errors, frame loads and 10 ms animations in the overlay to fire.
const SETTLE_MS = 250;

const plan = rotatedPages(XSS_VECTORS);
const pages = new Map(plan.map((placements, i) => [`xss-${i}.html`, buildPage(placements, HARNESS_SCRIPT)]));
// Ids that ran in the page itself before arming: proof that the recorder works.
const ranInPage = new Set<string>();

let sift: SiftBrowser;
let server: PageServer;
// One tab for every page: new tabs are slower and sometimes get a toolbar click without its grant.
let tab: Page;
let tabId: number;
const dialogs: string[] = [];

before(async () => {
  server = await servePages(pages);
  sift = await launchSift();
  tab = await sift.newPage('about:blank');
  tabId = await tabIdOf(sift, tab);
  tab.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

after(async () => {
  await sift?.close();
  await server?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The reader marks its host with this attribute (utils/messages.ts); the host's tag name falls back
// to a random one when a page has claimed <sift-reader>, and a page may hold a fake one.
const HOST = '[data-sift-reader]';
const DIALOG = `${HOST} >>> [role="dialog"]`;

/**
 * The real overlay's dialog text, and the article body as rendered (page content only: the
 * overlay's own markup rightly uses sift-* names).
 */
function overlayContent(page: Page): Promise<{ text: string; body: string }> {
  return page.evaluate((host) => {
    const roots = [...document.querySelectorAll(host)].map((element) => element.shadowRoot).filter((root) => root);
    return {
      text: roots.map((root) => (root!.querySelector('[role="dialog"]') as HTMLElement | null)?.innerText ?? '').join('\n'),
      body: roots.map((root) => root!.querySelector('.sift-body')?.innerHTML ?? '').join('\n'),
    };
  }, HOST);
}

describe('XSS pages in the reader overlay', () => {
  plan.forEach((placements, i) => {
    const label = SLOTS.map((slot) => `${slot}=${placements.filter((p) => p.slot === slot).map((p) => p.vector.id).join(',')}`).join(' ');
    it(`page ${i}: ${label}`, async () => {
      const errorsBefore = sift.extensionErrors.length;
      const dialogsBefore = dialogs.length;
      await tab.goto(server.url(`xss-${i}.html`), { waitUntil: 'load' });
      // The content script is in place once it has judged the page; the page's own vectors have
      // run by then too (calls from the document tree are told apart by the recorder anyway).
      await waitForDetection(sift, tabId);
      await tab.evaluate((armed) => {
        (window as unknown as Record<string, boolean>)[armed] = true;
      }, ARMED_GLOBAL);

      await openWithToolbar(sift, tab, DIALOG);
      await sleep(SETTLE_MS);

      const calls = await tab.evaluate((name) => (window as unknown as Record<string, XssCall[]>)[name] ?? [], CALLS_GLOBAL);
      for (const call of calls) if (!call.armed) ranInPage.add(call.id);
      const overlay = await overlayContent(tab);
      // Every check at once, so a failing page reports all that went wrong on it. A page element
      // re-firing on its own (a focus event) is the page's business; anything else after arming ran
      // because the reader opened: in the overlay, or in a copy the engine made.
      assert.deepEqual(
        {
          executed: calls.filter((call) => call.armed && call.site !== 'page').map((call) => `${call.id} (${call.site})`),
          dialogs: dialogs.slice(dialogsBefore),
          articleShown: overlay.text.includes(FIRST_SENTENCE),
          unsafeMarkup: findUnsafeMarkup(parseLikeABrowser(`<body>${overlay.body}`).body, { overlayNamesAllowed: true }),
          extensionErrors: sift.extensionErrors.slice(errorsBefore),
        },
        { executed: [], dialogs: [], articleShown: true, unsafeMarkup: [], extensionErrors: [] },
      );
    });
  });

  // The overlay lives in a shadow root, where browsers hide window.event: the recorder must still
  // count a handler that runs there, or every "0 executions" above would prove nothing.
  it('the recorder counts a handler that runs in a shadow root', async () => {
    await tab.goto(server.url('xss-0.html'), { waitUntil: 'load' });
    await tab.evaluate((armed) => {
      (window as unknown as Record<string, boolean>)[armed] = true;
      const root = document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
      const img = root.appendChild(document.createElement('img'));
      img.setAttribute('onerror', "__siftXss('shadow-probe')");
      img.src = '/missing.gif';
    }, ARMED_GLOBAL);
    await sleep(SETTLE_MS);
    const calls = await tab.evaluate((name) => (window as unknown as Record<string, XssCall[]>)[name] ?? [], CALLS_GLOBAL);
    assert.deepEqual(calls.filter((call) => call.armed), [{ id: 'shadow-probe', armed: true, site: 'elsewhere' }]);
  });

  it('the recorder saw the pages run their own vectors (so a silent overlay is real)', () => {
    for (const id of ['script-plain', 'img-onerror', 'svg-onload', 'iframe-srcdoc-script']) {
      assert.ok(ranInPage.has(id), `${id} ran in the page before the overlay opened`);
    }
  });
});
