import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { forgetPositions, recallPosition, rememberPosition } from '../../../utils/reading-positions';

const URL_A = 'https://news.example.com/a';

describe('reading positions', () => {
  beforeEach(() => fakeBrowser.reset());

  it('recalls where the reader stopped, ignoring the fragment', async () => {
    await rememberPosition(URL_A, 0.4);
    expect(await recallPosition(`${URL_A}#comments`)).toBe(0.4);
    expect(await recallPosition('https://news.example.com/b')).toBeUndefined();
  });

  it('forgets a page read to the end or left at the top', async () => {
    await rememberPosition(URL_A, 0.4);
    await rememberPosition(URL_A, 0.99);
    expect(await recallPosition(URL_A)).toBeUndefined();
    await rememberPosition(URL_A, 0.01);
    expect(await recallPosition(URL_A)).toBeUndefined();
  });

  it('keeps the 200 most recent pages, dropping the oldest', async () => {
    for (let i = 0; i < 201; i++) await rememberPosition(`https://news.example.com/${i}`, 0.5, 1000 + i);
    expect(await recallPosition('https://news.example.com/0')).toBeUndefined();
    expect(await recallPosition('https://news.example.com/1')).toBe(0.5);
    expect(await recallPosition('https://news.example.com/200')).toBe(0.5);
  });

  it('ignores malformed stored entries and survives a corrupt value', async () => {
    await fakeBrowser.storage.local.set({ readingPositions: { [URL_A]: { ratio: 'half', at: 1 }, b: { ratio: 0.5, at: 2 } } });
    expect(await recallPosition(URL_A)).toBeUndefined();
    expect(await recallPosition('b')).toBe(0.5);
    await fakeBrowser.storage.local.set({ readingPositions: 'garbage' });
    expect(await recallPosition(URL_A)).toBeUndefined();
  });

  it('forgets everything on request', async () => {
    await rememberPosition(URL_A, 0.4);
    await forgetPositions();
    expect(await recallPosition(URL_A)).toBeUndefined();
  });
});
