import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  loadSettings,
  migrations,
  saveSettings,
  settingsItem,
  validateSettings,
  watchSettings,
  type Settings,
} from '../../../utils/settings';

describe('validateSettings', () => {
  it('keeps valid settings as they are', () => {
    const valid: Settings = {
      version: 2,
      theme: 'sepia',
      font: 'mono',
      fontSize: 22,
      lineHeight: 1.8,
      width: 70,
      align: 'justify',
      paragraphSpacing: 1.6,
      wordsPerMinute: 310,
      showImages: false,
      styleLinks: false,
      speechRate: 1.5,
      speechVoice: 'Microsoft Hazel - English (United Kingdom)',
    };
    expect(validateSettings(valid)).toEqual(valid);
  });

  it.each([null, undefined, 'dark', 42, [], () => 1])('falls back to all defaults for %s', (raw) => {
    expect(validateSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('replaces each corrupt field on its own, keeping the good ones', () => {
    const result = validateSettings({
      theme: 'neon',
      font: 'sans',
      fontSize: 'big',
      lineHeight: 1.9,
      width: NaN,
      align: 'center',
      paragraphSpacing: '2em',
      wordsPerMinute: 180,
      showImages: 'no',
      styleLinks: false,
    });
    expect(result).toEqual({
      version: 2,
      theme: DEFAULT_SETTINGS.theme,
      font: 'sans',
      fontSize: DEFAULT_SETTINGS.fontSize,
      lineHeight: 1.9,
      width: DEFAULT_SETTINGS.width,
      align: DEFAULT_SETTINGS.align,
      paragraphSpacing: DEFAULT_SETTINGS.paragraphSpacing,
      wordsPerMinute: 180,
      showImages: DEFAULT_SETTINGS.showImages,
      styleLinks: false,
      speechRate: DEFAULT_SETTINGS.speechRate,
      speechVoice: DEFAULT_SETTINGS.speechVoice,
    });
  });

  it('keeps only the offered read-aloud speeds and a plausible voice name', () => {
    expect(validateSettings({ speechRate: 1.75 }).speechRate).toBe(1.75);
    for (const speechRate of [1.3, 0, 16, '2', NaN]) expect(validateSettings({ speechRate }).speechRate).toBe(1);
    expect(validateSettings({ speechVoice: 42 }).speechVoice).toBe('');
    expect(validateSettings({ speechVoice: 'x'.repeat(501) }).speechVoice).toBe('');
  });

  it('clamps numbers into their ranges', () => {
    const result = validateSettings({ fontSize: 400, lineHeight: 0.2, width: -5, paragraphSpacing: 9, wordsPerMinute: 1 });
    expect(result.fontSize).toBe(28);
    expect(result.lineHeight).toBe(1.3);
    expect(result.width).toBe(45);
    expect(result.paragraphSpacing).toBe(2.4);
    expect(result.wordsPerMinute).toBe(100);
  });

  it("rounds numbers to their slider's step", () => {
    const result = validateSettings({ width: 67, paragraphSpacing: 1.31, wordsPerMinute: 234 });
    expect(result).toMatchObject({ width: 65, paragraphSpacing: 1.4, wordsPerMinute: 230 });
  });

  it('rejects infinities and keeps line height on one decimal', () => {
    expect(validateSettings({ fontSize: Infinity }).fontSize).toBe(DEFAULT_SETTINGS.fontSize);
    expect(validateSettings({ lineHeight: 1.6000000000000003 }).lineHeight).toBe(1.6);
  });

  it('reads settings stored before alignment existed, with the default alignment', () => {
    const { align: _omitted, ...older } = { ...DEFAULT_SETTINGS, theme: 'dark' as const };
    expect(validateSettings(older)).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('treats an array as no settings at all', () => {
    expect(validateSettings(['dark'])).toEqual(DEFAULT_SETTINGS);
  });

  it('drops unknown fields', () => {
    expect(validateSettings({ ...DEFAULT_SETTINGS, evil: '<script>' })).not.toHaveProperty('evil');
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('round-trips a change through storage.local', async () => {
    await saveSettings({ theme: 'dark', fontSize: 24 });
    expect(await loadSettings()).toMatchObject({ theme: 'dark', fontSize: 24, font: DEFAULT_SETTINGS.font });
    const raw = await fakeBrowser.storage.local.get('settings');
    expect(raw.settings).toMatchObject({ theme: 'dark', fontSize: 24 });
  });

  it('reads a corrupt stored value as defaults, field by field', async () => {
    await fakeBrowser.storage.local.set({ settings: { theme: 7, font: 'serif', width: 'wide' } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, font: 'serif' });
  });

  it('validates what it saves', async () => {
    await saveSettings({ width: 500 });
    expect((await settingsItem.getValue()).width).toBe(90);
  });

  it('tells watchers about changes, validated', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await fakeBrowser.storage.local.set({ settings: { theme: 'sepia', fontSize: 1000 } });
    unwatch();
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, theme: 'sepia', fontSize: 28 }]);
  });
});

/** Settings as version 1 of Sift stored them: seven fields, and the item's version in "settings$". */
const V1_STORED = { version: 1, theme: 'dark', font: 'sans', fontSize: 22, lineHeight: 1.8, width: 70, align: 'justify' };

describe('migration from version 1', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is the step to the current version', () => {
    expect(SETTINGS_VERSION).toBe(2);
    expect(Object.keys(migrations)).toEqual(['2']);
  });

  it("keeps every version 1 choice and adds version 2's fields as version 1 behaved", async () => {
    await fakeBrowser.storage.local.set({ settings: V1_STORED, settings$: { v: 1 } });
    await settingsItem.migrate();
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings).toEqual({
      ...V1_STORED,
      version: 2,
      paragraphSpacing: 1.2,
      wordsPerMinute: 230,
      showImages: true,
      styleLinks: true,
      speechRate: 1,
      speechVoice: '',
    });
    expect(stored.settings$).toEqual({ v: 2 });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, ...V1_STORED, version: 2 });
  });

  it('migrates a version 1 value without a version marker (stored before the first change)', async () => {
    await fakeBrowser.storage.local.set({ settings: { theme: 'sepia' } });
    await settingsItem.migrate();
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia' });
    expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 2 });
  });

  it('never throws on a corrupt version 1 value; its bad fields fall back when read', async () => {
    expect(migrations[2]('dark')).toEqual({ ...migrations[2]({}) });
    await fakeBrowser.storage.local.set({ settings: { theme: 'neon', fontSize: 'huge', width: 80 }, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, width: 80 });
  });

  it('leaves a current value alone', async () => {
    const current = { ...DEFAULT_SETTINGS, showImages: false };
    await fakeBrowser.storage.local.set({ settings: current, settings$: { v: 2 } });
    await settingsItem.migrate();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(current);
  });
});

describe('saveSettings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('applies quick successive changes on top of each other', async () => {
    await Promise.all([
      saveSettings((current) => ({ fontSize: current.fontSize + 1 })),
      saveSettings((current) => ({ fontSize: current.fontSize + 1 })),
      saveSettings({ theme: 'dark' }),
    ]);
    expect(await loadSettings()).toMatchObject({ fontSize: DEFAULT_SETTINGS.fontSize + 2, theme: 'dark' });
  });

  it('keeps working after a failed save', async () => {
    const setValue = vi.spyOn(settingsItem, 'setValue').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect((await saveSettings({ theme: 'sepia' })).theme).toBe(DEFAULT_SETTINGS.theme);
    setValue.mockRestore();
    await saveSettings({ theme: 'dark' });
    expect((await loadSettings()).theme).toBe('dark');
  });
});
