import { INLINE_TAGS, NON_CONTENT_TAGS, TEXT_NODE, charCount, classOf, closestTag, collapseSpace, holdsOnlyInline, isElement, isHiddenByMarkup, isPhoneCopy, tagOf } from './dom';
import { PRICE } from './price';
import { readsAsTitle } from './title';

/**
 * A product's buy box (its heading, price, options and button) longer than this (characters read, spaces,
 * scripts and styles left out) is no box: the heading sits in a wrapper of the whole page, whose prose
 * is not the product's summary.
 */
const MAX_BUY_BOX_CHARS = 3000;
/** Fewer words than this are a label, a price or a stock note, not a summary's sentence. */
const MIN_SUMMARY_WORDS = 8;
/** A sentence's end: the summary is prose, where a buy box's other lines are labels and figures. */
const SENTENCE_END = /[.!?…。](?:\s|$)/;
/** Where a buy box's text is a control's, not the product's words: its option pickers, forms and buttons. */
const CONTROL_TAGS = new Set(['form', 'button', 'select', 'label', 'option', 'a', 'li', 'table', 'dialog']);

/** The page's h1 that reads as the title, outside the chosen blocks; null when none or it is inside them. */
function titleHeading(page: Element, title: string, parts: Element[]): Element | null {
  for (const h1 of page.querySelectorAll('h1')) {
    if (!readsAsTitle(h1, title)) continue;
    return parts.some((part) => part.contains(h1)) ? null : h1;
  }
  return null;
}

/** Characters a reader sees under `node` (see MAX_BUY_BOX_CHARS), counted no further than past `max`. */
function readChars(node: Node, max: number): number {
  if (node.nodeType === TEXT_NODE) return charCount(node.nodeValue ?? '');
  if (!isElement(node) || NON_CONTENT_TAGS.has(tagOf(node))) return 0;
  let total = 0;
  for (let child = node.firstChild; child !== null && total <= max; child = child.nextSibling) total += readChars(child, max - total);
  return total;
}

/** The widest block around the heading still short enough to be its buy box, holding none of the chosen blocks. */
function buyBoxOf(heading: Element, parts: Element[]): Element {
  let box = heading;
  for (let parent = box.parentElement; parent !== null; parent = parent.parentElement) {
    if (parts.some((part) => parent.contains(part)) || readChars(parent, MAX_BUY_BOX_CHARS) > MAX_BUY_BOX_CHARS) break;
    box = parent;
  }
  return box;
}

/** True when the element or a block around it inside `box` is hidden, or a copy shown on phones only. */
function isUnseen(element: Element, box: Element): boolean {
  for (let at: Element | null = element; at !== null && at !== box.parentElement; at = at.parentElement) {
    const className = classOf(at);
    if (isHiddenByMarkup(at, className) || isPhoneCopy(className)) return true;
  }
  return false;
}

/**
 * The short description a shop prints in the buy box beside the product's heading ("A go-to for coffee
 * on the go. Fits in most cupholders."), when the blocks chosen for the page (its long description and
 * specifications) leave the box out: its prose paragraphs, in order, each once, none already in `text`.
 * The heading is left to the reader's title, and the box's prices, pickers, forms, buttons and delivery
 * links are no prose. Empty when the chosen blocks hold the heading or the page shows none.
 */
export function buyBoxSummary(page: Element, title: string, parts: Element[], text: string): string[] {
  const heading = titleHeading(page, title, parts);
  if (heading === null) return [];
  const box = buyBoxOf(heading, parts);
  const seen = new Set([collapseSpace(text).toLowerCase()]);
  const summary: string[] = [];
  for (const element of box.querySelectorAll('*')) {
    const tag = tagOf(element);
    // A block of inline content alone is one paragraph of the box, whatever its tag.
    if (INLINE_TAGS.has(tag) || NON_CONTENT_TAGS.has(tag) || element === heading || !holdsOnlyInline(element)) continue;
    if (closestTag(element, CONTROL_TAGS) !== null || isUnseen(element, box)) continue;
    const line = collapseSpace(element.textContent ?? '');
    const key = line.toLowerCase();
    // A line naming a sum of money is the box's price, offer or delivery terms ("Original price was:
    // $169.95", "Free shipping on orders over $100"), never the summary.
    if (line.split(' ').length < MIN_SUMMARY_WORDS || !SENTENCE_END.test(line) || PRICE.test(line)) continue;
    if ([...seen].some((known) => known.includes(key))) continue;
    seen.add(key);
    summary.push(line);
  }
  return summary;
}
