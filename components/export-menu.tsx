/**
 * The toolbar's "Export" menu button (WAI-ARIA menu button pattern): Enter, Space or the arrow keys
 * open it on an item; arrows, Home and End move; Esc closes it back onto its button; Tab or a click
 * elsewhere puts it away.
 */
import type { JSX } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { EXPORT_ACTIONS, type ExportAction } from '../utils/export-actions';
import { t } from '../utils/i18n';

// One stroke icon per action, drawn on the toolbar's 24px grid.
const ICONS: Record<ExportAction, string> = {
  saveAsMarkdown: 'M4 6.5h16v11H4zM7 14.5v-5l2.5 3 2.5-3v5M15.5 9.5v5M13.5 12.5l2 2 2-2',
  saveAsText: 'M7 3.5h7l4 4v13H7zM14 3.5v4h4M9.5 12h6M9.5 15h6M9.5 18h4',
  copyAsMarkdown: 'M8.5 8.5h11v11h-11zM15.5 8.5v-4h-11v11h4M11 17v-5.5l2 2.5 2-2.5V17',
  copyAsText: 'M8.5 8.5h11v11h-11zM15.5 8.5v-4h-11v11h4M11 12h6M11 15h6',
  print: 'M7 9V4h10v5M7 17H5a1.5 1.5 0 0 1-1.5-1.5v-5A1.5 1.5 0 0 1 5 9h14a1.5 1.5 0 0 1 1.5 1.5v5A1.5 1.5 0 0 1 19 17h-2M7 14h10v6H7z',
};

// A thin rule between the groups: saving, copying, printing.
const GROUP_STARTS: readonly ExportAction[] = ['copyAsMarkdown', 'print'];

interface Props {
  onSelect: (action: ExportAction) => void;
}

export function ExportMenu({ onSelect }: Props) {
  // The item to focus when the menu opens, or null while it is closed.
  const [openAt, setOpenAt] = useState<number | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  // Before the next key press can arrive: a fast "ArrowDown, Enter" must reach the item.
  useLayoutEffect(() => {
    if (openAt !== null) items().at(openAt)?.focus();
  }, [openAt]);

  function close(refocus: boolean) {
    setOpenAt(null);
    if (refocus) button.current?.focus();
  }

  function onButtonKeyDown(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    setOpenAt(event.key === 'ArrowUp' ? -1 : 0);
  }

  function onMenuKeyDown(event: KeyboardEvent) {
    const list = items();
    const index = list.indexOf(event.target as HTMLElement);
    const next: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: list.length - 1 };
    if (event.key in next) {
      event.preventDefault();
      list.at(next[event.key]! % list.length)?.focus();
    } else if (event.key === 'Tab') {
      close(false);
    }
  }

  /** Esc, wherever focus is in the open menu or on its button, closes the menu only, not the reader. */
  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || openAt === null) return;
    event.preventDefault();
    event.stopPropagation();
    close(true);
  }

  /** Focus leaving the menu and its button (a click on the article, Tab) puts the menu away. */
  function onFocusOut(event: JSX.TargetedFocusEvent<HTMLDivElement>) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpenAt(null);
  }

  const open = openAt !== null;
  return (
    <div class="sift-menu-anchor" onFocusOut={onFocusOut} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        class="sift-tool"
        aria-label={t('export')}
        title={t('exportHint')}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'sift-export-menu' : undefined}
        onClick={() => (open ? close(false) : setOpenAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="M12 15V4M7.5 8.5 12 4l4.5 4.5M5 13.5V19.5h14v-6" />
        </svg>
      </button>
      {open && (
        <div ref={menu} id="sift-export-menu" class="sift-menu" role="menu" aria-label={t('export')} onKeyDown={onMenuKeyDown}>
          {EXPORT_ACTIONS.map((action) => [
            GROUP_STARTS.includes(action) && <div key={`${action}-rule`} class="sift-menu-rule" role="separator" />,
            <button
              key={action}
              type="button"
              role="menuitem"
              tabIndex={-1}
              class="sift-menu-item"
              onClick={() => {
                close(true);
                onSelect(action);
              }}
            >
              <svg viewBox="0 0 24 24" aria-hidden="true">
                <path d={ICONS[action]} />
              </svg>
              {t(action)}
            </button>,
          ])}
        </div>
      )}
    </div>
  );
}
