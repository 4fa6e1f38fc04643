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
/** The permalink mark documentation generators (Sphinx, many static sites) append to every heading. */
const HEADING_PERMALINK = /\s*[¶§]$/;

const wordsOf = (text: string) => text.toLowerCase().replace(/[’‘`]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];

function sharedShare(heading: string, title: string): number {
  const titleWords = new Set(wordsOf(title));
  const words = wordsOf(heading);
  return words.length === 0 ? 0 : words.filter((word) => titleWords.has(word)).length / words.length;
}

/**
 * With `covering`, the h1 must also hold most of the words of the title's first part: a less trusted
 * title ("Article - Site") confirms an h1 that is its article part, never one that is only the site's name.
 */
function headingTitle(document: Document, metaTitle: string, covering = false): string | undefined {
  const firstPart = metaTitle.split(TITLE_SEPARATOR)[0];
  const headings = [...document.querySelectorAll('h1')].map((heading) => textOf(heading).replace(HEADING_PERMALINK, '')).filter((text) => text.length > 1 && text.length <= MAX_TITLE_CHARS);
  if (metaTitle === '') return headings[0];
  let best: string | undefined;
  let bestShare = MIN_SHARED_WORDS;
  for (const heading of headings) {
    const share = covering ? Math.min(sharedShare(heading, metaTitle), sharedShare(firstPart, heading)) : sharedShare(heading, metaTitle);
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

/**
 * The page's titles come in order of trust (JSON-LD headline, OpenGraph, <title>); an h1 confirmed by
 * any of them wins, as some sites fill the first with a description ("Wikimedia list article").
 */
export function articleTitle(document: Document, metaTitles: string[], siteName: string | undefined): string {
  const titles = metaTitles.filter((title) => title !== '');
  if (titles.length === 0) return headingTitle(document, '') ?? '';
  for (const [index, title] of titles.entries()) {
    const heading = headingTitle(document, title, index > 0);
    if (heading !== undefined) return heading;
  }
  return withoutSiteName(titles[0], siteName);
}
