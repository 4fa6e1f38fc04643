/** The overlay's toolbar: close on the start side; reading settings and export on the end side. */
import { t } from '../utils/i18n';
import type { ExportAction } from '../utils/export-actions';
import { ExportMenu } from './export-menu';

interface Props {
  settingsOpen: boolean;
  onClose: () => void;
  onToggleSettings: () => void;
  /** Runs an export action; absent when there is no article to export. */
  onExport?: (action: ExportAction) => void;
}

export function ReaderToolbar({ settingsOpen, onClose, onToggleSettings, onExport }: Props) {
  return (
    <div class="sift-toolbar" role="toolbar" aria-label={t('readerTools')}>
      <button type="button" class="sift-tool" aria-label={t('closeReader')} title={t('closeReaderHint')} onClick={onClose}>
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="M6 6l12 12M18 6L6 18" />
        </svg>
      </button>
      <span class="sift-toolbar-spacer" />
      <button
        type="button"
        class="sift-tool sift-tool-text"
        aria-label={t('readingSettings')}
        aria-expanded={settingsOpen}
        aria-controls={settingsOpen ? 'sift-settings-panel' : undefined}
        title={t('readingSettingsHint')}
        onClick={onToggleSettings}
      >
        Aa
      </button>
      {onExport && <ExportMenu onSelect={onExport} />}
    </div>
  );
}
