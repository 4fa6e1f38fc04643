/**
 * Chooses the article's container: ranks the scored blocks (prose, less links, names and markup that
 * say "article"), never a consent dialog, then widens the winner to the whole article.
 */
import { inConsentDialog, isSidebar } from './clutter';
import { classAndId, tagOf } from './dom';
import type { JsonObject } from './json-ld';
import { liveBlogOf } from './live-blog';
import { threadOfPosts } from './numbered-posts';
import { linkShare, type BlockStats, type PageScores } from './score';
import { withSiblings } from './siblings';
import { PAGE_ROOTS, gridOf, grownToProse, majorityOver, notSectionsBeside, ownArticleOf, sectionOf, sharedAncestor } from './widen';

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
/**
 * How many of the best blocks the chosen block holds are asked for the thread they are posts of, when the
 * winner lies outside it: the best may be a quote inside a post, deeper than a post's text (see numbered-posts.ts).
 */
const THREAD_PROBES = 3;
/** A parent at least this close to its best child's score holds the article just as well. */
const PARENT_RATIO = 0.9;

export interface ContentChoice {
  /** The best-scoring block, before widening. */
  winner: Element;
  /** The winning container. */
  top: Element;
  /** The blocks that make up the article, in document order (the winner alone, or it and siblings). */
  parts: Element[];
}

function finalScore(element: Element, entry: BlockStats): number {
  const names = classAndId(element);
  let weight = 1;
  if (POSITIVE_NAME.test(names)) weight += NAME_WEIGHT;
  if (NEGATIVE_NAME.test(names)) weight -= NAME_WEIGHT;
  if (isArticleHint(element)) weight += HINT_WEIGHT;
  return entry.score * (1 - linkShare(entry)) * weight;
}

/** True when the element sits in a sidebar (see isSidebar): the main column is beside it. */
function inSidebar(element: Element): boolean {
  for (let block: Element | null = element; block !== null && !PAGE_ROOTS.has(tagOf(block)); block = block.parentElement) {
    if (isSidebar(block)) return true;
  }
  return false;
}

/**
 * `liveBlog`: the page's JSON-LD LiveBlogPosting object, whose entries are read together (see live-blog.ts).
 * `productPage`: the page states a product (see productPageOf), whose blocks beside its description are its
 * buy box, its delivery terms and other products, never more sections of it (see sectionOf).
 */
export function chooseContent(scores: PageScores, liveBlog: JsonObject | undefined, productPage: boolean): ContentChoice | null {
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
  const winner = top;
  const ownArticle = ownArticleOf(top, scores.root);
  top = sharedAncestor(top, best, ranked);
  best = Math.max(best, finals.get(top) ?? best);

  for (let parent = top.parentElement; parent !== null; parent = parent.parentElement) {
    const score = finals.get(parent);
    if (score === undefined || score < best * PARENT_RATIO || PAGE_ROOTS.has(tagOf(parent))) break;
    [top, best] = [parent, Math.max(best, score)];
  }
  top = majorityOver(top, scores);
  top = liveBlogOf(top, scores, liveBlog) ?? gridOf(top, scores) ?? grownToProse(top, scores);
  // A forum post's thread: its posts are alike by their numbered ids, not their classes (see numbered-posts.ts).
  // Widening may have left the winner behind (a sidebar's blurb outscoring each short post): the thread is then
  // looked for from the best blocks the chosen one holds.
  const probes = top.contains(winner) ? [winner] : ranked.filter(([block]) => top.contains(block)).slice(0, THREAD_PROBES).map(([block]) => block);
  let thread: Element | null = null;
  for (const probe of probes) thread ??= threadOfPosts(probe, top, scores.root);
  top = thread ?? top;
  // Widening never takes the page past the story the winner is in; its siblings are not the other articles.
  if (ownArticle !== null && top.contains(ownArticle.own)) top = ownArticle.own;
  // A sidebar is never the article: the best blocks left there mean the article was skipped (forum posts named comments).
  if (inSidebar(top)) return null;
  const others = ownArticle?.others ?? [];
  // A page builder's sections: the block's own wrapper weighed with its siblings, when it has some that belong.
  const section = productPage ? null : sectionOf(top, winner, scores);
  const sections = section && withSiblings(section, best, scores, finals, [...others, ...notSectionsBeside(section)]);
  return { winner, top, parts: sections !== null && sections.length > 1 ? sections : withSiblings(top, best, scores, finals, others) };
}
