/**
 * Tells a listing (home page, section front, search results) from an article: a listing is a series
 * of linked headings, each with at most a short summary, and no run of long prose.
 */
import { charCount, linkDensity } from './dom';

/** Linked headings from which a page reads as a list of teasers. */
const MIN_TEASERS = 5;
/** Siblings alike (same tag and class) from which a block reads as one card of a grid. */
const MIN_ALIKE_SIBLINGS = 3;
/** Levels above the chosen block searched for such a grid (a card's body sits inside the card). */
const CARD_LEVELS = 3;
/** A paragraph this long, with few links, is article prose rather than a teaser's summary. */
const PROSE_PARAGRAPH_CHARS = 250;
/** An article may link a few headings; a listing has more teasers than prose paragraphs by this factor. */
const TEASERS_PER_PROSE = 2;

/** The grid a block is a card of: its own, its parent's or grandparent's siblings look just like it. */
function gridOf(block: Element): Element | null {
  let element: Element | null = block;
  for (let level = 0; element !== null && level < CARD_LEVELS; level++, element = element.parentElement) {
    const parent = element.parentElement;
    const className = element.getAttribute('class');
    if (parent === null || !className) continue;
    const alike = [...parent.children].filter((sibling) => sibling.tagName === element!.tagName && sibling.getAttribute('class') === className);
    if (alike.length > MIN_ALIKE_SIBLINGS) return parent;
  }
  return null;
}

/** True when the chosen block, or the grid it is a card of, reads as a list of teasers. */
export function looksLikeListing(block: Element): boolean {
  const root = gridOf(block) ?? block;
  // Anchors to the page's own sections (a tutorial's headings) are not teasers.
  const teasers = [...root.querySelectorAll('h2, h3, h4')].filter((heading) => heading.querySelector('a[href]:not([href^="#"])') && linkDensity(heading) > 0.5).length;
  if (teasers < MIN_TEASERS) return false;
  const prose = [...root.querySelectorAll('p')].filter((p) => charCount(p.textContent ?? '') >= PROSE_PARAGRAPH_CHARS && linkDensity(p) < 0.2).length;
  return teasers >= prose * TEASERS_PER_PROSE;
}
