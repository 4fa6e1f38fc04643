/**
 * From the best-scoring block to the whole article: the scores favour one dense block, while articles
 * are often split (page-builder sections, forum posts, a listing's cards). Each step is a general rule.
 */
import { inConsentDialog, isSidebar } from './clutter';
import { READERS_POSTS, alikeKey, charCount, closestLandmark, isLandmark, tagOf } from './dom';
import { linkShare, type PageScores } from './score';

/** The page itself is never the article's container: some pages have more than one body element. */
export const PAGE_ROOTS = new Set(['html', 'body']);
/**
 * Runners-up close to the winner, found outside it, mean the article is split over blocks (page
 * builders nest each section deeply): their common ancestor holds the whole article.
 */
const RUNNER_UP_RATIO = 0.75;
const RUNNERS_UP_CONSIDERED = 5;
const MIN_RUNNERS_UP_SHARED = 3;
/**
 * When the winner holds less than this share of the prose of the deepest block holding most of the
 * page's prose, the content is many small blocks (forum posts, list entries): that block is taken.
 */
const MAJORITY_SHARE = 0.6;
const MIN_WINNER_SHARE = 0.5;
/**
 * A winner beside that block (not in it) saying this much (whitespace excluded) is the page's own text about
 * what the block lists (a shop category's description, a listing's intro): the block that holds both is taken.
 * A shorter one is a popover's or a notice's line.
 */
const MIN_DESCRIPTION_CHARS = 200;
/**
 * A winner that is one card among alike siblings (same tag and class, each with prose of its own) is
 * one teaser of a listing, or one post of a forum thread: the reader wants the whole list, so the grid
 * is taken. The card is looked for this many levels up: forum software nests a post's text deep in
 * its card (cells, wrappers, the message body: nine levels on XenForo).
 */
const MIN_ALIKE_CARDS = 4;
const CARD_LEVELS = 10;
/**
 * An ancestor holding this much more prose than the winner (within a few levels that add prose, with few links;
 * teasers beside an article's own text not counted, see proseBeside) holds the rest of the article: sections a
 * page builder split into separate blocks.
 */
const PROSE_GROWTH = 1.5;
const MAX_GROWTH_LEVELS = 6;
const MAX_GROWTH_LINK_DENSITY = 0.3;

/**
 * An `<article>` with its own main headline (h1) is one story, and widening stops at its bounds: the
 * prose around it is other stories (teasers with excerpts under it, or the next one or two articles
 * appended below by infinite scroll). More headlined articles make a listing (cards headed with h1),
 * whose reader wants them all.
 */
const MAX_ARTICLES = 3;
/**
 * A page builder lays a page out in short sections (a pitch, the features, a how-to): a best-scoring
 * block longer than this (whitespace excluded, some 800 words) is an article on its own, and the blocks
 * beside it are what the page adds to it (an offer's terms under a shop's copy), weighed by the sibling
 * rules alone. A longer block that widening reached from a shorter winner is already sections put
 * together (an award list's categories, a guide's numbered parts): the page's other sections are weighed.
 */
const SECTION_CHARS = 5000;
/** A block mostly of links (a grid of product cards) is no section of copy: the blocks beside it are not weighed as more. */
const MAX_SECTION_LINK_DENSITY = 0.5;

/**
 * Teasers of other pages (a "From the blog" carousel, the latest posts under the article) are titled by
 * headings that are all one link, which an article's own headings never are, over an excerpt: a block
 * holding this many such headings, more than its other headings, with few links besides (the excerpts'
 * prose), is a list of teasers. Their excerpts are prose, yet widening from a block of the article's own
 * text does not count them (see proseBeside). A list mostly of links has little prose to count anyway.
 */
const MIN_TEASER_HEADINGS = 6;
const MAX_TEASER_LINK_DENSITY = 0.3;
const SUBHEADINGS = 'h2, h3, h4, h5, h6';
/** A link to another page: a heading's own anchor (`#constructor`, a documentation page's permalink) is none. */
const LINK_AWAY = 'a[href]:not([href^="#"])';
/**
 * Only a block this long (whitespace excluded) is the article's own text, beside which teasers are other
 * pages': a shorter winner may be a listing's intro or a popover, and the cards beside it what the page lists.
 */
const MIN_OWN_TEXT_CHARS = 1000;

/** A heading whose text is all one link's to another page (or that sits in one: a card linked whole). */
function isLinkedHeading(heading: Element): boolean {
  if (heading.closest(LINK_AWAY) !== null) return true;
  const links = heading.querySelectorAll(LINK_AWAY);
  const chars = charCount(heading.textContent ?? '');
  return links.length === 1 && chars > 0 && charCount(links[0].textContent ?? '') === chars;
}

/** A block of teasers (see MIN_TEASER_HEADINGS). */
function isTeaserCards(block: Element, scores: PageScores): boolean {
  const entry = scores.stats.get(block);
  if (entry === undefined || linkShare(entry) > MAX_TEASER_LINK_DENSITY) return false;
  const headings = [...block.querySelectorAll(SUBHEADINGS)];
  const linked = headings.filter(isLinkedHeading).length;
  return linked >= MIN_TEASER_HEADINGS && linked * 2 > headings.length;
}

/**
 * The prose of `ancestor` that widening from `top` may count: all of it but the lists of teasers beside
 * `top` and its ancestors up to it (see MIN_TEASER_HEADINGS). A short top (see MIN_OWN_TEXT_CHARS), or one
 * with a linked heading of its own (a listing's card), counts the cards.
 */
function proseBeside(ancestor: Element, top: Element, scores: PageScores): number {
  const prose = (element: Element) => scores.stats.get(element)?.prose ?? 0;
  let counted = prose(ancestor);
  if ((scores.stats.get(top)?.chars ?? 0) < MIN_OWN_TEXT_CHARS || [...top.querySelectorAll(SUBHEADINGS)].some(isLinkedHeading)) return counted;
  for (let branch = top; branch !== ancestor && branch.parentElement !== null; branch = branch.parentElement) {
    for (const sibling of branch.parentElement.children) {
      if (sibling !== branch && isTeaserCards(sibling, scores)) counted -= prose(sibling);
    }
  }
  return counted;
}

export interface OwnArticle {
  own: Element;
  others: Element[];
}

export function ownArticleOf(winner: Element, root: Element): OwnArticle | null {
  const own = winner.closest('article');
  if (own === null || own.querySelector('h1') === null) return null;
  const headlined = new Set([...root.querySelectorAll('article h1')].map((heading) => heading.closest('article')!));
  const others = [...headlined].filter((other) => !own.contains(other) && !other.contains(own));
  return others.length < MAX_ARTICLES ? { own, others } : null;
}

/** The ancestor of `top` that holds enough close runners-up, or `top` itself. */
export function sharedAncestor(top: Element, best: number, ranked: Array<[Element, number]>): Element {
  const runnersUp = ranked
    .slice(1, 1 + RUNNERS_UP_CONSIDERED)
    .filter(([element, score]) => score >= best * RUNNER_UP_RATIO && !top.contains(element) && !element.contains(top));
  if (runnersUp.length < MIN_RUNNERS_UP_SHARED) return top;
  for (let ancestor = top.parentElement; ancestor !== null && !PAGE_ROOTS.has(tagOf(ancestor)); ancestor = ancestor.parentElement) {
    if (runnersUp.filter(([element]) => ancestor!.contains(element)).length >= MIN_RUNNERS_UP_SHARED) return ancestor;
  }
  return top;
}

/**
 * The deepest block holding most of the page's prose, when the winner holds too little of it (the
 * teasers beside an article's own text not counted, see proseBeside); with the winner, when that lies
 * beside it and says enough (MIN_DESCRIPTION_CHARS), outside a sidebar: the block holding both. A consent
 * dialog is never that block: a platform's preference centre can outweigh a thread of short posts.
 */
export function majorityOver(top: Element, scores: PageScores): Element {
  const prose = (element: Element) => scores.stats.get(element)?.prose ?? 0;
  let majority = scores.root;
  const needed = prose(scores.root) * MAJORITY_SHARE;
  for (let descended = true; descended; ) {
    descended = false;
    for (const child of majority.children) {
      if (prose(child) >= needed) [majority, descended] = [child, true];
    }
  }
  if (PAGE_ROOTS.has(tagOf(majority)) || top.contains(majority) || inConsentDialog(majority)) return top;
  if (prose(top) >= proseBeside(majority, top, scores) * MIN_WINNER_SHARE) return top;
  if (majority.contains(top) || (scores.stats.get(top)?.chars ?? 0) < MIN_DESCRIPTION_CHARS) return majority;
  let common = majority;
  while (!common.contains(top)) common = common.parentElement!;
  if (PAGE_ROOTS.has(tagOf(common))) return majority;
  // A sidebar's blurb (a forum's "About this community") says nothing of what the page lists.
  for (let block: Element = top; block !== common; block = block.parentElement!) {
    if (isSidebar(block)) return majority;
  }
  return common;
}

export function gridOf(top: Element, scores: PageScores): Element | null {
  let card: Element | null = top;
  for (let level = 0; card !== null && level < CARD_LEVELS; level++, card = card.parentElement) {
    const grid = card.parentElement;
    if (grid === null || PAGE_ROOTS.has(tagOf(grid)) || !card.getAttribute('class')) continue;
    const key = alikeKey(card);
    const cards = [...grid.children].filter((sibling) => alikeKey(sibling) === key && (scores.stats.get(sibling)?.prose ?? 0) > 0);
    if (cards.length >= MIN_ALIKE_CARDS) return grid;
  }
  return null;
}

export function grownToProse(top: Element, scores: PageScores): Element {
  const prose = (element: Element) => scores.stats.get(element)?.prose ?? 0;
  let current = top;
  let below = top;
  // A wrapper holding no more prose than the block below it (a grid's row and column) is not a level.
  for (let level = 0, ancestor = top.parentElement; level < MAX_GROWTH_LEVELS && ancestor !== null && !PAGE_ROOTS.has(tagOf(ancestor)); ancestor = ancestor.parentElement) {
    const entry = scores.stats.get(ancestor);
    if (entry === undefined || linkShare(entry) > MAX_GROWTH_LINK_DENSITY) break;
    if (entry.prose >= prose(current) * PROSE_GROWTH && proseBeside(ancestor, current, scores) >= prose(current) * PROSE_GROWTH) current = ancestor;
    if (entry.prose > prose(below)) level++;
    below = ancestor;
  }
  return current;
}

/**
 * The outermost wrapper of `top` that adds no text of its own (a page builder's column, row, container
 * and section around one block of copy), never past the article or main landmark: the page's other
 * sections are that wrapper's siblings, which the sibling rules then weigh (see withSiblings). Null
 * unless the wrapper is a `<section>` or lies in a landmark: a popover's wrappers beside the page's
 * other popovers and panels are no sections of it; nor when the best-scoring block, `winner`, is long
 * enough to be the article alone (SECTION_CHARS), or `top` is mostly links.
 */
export function sectionOf(top: Element, winner: Element, scores: PageScores): Element | null {
  const entry = scores.stats.get(top);
  if (entry === undefined || (scores.stats.get(winner)?.chars ?? 0) > SECTION_CHARS || linkShare(entry) >= MAX_SECTION_LINK_DENSITY) return null;
  let section = top;
  for (let parent = top.parentElement; parent !== null && !PAGE_ROOTS.has(tagOf(parent)); parent = parent.parentElement) {
    if (isLandmark(section) || (scores.stats.get(parent)?.chars ?? 0) > entry.chars) break;
    section = parent;
  }
  return section !== top && (tagOf(section) === 'section' || closestLandmark(section) !== null) ? section : null;
}

/**
 * The siblings of a section (see sectionOf) that are no more sections of the page whatever their prose:
 * its header (the one holding the headline, which the reader shows above the article) and readers'
 * reviews or comments (a carousel of testimonials under a shop's copy).
 */
export function notSectionsBeside(section: Element): Element[] {
  const holdsHeadline = (sibling: Element) => tagOf(sibling) === 'h1' || sibling.querySelector('h1') !== null;
  return [...(section.parentElement?.children ?? [])].filter((sibling) => holdsHeadline(sibling) || sibling.matches(READERS_POSTS));
}
