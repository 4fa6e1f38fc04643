/**
 * The reader's colour themes as data, so the overlay and the popup share them and a unit test can
 * check every theme's body-text contrast (at least 7:1, WCAG AAA).
 */
import type { Settings } from '../utils/settings';

export type ThemeName = 'light' | 'sepia' | 'dark';

export interface Palette {
  background: string;
  text: string;
  /** Metadata, captions, toolbar icons: quieter than text, still >= 4.5:1. */
  muted: string;
  link: string;
  /** Rules, table borders, code backgrounds. */
  rule: string;
  surface: string;
  accent: string;
}

export const PALETTES: Record<ThemeName, Palette> = {
  light: {
    background: '#fbfaf7',
    text: '#1f2023',
    muted: '#5b5e66',
    link: '#1d4f91',
    rule: '#e3e0d8',
    surface: '#f1efe9',
    accent: '#1e6b45',
  },
  sepia: {
    background: '#f4ecd8',
    text: '#382b1c',
    muted: '#5f4e3a',
    link: '#7a3b12',
    rule: '#e0d3b4',
    surface: '#ebe0c6',
    accent: '#6b4a12',
  },
  dark: {
    background: '#1a1b1e',
    text: '#e3e1dc',
    muted: '#a9a7a1',
    link: '#9fc2f5',
    rule: '#34363b',
    surface: '#25262a',
    accent: '#7ccfa0',
  },
};

/** Resolves "system" with the reader's colour-scheme preference. */
export function resolveTheme(theme: Settings['theme'], prefersDark: boolean): ThemeName {
  if (theme === 'system') return prefersDark ? 'dark' : 'light';
  return theme;
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
