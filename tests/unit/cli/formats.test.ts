// The output formats, on a hand-written article so each expectation is checked by eye, not by the engine.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../engine/index';
import { toMarkdown } from '../../../engine/to-markdown';
import { formatArticle, separator } from '../../../cli/formats';

const ARTICLE: Article = {
  title: 'Carney to "travel": France',
  byline: 'Jane Doe',
  published: '2025-09-04T12:00:00Z',
  siteName: 'World Brief',
  lang: 'en',
  dir: 'ltr',
  url: 'https://example.com/carney',
  html: '<p>Prime Minister <strong>Mark Carney</strong> will travel.</p><h2>Ceasefire</h2><ul><li>one</li><li>two</li></ul><table><tr><td>a</td></tr></table>',
  text: 'Prime Minister Mark Carney will travel.\n\nCeasefire\n\n- one\n- two\n\na',
  wordCount: 11,
};

describe('formatArticle', () => {
  it('text is exactly toText(article), what "Save as text" writes', async () => {
    const { toText } = await import('../../../engine/index');
    expect(formatArticle('text', 'a.html', ARTICLE)).toBe(toText(ARTICLE));
  });

  it('markdown has front matter (title, byline, date, url) then the body through turndown', () => {
    expect(toMarkdown(ARTICLE)).toBe(
      [
        '---',
        'title: "Carney to \\"travel\\": France"',
        'byline: "Jane Doe"',
        'date: "2025-09-04T12:00:00Z"',
        'url: "https://example.com/carney"',
        '---',
        '',
        'Prime Minister **Mark Carney** will travel.',
        '',
        '## Ceasefire',
        '',
        '-   one',
        '-   two',
        '',
        '<table><tbody><tr><td>a</td></tr></tbody></table>',
        '',
      ].join('\n'),
    );
  });

  it('markdown front matter leaves out what the article lacks', () => {
    const bare = { ...ARTICLE, byline: undefined, published: undefined, url: undefined };
    expect(toMarkdown(bare)).toMatch(/^---\ntitle: "Carney to \\"travel\\": France"\n---\n\n/);
  });

  it('html wraps the body in a minimal page with the escaped title', () => {
    const html = formatArticle('html', 'a.html', ARTICLE);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
    expect(html).toContain('<title>Carney to &quot;travel&quot;: France</title>');
    expect(html).toContain(`<article>\n<h1>Carney to &quot;travel&quot;: France</h1>\n${ARTICLE.html}\n</article>`);
  });

  it('json is one line with the documented keys, absent metadata as null', () => {
    const line = formatArticle('json', 'a.html', { ...ARTICLE, siteName: undefined });
    expect(line.endsWith('\n')).toBe(true);
    expect(line.trim()).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({
      input: 'a.html',
      title: ARTICLE.title,
      byline: 'Jane Doe',
      published: '2025-09-04T12:00:00Z',
      siteName: null,
      lang: 'en',
      wordCount: 11,
      text: ARTICLE.text,
      html: ARTICLE.html,
    });
  });

  it('results of several inputs are separated by a line naming the input', () => {
    expect(separator('pages/a.html')).toBe('==> pages/a.html <==\n');
  });
});
