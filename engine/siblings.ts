/**
 * The siblings that belong with the chosen block: another part of the article (a high score, much
 * prose, a long paragraph), and a heading or figure between two kept parts.
 */
import { HEADING_TAGS, charCount, hasText, holdsOnlyInline, isElement, linkDensity, tagOf } from './dom';
import { PAGE_ROOTS } from './widen';
import { linkShare, type PageScores } from './score';
import { isMadeLike } from './trim-tail';

/** A sibling whose score reaches this share of the winner's is another part of the article. */
const SIBLING_RATIO = 0.2;
const MIN_SIBLING_SCORE = 10;
/** A sibling holding this share of the winner's prose (undecayed), with few links, is more of the article. */
const SIBLING_PROSE_RATIO = 0.15;
const SIBLING_PROSE_LINK_DENSITY = 0.3;
/**
 * A sibling made like the chosen block (same tag and classes: a CMS's rich-text blocks, split by a
 * call-to-action box) is another part of the same text: with that much prose it stays even when its
 * links are many (an intro with a linked table of the companies it ranks), as long as it is not mostly links.
 */
const ALIKE_LINK_DENSITY = 0.5;
/** A sibling paragraph this long, with few links, belongs to the article. */
const SIBLING_PARAGRAPH_CHARS = 80;
const SIBLING_LINK_DENSITY = 0.25;
/** Tags kept between two parts of the article even though they score nothing themselves. */
const BRIDGE_TAGS = new Set([...HEADING_TAGS, 'figure', 'blockquote', 'ul', 'ol', 'table', 'pre', 'img', 'picture', 'hr']);

/** `others`: the page's other articles (see ownArticleOf), never parts of this one. */
export function withSiblings(top: Element, best: number, scores: PageScores, finals: Map<Element, number>, others: Element[]): Element[] {
  const parent = top.parentElement;
  if (parent === null || tagOf(parent) === 'html') return [top];
  const threshold = Math.max(MIN_SIBLING_SCORE, best * SIBLING_RATIO);
  const prose = (scores.stats.get(top)?.prose ?? 0) * SIBLING_PROSE_RATIO;
  const siblings = [...parent.children];
  const kept = siblings.map(
    (sibling) => sibling === top || (!others.some((other) => sibling.contains(other)) && belongs(sibling, threshold, prose, scores, finals, isMadeLike(sibling, top))),
  );
  // A heading or figure between two kept parts is part of the article too.
  const first = kept.indexOf(true);
  const last = kept.lastIndexOf(true);
  const parts = siblings.filter((sibling, index) => kept[index] || (index > first && index < last && BRIDGE_TAGS.has(tagOf(sibling))));
  return parts.length === 1 ? [...openingParagraphs(top), top] : parts;
}

/**
 * The paragraphs that open a block held alone in its wrappers, set beside the outermost of them: a
 * rich-text field whose first paragraphs are divs of their own and whose body the editor nested a div
 * or two deeper. Only the run just before the wrapper, past blank blocks and images; a heading or
 * anything else ends it.
 */
function openingParagraphs(top: Element): Element[] {
  let part = top;
  for (let parent = part.parentElement; parent !== null && !PAGE_ROOTS.has(tagOf(parent)) && holdsOnly(parent, part); parent = parent.parentElement) part = parent;
  if (part === top) return [];
  const opening: Element[] = [];
  for (let sibling = part.previousElementSibling; sibling !== null; sibling = sibling.previousElementSibling) {
    const chars = charCount(sibling.textContent ?? '');
    if (chars === 0) continue;
    if (!isParagraph(sibling) || chars < SIBLING_PARAGRAPH_CHARS || linkDensity(sibling) >= SIBLING_LINK_DENSITY) break;
    opening.unshift(sibling);
  }
  return opening;
}

/** True when `child` is the element's only child and no text sits beside it. */
function holdsOnly(element: Element, child: Element): boolean {
  for (let node = element.firstChild; node !== null; node = node.nextSibling) {
    if (node !== child && (isElement(node) || hasText(node.nodeValue ?? ''))) return false;
  }
  return true;
}

/** A paragraph, or a div written as one (rich-text editors wrap each paragraph in a div of text and inline tags). */
const isParagraph = (element: Element) => tagOf(element) === 'p' || (tagOf(element) === 'div' && holdsOnlyInline(element));

function belongs(sibling: Element, threshold: number, prose: number, scores: PageScores, finals: Map<Element, number>, alike: boolean): boolean {
  const entry = scores.stats.get(sibling);
  if (entry === undefined) return false;
  if ((finals.get(sibling) ?? -Infinity) >= threshold) return true;
  if (entry.prose > 0 && entry.prose >= prose && linkShare(entry) < (alike ? ALIKE_LINK_DENSITY : SIBLING_PROSE_LINK_DENSITY)) return true;
  if (tagOf(sibling) !== 'p') return false;
  return entry.chars >= SIBLING_PARAGRAPH_CHARS && linkShare(entry) < SIBLING_LINK_DENSITY;
}
