/** The settings popup: actions on the reader's tab, then the shared settings form. */
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../utils/messages';
import { EXPORT_ACTIONS, FILE_ACTIONS, deliverFile, type ExportAction } from '../utils/export-actions';
import { forgetPositions } from '../utils/reading-positions';
import { autoOpens, setAutoOpen, siteOf } from '../utils/auto-open';
import { SettingsForm } from './settings-form';
import { readerStyle } from './reader-style';
import { useSettings, useTheme } from './use-settings';
import { t } from '../utils/i18n';
import type { Settings } from '../utils/settings';

interface Props {
  /** The tab the actions apply to; undefined when there is none (no actions then). */
  tabId: number | undefined;
  /** The stored settings as read before the first render. */
  initialSettings: Settings;
}

export function PopupView({ tabId, initialSettings }: Props) {
  const settings = useSettings(initialSettings);
  const theme = useTheme(settings.theme);
  const [readerOpen, setReaderOpen] = useState(false);
  const [notice, setNotice] = useState('');
  // The tab's site, for "Always open articles on this site"; undefined on pages Sift does not read.
  const [site, setSite] = useState<string>();
  const [autoOpen, setAutoOpenShown] = useState(false);

  useEffect(() => {
    if (tabId === undefined) return;
    // A tab without Sift's content script (a browser page, or opened before install) has no reader open.
    sendMessage('readerState', undefined, tabId).then(setReaderOpen, () => setReaderOpen(false));
    sendMessage('pageUrl', undefined, tabId).then(
      (url) => {
        setSite(siteOf(url));
        return autoOpens(url).then(setAutoOpenShown);
      },
      () => setSite(undefined),
    );
  }, [tabId]);

  function switchAutoOpen(on: boolean) {
    if (!site) return;
    // No await before this call: the browser's access request needs the click's user gesture.
    setAutoOpen(site, on).then((now) => {
      setAutoOpenShown(now);
      setNotice(on && !now ? t('autoOpenDenied') : '');
    });
  }

  async function runExport(action: ExportAction) {
    if (tabId === undefined) return;
    if (action === 'print') {
      const printed = await sendMessage('printArticleInTab', tabId);
      setNotice(printed === null ? t('cannotReach') : printed ? '' : t('noArticle'));
      if (printed) setReaderOpen(true);
      return;
    }
    const { format, copy } = FILE_ACTIONS[action];
    const file = await sendMessage('articleFileInTab', { tabId, format });
    setNotice(file ? await deliverFile(file, copy) : t('noArticle'));
  }

  async function toggle() {
    if (tabId === undefined) return;
    const open = await sendMessage('toggleReaderInTab', tabId);
    if (open === null) setNotice(t('cannotReach'));
    else setReaderOpen(open);
  }

  return (
    <main class="sift-popup" data-theme={theme} style={readerStyle(settings, theme)}>
      <header class="sift-popup-header">
        <img src="/icon/32.png" width={24} height={24} alt="" />
        <h1>Sift</h1>
      </header>
      {tabId !== undefined && (
        <div class="sift-popup-actions">
          <button type="button" class="sift-primary sift-wide" onClick={toggle}>
            {readerOpen ? t('closeReader') : t('openReader')}
          </button>
          {site && (
            <label class="sift-switch sift-wide sift-auto-open">
              <span>
                {t('autoOpen')}
                <small>{new URL(site).hostname}</small>
              </span>
              <input
                type="checkbox"
                role="switch"
                name="autoOpen"
                checked={autoOpen}
                onChange={(event) => switchAutoOpen(event.currentTarget.checked)}
              />
            </label>
          )}
          <h2 class="sift-popup-heading sift-wide">{t('export')}</h2>
          {EXPORT_ACTIONS.map((action) => (
            <button key={action} type="button" class={action === 'print' ? 'sift-secondary sift-export sift-wide' : 'sift-secondary sift-export'} onClick={() => runExport(action)}>
              {t(action)}
            </button>
          ))}
        </div>
      )}
      <p class="sift-popup-notice" role="status">
        {notice}
      </p>
      <SettingsForm settings={settings} />
      <footer class="sift-popup-footer">
        <button
          type="button"
          class="sift-link-button"
          onClick={() => forgetPositions().then(() => setNotice(t('positionsForgotten')))}
        >
          {t('forgetPositions')}
        </button>
      </footer>
    </main>
  );
}
