/**
 * Tells a listing (home page, section front, search results) from an article: a listing is a series
 * of linked headings, each with at most a short summary, and no run of long prose.
 */
import { charCount, linkDensity } from './dom';

/** Linked headings from which a page reads as a list of teasers. */
const MIN_TEASERS = 5;
/** A paragraph this long, with few links, is article prose rather than a teaser's summary. */
const PROSE_PARAGRAPH_CHARS = 250;
/** An article may link a few headings; a listing has more teasers than prose paragraphs by this factor. */
const TEASERS_PER_PROSE = 2;

export function looksLikeListing(root: Element): boolean {
  const teasers = [...root.querySelectorAll('h2, h3, h4')].filter((heading) => heading.querySelector('a[href]') && linkDensity(heading) > 0.5).length;
  if (teasers < MIN_TEASERS) return false;
  const prose = [...root.querySelectorAll('p')].filter((p) => charCount(p.textContent ?? '') >= PROSE_PARAGRAPH_CHARS && linkDensity(p) < 0.2).length;
  return teasers >= prose * TEASERS_PER_PROSE;
}
