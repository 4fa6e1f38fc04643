// Whole-page fixtures: the seed 000 headline list, a home page and an app page without an article.
import { describe, expect, it } from 'vitest';
import { isArticlePage, readArticle } from '../../../engine';
import { loadFixture, readFixture } from './load';

describe('article followed by a bare headline list (seed 000)', () => {
  const article = readFixture('pages/headline-list.html');

  it('keeps the whole article', () => {
    expect(article.text).toContain('Prime Minister Mark Carney will travel to Paris from January 5 to 6, 2026');
    expect(article.text.endsWith('capable of long-term economic recovery.')).toBe(true);
  });

  it.each(['Minnesota Childcare', 'California Open Carry', 'Cagayan Coast', 'Kharkiv', 'UNRWA', 'Furniture and Cabinets'])(
    'drops the unrelated headline "%s"',
    (phrase) => {
      expect(article.text).not.toContain(phrase);
      expect(article.html).not.toContain(phrase);
    },
  );

  it('is detected as an article', () => {
    expect(isArticlePage(loadFixture('pages/headline-list.html'))).toBe(true);
  });
});

describe('pages without an article', () => {
  it.each(['pages/home-page.html', 'pages/no-article.html'])('%s gives a typed "no-content" result', (path) => {
    const result = readArticle(loadFixture(path));
    expect(result).toEqual({ ok: false, reason: 'no-content', message: 'No article found on this page.' });
  });

  it.each(['pages/home-page.html', 'pages/no-article.html'])('%s is not detected as an article', (path) => {
    expect(isArticlePage(loadFixture(path))).toBe(false);
  });
});
