/**
 * Drops the site's header left at the start of the article: on a page laid out with one table (a
 * Hacker News-style link aggregator, an old forum), the row with the logo, the menu and the login link
 * is a row of the same table as the content, and the scoring cannot leave it out. A leading table row
 * of short links (menu words, not headlines nor a table of contents) goes; the walk goes into wrappers
 * (layout tables' rows and cells too) and stops at the first block of real content. Only rows: a
 * leading list of short links elsewhere may be the page's own (a shop's cards of colour swatches, a
 * wiki's list of translations that its readers keep).
 */
import { TEXT_NODE, charCount, hasText, isElement, linkDensity, tagOf } from './dom';
import { hasMedia } from './images';
import { isMadeLike, isWrapper } from './trim-tail';

/** Fewer links than this are a line of the article ("Home" and a source), not a menu. */
const MIN_MENU_LINKS = 3;
/** Share of the row's text inside links: a menu is links and their separators ("new | past | ask"). */
const MIN_MENU_LINK_DENSITY = 0.6;
/** Average characters per link: menu words ("ask", "Log in"), not headlines. */
const MAX_MENU_CHARS_PER_LINK = 12;
/** The header is a small part of the page: what it removes stays under this share of the text. */
const MAX_HEAD_SHARE = 0.2;
/** Blocks the walk looks inside: those of the tail's walk, and a table layout's centring, rows and cells. */
const HEAD_WRAPPER_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'aside', 'center', 'table', 'tbody', 'tr', 'td']);

/**
 * A table row of at least MIN_MENU_LINKS short links to other pages (links to the page's own headings
 * are its table of contents), not made like the row after it (then it is the first entry of a list).
 */
function isMenuRow(block: Element): boolean {
  if (tagOf(block) !== 'tr') return false;
  const links = [...block.querySelectorAll('a[href]')].filter((link) => !(link.getAttribute('href') ?? '').startsWith('#'));
  return (
    links.length >= MIN_MENU_LINKS &&
    charCount(block.textContent ?? '') / links.length <= MAX_MENU_CHARS_PER_LINK &&
    linkDensity(block) >= MIN_MENU_LINK_DENSITY &&
    !isMadeLike(block, block.nextElementSibling)
  );
}

/** The first element of `container` with text or media, or null when text comes first. */
function firstBlock(container: Element): Element | null {
  for (let node = container.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE) {
      if (hasText(node.nodeValue ?? '')) return null;
      continue;
    }
    if (isElement(node) && (hasText(node.textContent ?? '') || hasMedia(node))) return node;
  }
  return null;
}

export function trimHead(root: Element): void {
  const maxChars = charCount(root.textContent ?? '') * MAX_HEAD_SHARE;
  let trimmed = 0;
  let container = root;
  for (;;) {
    const first = firstBlock(container);
    if (first === null) return;
    const chars = charCount(first.textContent ?? '');
    if (trimmed + chars <= maxChars && isMenuRow(first)) {
      trimmed += chars;
      first.remove();
      continue;
    }
    if (!isWrapper(first, HEAD_WRAPPER_TAGS)) return;
    container = first;
  }
}
