/**
 * Background side of the reader: every way of opening the reader (toolbar click, shortcut, context
 * menu, popup) ends here, so they all behave the same.
 */
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FLAG, sendMessage } from './messages';

/**
 * Tabs opened before Sift was installed or updated have no content script; inject it on demand.
 * Probing first (rather than sending and catching) keeps "Receiving end does not exist" out of the
 * console and never injects the script twice.
 */
async function ensureContentScript(tabId: number): Promise<void> {
  let present: boolean;
  try {
    const [probe] = await browser.scripting.executeScript({
      target: { tabId },
      func: (flag: string) => flag in globalThis,
      args: [CONTENT_SCRIPT_FLAG],
    });
    present = probe?.result === true;
  } catch {
    // Without a fresh activeTab grant the tab cannot be probed. Every http(s) page loaded since
    // install has the declared content script, so the message is simply sent.
    return;
  }
  if (!present) await browser.scripting.executeScript({ target: { tabId }, files: ['content-scripts/content.js'] });
}

/** Runs an action in a tab's content script; pages Sift may not touch (browser pages, stores) are skipped. */
async function inTab(tabId: number | undefined, action: (tabId: number) => Promise<unknown>): Promise<void> {
  if (tabId === undefined) return;
  try {
    await ensureContentScript(tabId);
    await action(tabId);
  } catch (error) {
    console.warn('Sift cannot run on this page:', error);
  }
}

export function toggleReader(tabId: number | undefined): Promise<void> {
  return inTab(tabId, (id) => sendMessage('toggleReader', undefined, id));
}

export function saveAsText(tabId: number | undefined): Promise<void> {
  return inTab(tabId, (id) => sendMessage('saveAsText', undefined, id));
}
