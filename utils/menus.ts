/** Sift's context menu items: two on the page, one on the toolbar icon. */
import { browser } from 'wxt/browser';
import { t } from './i18n';

export const MENU = { open: 'sift-open', save: 'sift-save-text', settings: 'sift-settings' } as const;

export function createMenus(): void {
  // MV2 (the Firefox build) calls the toolbar button's menu context "browser_action".
  const toolbar = import.meta.env.MANIFEST_VERSION === 2 ? 'browser_action' : 'action';
  browser.contextMenus.create({ id: MENU.open, title: t('menuOpen'), contexts: ['page'] });
  browser.contextMenus.create({ id: MENU.save, title: t('menuSaveText'), contexts: ['page'] });
  browser.contextMenus.create({ id: MENU.settings, title: t('menuSettings'), contexts: [toolbar] });
}

/** The popup, opened in a window, acts on the tab whose icon was right-clicked. */
export function settingsUrl(tabId: number | undefined): string {
  const url = new URL(browser.runtime.getURL('/popup.html'));
  if (tabId !== undefined) url.searchParams.set('tab', String(tabId));
  return url.href;
}
