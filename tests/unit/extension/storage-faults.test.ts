/**
 * Storage that fails under the reader: chrome.storage.local refusing writes (its quota) or reads
 * (a corrupt profile), and garbage under the reader's keys. The reader works on its defaults and
 * nothing rejects into the page: every caller of these functions is a key press, a form input or
 * the reader closing, with nobody to catch. (tests/e2e/robustness.e2e.ts does the same in Chromium.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../../../utils/settings';
import { forgetPositions, recallPosition, rememberPosition } from '../../../utils/reading-positions';

const URL_A = 'https://news.example.com/a';
const quota = () => new Error('Resource::kQuotaBytes quota exceeded');

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('a storage that refuses writes (quota)', () => {
  it('saveSettings answers the settings still in effect instead of rejecting', async () => {
    await saveSettings({ fontSize: 22 });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(quota());
    await expect(saveSettings((current) => ({ fontSize: current.fontSize + 1, theme: 'dark' }))).resolves.toMatchObject({ fontSize: 22, theme: 'system' });
    expect(set).toHaveBeenCalled();
    expect(await loadSettings()).toMatchObject({ fontSize: 22, theme: 'system' });
  });

  it('saves again once storage has room', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(quota());
    await saveSettings({ theme: 'sepia' });
    await expect(saveSettings({ theme: 'dark' })).resolves.toMatchObject({ theme: 'dark' });
    expect((await loadSettings()).theme).toBe('dark');
  });

  it('rememberPosition resolves without keeping the place', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(quota());
    await expect(rememberPosition(URL_A, 0.5)).resolves.toBeUndefined();
    expect(set).toHaveBeenCalled();
    set.mockRestore();
    expect(await recallPosition(URL_A)).toBeUndefined();
  });
});

describe('a storage that refuses reads', () => {
  it('reads as default settings and no position', async () => {
    await saveSettings({ theme: 'dark' });
    await rememberPosition(URL_A, 0.5);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error: .../LOCK: No further details'));
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await recallPosition(URL_A)).toBeUndefined();
  });
});

describe('garbage under the reader keys', () => {
  // What a bad migration, a hand edit or another extension version could leave behind.
  const GARBAGE: unknown[] = ['<img src=x onerror=alert(1)>', 42, null, true, [1, 2], { theme: { nested: 'dark' } }, { __proto__: { theme: 'dark' } }];

  it.each(GARBAGE)('settings %j read as defaults and are replaced by the next change', async (garbage) => {
    await fakeBrowser.storage.local.set({ settings: garbage });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ fontSize: 20 });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ ...DEFAULT_SETTINGS, fontSize: 20 });
  });

  it.each(GARBAGE)('reading positions %j recall nothing and are replaced by the next position', async (garbage) => {
    await fakeBrowser.storage.local.set({ readingPositions: garbage });
    expect(await recallPosition(URL_A)).toBeUndefined();
    await rememberPosition(URL_A, 0.5);
    expect(await recallPosition(URL_A)).toBe(0.5);
  });

  it("a corrupt version record (the storage library's own settings$ key) still reads and saves", async () => {
    await fakeBrowser.storage.local.set({ settings$: { v: 'x' }, readingPositions$: 'garbage', settings: { theme: 'sepia' } });
    expect((await loadSettings()).theme).toBe('sepia');
    await saveSettings({ theme: 'dark' });
    expect((await loadSettings()).theme).toBe('dark');
    await rememberPosition(URL_A, 0.5);
    expect(await recallPosition(URL_A)).toBe(0.5);
    await forgetPositions();
    expect(await recallPosition(URL_A)).toBeUndefined();
  });
});
