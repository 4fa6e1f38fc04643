/** Marks the toolbar icon on tabs whose page the content script judged to be an article. */
import { browser } from 'wxt/browser';
import { t } from './i18n';

const ARTICLE_BADGE = '✓';
// A calm green that keeps the white check mark readable (contrast > 4.5:1).
const ARTICLE_BADGE_COLOR = '#1e6b45';

// Firefox builds MV2, where the toolbar button is `browserAction`.
const action = browser.action ?? browser.browserAction;

export async function markTab(tabId: number, isArticle: boolean): Promise<void> {
  await Promise.all([
    action.setBadgeText({ tabId, text: isArticle ? ARTICLE_BADGE : '' }),
    action.setTitle({ tabId, // Hovering tells the reader why the icon is plain, and that the reader can still be tried.
    title: t(isArticle ? 'toolbarTitleArticle' : 'toolbarTitlePlain') }),
    isArticle && action.setBadgeBackgroundColor({ tabId, color: ARTICLE_BADGE_COLOR }),
  ]);
}
