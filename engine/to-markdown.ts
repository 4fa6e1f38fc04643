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

// Characters YAML does not allow raw in a document (C0 controls are escaped by JSON already; DEL, C1
// controls, the BOM) or that YAML 1.1 readers take for line breaks (NEL, LS, PS).
const YAML_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff]/g;

/**
 * A double-quoted YAML scalar: JSON's string syntax (quotes, backslashes, newlines escaped) is YAML's,
 * with the few characters JSON leaves raw but YAML cannot carry escaped as \uXXXX too.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(YAML_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function frontMatter(article: Article): string {
  const fields: [string, string | undefined][] = [
    ['title', article.title],
    ['byline', article.byline],
    ['date', article.published],
    ['url', article.url],
  ];
  const lines = fields.filter(([, value]) => value).map(([key, value]) => `${key}: ${yamlString(value!)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

export function toMarkdown(article: Article): string {
  return `${frontMatter(article)}\n${turndown.turndown(article.html)}\n`;
}
