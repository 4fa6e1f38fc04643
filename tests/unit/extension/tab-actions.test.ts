import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

const sent = vi.hoisted(() => [] as { type: string; tabId: number }[]);
const failingSends = vi.hoisted(() => ({ left: 0 }));
vi.mock('../../../utils/messages', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../utils/messages')>()),
  sendMessage: async (type: string, _data: unknown, tabId: number) => {
    if (failingSends.left > 0) {
      failingSends.left--;
      throw new Error('No response');
    }
    sent.push({ type, tabId });
    return true;
  },
}));

const { saveAsText, toggleReader } = await import('../../../utils/tab-actions');

type Injection = { target: { tabId: number }; files?: string[]; func?: unknown };

function fakeScripting(readerPresent: boolean) {
  const injections: Injection[] = [];
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: Injection) => {
    injections.push(injection);
    return [{ frameId: 0, result: injection.func ? readerPresent : undefined }];
  }) as never);
  return injections;
}

describe('toggleReader (toolbar, shortcut, menus and popup all call it)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    sent.length = 0;
  });

  it('messages the reader when it is already injected', async () => {
    const injections = fakeScripting(true);
    expect(await toggleReader(7)).toBe(true);
    expect(injections.filter((i) => i.files)).toEqual([]);
    expect(sent).toEqual([{ type: 'toggleReader', tabId: 7 }]);
  });

  it('injects the reader on first use, then toggles', async () => {
    const injections = fakeScripting(false);
    await toggleReader(7);
    expect(injections.map((i) => i.files ?? 'probe')).toEqual(['probe', ['/reader.js']]);
    expect(sent).toEqual([{ type: 'toggleReader', tabId: 7 }]);
  });

  it('routes "Save as text" the same way', async () => {
    fakeScripting(true);
    await saveAsText(3);
    expect(sent).toEqual([{ type: 'saveAsText', tabId: 3 }]);
  });

  it('messages an already injected reader when the tab cannot be probed (no fresh activeTab grant)', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page'));
    await toggleReader(9);
    expect(sent).toEqual([{ type: 'toggleReader', tabId: 9 }]);
  });

  it('injects the reader afresh and sends again when the first message finds no reader (the page dropped it)', async () => {
    const injections = fakeScripting(false);
    failingSends.left = 1;
    expect(await toggleReader(7)).toBe(true);
    expect(injections.map((i) => i.files ?? 'probe')).toEqual(['probe', ['/reader.js'], 'probe', ['/reader.js']]);
    expect(sent).toEqual([{ type: 'toggleReader', tabId: 7 }]);
  });

  it('does nothing without a tab, and never throws when the tab cannot be reached', async () => {
    await toggleReader(undefined);
    expect(sent).toEqual([]);
    fakeScripting(true);
    failingSends.left = 2;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(toggleReader(9)).resolves.toBeNull();
    expect(warn).toHaveBeenCalledOnce();
  });
});
