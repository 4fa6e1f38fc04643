import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  saveSettings,
  settingsItem,
  validateSettings,
  watchSettings,
  type Settings,
} from '../../../utils/settings';

describe('validateSettings', () => {
  it('keeps valid settings as they are', () => {
    const valid: Settings = { version: 1, theme: 'sepia', font: 'mono', fontSize: 22, lineHeight: 1.8, width: 70, align: 'justify' };
    expect(validateSettings(valid)).toEqual(valid);
  });

  it.each([null, undefined, 'dark', 42, [], () => 1])('falls back to all defaults for %s', (raw) => {
    expect(validateSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('replaces each corrupt field on its own, keeping the good ones', () => {
    const result = validateSettings({ theme: 'neon', font: 'sans', fontSize: 'big', lineHeight: 1.9, width: NaN, align: 'center' });
    expect(result).toEqual({
      version: 1,
      theme: DEFAULT_SETTINGS.theme,
      font: 'sans',
      fontSize: DEFAULT_SETTINGS.fontSize,
      lineHeight: 1.9,
      width: DEFAULT_SETTINGS.width,
      align: DEFAULT_SETTINGS.align,
    });
  });

  it('clamps numbers into their ranges', () => {
    const result = validateSettings({ fontSize: 400, lineHeight: 0.2, width: -5 });
    expect(result.fontSize).toBe(28);
    expect(result.lineHeight).toBe(1.3);
    expect(result.width).toBe(45);
  });

  it('rejects infinities and keeps line height on one decimal', () => {
    expect(validateSettings({ fontSize: Infinity }).fontSize).toBe(DEFAULT_SETTINGS.fontSize);
    expect(validateSettings({ lineHeight: 1.6000000000000003 }).lineHeight).toBe(1.6);
  });

  it('reads settings stored before alignment existed, with the default alignment', () => {
    const { align: _omitted, ...older } = { ...DEFAULT_SETTINGS, theme: 'dark' as const };
    expect(validateSettings(older)).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
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
    await expect(saveSettings({ theme: 'sepia' })).rejects.toThrow(/quota/);
    setValue.mockRestore();
    await saveSettings({ theme: 'dark' });
    expect((await loadSettings()).theme).toBe('dark');
  });
});
