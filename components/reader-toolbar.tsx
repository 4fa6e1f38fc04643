/** The overlay's toolbar: close on the start side, settings and export on the end side. */
import { t } from '../utils/i18n';
interface Props {
  settingsOpen: boolean;
  canSave: boolean;
  onClose: () => void;
  onToggleSettings: () => void;
  onSave: () => void;
}

export function ReaderToolbar({ settingsOpen, canSave, onClose, onToggleSettings, onSave }: Props) {
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
      {canSave && (
        <button type="button" class="sift-tool" aria-label={t('saveAsText')} title={t('saveAsTextHint')} onClick={onSave}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M12 4v11M7 10.5l5 5 5-5M5 19.5h14" />
          </svg>
        </button>
      )}
    </div>
  );
}
