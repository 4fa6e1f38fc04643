// Whole-page fixtures: the seed 000 headline list, a home page and an app page without an article, a page
// whose markup puts a script between head and body.
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

// A Node DOM keeps a script pasted between </head> and <body> where the markup puts it; the engine finds
// the body all the same (and guards.test.ts checks that reading the page never inserts the empty <head> or
// <body> linkedom's getters add).
describe('a page with a script between its head and its body', () => {
  const path = 'pages/script-before-body.html';

  it('reads the article with its byline and the date stated in its body', () => {
    const { title, byline, published, text } = readFixture(path);
    expect([title, byline, published]).toEqual(['Night trains return to the Alps', 'Lena Hofer', '2025-03-03T06:00:00Z']);
    expect(text).toContain('The first sleeper in eleven years');
    expect(text.endsWith('as well as the bookings suggest.')).toBe(true);
  });
});
