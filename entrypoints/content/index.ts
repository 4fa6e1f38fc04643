/**
 * Content script on every http(s) page, kept tiny because every page pays for it: it only judges,
 * after load and off the critical path, whether the page is an article, and tells the background.
 * The reader itself (Preact, DOMPurify, the full engine) is entrypoints/reader, injected on demand.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isArticlePage } from '../../engine';
import { READER_HOST_ATTRIBUTE, onMessage, sendMessage } from '../../utils/messages';
import { forwardE2eToggle } from '../../utils/e2e-toggle';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Answered here because this script is always present; the reader script may not be injected yet.
    onMessage('readerState', () => document.querySelector(`[${READER_HOST_ATTRIBUTE}]`) !== null);
    onMessage('pageUrl', () => location.href);
    // Firefox browser tests' build only; removed from the shipped builds (see utils/e2e-toggle.ts).
    if (import.meta.env.MODE === 'e2e') forwardE2eToggle(ctx);

    whenIdle(() => {
      if (ctx.isInvalid) return;
      // Detection must never disturb the page: a failure just leaves the icon plain.
      let isArticle = false;
      try {
        isArticle = isArticlePage(document);
      } catch (error) {
        console.warn('Sift could not judge this page:', error);
      }
      sendMessage('articleDetected', isArticle).catch(() => {
        // The extension was reloaded or updated; this orphaned script has nobody to tell.
      });
    });
  },
});

/** Runs off the critical path, once the page has settled. */
function whenIdle(task: () => void): void {
  // Safari has no requestIdleCallback.
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 3000 });
  else setTimeout(task, 500);
}
