/**
 * Drops recirculation left at the end of the article: blocks that are mostly links to short,
 * headline-sized items ("More news", a bare list of unrelated headlines), whatever their class names
 * say; a call to action's lone link; author cards (a box, or paragraphs from the author's portrait on, see
 * portrait-card.ts) and a short <aside> closing it; the site's fine print; the post's footer line
 * ("Posted by David at 11:15 AM", see byline-line.ts). Walks back from the last
 * block, into wrappers, and stops at the first block of real content.
 */
import { isPostFooterLine } from './byline-line';
import { HEADING_TAGS, INLINE_TAGS, TEXT_NODE, alikeKey, charCount, charsUpTo, collapseSpace, hasText, isElement, linkDensity, tagOf } from './dom';
import { isFinePrint } from './clutter';
import { hasContent } from './images';
import { portraitCardStart } from './portrait-card';
import { AUTHOR_BOX } from './rules';

/** A list of fewer links than this reads as a reference, not as recirculation. */
const MIN_LINKS = 3;
/** Share of the block's text inside links for it to read as a list of links. */
const MIN_LINK_DENSITY = 0.6;
/** Average characters of text per link: headline-sized items, not paragraphs with links. */
const MAX_CHARS_PER_LINK = 160;

/** A block of items of at most `charsPerLink` characters that each link somewhere (a list of headlines, teaser cards). */
export function isTeaserList(block: Element, charsPerLink: number): boolean {
  const links = block.querySelectorAll('a[href]').length;
  return links >= MIN_LINKS && charCount(block.textContent ?? '') / links <= charsPerLink;
}

/** A list of headlines closing the article, not one of the page's own sections (see isInRunOfSections, up to `root`). */
function isRecirculation(block: Element, root: Element, maxChars: number): boolean {
  return isListOfHeadlines(block) && !isInRunOfSections(block, root, maxChars) && !isAddressList(block);
}

/** Mostly links to headline-sized items. */
const isListOfHeadlines = (block: Element) => isTeaserList(block, MAX_CHARS_PER_LINK) && linkDensity(block) >= MIN_LINK_DENSITY;

/** Link text that is an address (`https://…`, `www.…`): a source the article cites, never a headline. */
const ADDRESS_TEXT = /^(?:https?:\/\/|www\.)\S+$/i;

/** A list whose links all print their addresses is the article's sources, which recirculation never is. */
function isAddressList(block: Element): boolean {
  return [...block.querySelectorAll('a[href]')].every((link) => ADDRESS_TEXT.test(collapseSpace(link.textContent ?? '')));
}

/** Whether a classed block is made like `sibling` (same tag and classes): one more entry of one list. */
export function isMadeLike(block: Element, sibling: Element | null): boolean {
  return sibling !== null && !!block.getAttribute('class') && alikeKey(sibling) === alikeKey(block);
}

/**
 * A block made like the one before it is one more of the page's own sections (a shop's shelves of
 * products, a listing's groups of entries): recirculation differs from what it follows.
 */
const isLikeThePrevious = (block: Element) => isMadeLike(block, block.previousElementSibling) || isNextItem(block);

/**
 * An item of a list after another: the walk reaches items only when the list is the whole content (a
 * shop's products, each classed by its own product so that no two are alike), which recirculation never is.
 */
const isNextItem = (block: Element) => tagOf(block) === 'li' && block.previousElementSibling !== null && tagOf(block.previousElementSibling) === 'li';

/** Tags of a card's words: its headline, its summary, its date. */
const CARD_TEXT_TAGS: ReadonlySet<string> = new Set([...HEADING_TAGS, 'p', 'time']);

/**
 * The parts of each link of `block` that is a card, in order ("img h3"): a picture and words in their
 * own blocks. A linked picture alone, or a link of text, is no card: lists of them follow each other
 * under articles.
 */
function cardShapes(block: Element): Set<string> {
  const shapes = new Set<string>();
  for (const link of block.querySelectorAll('a[href]')) {
    const parts = [...link.querySelectorAll('*')].map(tagOf).filter((tag) => tag === 'img' || CARD_TEXT_TAGS.has(tag));
    if (parts.includes('img') && parts.some((tag) => CARD_TEXT_TAGS.has(tag))) shapes.add(parts.join(' '));
  }
  return shapes;
}

/**
 * One more of a listing's sections: a block made like the list of headlines before it (same tag and
 * classes), or holding cards made like those of a list of headlines before it (the same parts in the
 * same order, see cardShapes: a shop's shelves with its grid of products between them), whatever its
 * classes say (each post's own WordPress classes, a styled-components hash per section).
 */
function isNextSection(element: Element): boolean {
  const previous = element.previousElementSibling;
  if (previous !== null && isMadeLike(element, previous) && isListOfHeadlines(previous)) return true;
  // The element's own cards are read once, when a list of headlines before it is first met.
  let shapes: Set<string> | undefined;
  for (let sibling = previous; sibling !== null; sibling = sibling.previousElementSibling) {
    if (!isListOfHeadlines(sibling)) continue;
    shapes ??= cardShapes(element);
    const theirs = cardShapes(sibling);
    if ([...shapes].some((shape) => theirs.has(shape))) return true;
  }
  return false;
}

/**
 * True when `block` is made like the one before it, or it or a block of the tail around it (up to
 * `root`, no longer than `maxChars`) is one more section of a listing (isNextSection): a listing's
 * sections (a heading over a list of cards, one after another) are each a wrapper, so the list that
 * the walk reaches last in one has only the heading before it. A page builder's wrapper made like the
 * article's before it holds the recirculation under the article.
 */
function isInRunOfSections(block: Element, root: Element, maxChars: number): boolean {
  if (isLikeThePrevious(block)) return true;
  for (let element: Element | null = block; element !== null && element !== root; element = element.parentElement) {
    if (charsUpTo(element, maxChars) > maxChars) return false;
    if (isNextSection(element)) return true;
  }
  return false;
}

/** A lone link longer than this is a paragraph that happens to be linked, not a button. */
const MAX_LONE_LINK_CHARS = 80;
/** Lists and their items, tables' rows and cells: a one-link list ("See also" and a page) is the article's own. */
const LIST_TAGS = new Set(['ul', 'ol', 'dl', 'li', 'dt', 'dd', 'table', 'tbody', 'tr', 'td', 'th']);

/**
 * The one link of a block that is a short link and nothing else, or null. All its text is the link's: a
 * letter or a label beside it ("W" over an index's last entry) makes it a section of the page.
 */
function loneLinkOf(block: Element): Element | null {
  const links = block.matches('a[href]') ? [block] : [...block.querySelectorAll('a[href]')];
  const chars = charCount(block.textContent ?? '');
  if (links.length !== 1 || chars === 0 || chars > MAX_LONE_LINK_CHARS) return null;
  return charCount(links[0].textContent ?? '') === chars ? links[0] : null;
}

/**
 * A call to action left at the end of the article: a block that is one short link and nothing else
 * ("Request a quote", "Donate today!", "Get the discount code"); not a list nor one of a run of such
 * blocks (a listing's entries, each a link), nor a section's one link under its own heading (an
 * index's last letter, "See also"), nor an address the article cites.
 */
function isLoneLink(block: Element): boolean {
  const link = LIST_TAGS.has(tagOf(block)) ? null : loneLinkOf(block);
  const previous = block.previousElementSibling;
  return (
    link !== null &&
    !ADDRESS_TEXT.test(collapseSpace(link.textContent ?? '')) &&
    !isLikeThePrevious(block) &&
    (previous === null || (loneLinkOf(previous) === null && !HEADING_TAGS.has(tagOf(previous))))
  );
}

/** A link to an author's own page: the profile that an author card under the article points to. */
const AUTHOR_LINK = 'a[rel~="author"], a[href*="/author/"], a[href*="/authors/"]';

/**
 * An author card left at the end of the article without an "About the author" heading: a block (not
 * a paragraph of the article) no longer than a bio box, linking to the author's page. The reader
 * shows the byline above the article; the bio says nothing about its subject. The block before it
 * links to no author: a listing's cards each name theirs, and the last card is one of the list.
 */
function isAuthorCard(block: Element): boolean {
  const previous = block.previousElementSibling;
  return (
    tagOf(block) !== 'p' &&
    charsUpTo(block, AUTHOR_BOX.maxChars) <= AUTHOR_BOX.maxChars &&
    block.querySelector(AUTHOR_LINK) !== null &&
    !(previous !== null && (previous.matches(AUTHOR_LINK) || previous.querySelector(AUTHOR_LINK) !== null))
  );
}

/**
 * An <aside> closing the article, no longer than a bio box, is a box beside its text (the writer's or
 * the publisher's bio, a promo), not its last words; a longer one may hold them, and the walk looks inside.
 */
const isClosingAside = (block: Element) => tagOf(block) === 'aside' && charsUpTo(block, AUTHOR_BOX.maxChars) <= AUTHOR_BOX.maxChars;

/**
 * What goes when it is the last block (see the module's comment). A heading, or a section's <header>,
 * at the very end introduces nothing left in the article (its list went).
 */
function isTailClutter(block: Element, text: string, root: Element, maxChars: number): boolean {
  const tag = tagOf(block);
  return (
    isRecirculation(block, root, maxChars) || isLoneLink(block) || isAuthorCard(block) || isClosingAside(block) || isFinePrint(block) ||
    isPostFooterLine(text) || HEADING_TAGS.has(tag) || tag === 'header'
  );
}

/** Tags of the blocks that may only wrap others (an old layout's <center> too): the walk looks inside them. */
const WRAPPER_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'aside', 'center']);

/** A block (of `tags`) made of other blocks, with no prose of its own: the walk looks inside it. */
export function isWrapper(element: Element, tags = WRAPPER_TAGS): boolean {
  if (!tags.has(tagOf(element))) return false;
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE && hasText(child.nodeValue ?? '')) return false;
    if (child.nodeType !== TEXT_NODE && INLINE_TAGS.has(tagOf(child as Element))) return false;
  }
  return element.firstElementChild !== null;
}

/** The parts of a table that hold its rows. */
const ROW_GROUP_TAGS = new Set(['thead', 'tbody', 'tfoot']);

/**
 * A table (or its body) laid out as a page, not data: two or more rows of one cell each (a link
 * aggregator's page table: its list in one row, the site's links in the last). The walk looks inside it.
 */
function isLayoutTable(element: Element): boolean {
  const tag = tagOf(element);
  if (tag !== 'table' && tag !== 'tbody') return false;
  const rows = [...element.children].flatMap((child) => (ROW_GROUP_TAGS.has(tagOf(child)) ? [...child.children] : [child]));
  return rows.length > 1 && rows.every((row) => tagOf(row) === 'tr' && row.children.length === 1);
}

/** A block the walk looks inside rather than judges whole: a wrapper or a layout table. */
const looksInside = (block: Element) => isWrapper(block) || isLayoutTable(block);

function lastBlock(container: Element): Element | null {
  for (let node = container.lastChild; node !== null; node = node.previousSibling) {
    if (node.nodeType === TEXT_NODE) {
      if (hasText(node.nodeValue ?? '')) return null;
      continue;
    }
    if (isElement(node)) return node;
  }
  return null;
}

/**
 * A block holding this share of the text is the content itself (a listing's list), never its tail; nor
 * are several such blocks together: on a page of link lists (a shop's category sections, a recipe
 * index), trimming one after another would leave nothing.
 */
const MAX_TAIL_SHARE = 0.5;

export function trimTail(root: Element): void {
  const rootChars = charCount(root.textContent ?? '');
  let trimmed = 0;
  let container = root;
  for (;;) {
    const last = lastBlock(container);
    if (last === null) {
      if (container === root || hasContent(container)) return;
      const parent = container.parentElement!;
      container.remove();
      container = parent;
      continue;
    }
    const lastText = last.textContent ?? '';
    const lastChars = charCount(lastText);
    if (trimmed + lastChars > rootChars * MAX_TAIL_SHARE) {
      if (!looksInside(last)) return;
      container = last;
      continue;
    }
    if (isTailClutter(last, lastText, root, rootChars * MAX_TAIL_SHARE)) {
      trimmed += lastChars;
      last.remove();
      continue;
    }
    if (looksInside(last)) {
      container = last;
      continue;
    }
    // Else an author card made of the last blocks, from the portrait on (see portrait-card.ts).
    const card = portraitCardStart(last);
    if (card === null) return;
    const blocks: ChildNode[] = [];
    for (let block: ChildNode | null = card; block !== null; block = block.nextSibling) blocks.push(block);
    const cardChars = charCount(blocks.map((block) => block.textContent ?? '').join(''));
    if (trimmed + cardChars > rootChars * MAX_TAIL_SHARE) return;
    trimmed += cardChars;
    blocks.forEach((block) => block.remove());
  }
}
