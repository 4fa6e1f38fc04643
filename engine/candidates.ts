/**
 * Chooses the article's container from the scores, and the siblings that belong with it (an article
 * split over several blocks, a heading or figure between two of its parts).
 */
import { inConsentDialog } from './clutter';
import { HEADING_TAGS, classAndId, tagOf } from './dom';
import type { BlockStats, PageScores } from './score';

/** Class/id words of containers that hold articles, and of those that hold everything else. */
const POSITIVE_NAME = /(?:^|[^a-z0-9])(?:article|articles|content|entry|main|body|story|text|post|blog|hentry|prose|post-content|entry-content)(?:$|[^a-z0-9])/;
const NEGATIVE_NAME = /(?:^|[^a-z0-9])(?:comments?|footer|sidebar|widget|related|share|social|promo|sponsor|ads?|nav|menu|header|masthead|banner|popup|modal|cookie|newsletter|teaser|card|aside)(?:$|[^a-z0-9])/;
/** Names and markup tilt a score by a share of it, so a page-wide `#content` wrapper cannot outweigh the prose. */
const NAME_WEIGHT = 0.25;
/** Markup that names the article: `<article>`, `<main>`, schema.org's articleBody, the main role. */
const ARTICLE_HINT_TAGS = new Set(['article', 'main']);
const isArticleHint = (element: Element) =>
  ARTICLE_HINT_TAGS.has(tagOf(element)) || element.getAttribute('itemprop') === 'articleBody' || element.getAttribute('role') === 'main';
const HINT_WEIGHT = 0.25;
/** A parent at least this close to its best child's score holds the article just as well. */
const PARENT_RATIO = 0.9;
/**
 * Runners-up close to the winner, found outside it, mean the article is split over blocks (page
 * builders nest each section deeply): their common ancestor holds the whole article.
 */
const RUNNER_UP_RATIO = 0.75;
const RUNNERS_UP_CONSIDERED = 5;
const MIN_RUNNERS_UP_SHARED = 3;
/** A sibling whose score reaches this share of the winner's is another part of the article. */
const SIBLING_RATIO = 0.2;
const MIN_SIBLING_SCORE = 10;
/** A sibling paragraph this long, with few links, belongs to the article. */
const SIBLING_PARAGRAPH_CHARS = 80;
const SIBLING_LINK_DENSITY = 0.25;
/** Tags kept between two parts of the article even though they score nothing themselves. */
/**
 * An ancestor holding this much more prose than the winner (within a few levels, with few links)
 * holds the rest of the article: sections a page builder split into separate blocks.
 */
const PROSE_GROWTH = 1.5;
const MAX_GROWTH_LEVELS = 6;
const MAX_GROWTH_LINK_DENSITY = 0.3;
/**
 * A winner that is one card among alike siblings (same tag and class, each with prose of its own) is
 * one teaser of a listing: the reader wants the whole list, so the grid is taken.
 */
const MIN_ALIKE_CARDS = 4;
const CARD_LEVELS = 3;
/**
 * When the winner holds less than this share of the prose of the deepest block holding most of the
 * page's prose, the content is many small blocks (forum posts, list entries): that block is taken.
 */
const MAJORITY_SHARE = 0.6;
const MIN_WINNER_SHARE = 0.5;
/** The page itself is never the article's container: some pages have more than one body element. */
const PAGE_ROOTS = new Set(['html', 'body']);
/** A sibling holding this share of the winner's prose (undecayed), with few links, is more of the article. */
const SIBLING_PROSE_RATIO = 0.15;
const SIBLING_PROSE_LINK_DENSITY = 0.3;
const BRIDGE_TAGS = new Set([...HEADING_TAGS, 'figure', 'blockquote', 'ul', 'ol', 'table', 'pre', 'img', 'picture', 'hr']);

export interface ContentChoice {
  /** The winning container. */
  top: Element;
  /** The blocks that make up the article, in document order (the winner alone, or it and siblings). */
  parts: Element[];
}

function density(entry: BlockStats): number {
  return entry.chars === 0 ? 0 : entry.linkChars / entry.chars;
}

function finalScore(element: Element, entry: BlockStats): number {
  const names = classAndId(element);
  let weight = 1;
  if (POSITIVE_NAME.test(names)) weight += NAME_WEIGHT;
  if (NEGATIVE_NAME.test(names)) weight -= NAME_WEIGHT;
  if (isArticleHint(element)) weight += HINT_WEIGHT;
  return entry.score * (1 - density(entry)) * weight;
}

/** The ancestor of `top` that holds enough close runners-up, or `top` itself. */
function sharedAncestor(top: Element, best: number, ranked: Array<[Element, number]>): Element {
  const runnersUp = ranked
    .slice(1, 1 + RUNNERS_UP_CONSIDERED)
    .filter(([element, score]) => score >= best * RUNNER_UP_RATIO && !top.contains(element) && !element.contains(top));
  if (runnersUp.length < MIN_RUNNERS_UP_SHARED) return top;
  for (let ancestor = top.parentElement; ancestor !== null && !PAGE_ROOTS.has(tagOf(ancestor)); ancestor = ancestor.parentElement) {
    if (runnersUp.filter(([element]) => ancestor!.contains(element)).length >= MIN_RUNNERS_UP_SHARED) return ancestor;
  }
  return top;
}

export function chooseContent(scores: PageScores): ContentChoice | null {
  const finals = new Map<Element, number>();
  for (const candidate of scores.candidates) {
    const entry = scores.stats.get(candidate);
    if (entry !== undefined) finals.set(candidate, finalScore(candidate, entry));
  }
  const ranked = [...finals].sort((a, b) => b[1] - a[1]);
  // A consent dialog's long text must not win (its platform may be one the selectors do not know).
  while (ranked.length > 0 && inConsentDialog(ranked[0][0])) ranked.shift();
  if (ranked.length === 0) return null;
  let [top, best] = ranked[0];
  top = sharedAncestor(top, best, ranked);
  best = Math.max(best, finals.get(top) ?? best);

  for (let parent = top.parentElement; parent !== null; parent = parent.parentElement) {
    const score = finals.get(parent);
    if (score === undefined || score < best * PARENT_RATIO || PAGE_ROOTS.has(tagOf(parent))) break;
    [top, best] = [parent, Math.max(best, score)];
  }
  top = majorityOver(top, scores);
  top = gridOf(top, scores) ?? grownToProse(top, scores);
  return { top, parts: withSiblings(top, best, scores, finals) };
}

/** The deepest block holding most of the page's prose, when the winner holds too little of it. */
function majorityOver(top: Element, scores: PageScores): Element {
  const prose = (element: Element) => scores.stats.get(element)?.prose ?? 0;
  let majority = scores.root;
  const needed = prose(scores.root) * MAJORITY_SHARE;
  for (let descended = true; descended; ) {
    descended = false;
    for (const child of majority.children) {
      if (prose(child) >= needed) [majority, descended] = [child, true];
    }
  }
  if (PAGE_ROOTS.has(tagOf(majority)) || top.contains(majority)) return top;
  return prose(top) < prose(majority) * MIN_WINNER_SHARE ? majority : top;
}

function gridOf(top: Element, scores: PageScores): Element | null {
  let card: Element | null = top;
  for (let level = 0; card !== null && level < CARD_LEVELS; level++, card = card.parentElement) {
    const grid = card.parentElement;
    const className = card.getAttribute('class');
    if (grid === null || PAGE_ROOTS.has(tagOf(grid)) || !className) continue;
    const cards = [...grid.children].filter(
      (sibling) => sibling.tagName === card!.tagName && sibling.getAttribute('class') === className && (scores.stats.get(sibling)?.prose ?? 0) > 0,
    );
    if (cards.length >= MIN_ALIKE_CARDS) return grid;
  }
  return null;
}

function grownToProse(top: Element, scores: PageScores): Element {
  let current = top;
  let ancestor = top.parentElement;
  for (let level = 0; level < MAX_GROWTH_LEVELS && ancestor !== null && !PAGE_ROOTS.has(tagOf(ancestor)); level++) {
    const entry = scores.stats.get(ancestor);
    if (entry === undefined || density(entry) > MAX_GROWTH_LINK_DENSITY) break;
    if (entry.prose >= (scores.stats.get(current)?.prose ?? 0) * PROSE_GROWTH) current = ancestor;
    ancestor = ancestor.parentElement;
  }
  return current;
}

function withSiblings(top: Element, best: number, scores: PageScores, finals: Map<Element, number>): Element[] {
  const parent = top.parentElement;
  if (parent === null || tagOf(parent) === 'html') return [top];
  const threshold = Math.max(MIN_SIBLING_SCORE, best * SIBLING_RATIO);
  const prose = (scores.stats.get(top)?.prose ?? 0) * SIBLING_PROSE_RATIO;
  const siblings = [...parent.children];
  const kept = siblings.map((sibling) => sibling === top || belongs(sibling, threshold, prose, scores, finals));
  // A heading or figure between two kept parts is part of the article too.
  const first = kept.indexOf(true);
  const last = kept.lastIndexOf(true);
  return siblings.filter((sibling, index) => kept[index] || (index > first && index < last && BRIDGE_TAGS.has(tagOf(sibling))));
}

function belongs(sibling: Element, threshold: number, prose: number, scores: PageScores, finals: Map<Element, number>): boolean {
  const entry = scores.stats.get(sibling);
  if (entry === undefined) return false;
  if ((finals.get(sibling) ?? -Infinity) >= threshold) return true;
  if (entry.prose > 0 && entry.prose >= prose && density(entry) < SIBLING_PROSE_LINK_DENSITY) return true;
  if (tagOf(sibling) !== 'p') return false;
  return entry.chars >= SIBLING_PARAGRAPH_CHARS && density(entry) < SIBLING_LINK_DENSITY;
}
