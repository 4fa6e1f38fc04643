/**
 * Background side of the reader: every way of opening the reader (toolbar click, shortcut, context
 * menu, popup) ends here, so they all behave the same.
 */
import { browser } from 'wxt/browser';
import { READER_SCRIPT_FLAG, sendMessage } from './messages';
import type { FileFormat, TextFile } from './text-file';

/**
 * The reader (Preact, DOMPurify, the whole engine) is injected on first use rather than shipped in the
 * content script every page loads. Probing first keeps "Receiving end does not exist" out of the
 * console and never injects the reader twice.
 */
async function ensureReader(tabId: number): Promise<void> {
  let present: boolean;
  try {
    const [probe] = await browser.scripting.executeScript({
      target: { tabId },
      func: (flag: string) => flag in globalThis,
      args: [READER_SCRIPT_FLAG],
    });
    present = probe?.result === true;
  } catch {
    // Without a fresh activeTab grant the tab cannot be scripted; if the reader is already there
    // (it was opened before), the message still reaches it.
    return;
  }
  if (!present) await browser.scripting.executeScript({ target: { tabId }, files: ['/reader.js'] });
}

/**
 * Runs an action in a tab's reader; pages Sift may not touch (browser pages, stores) are skipped
 * and answer undefined.
 */
async function inTab<T>(tabId: number | undefined, action: (tabId: number) => Promise<T>): Promise<T | undefined> {
  if (tabId === undefined) return undefined;
  const attempt = async () => {
    await ensureReader(tabId);
    return await action(tabId);
  };
  try {
    return await attempt();
  } catch {
    // A page still settling when the reader is clicked can lose the injected script before the message
    // reaches it (seen on a heavy React page clicked as it finished loading): probed and injected afresh,
    // the reader gets one more try rather than a click that does nothing.
    try {
      return await attempt();
    } catch (error) {
      console.warn('Sift cannot run on this page:', error);
      return undefined;
    }
  }
}

/** Opens the reader unless it is open already (auto-open); answers null when the page cannot be reached. */
export async function openReader(tabId: number): Promise<boolean | null> {
  return (await inTab(tabId, (id) => sendMessage('openReader', undefined, id))) ?? null;
}

/** Opens or closes the reader; answers whether it is now open, or null when the page cannot be reached. */
export async function toggleReader(tabId: number | undefined): Promise<boolean | null> {
  return (await inTab(tabId, (id) => sendMessage('toggleReader', undefined, id))) ?? null;
}

/** Downloads from the page itself (the page context menu has no document of its own to do it). */
export async function saveAsText(tabId: number | undefined): Promise<void> {
  await inTab(tabId, (id) => sendMessage('saveAsText', undefined, id));
}

export async function articleFile(tabId: number | undefined, format: FileFormat): Promise<TextFile | null> {
  return (await inTab(tabId, (id) => sendMessage('articleFile', format, id))) ?? null;
}

/** Prints the article, opening the reader for it; answers null when the page cannot be reached. */
export async function printArticle(tabId: number | undefined): Promise<boolean | null> {
  return (await inTab(tabId, (id) => sendMessage('printArticle', undefined, id))) ?? null;
}
