/** The overlay's toolbar: close on the start side, settings and export on the end side. */
interface Props {
  settingsOpen: boolean;
  canSave: boolean;
  onClose: () => void;
  onToggleSettings: () => void;
  onSave: () => void;
}

export function ReaderToolbar({ settingsOpen, canSave, onClose, onToggleSettings, onSave }: Props) {
  return (
    <div class="sift-toolbar" role="toolbar" aria-label="Reader tools">
      <button type="button" class="sift-tool" aria-label="Close reader" title="Close reader (Esc)" onClick={onClose}>
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="M6 6l12 12M18 6L6 18" />
        </svg>
      </button>
      <span class="sift-toolbar-spacer" />
      <button
        type="button"
        class="sift-tool sift-tool-text"
        aria-label="Reading settings"
        aria-expanded={settingsOpen}
        aria-controls={settingsOpen ? 'sift-settings-panel' : undefined}
        title="Reading settings (+ and − change the size, T the theme)"
        onClick={onToggleSettings}
      >
        Aa
      </button>
      {canSave && (
        <button type="button" class="sift-tool" aria-label="Save as text" title="Save as text (.txt)" onClick={onSave}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M12 4v11M7 10.5l5 5 5-5M5 19.5h14" />
          </svg>
        </button>
      )}
    </div>
  );
}
