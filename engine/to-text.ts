/** The "Save as text" format: a short header, a blank line, the article's text, a final newline. */
import type { Article } from './types';

export function toText(article: Article): string {
  const header = [
    article.title,
    article.byline && `By ${article.byline}`,
    article.published && `Published: ${article.published}`,
    article.siteName && `Site: ${article.siteName}`,
    article.url && `URL: ${article.url}`,
  ].filter(Boolean);
  return `${header.join('\n')}\n\n${article.text.trim()}\n`;
}
