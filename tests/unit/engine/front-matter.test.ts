import { describe, expect, it } from 'vitest';
import { toMarkdown, yamlString } from '../../../engine/to-markdown';
import type { Article } from '../../../engine';

const article = (fields: Partial<Article>): Article => ({ title: 'T', dir: 'ltr', html: '<p>Body.</p>', text: 'Body.', wordCount: 1, ...fields });

describe('Markdown front matter', () => {
  it('quotes every value, so YAML syntax in a title stays text', () => {
    const markdown = toMarkdown(
      article({ title: 'Yes: "no" # maybe', byline: '- Ana\n---\nurl: https://evil.test', published: '2026-03-14', url: 'https://news.test/a?b=1#c' }),
    );
    expect(markdown.split('\n---\n')[0]).toBe(
      [
        '---',
        'title: "Yes: \\"no\\" # maybe"',
        'byline: "- Ana\\n---\\nurl: https://evil.test"',
        'date: "2026-03-14"',
        'url: "https://news.test/a?b=1#c"',
      ].join('\n'),
    );
  });

  it('escapes the characters YAML cannot carry raw, and they read back the same', () => {
    const hostile = 'a\u0000b\u007fc\u0085d\u2028e\u2029f\ufeffg\u0009h\\i';
    const quoted = yamlString(hostile);
    expect(quoted).toBe('"a\\u0000b\\u007fc\\u0085d\\u2028e\\u2029f\\ufeffg\\th\\\\i"');
    expect(quoted).toMatch(/^"[\x20-\x7e]*"$/);
    expect(JSON.parse(quoted)).toBe(hostile);
  });

  it('keeps letters of every script as they are', () => {
    expect(yamlString('Café 東京 Новости')).toBe('"Café 東京 Новости"');
  });
});
