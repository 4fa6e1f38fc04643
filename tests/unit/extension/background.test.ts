import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

const calls = vi.hoisted(() => [] as string[]);
vi.mock('../../../utils/tab-actions', () => ({
  toggleReader: async (tabId: number | undefined) => void calls.push(`toggle ${tabId}`),
  saveAsText: async (tabId: number | undefined) => void calls.push(`save ${tabId}`),
  articleFile: async (tabId: number | undefined) => void calls.push(`file ${tabId}`),
  printArticle: async (tabId: number | undefined) => void calls.push(`print ${tabId}`),
  openReader: async (tabId: number) => void calls.push(`open ${tabId}`),
}));

const { default: background } = await import('../../../entrypoints/background');
const { MENU } = await import('../../../utils/menus');

type Listener = (...args: never[]) => unknown;

/** The listener the background adds to an event (WXT's fake browser does not implement all of them). */
function capture(event: { addListener: (listener: never) => void }): () => Listener {
  let listener: Listener | undefined;
  vi.spyOn(event, 'addListener').mockImplementation(((added: Listener) => {
    listener = added;
  }) as never);
  return () => listener!;
}

const tab = { id: 4, index: 0, highlighted: true, active: true, pinned: false, incognito: false, windowId: 1 } as const;

describe('background wiring: every entry point reaches the one toggle', () => {
  // The background's listeners are added once, as in the browser.
  const onClicked = capture(fakeBrowser.action.onClicked);
  const onCommand = capture(fakeBrowser.commands.onCommand);
  const onMenuClicked = capture(fakeBrowser.contextMenus.onClicked);
  capture(fakeBrowser.runtime.onInstalled);
  background.main();

  beforeEach(() => {
    calls.length = 0;
  });

  it('toolbar click toggles the reader in that tab', async () => {
    await onClicked()(tab as never);
    expect(calls).toEqual(['toggle 4']);
  });

  it('the toggle-reader shortcut toggles the reader, other commands do nothing', async () => {
    await onCommand()('toggle-reader' as never, tab as never);
    await onCommand()('something-else' as never, tab as never);
    expect(calls).toEqual(['toggle 4']);
  });

  it('page menu items open the reader and save as text', async () => {
    await onMenuClicked()({ menuItemId: MENU.open } as never, tab as never);
    await onMenuClicked()({ menuItemId: MENU.save } as never, tab as never);
    expect(calls).toEqual(['toggle 4', 'save 4']);
  });

  it('"Settings" on the icon opens the popup in a window, for the tab it was opened from', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({} as never);
    await onMenuClicked()({ menuItemId: MENU.settings } as never, tab as never);
    expect(create).toHaveBeenCalledOnce();
    const url = new URL(create.mock.calls[0]![0]!.url as string);
    expect(url.pathname).toBe('/popup.html');
    expect(url.searchParams.get('tab')).toBe('4');
    expect(calls).toEqual([]);
  });
});
