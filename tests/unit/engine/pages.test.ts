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
  it('an app page gives a typed "no-content" result', () => {
    const result = readArticle(loadFixture('pages/no-article.html'));
    expect(result).toEqual({ ok: false, reason: 'no-content', message: 'No article found on this page.' });
  });

  // Listings have content readers want (WCXB scores it): Sift reads the teaser grid, not one card of it.
  it('a home page reads as its grid of teasers, without the site menu and footer', () => {
    const { text } = readFixture('pages/home-page.html');
    for (const headline of ['Markets rally as central bank', 'City council approves new transit line', 'Housing starts fall for third straight month']) {
      expect(text).toContain(headline);
    }
    expect(text).toContain('easing pressure on borrowers.');
    expect(text).not.toMatch(/All Rights Reserved|Privacy Policy|Contact/);
  });

  it.each(['pages/home-page.html', 'pages/no-article.html'])('%s is not detected as an article', (path) => {
    expect(isArticlePage(loadFixture(path))).toBe(false);
  });
});
