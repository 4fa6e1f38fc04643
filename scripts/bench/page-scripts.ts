/**
 * What the browser bench runs inside each page's main world, as source text (puppeteer sends it with
 * Runtime.evaluate, which no page CSP blocks; tsx's `__name()` helpers would not exist there).
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Sift's detector and engine and Readability's parser and detector in one minified IIFE, as the
 * extension's own builds are minified, installed as `window.siftBench`.
 */
export async function detectorsBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { isArticlePage, readArticle } from './engine';
        import { Readability, isProbablyReaderable } from '@mozilla/readability';
        window.siftBench = { isArticlePage, readArticle, Readability, isProbablyReaderable };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** `performance.now()` of one call of each detector, in the given order (the first pays for a cold DOM). */
export const TIME_DETECTORS = (siftFirst: boolean) => `(() => {
  const time = (run) => { const start = performance.now(); run(); return performance.now() - start; };
  const sift = () => time(() => siftBench.isArticlePage(document));
  const readability = () => time(() => siftBench.isProbablyReaderable(document));
  if (${siftFirst}) { const s = sift(); return { sift: s, readability: readability() }; }
  const r = readability();
  return { sift: sift(), readability: r };
})()`;

/** Readability as the issue states it: parse on a clone of the live document (it mutates its input). */
export const TIME_READABILITY_PARSE = `(() => {
  const start = performance.now();
  new siftBench.Readability(document.cloneNode(true)).parse();
  return performance.now() - start;
})()`;

/** Sift's engine alone on the live document, the call the reader makes once it is injected. */
export const TIME_SIFT_ENGINE = `(() => {
  const start = performance.now();
  siftBench.readArticle(document, { url: location.href });
  return performance.now() - start;
})()`;

/**
 * Arms a watcher for the overlay and answers the moment of arming, taken just before the test sends
 * the toolbar click. `window.siftPainted` resolves with the moment the overlay's first frame is done:
 * a MutationObserver sees the reader's host element arrive, the dialog is in its shadow root, and a
 * requestAnimationFrame callback then a task after it mark the end of the frame that shows it (the
 * usual "next paint" approximation; the browser offers no paint timing for shadow content).
 */
export const ARM_PAINT_WATCH = `(() => {
  window.siftPainted = new Promise((resolve) => {
    const dialog = () => document.querySelector('[data-sift-reader]')?.shadowRoot?.querySelector('[role="dialog"]');
    const whenShown = () => (dialog() ? requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))) : requestAnimationFrame(whenShown));
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-sift-reader]')) return;
      observer.disconnect();
      whenShown();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  });
  return performance.now();
})()`;

/** Whether the open overlay shows an article (not the "no article" view). */
export const SHOWS_ARTICLE = `document.querySelector('[data-sift-reader]')?.shadowRoot?.querySelector('.sift-body') !== null`;
