/**
 * The reader on pages built to hurt (tests/e2e/pathological-pages.ts), and long tasks on normal news
 * pages. On each hostile page the real toolbar click opens the overlay with the article or a clear
 * reason, the page's own timers and animation frames keep running behind it, the tab keeps answering,
 * the extension logs no error, and closing leaves the page's DOM as it was.
 *
 * Time appears here only as hang guards (generous timeouts) and in the long-task check, which the
 * issue states as a bound: no task over 200 ms from the extension on a normal news page.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { LOCAL_DOMAIN, launchSift, type SiftBrowser } from './browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { ARTICLE_FIRST_SENTENCE, CHURN_ATTRIBUTE, PATHOLOGICAL_PAGES } from './pathological-pages';
import { DIALOG, overlayText, tabIdOf, waitForDetection, waitForReaderClosed } from './reader-page';

/** Hang guards, far above what any of these pages takes: a hung tab fails, a slow one does not. */
const LOAD_GUARD_MS = 120_000;
const OPEN_GUARD_MS = 60_000;
/** The bound for a single task of the extension's on a normal news page. */
const LONG_TASK_BOUND_MS = 200;

const TOO_LARGE = 'This page is too large or too deeply nested to read.';

/** What each page must show: the article, or the engine's reason for refusing it. */
const EXPECTED: Record<string, 'article' | 'too large'> = {
  'many-nodes.html': 'article',
  'deep-nesting.html': 'too large',
  'huge-text-node.html': 'article',
  'many-images.html': 'article',
  'mutating-page.html': 'article',
  'clobbering-forms.html': 'article',
};

/**
 * Records, from the first moment of every document, how long the tab's main thread was busy, two ways:
 * - `longTasks`: PerformanceObserver 'longtask' entries (tasks over 50 ms), as the issue asks. Chromium
 *   reports the event-loop tasks of every world in the frame, Sift's isolated world included (its
 *   timers, idle callbacks, rendering), but not the code that chrome.scripting.executeScript runs or
 *   that a DevTools command runs: those arrive outside the observed tasks (the control test shows both).
 * - `stalls`: gaps between the beats of a 10 ms page timer over 50 ms. A timer cannot fire while the
 *   thread is busy, whoever keeps it busy, so this also sees what 'longtask' cannot.
 */
const MAIN_THREAD_RECORDER = `
window.longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });
window.stalls = [];
let lastBeat = performance.now();
setInterval(() => {
  const now = performance.now();
  if (now - lastBeat > 50) window.stalls.push({ start: lastBeat, duration: now - lastBeat });
  lastBeat = now;
}, 10);`;

/** What the page itself would see of a failure: uncaught errors and rejections in its own world. */
const PAGE_ERROR_RECORDER = `
window.pageSawErrors = [];
addEventListener('error', (event) => window.pageSawErrors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => window.pageSawErrors.push(String(event.reason)));`;

let sift: SiftBrowser;
let server: FixtureServer;
// One tab for every page: new tabs sometimes get a toolbar click without its activeTab grant.
let tab: Page;
let tabId: number;

before(async () => {
  server = await startFixtureServer(PATHOLOGICAL_PAGES);
  sift = await launchSift();
  tab = await sift.newPage('about:blank');
  tabId = await tabIdOf(sift, tab);
  await tab.evaluateOnNewDocument(MAIN_THREAD_RECORDER);
  await tab.evaluateOnNewDocument(PAGE_ERROR_RECORDER);
});

after(async () => {
  await sift?.close();
  await server?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Rejects when the tab does not answer within the guard: a hung renderer never answers. */
function withGuard<T>(promise: Promise<T>, what: string, ms = OPEN_GUARD_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, guard]).finally(() => clearTimeout(timer));
}

/**
 * Runs `func` in the tab's isolated world from the background: its result, or the error when the
 * background may not script the tab. The call goes as source text: tsx would wrap a function literal
 * in a `__name()` helper that the service worker does not have.
 */
function scriptTab(func: string): Promise<{ result?: unknown; error?: string }> {
  return sift.worker.evaluate(
    `chrome.scripting.executeScript({ target: { tabId: ${tabId} }, world: 'ISOLATED', func: ${func} })
      .then(([first]) => ({ result: first?.result }), (error) => ({ error: String(error) }))`,
  ) as Promise<{ result?: unknown; error?: string }>;
}

/** Whether the reader script is in the tab (the flag it sets, READER_SCRIPT_FLAG in utils/messages.ts). */
async function readerInjected(): Promise<boolean> {
  return (await scriptTab(`() => 'siftReaderScript' in globalThis`)).result === true;
}

/**
 * The real toolbar click, then the dialog within the hang guard. Headless Chromium now and then loses
 * a click on a tab puppeteer drives: it comes without its activeTab grant (see reader-page.ts), or the
 * reader's injection never runs ("No response" in the service worker). Either way the reader script
 * is not in the tab, so after a short wait the test asks the tab; only then is the click repeated (at
 * most twice), so a slow reader is never mistaken for a lost click (a second click would close it).
 */
async function openSlowPage(): Promise<void> {
  await tab.bringToFront();
  for (let click = 1; ; click++) {
    await tab.triggerExtensionAction(sift.extension);
    if (await tab.waitForSelector(DIALOG, { timeout: 4000 }).catch(() => null)) return;
    if (await readerInjected()) break;
    if (click === 3) throw new Error('three toolbar clicks in a row were lost');
    sift.extraClicks++;
  }
  await tab.waitForSelector(DIALOG, { timeout: OPEN_GUARD_MS });
}

/** A fingerprint of the page's DOM (length and hash of its markup), leaving out what the page churns itself. */
function domFingerprint(): Promise<string> {
  return tab.evaluate((churn) => {
    const copy = document.documentElement.cloneNode(true) as Element;
    for (const element of copy.querySelectorAll(`[${churn}]`)) element.replaceChildren();
    const markup = copy.outerHTML;
    let hash = 0;
    for (let i = 0; i < markup.length; i++) hash = (Math.imul(hash, 31) + markup.charCodeAt(i)) | 0;
    return `${markup.length}:${hash}`;
  }, CHURN_ATTRIBUTE);
}

function counters(): Promise<{ ticks: number; frames: number }> {
  return tab.evaluate(() => {
    const page = window as unknown as { pageTicks: number; pageFrames: number };
    return { ticks: page.pageTicks, frames: page.pageFrames };
  });
}

interface Busy {
  start: number;
  duration: number;
}

/** The long tasks and the timer stalls recorded so far, see MAIN_THREAD_RECORDER. */
function mainThread(): Promise<{ longTasks: Busy[]; stalls: Busy[] }> {
  return tab.evaluate(() => {
    const page = window as unknown as { longTasks: Busy[]; stalls: Busy[] };
    return { longTasks: page.longTasks, stalls: page.stalls };
  });
}

/** Two animation frames: whatever the click started has rendered and painted by then. */
function painted(): Promise<void> {
  return tab.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

const longest = (tasks: { duration: number }[]) => Math.max(0, ...tasks.map((task) => Math.round(task.duration)));

describe('pathological pages', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: the overlay shows ${expected === 'article' ? 'the article' : 'why not'}, the page keeps running, closing restores it`, async () => {
      const errorsBefore = sift.extensionErrors.length;
      await tab.goto(server.url(name), { waitUntil: 'load', timeout: LOAD_GUARD_MS });
      await waitForDetection(sift, tabId);
      const before = await domFingerprint();
      const openedAt = await tab.evaluate(() => performance.now());

      await openSlowPage();
      await painted();
      // Reported, not asserted: on pages this size the engine's one synchronous read can be long.
      const { longTasks, stalls } = await mainThread();
      const since = (busy: Busy[]) => longest(busy.filter((entry) => entry.start >= openedAt));
      console.log(`# ${name}: from click to painted overlay, longest task ${since(longTasks)} ms, longest timer stall ${since(stalls)} ms`);
      const text = await overlayText(tab);
      if (expected === 'article') assert.ok(text.includes(ARTICLE_FIRST_SENTENCE), `the article is shown, not: ${text.slice(0, 200)}`);
      else assert.ok(text.includes('No article found on this page') && text.includes(TOO_LARGE), `the reason is shown, not: ${text.slice(0, 200)}`);

      // The page's own scripts keep running behind the overlay, and the tab keeps answering.
      const first = await counters();
      await sleep(1000);
      for (let i = 0; i < 5; i++) await withGuard(tab.evaluate(() => document.readyState), 'page.evaluate round trip');
      const second = await counters();
      assert.ok(second.ticks > first.ticks, `the page's timer stopped at ${first.ticks}`);
      assert.ok(second.frames > first.frames, `the page's animation frames stopped at ${first.frames}`);

      await tab.keyboard.press('Escape');
      await waitForReaderClosed(tab, OPEN_GUARD_MS);
      assert.equal(await domFingerprint(), before, 'page DOM identical after close');
      assert.deepEqual(sift.extensionErrors.slice(errorsBefore), [], 'no errors from the extension');

    });
  }
});

/**
 * Loads of the page in which the longest busy stretch may be over the bound before the test fails. The
 * windows over-count (the browser's own parsing and layout are in them), and on a loaded machine that
 * share grows: with another job running, sample-news once showed a 230 ms timer stall (a 198 ms long
 * task) 190 ms into its load, and 172 ms from click to paint. Each load comes from a site of its own, so
 * a renderer process of its own that has compiled none of Sift's scripts: Sift's work is the same on
 * every load, and a task of its over the bound shows on each of them; only the machine's noise comes and
 * goes.
 */
const LOADS = 3;

/** Loads the page, waits for the verdict, opens the reader, and measures the longest busy stretch in each window, then closes the reader. */
async function busiestOnOpen(url: string): Promise<{ detection: number; opening: number; recorded: string }> {
  await tab.goto(url, { waitUntil: 'load' });
  await waitForDetection(sift, tabId);
  const judgedAt = await tab.evaluate(() => performance.now());
  await openSlowPage();
  await painted();
  const { longTasks, stalls } = await mainThread();
  const busiest = (from: number, to: number) => longest([...longTasks, ...stalls].filter((entry) => entry.start >= from && entry.start < to));
  const measured = { detection: busiest(0, judgedAt), opening: busiest(judgedAt, Infinity), recorded: JSON.stringify({ longTasks, stalls, judgedAt }) };
  await tab.keyboard.press('Escape');
  await waitForReaderClosed(tab);
  return measured;
}

/**
 * Attribution: these fixture pages run no script of their own worth a millisecond (sample-news has two
 * 404ed scripts and one ad push; long-read none), so the tab's main thread is busy only with the
 * browser's parsing and layout and with Sift. Everything busy in a window is counted against Sift: from
 * the document's start until the background has the content script's verdict (detection), and from just
 * before the toolbar click until the overlay has painted (opening, which includes injecting reader.js).
 * That over-counts (the browser's own work is in it), never under-counts: long tasks and timer stalls
 * together see every kind of task, as the control shows.
 */
describe('long tasks on normal news pages', () => {
  it("control: a timer task of isolated-world code is a long task; code run by executeScript only stalls the page's timer", async () => {
    await tab.goto(server.url('sample-news.html'), { waitUntil: 'load' });
    await openSlowPage(); // the toolbar click's grant lets the background script the tab
    await tab.keyboard.press('Escape');
    const busy = (ms: number) => `const end = performance.now() + ${ms}; while (performance.now() < end);`;
    assert.deepEqual(await scriptTab(`() => { setTimeout(() => { ${busy(300)} }); }`), { result: null }, 'the timer task was scheduled');
    await sleep(500); // apart, so that the two stalls are not one
    assert.deepEqual(await scriptTab(`() => { ${busy(1000)} }`), { result: null }, 'the injected task ran');
    await sleep(500);
    // Durations far apart, so a busy machine stretching the 300 ms task cannot make it pass for the other.
    const { longTasks, stalls } = await mainThread();
    const between = (entries: Busy[], from: number, to: number) => entries.some((entry) => entry.duration >= from && entry.duration < to);
    assert.ok(between(longTasks, 300, 1000), `the 300 ms timer task is a long task: ${JSON.stringify(longTasks)}`);
    assert.ok(!between(longTasks, 1000, Infinity), 'the 1 s injected task is not (should Chromium start reporting it, simplify the recorder)');
    assert.ok(between(stalls, 300, 1000) && between(stalls, 1000, Infinity), `both stall the page's timer: ${JSON.stringify(stalls)}`);
  });

  for (const name of ['sample-news.html', 'long-read.html']) {
    it(`${name}: nothing busies the tab over ${LONG_TASK_BOUND_MS} ms while the page is judged or while the reader opens`, async () => {
      const loads: string[] = [];
      for (let load = 1; load <= LOADS; load++) {
        // From a site of its own, so in a renderer process of its own. In the process that had held the
        // pathological pages above, long-read's load had a 400 ms timer stall and no long task (their
        // garbage, likely), with the extension before and after the change that came with the last of
        // those pages; never in a process of its own, nor when no hostile page came before.
        const url = new URL(server.url(name));
        url.hostname = `${name.replace('.html', '')}-${load}.${LOCAL_DOMAIN}`;
        const { detection, opening, recorded } = await busiestOnOpen(url.href);
        console.log(`# ${name}, load ${load}: longest task or stall during load and detection ${detection} ms, from click to painted overlay ${opening} ms`);
        if (detection <= LONG_TASK_BOUND_MS && opening <= LONG_TASK_BOUND_MS) return;
        loads.push(`load ${load}: ${detection} ms busy while the page was judged, ${opening} ms while the reader opened: ${recorded}`);
      }
      assert.fail(`over ${LONG_TASK_BOUND_MS} ms on each of ${LOADS} loads:\n${loads.join('\n')}`);
    });
  }

  it('logged no console errors from the extension during the run', () => {
    assert.deepEqual(sift.extensionErrors, []);
  });
});

/**
 * Storage that fails: chrome.storage.local filled to its quota from the service worker, and garbage
 * written to the reader's keys. The reader opens on its defaults, keys still work, closing still
 * works, and neither the extension's console nor the page hears about it.
 */
describe('storage faults', () => {
  const fontSize = () =>
    tab.evaluate(() => getComputedStyle(document.querySelector('[data-sift-reader]')!.shadowRoot!.querySelector('.sift-page')!).fontSize);
  const pageSawErrors = () => tab.evaluate(() => (window as unknown as { pageSawErrors: string[] }).pageSawErrors);
  // Uncaught errors in any world of the tab. The long read runs no script, so each would be Sift's; the
  // shared check in browser.ts needs an extension URL in the stack, which storage's own errors lack.
  const uncaught: string[] = [];
  const onPageError = (error: unknown) => uncaught.push(String(error));
  before(() => tab.on('pageerror', onPageError));

  /** Opens the long read, reads 2 paragraphs down, presses '+' and closes: every storage write the reader makes. */
  async function readAndClose(): Promise<string> {
    await tab.goto(server.url('long-read.html'), { waitUntil: 'load' });
    await openSlowPage();
    assert.ok((await overlayText(tab)).includes('For two decades the sleeper train looked like a relic.'), 'the article is shown');
    const opened = await fontSize();
    await tab.evaluate(() => {
      const scroller = document.querySelector('[data-sift-reader]')!.shadowRoot!.querySelector('.sift-scroll')!;
      scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) / 2;
    });
    await tab.keyboard.press('+');
    await sleep(300);
    await tab.keyboard.press('Escape');
    await waitForReaderClosed(tab);
    await sleep(300); // the position is saved as the reader closes
    return opened;
  }

  after(async () => {
    tab.off('pageerror', onPageError);
    await sift.worker.evaluate(() => chrome.storage.local.clear());
  });

  it('corrupt settings and reading positions: the reader opens on defaults and stores valid values again', async () => {
    const errorsBefore = sift.extensionErrors.length;
    await sift.worker.evaluate(() =>
      chrome.storage.local.set({
        settings: '<img src=x onerror=alert(1)>',
        settings$: { v: 'x' },
        readingPositions: [1, { ratio: 'half' }],
        readingPositions$: null,
      }),
    );
    assert.equal(await readAndClose(), '19px', 'the default text size');
    const stored = await sift.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as { fontSize: number });
    assert.equal(stored.fontSize, 20, "'+' stored valid settings over the garbage");
    assert.deepEqual(await pageSawErrors(), [], 'the page saw no error');
    assert.deepEqual(uncaught, [], 'nothing uncaught in the tab');
    assert.deepEqual(sift.extensionErrors.slice(errorsBefore), [], 'no errors from the extension');
  });

  it("a full storage quota: the reader still opens, reads, changes size for the session and closes, silently", async () => {
    const errorsBefore = sift.extensionErrors.length;
    const refused = await sift.worker.evaluate(async () => {
      await chrome.storage.local.clear();
      // Fill with ever smaller pieces until not even 10 bytes fit: then every write the reader makes fails.
      let key = 0;
      let lastError = '';
      for (let size = 1 << 20; size >= 10; size = Math.floor(size / 4)) {
        for (;;) {
          try {
            await chrome.storage.local.set({ [`filler${key++}`]: 'x'.repeat(size) });
          } catch (error) {
            lastError = String(error);
            break;
          }
        }
      }
      return lastError;
    });
    assert.match(refused, /quota/i, 'storage refused more data');
    assert.equal(await readAndClose(), '19px', 'the default text size');
    assert.deepEqual(await pageSawErrors(), [], 'the page saw no error');
    assert.deepEqual(uncaught, [], 'nothing uncaught in the tab');
    assert.deepEqual(sift.extensionErrors.slice(errorsBefore), [], 'no errors from the extension');
    await sift.worker.evaluate(() => chrome.storage.local.clear());
  });
});
