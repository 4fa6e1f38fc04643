/**
 * The article's own title. The page's h1 is what readers see as the title; the meta title often adds
 * the site's name or a marketing tail. So the h1 that shares most of its words with the meta title
 * wins; without a matching h1, the meta title with its " | Site" part removed.
 */
import { collapseSpace, textOf } from './dom';

/** Separators sites put between a title and the site's name. */
const TITLE_SEPARATOR = /\s+[|\-–—:·•»]\s+/;
const TRAILING_SEPARATOR = /\s+[|\-–—:·•»]\s*$/;
/** Share of an h1's words found in the meta title for the h1 to be the same title, better written. */
const MIN_SHARED_WORDS = 0.6;
const MAX_TITLE_CHARS = 300;

const wordsOf = (text: string) => text.toLowerCase().replace(/[’‘`]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];

function sharedShare(heading: string, title: string): number {
  const titleWords = new Set(wordsOf(title));
  const words = wordsOf(heading);
  return words.length === 0 ? 0 : words.filter((word) => titleWords.has(word)).length / words.length;
}

function headingTitle(document: Document, metaTitle: string): string | undefined {
  const headings = [...document.querySelectorAll('h1')].map(textOf).filter((text) => text.length > 1 && text.length <= MAX_TITLE_CHARS);
  if (metaTitle === '') return headings[0];
  let best: string | undefined;
  let bestShare = MIN_SHARED_WORDS;
  for (const heading of headings) {
    const share = sharedShare(heading, metaTitle);
    if (share >= bestShare) [best, bestShare] = [heading, share + Number.EPSILON];
  }
  return best;
}

/** Drops a " | Site" or " - Site" part: the site's name when known, else a short last part. */
function withoutSiteName(raw: string, siteName: string | undefined): string {
  const title = collapseSpace(raw);
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const site = siteName?.toLowerCase();
  const last = parts[parts.length - 1];
  const withoutLast = title.slice(0, title.lastIndexOf(last)).replace(TRAILING_SEPARATOR, '');
  if (site && parts[0].toLowerCase() === site) return title.slice(parts[0].length).replace(/^\s*[|\-–—:·•»]\s+/, '');
  if (site && last.toLowerCase() === site) return withoutLast;
  return last.split(' ').length <= 4 && withoutLast.split(' ').length >= 3 ? withoutLast : title;
}

export function articleTitle(document: Document, metaTitle: string, siteName: string | undefined): string {
  return headingTitle(document, metaTitle) ?? withoutSiteName(metaTitle, siteName);
}
