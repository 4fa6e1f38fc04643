/**
 * The reader overlay: a modal dialog over the page holding the toolbar, the "Aa" settings panel and
 * the article (or the no-article view). Settings apply live through CSS custom properties.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReadResult } from '../engine';
import { ArticleView, TITLE_ID } from './article-view';
import { EMPTY_TITLE_ID, NoArticleView } from './no-article-view';
import { ReaderToolbar } from './reader-toolbar';
import { SettingsForm } from './settings-form';
import { readerStyle, readerSwitches } from './reader-style';
import { useSettings, useTheme } from './use-settings';
import { trapTab } from './focus-trap';
import { ReadingProgress } from './reading-progress';
import { useReadingPosition } from './use-reading-position';
import { ReadAloudBar } from './read-aloud-bar';
import { canReadAloud, readAloudShortcut, useReadAloud } from './use-read-aloud';
import { THEMES, saveSettings, type Settings } from '../utils/settings';
import type { ExportAction } from '../utils/export-actions';
import { t } from '../utils/i18n';
import { interfaceLanguage } from '../utils/interface-language';

interface Props {
  result: ReadResult;
  /** The reader's settings, read before the overlay is shown, so its first frame is already in them. */
  initialSettings: Settings;
  onClose: () => void;
  /** Runs an export action; answers what to tell the reader (empty for nothing). */
  onExport: (action: ExportAction) => Promise<string>;
}

// Long enough to read "Saved <a long file name>.md", short enough not to linger over the article.
const NOTICE_MS = 4000;

/** `+`/`-` change the text size and `t` the theme, unless the reader is typing into a control. */
function readingShortcut(event: KeyboardEvent): void {
  if (event.ctrlKey || event.metaKey || event.altKey || event.target instanceof HTMLInputElement) return;
  const change: ((current: Settings) => Partial<Settings>) | undefined =
    event.key === '+' || event.key === '='
      ? (current) => ({ fontSize: current.fontSize + 1 })
      : event.key === '-'
        ? (current) => ({ fontSize: current.fontSize - 1 })
        : event.key === 't'
          ? (current) => ({ theme: THEMES[(THEMES.indexOf(current.theme) + 1) % THEMES.length] })
          : undefined;
  if (!change) return;
  event.preventDefault();
  void saveSettings(change);
}

export function ReaderOverlay({ result, initialSettings, onClose, onExport }: Props) {
  const settings = useSettings(initialSettings);
  const theme = useTheme(settings.theme);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [notice, setNotice] = useState('');
  const dialog = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  useReadingPosition(scroller, result.ok ? result.article.url : undefined);
  const aloud = useReadAloud(dialog, result.ok ? result.article.lang : undefined, settings);
  const listenable = result.ok && canReadAloud();

  useEffect(() => {
    // Focus the dialog itself: screen readers announce its label and arrow keys scroll the article.
    dialog.current?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(''), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  function runExport(action: ExportAction) {
    onExport(action).then(setNotice, (error) => {
      console.warn('Sift could not export the article:', error);
      setNotice(t('exportFailed'));
    });
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (settingsOpen) {
        setSettingsOpen(false);
        // Focus may have been inside the panel that is going away; keep it in the dialog so keys still work.
        dialog.current?.focus({ preventScroll: true });
      } else onClose();
    } else if (event.key === 'Tab' && dialog.current) {
      trapTab(event, dialog.current);
    } else if ((event.ctrlKey || event.metaKey) && event.key === 'p' && result.ok) {
      // The browser would print the page behind the reader; print the article instead.
      event.preventDefault();
      runExport('print');
    } else if (!(listenable && readAloudShortcut(event, aloud))) {
      readingShortcut(event);
    }
  }

  /** A click anywhere but the panel (or its own button, which toggles it) puts the panel away. */
  function onPointerDown(event: PointerEvent) {
    const target = event.target as Element;
    if (settingsOpen && !target.closest('.sift-panel, [aria-controls="sift-settings-panel"]')) setSettingsOpen(false);
  }

  return (
    <div
      class="sift-root"
      {...interfaceLanguage()}
      data-theme={theme}
      style={readerStyle(settings, theme)}
      {...readerSwitches(settings)}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
    >
      <div ref={scroller} class="sift-scroll">
        <div ref={dialog} class="sift-dialog" role="dialog" aria-modal="true" aria-labelledby={result.ok ? TITLE_ID : EMPTY_TITLE_ID} tabIndex={-1}>
          <ReaderToolbar
            settingsOpen={settingsOpen}
            onClose={onClose}
            onToggleSettings={() => setSettingsOpen(!settingsOpen)}
            onExport={result.ok ? runExport : undefined}
            listening={aloud.open}
            onToggleListening={listenable ? aloud.toggleOpen : undefined}
          />
          {result.ok && <ReadingProgress scroller={scroller} />}
          {aloud.open && <ReadAloudBar aloud={aloud} />}
          {settingsOpen && (
            <div id="sift-settings-panel" class="sift-panel">
              <SettingsForm settings={settings} />
            </div>
          )}
          {/* Not <main>: the dialog is the reader's landmark, and the page behind may have its own main. */}
          <div class="sift-page">
            {result.ok ? (
              <ArticleView article={result.article} scroller={scroller} wordsPerMinute={settings.wordsPerMinute} />
            ) : (
              <NoArticleView message={result.message} onClose={onClose} />
            )}
          </div>
          <p class="sift-notice" role="status">
            {notice}
          </p>
        </div>
      </div>
    </div>
  );
}
