/** Turns settings into the CSS custom properties and switches the overlay and popup stylesheets read. */
import type { Settings } from '../utils/settings';
import { PALETTES, type ThemeName } from './themes';

// System font stacks only: nothing is downloaded, and each platform gets its best reading face.
const FONT_STACKS: Record<Settings['font'], string> = {
  serif: "'Iowan Old Style', 'Charter', 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, 'Noto Serif', 'DejaVu Serif', serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', 'Liberation Sans', Arial, sans-serif",
  mono: "ui-monospace, 'SF Mono', Menlo, Consolas, 'DejaVu Sans Mono', 'Liberation Mono', monospace",
};

export function readerStyle(settings: Settings, theme: ThemeName): Record<string, string> {
  const palette = PALETTES[theme];
  return {
    '--sift-bg': palette.background,
    '--sift-text': palette.text,
    '--sift-muted': palette.muted,
    '--sift-link': palette.link,
    '--sift-rule': palette.rule,
    '--sift-surface': palette.surface,
    '--sift-accent': palette.accent,
    '--sift-font': FONT_STACKS[settings.font],
    '--sift-font-size': `${settings.fontSize}px`,
    '--sift-line-height': String(settings.lineHeight),
    '--sift-width': `${settings.width}ch`,
    '--sift-paragraph-spacing': `${settings.paragraphSpacing}em`,
    '--sift-align': settings.align === 'justify' ? 'justify' : 'start',
    // Justified lines need hyphenation to avoid rivers of space; ragged lines read better whole.
    '--sift-hyphens': settings.align === 'justify' ? 'auto' : 'manual',
    'color-scheme': theme === 'dark' ? 'dark' : 'light',
  };
}

/** The on/off settings, as data attributes for the overlay's root that assets/overlay.css selects on. */
export function readerSwitches(settings: Settings): Record<string, string> {
  return {
    'data-images': settings.showImages ? 'shown' : 'hidden',
    'data-links': settings.styleLinks ? 'styled' : 'plain',
  };
}
