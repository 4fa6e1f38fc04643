import type { Article } from './types';

export function toText(article: Article): string {
  return `${article.title}\n\n${article.text}\n`;
}
