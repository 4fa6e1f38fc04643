/**
 * The one typed home for the reader's settings: schema, defaults, validation and storage.
 * Everything that reads settings goes through `validateSettings`, so a corrupt or hand-edited value
 * in storage can never break the reader; each bad field falls back on its own default.
 */
import { storage } from 'wxt/utils/storage';

export const THEMES = ['light', 'sepia', 'dark', 'system'] as const;
export const FONTS = ['serif', 'sans', 'mono'] as const;
export const ALIGNMENTS = ['start', 'justify'] as const;

export type Theme = (typeof THEMES)[number];
export type Font = (typeof FONTS)[number];
export type Alignment = (typeof ALIGNMENTS)[number];

export interface Settings {
  version: 1;
  theme: Theme;
  font: Font;
  /** Body text size in CSS pixels. */
  fontSize: number;
  /** Unitless line height of body text. */
  lineHeight: number;
  /** Measure of the text column in `ch`. */
  width: number;
  /** Ragged (start) or justified body text; justified is hyphenated to avoid rivers. */
  align: Alignment;
}

/** Bounds and step of each numeric setting; the form's sliders and the validator share them. */
export const RANGES = {
  fontSize: { min: 14, max: 28, step: 1 },
  lineHeight: { min: 1.3, max: 2.1, step: 0.1 },
  width: { min: 45, max: 90, step: 5 },
} as const;

export type NumericSetting = keyof typeof RANGES;

// ~65 characters per line and a generous leading read calmly on screens of every size.
export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  theme: 'system',
  font: 'serif',
  fontSize: 19,
  lineHeight: 1.6,
  width: 65,
  align: 'start',
};

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function clamped(name: NumericSetting, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_SETTINGS[name];
  const { min, max } = RANGES[name];
  // Round to the slider's step so stored values always match a position the form can show.
  const decimals = name === 'lineHeight' ? 10 : 1;
  return Math.round(Math.min(max, Math.max(min, value)) * decimals) / decimals;
}

/** Turns anything read from storage into valid settings, field by field. */
export function validateSettings(raw: unknown): Settings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    version: 1,
    theme: oneOf(THEMES, value.theme, DEFAULT_SETTINGS.theme),
    font: oneOf(FONTS, value.font, DEFAULT_SETTINGS.font),
    fontSize: clamped('fontSize', value.fontSize),
    lineHeight: clamped('lineHeight', value.lineHeight),
    width: clamped('width', value.width),
    align: oneOf(ALIGNMENTS, value.align, DEFAULT_SETTINGS.align),
  };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  try {
    return validateSettings(await settingsItem.getValue());
  } catch {
    // Storage can fail (quota, corrupt profile); the reader still works on defaults.
    return DEFAULT_SETTINGS;
  }
}

type SettingsChange = Partial<Settings> | ((current: Settings) => Partial<Settings>);

// Changes from one context are applied one after another, so quick key presses build on each other.
let pendingSave: Promise<Settings> = Promise.resolve(DEFAULT_SETTINGS);

/** Applies a change (or a function of the current settings) and stores the validated result. */
export function saveSettings(change: SettingsChange): Promise<Settings> {
  pendingSave = pendingSave
    .catch(() => DEFAULT_SETTINGS)
    .then(async () => {
      const current = await loadSettings();
      const next = validateSettings({ ...current, ...(typeof change === 'function' ? change(current) : change) });
      await settingsItem.setValue(next);
      return next;
    });
  return pendingSave;
}

/** Calls `onChange` with validated settings whenever any context changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(validateSettings(value)));
}
