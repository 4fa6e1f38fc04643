// The seed page 004 (tests/fixtures/pages/sample-news.html): the article, and none of its clutter.
import { describe, expect, it } from 'vitest';
import { isArticlePage } from '../../../engine';
import { loadFixture, readFixture } from './load';

const URL = 'https://news.example.com/carney-to-travel-to-france-to-discuss-ukraine-ceasefire-with-allies/';
const article = readFixture('pages/sample-news.html', URL);
const FIRST = 'Prime Minister Mark Carney will travel to France early next week to meet European allies for talks on a ceasefire in Ukraine.';
const LAST = 'Ukraine has denied the allegations of being behind the thwarted attack and accused Russia of trying to throw the ceasefire negotiations off track.';

describe('sample news page (seed 004)', () => {
  it('keeps the first and last sentences, in the text and the html', () => {
    expect(article.text.startsWith(FIRST)).toBe(true);
    expect(article.text.endsWith(LAST)).toBe(true);
    expect(article.html).toContain(FIRST);
    expect(article.html).toContain(LAST);
  });

  it('keeps the "Ceasefire" subhead as a heading, on its own line in the text', () => {
    expect(article.html).toContain('<h2>Ceasefire</h2>');
    expect(article.text).toContain('\n\nCeasefire\n\n');
  });

  it('reads the metadata: title without the site suffix, byline, date, site, language', () => {
    expect(article.title).toBe('Carney to Travel to France to Discuss Ukraine Ceasefire With Allies');
    expect(article.byline).toBe('Paul Rowan Brian');
    expect(article.published).toBe('2026-01-03T22:47:00-05:00');
    expect(article.siteName).toBe('News as they happen');
    expect(article.lang).toBe('en-US');
    expect(article.dir).toBe('ltr');
    expect(article.url).toBe(URL);
    expect(article.excerpt).toBe(FIRST);
  });

  it('keeps the lead image, resolved, with its caption, and does not repeat it in the body', () => {
    expect(article.leadImage?.src).toBe('https://news.example.com/wp-content/uploads/2026/01/carney-zelenskyy-halifax.jpg');
    expect(article.leadImage?.caption).toMatch(/^Prime Minister Mark Carney, left, and Ukrainian President Volodymyr Zelenskyy/);
    expect(article.html).not.toContain('carney-zelenskyy-halifax');
  });

  it("takes the lead image from the page's own figure, which the reader's browser already loads", () => {
    // Served from another host than og:image names (a mirror, a CDN, a local copy): the page's copy wins.
    const local = readFixture('pages/sample-news.html', 'http://127.0.0.1:8080/sample-news.html');
    expect(local.leadImage?.src).toBe('http://127.0.0.1:8080/wp-content/uploads/2026/01/carney-zelenskyy-halifax.jpg');
    expect(local.leadImage?.caption).toMatch(/^Prime Minister Mark Carney, left/);
  });

  it('does not repeat the title inside the body', () => {
    expect(article.html).not.toContain('<h1');
    expect(article.text).not.toContain('Carney to Travel to France');
  });

  const CLUTTER = [
    'By using this site', 'Privacy Policy', 'Accept', 'Reading:', 'Sign In', 'Font Resizer', 'Aa', 'Isness', 'Politics',
    'World News', 'Have an existing account', 'Foxiz News Network', 'SHARE', 'Share This Article', 'Copy Link', 'Print',
    'TAGGED', 'Canadian Politics', 'newsletter', '5 + 6', 'You Might Also Like', 'Hudson’s Bay', 'Gaza Board of Peace',
    'Martial Law Decree', 'The Canadian Press', 'Min Read', 'Advertisement', 'All Rights Reserved', 'Quick Links', 'Categories',
    'Newsguard', 'Welcome Back', 'Sign in to your account', 'Lost your password', 'Username or Email Address',
    // The trailing headline list inside the article's own container.
    'Next Fed Chief', 'Jobless Claims', 'Tesla Pay Deal', 'Municipal Officials', 'Bus Crash in Dominican Republic',
  ];
  it.each(CLUTTER)('drops "%s"', (phrase) => {
    expect(article.text).not.toContain(phrase);
    expect(article.html).not.toContain(phrase);
  });

  it('leaves no scripts, styles, forms, classes or event handlers in the html', () => {
    expect(article.html).not.toMatch(/<(script|style|form|input|iframe|ins)\b|\bclass=|\bstyle=|\bon\w+=/i);
  });

  it('counts its words', () => {
    expect(article.wordCount).toBe(article.text.split(/\s+/).filter((word) => /\w/.test(word)).length);
  });

  it('is detected as an article', () => {
    expect(isArticlePage(loadFixture('pages/sample-news.html'))).toBe(true);
  });
});
