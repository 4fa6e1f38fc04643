/** Wiring only: every entry point (toolbar, shortcut, menus, popup) calls the same tab actions. */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { onMessage } from '../utils/messages';
import { articleFile, openReader, printArticle, saveAsText, toggleReader } from '../utils/tab-actions';
import { autoOpens } from '../utils/auto-open';
import { markTab } from '../utils/badge';
import { MENU, createMenus, settingsUrl } from '../utils/menus';

export default defineBackground(() => {
  (browser.action ?? browser.browserAction).onClicked.addListener((tab) => toggleReader(tab.id));

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-reader') return;
    // Older browsers do not pass the tab to command listeners.
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    await toggleReader(target?.id);
  });

  browser.runtime.onInstalled.addListener(createMenus);
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId === MENU.open) await toggleReader(tab?.id);
    else if (info.menuItemId === MENU.save) await saveAsText(tab?.id);
    else if (info.menuItemId === MENU.settings) {
      await browser.windows.create({ url: settingsUrl(tab?.id), type: 'popup', width: 400, height: 760 });
    }
  });

  onMessage('articleDetected', async ({ data: isArticle, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    // Articles only, on the sites the reader chose. The icon is marked after, so by the time it
    // shows the page's state the reader is already open.
    if (isArticle && sender.url && (await autoOpens(sender.url))) await openReader(tabId);
    await markTab(tabId, isArticle);
  });
  onMessage('toggleReaderInTab', ({ data }) => toggleReader(data));
  onMessage('articleFileInTab', ({ data }) => articleFile(data.tabId, data.format));
  onMessage('printArticleInTab', ({ data }) => printArticle(data));
  // Firefox browser tests' build only; removed from the shipped builds (see utils/e2e-toggle.ts).
  if (import.meta.env.MODE === 'e2e') onMessage('e2eToggle', ({ sender }) => toggleReader(sender.tab?.id));
});
