/** The settings popup: actions on the reader's tab, then the shared settings form. */
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../utils/messages';
import { downloadTextFile } from '../utils/text-file';
import { forgetPositions } from '../utils/reading-positions';
import { SettingsForm } from './settings-form';
import { readerStyle } from './reader-style';
import { useSettings, useTheme } from './use-settings';

interface Props {
  /** The tab the actions apply to; undefined when there is none (no actions then). */
  tabId: number | undefined;
}

export function PopupView({ tabId }: Props) {
  const settings = useSettings();
  const theme = useTheme(settings.theme);
  const [readerOpen, setReaderOpen] = useState(false);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    if (tabId === undefined) return;
    // A tab without Sift's content script (a browser page, or opened before install) has no reader open.
    sendMessage('readerState', undefined, tabId).then(setReaderOpen, () => setReaderOpen(false));
  }, [tabId]);

  async function saveAsText() {
    if (tabId === undefined) return;
    const file = await sendMessage('articleTextFileInTab', tabId);
    if (file) downloadTextFile(file);
    setNotice(file ? `Saved ${file.name}` : 'No article found on this page');
  }

  async function copyAsText() {
    if (tabId === undefined) return;
    const file = await sendMessage('articleTextFileInTab', tabId);
    if (file) await navigator.clipboard.writeText(file.text);
    setNotice(file ? 'Article copied as text' : 'No article found on this page');
  }

  async function toggle() {
    if (tabId === undefined) return;
    const open = await sendMessage('toggleReaderInTab', tabId);
    if (open === null) setNotice('Sift cannot reach this page from here: use its toolbar button on the page.');
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
          <button type="button" class="sift-primary" onClick={toggle}>
            {readerOpen ? 'Close reader' : 'Open reader'}
          </button>
          <button type="button" class="sift-secondary" onClick={saveAsText}>
            Save as text
          </button>
          <button type="button" class="sift-secondary sift-wide" onClick={copyAsText}>
            Copy as text
          </button>
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
          onClick={() => forgetPositions().then(() => setNotice('Reading positions forgotten'))}
        >
          Forget where I stopped reading
        </button>
      </footer>
    </main>
  );
}
