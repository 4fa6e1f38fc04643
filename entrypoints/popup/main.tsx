/** Popup entry, wiring only: finds the tab it acts on and renders the popup view. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/popup-view';
import { interfaceLanguage } from '../../utils/interface-language';
import { loadSettings } from '../../utils/settings';
import '../../assets/popup.css';
import '../../assets/settings-form.css';

/**
 * Opened from the icon's "Settings" menu, the popup is told its tab in the URL (?tab=); opened any
 * other way, it acts on the active tab of the last focused window.
 */
async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

// The page says lang="en"; the strings are in the catalogue's language, which screen readers must know.
Object.assign(document.documentElement, interfaceLanguage());
// The settings are read before the first render, so its first frame is in the reader's theme, not the default's.
Promise.all([targetTabId(), loadSettings()]).then(([tabId, settings]) =>
  render(<PopupView tabId={tabId} initialSettings={settings} />, document.getElementById('app')!),
);
