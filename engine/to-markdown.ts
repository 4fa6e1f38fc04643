import TurndownService from 'turndown';
import type { Article } from './types';

/**
 * Markdown for the CLI: YAML front matter (title, byline, date, url), then the body converted by
 * turndown. In Node turndown parses the HTML string with its bundled domino, so no DOM is needed.
 * Tables have no CommonMark form; they stay as HTML, which Markdown allows.
 */
const turndown = new TurndownService({
  headingStyle: 'atx',
  codeBlockStyle: 'fenced',
  bulletListMarker: '-',
  emDelimiter: '*',
});
turndown.keep(['table']);
// Page text such as "<img src=x onerror=...>" is text, but Markdown renderers pass raw HTML through:
// a backslash before every "<" keeps it text in any CommonMark reader (code is not escaped by turndown).
const escapeMarkdown = turndown.escape.bind(turndown);
turndown.escape = (text: string) => escapeMarkdown(text).replace(/</g, '\\<');

function frontMatter(article: Article): string {
  const fields: [string, string | undefined][] = [
    ['title', article.title],
    ['byline', article.byline],
    ['date', article.published],
    ['url', article.url],
  ];
  // JSON strings are valid YAML scalars and escape quotes, colons and newlines for us.
  const lines = fields.filter(([, value]) => value).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

export function toMarkdown(article: Article): string {
  return `${frontMatter(article)}\n${turndown.turndown(article.html)}\n`;
}
