// "Save as text": header lines, a blank line, the article text, a final newline.
import { describe, expect, it } from 'vitest';
import { toText, type Article } from '../../../engine';
import { readFixture } from './load';

const BASE: Article = { title: 'A title', dir: 'ltr', html: '<p>One.</p><p>Two.</p>', text: 'One.\n\nTwo.', wordCount: 2 };

describe('toText', () => {
  it('writes every header line in order', () => {
    const article = { ...BASE, byline: 'Ann Lee', published: '2026-01-03', siteName: 'The Site', url: 'https://example.com/a' };
    expect(toText(article)).toBe(
      'A title\nBy Ann Lee\nPublished: 2026-01-03\nSite: The Site\nURL: https://example.com/a\n\nOne.\n\nTwo.\n',
    );
  });

  it('omits the missing header lines', () => {
    expect(toText(BASE)).toBe('A title\n\nOne.\n\nTwo.\n');
  });

  it('writes the sample page as plain text: no markup, no entities', () => {
    const text = toText(readFixture('pages/sample-news.html', 'https://news.example.com/carney/'));
    expect(text.startsWith('Carney to Travel to France to Discuss Ukraine Ceasefire With Allies\nBy Paul Rowan Brian\nPublished: 2026-01-03T22:47:00-05:00\nSite: News as they happen\nURL: https://news.example.com/carney-to-travel-to-france-to-discuss-ukraine-ceasefire-with-allies/\n\nPrime Minister Mark Carney')).toBe(true);
    expect(text).not.toMatch(/<\/?[a-z]+[ >]|&[a-z#0-9]+;/i);
    expect(text).toContain('“Coalition of the Willing”');
    expect(text.endsWith('off track.\n')).toBe(true);
  });
});
