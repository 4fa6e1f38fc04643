import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { autoOpenSites, autoOpens, setAutoOpen, siteOf, sitesFrom } from '../../../utils/auto-open';

describe('siteOf', () => {
  it('is the scheme and host name, without port, path or query', () => {
    expect(siteOf('https://news.example/world/a?b=1#c')).toBe('https://news.example');
    expect(siteOf('http://127.0.0.1:8080/sample-news.html')).toBe('http://127.0.0.1');
  });

  it('is undefined for pages Sift does not read', () => {
    for (const url of ['chrome://extensions', 'file:///home/a.html', 'about:blank', 'not a url', '']) {
      expect(siteOf(url), url).toBeUndefined();
    }
  });
});

describe('sitesFrom', () => {
  it('keeps only sites, silently', () => {
    const raw = ['https://a.example', 'https://a.example/path', 42, null, 'javascript:alert(1)', { site: 'x' }, 'http://b.example'];
    expect(sitesFrom(raw)).toEqual(['https://a.example', 'http://b.example']);
    expect(sitesFrom('https://a.example')).toEqual([]);
    expect(sitesFrom(undefined)).toEqual([]);
  });
});

describe('auto-open storage and access', () => {
  const granted = new Set<string>();
  beforeEach(() => {
    fakeBrowser.reset();
    granted.clear();
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins }) => origins!.every((origin) => granted.has(origin)));
    vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins }) => {
      for (const origin of origins!) granted.delete(origin);
      return true;
    });
  });

  function answerRequests(allow: boolean) {
    return vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async ({ origins }) => {
      if (allow) for (const origin of origins!) granted.add(origin);
      return allow;
    });
  }

  it('asks for access to that one site, then opens its pages and no other site\'s', async () => {
    const request = answerRequests(true);
    expect(await setAutoOpen('https://news.example', true)).toBe(true);
    expect(request).toHaveBeenCalledWith({ origins: ['https://news.example/*'] });
    expect(await autoOpenSites.getValue()).toEqual(['https://news.example']);
    expect(await autoOpens('https://news.example/world/a')).toBe(true);
    expect(await autoOpens('http://news.example/world/a')).toBe(false);
    expect(await autoOpens('https://other.example/a')).toBe(false);
  });

  it('stays off when the reader declines the access', async () => {
    answerRequests(false);
    expect(await setAutoOpen('https://news.example', true)).toBe(false);
    expect(await autoOpenSites.getValue()).toEqual([]);
  });

  it('opting out forgets the site and gives the access back', async () => {
    answerRequests(true);
    await setAutoOpen('https://a.example', true);
    await setAutoOpen('https://b.example', true);
    expect(await setAutoOpen('https://a.example', false)).toBe(false);
    expect(await autoOpenSites.getValue()).toEqual(['https://b.example']);
    expect(granted.has('https://a.example/*')).toBe(false);
    expect(await autoOpens('https://a.example/x')).toBe(false);
  });

  it('opting out still works when the browser will not give the access back', async () => {
    answerRequests(true);
    await setAutoOpen('https://a.example', true);
    vi.spyOn(fakeBrowser.permissions, 'remove').mockRejectedValue(new Error('You cannot remove required permissions.'));
    expect(await setAutoOpen('https://a.example', false)).toBe(false);
    expect(await autoOpens('https://a.example/x')).toBe(false);
  });

  it('does not open where the access was withdrawn in the browser since', async () => {
    answerRequests(true);
    await setAutoOpen('https://a.example', true);
    granted.clear();
    expect(await autoOpens('https://a.example/x')).toBe(false);
  });
});
