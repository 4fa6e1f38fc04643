import { toText, type Article } from '../engine/index';
import { toMarkdown } from '../engine/to-markdown';
import type { Format } from './args';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
}

function toHtmlPage(article: Article): string {
  const lang = article.lang ? ` lang="${escapeHtml(article.lang)}"` : '';
  return `<!doctype html>
<html${lang} dir="${article.dir}">
<head><meta charset="utf-8"><title>${escapeHtml(article.title)}</title></head>
<body><article>
<h1>${escapeHtml(article.title)}</h1>
${article.html}
</article></body>
</html>
`;
}

/** The JSON Lines record of one input; the field set is the CLI's documented schema. */
export function toJsonRecord(input: string, article: Article): string {
  const { title, wordCount, text, html } = article;
  // Absent metadata is null rather than a missing key, so every line has the same keys.
  const byline = article.byline ?? null;
  const published = article.published ?? null;
  const siteName = article.siteName ?? null;
  const lang = article.lang ?? null;
  return `${JSON.stringify({ input, title, byline, published, siteName, lang, wordCount, text, html })}\n`;
}

export function toJsonError(input: string, error: string): string {
  return `${JSON.stringify({ input, error })}\n`;
}

export function formatArticle(format: Format, input: string, article: Article): string {
  switch (format) {
    case 'text':
      return toText(article);
    case 'markdown':
      return toMarkdown(article);
    case 'html':
      return toHtmlPage(article);
    case 'json':
      return toJsonRecord(input, article);
  }
}

/** Between results of several inputs in the text formats: a line naming the next input, as head(1) does. */
export function separator(input: string): string {
  return `==> ${input} <==\n`;
}
