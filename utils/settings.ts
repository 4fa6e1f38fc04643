/**
 * The one typed home for the reader's settings: schema, defaults, validation, migration and storage.
 * Everything that reads settings goes through `validateSettings`, so a corrupt or hand-edited value
 * in storage can never break the reader; each bad field falls back on its own default.
 */
import { storage } from 'wxt/utils/storage';

export const THEMES = ['light', 'sepia', 'dark', 'system'] as const;
export const FONTS = ['serif', 'sans', 'mono'] as const;
export const ALIGNMENTS = ['start', 'justify'] as const;

/** Read-aloud speeds offered, as multiples of the voice's normal rate. */
export const SPEECH_RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;

export type Theme = (typeof THEMES)[number];
export type Font = (typeof FONTS)[number];
export type Alignment = (typeof ALIGNMENTS)[number];

/** The schema's version; stored values of an older one are migrated (see `migrations`). */
export const SETTINGS_VERSION = 2;

export interface Settings {
  version: typeof SETTINGS_VERSION;
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
  /** Space after each paragraph (and list, quote, figure...) in `em`. Since version 2. */
  paragraphSpacing: number;
  /** Reading speed behind the "N min read" estimate; CJK characters count as words. Since version 2. */
  wordsPerMinute: number;
  /** Images, videos and their figures in the article; hiding them leaves the text alone. Since version 2. */
  showImages: boolean;
  /** Links coloured and underlined, or set like the text around them (still links). Since version 2. */
  styleLinks: boolean;
  /** Read-aloud speed, one of SPEECH_RATES. Since version 2. */
  speechRate: number;
  /** The read-aloud voice the reader picked (its voiceURI), or '' to choose one for each article. Since version 2. */
  speechVoice: string;
}

/** Bounds and step of each numeric setting; the form's sliders and the validator share them. */
export const RANGES = {
  fontSize: { min: 14, max: 28, step: 1 },
  lineHeight: { min: 1.3, max: 2.1, step: 0.1 },
  width: { min: 45, max: 90, step: 5 },
  paragraphSpacing: { min: 0.4, max: 2.4, step: 0.2 },
  wordsPerMinute: { min: 100, max: 500, step: 10 },
} as const;

export type NumericSetting = keyof typeof RANGES;

export type ToggleSetting = 'showImages' | 'styleLinks';

/** What version 2 added, each set to how version 1 behaved, so an update changes nothing a reader sees. */
const ADDED_IN_V2 = {
  // Version 1's stylesheet had a fixed 1.15em; 1.2 is the slider's nearest position (a 1px difference).
  paragraphSpacing: 1.2,
  // A common estimate of adult silent reading speed for prose on screen (version 1's fixed figure).
  wordsPerMinute: 230,
  showImages: true,
  styleLinks: true,
  // Read aloud is new: the voice's own speed, and a voice chosen for each article's language.
  speechRate: 1,
  speechVoice: '',
} as const satisfies Partial<Settings>;

// Far longer than any platform's voiceURI; a longer stored value is corrupt, not a voice.
const MAX_VOICE_URI = 500;

// ~65 characters per line and a generous leading read calmly on screens of every size.
export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  theme: 'system',
  font: 'serif',
  fontSize: 19,
  lineHeight: 1.6,
  width: 65,
  align: 'start',
  ...ADDED_IN_V2,
};

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function clamped(name: NumericSetting, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_SETTINGS[name];
  const { min, max, step } = RANGES[name];
  // Round to the slider's step so stored values always match a position the form can show;
  // toFixed drops the binary noise (1.6000000000000003) that stepping by tenths leaves.
  const stepped = min + Math.round((Math.min(max, Math.max(min, value)) - min) / step) * step;
  return Number(stepped.toFixed(2));
}

function flag(name: ToggleSetting, value: unknown): boolean {
  return typeof value === 'boolean' ? value : DEFAULT_SETTINGS[name];
}

function asRecord(raw: unknown): Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
}

/** Turns anything read from storage into valid settings, field by field. */
export function validateSettings(raw: unknown): Settings {
  const value = asRecord(raw);
  return {
    version: SETTINGS_VERSION,
    theme: oneOf(THEMES, value.theme, DEFAULT_SETTINGS.theme),
    font: oneOf(FONTS, value.font, DEFAULT_SETTINGS.font),
    fontSize: clamped('fontSize', value.fontSize),
    lineHeight: clamped('lineHeight', value.lineHeight),
    width: clamped('width', value.width),
    align: oneOf(ALIGNMENTS, value.align, DEFAULT_SETTINGS.align),
    paragraphSpacing: clamped('paragraphSpacing', value.paragraphSpacing),
    wordsPerMinute: clamped('wordsPerMinute', value.wordsPerMinute),
    showImages: flag('showImages', value.showImages),
    styleLinks: flag('styleLinks', value.styleLinks),
    speechRate: SPEECH_RATES.includes(value.speechRate as never) ? (value.speechRate as number) : DEFAULT_SETTINGS.speechRate,
    speechVoice:
      typeof value.speechVoice === 'string' && value.speechVoice.length <= MAX_VOICE_URI
        ? value.speechVoice
        : DEFAULT_SETTINGS.speechVoice,
  };
}

/**
 * Stored values of each older version, brought to the next one. Only the shape changes here: fields
 * are still validated one by one when read, so a corrupt version 1 value migrates without throwing
 * and its bad fields fall back on their defaults then.
 */
export const migrations = {
  /** Version 2 added paragraph spacing, reading speed, the image and link toggles, and read-aloud speed and voice. */
  2: (v1: unknown) => ({ ...ADDED_IN_V2, ...asRecord(v1), version: 2 }),
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations,
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

/**
 * Applies a change (or a function of the current settings) and stores the validated result; answers
 * the settings now in effect. It never rejects: its callers are key presses and form inputs, and when
 * storage refuses the write (quota, corrupt profile) the settings simply stay as they were.
 */
export function saveSettings(change: SettingsChange): Promise<Settings> {
  pendingSave = pendingSave.then(async () => {
    const current = await loadSettings();
    const next = validateSettings({ ...current, ...(typeof change === 'function' ? change(current) : change) });
    try {
      await settingsItem.setValue(next);
      return next;
    } catch {
      return current;
    }
  });
  return pendingSave;
}

/** Calls `onChange` with validated settings whenever any context changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(validateSettings(value)));
}
