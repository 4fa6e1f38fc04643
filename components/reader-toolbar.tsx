/** The overlay's toolbar: close on the start side; reading settings, read aloud and export on the end side. */
import type { ComponentChildren } from 'preact';
import { t } from '../utils/i18n';
import type { ExportAction } from '../utils/export-actions';
import { ExportMenu } from './export-menu';

interface Props {
  settingsOpen: boolean;
  onClose: () => void;
  onToggleSettings: () => void;
  /** Runs an export action; absent when there is no article to export. */
  onExport?: (action: ExportAction) => void;
  /** Whether the read-aloud bar is shown; absent where the article cannot be read aloud. */
  listening?: boolean;
  onToggleListening?: () => void;
}

interface PanelToggleProps {
  class: string;
  label: string;
  hint: string;
  /** The id of the panel the button shows and hides. */
  panel: string;
  open: boolean;
  onToggle: () => void;
  children: ComponentChildren;
}

/** A toolbar button that shows and hides a panel of the overlay, and says so to assistive technology. */
function PanelToggle({ class: className, label, hint, panel, open, onToggle, children }: PanelToggleProps) {
  return (
    <button type="button" class={className} aria-label={label} aria-expanded={open} aria-controls={open ? panel : undefined} title={hint} onClick={onToggle}>
      {children}
    </button>
  );
}

export function ReaderToolbar({ settingsOpen, onClose, onToggleSettings, onExport, listening, onToggleListening }: Props) {
  return (
    <div class="sift-toolbar" role="toolbar" aria-label={t('readerTools')}>
      <button type="button" class="sift-tool" aria-label={t('closeReader')} title={t('closeReaderHint')} onClick={onClose}>
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="M6 6l12 12M18 6L6 18" />
        </svg>
      </button>
      <span class="sift-toolbar-spacer" />
      <PanelToggle class="sift-tool sift-tool-text" label={t('readingSettings')} hint={t('readingSettingsHint')} panel="sift-settings-panel" open={settingsOpen} onToggle={onToggleSettings}>
        Aa
      </PanelToggle>
      {onToggleListening && (
        <PanelToggle class="sift-tool" label={t('readAloud')} hint={t('readAloudHint')} panel="sift-read-aloud" open={listening ?? false} onToggle={onToggleListening}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M4 9.5h3.5L12 6v12l-4.5-3.5H4zM15.5 9.2a4 4 0 0 1 0 5.6M18.2 6.5a7.8 7.8 0 0 1 0 11" />
          </svg>
        </PanelToggle>
      )}
      {onExport && <ExportMenu onSelect={onExport} />}
    </div>
  );
}
