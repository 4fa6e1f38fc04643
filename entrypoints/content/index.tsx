/** Content script, wiring only: detect articles after load, and open, close or export on request. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isArticlePage } from '../../engine';
import { CONTENT_SCRIPT_FLAG, onMessage, sendMessage } from '../../utils/messages';
import { createReader } from './reader-ui';
import { saveArticleAsText } from './save-as-text';
import '../../assets/overlay.css';
import '../../assets/settings-form.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    (globalThis as Record<string, unknown>)[CONTENT_SCRIPT_FLAG] = true;
    const reader = createReader(ctx);

    onMessage('toggleReader', () => reader.toggle());
    onMessage('readerState', () => reader.isOpen());
    onMessage('saveAsText', () => saveArticleAsText());

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
