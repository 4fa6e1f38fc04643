/** The reading engine's public surface. Pure: no browser.*, no Preact, never mutates its input. */
export type { Article, LeadImage, NoArticleReason, ReadOptions, ReadResult } from './types';
export { readArticle } from './read-article';
export { isArticlePage } from './is-article-page';
export { toText } from './to-text';
