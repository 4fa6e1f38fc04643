/**
 * Test-only route to the background's one toggle, compiled only into the Firefox browser tests' build
 * (`wxt build -b firefox --mode e2e`, written to .output/firefox-mv2-e2e). WebDriver BiDi, which drives
 * Firefox in tests/e2e-firefox, can neither click a toolbar button, nor press an extension shortcut
 * (its keys reach the page, not the browser's window), nor open a moz-extension:// page ("Navigation
 * ... is not allowed"). So the test posts `{ sift: 'e2e-toggle' }` from the page, the content script
 * forwards it, and the background calls the same `toggleReader` a toolbar click calls. Every use is
 * guarded by `import.meta.env.MODE === 'e2e'`, so the shipped builds drop it;
 * tests/unit/extension/test-hook.test.ts checks that they hold no trace of it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from './messages';

/** The string the test posts; also what the shipped bundles are checked not to contain. */
export const E2E_TOGGLE = 'e2e-toggle';
/**
 * Posted back at once, so the test knows the content script (which starts at document_idle) heard it
 * and can repeat a request that came too early without ever toggling twice.
 */
export const E2E_TOGGLE_RECEIVED = `${E2E_TOGGLE}-received`;

/** Content script side: forwards the page's request to the background, from this page only. */
export function forwardE2eToggle(ctx: ContentScriptContext): void {
  ctx.addEventListener(window, 'message', (event) => {
    if (event.source !== window || (event.data as { sift?: unknown } | null)?.sift !== E2E_TOGGLE) return;
    window.postMessage({ sift: E2E_TOGGLE_RECEIVED }, '*');
    sendMessage('e2eToggle').catch((error) => console.warn('Sift e2e toggle failed:', error));
  });
}
