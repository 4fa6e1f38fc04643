/**
 * A shop's index lists on one product's page: a long list whose every item is one link of a few words
 * ("More brands": adidas, ASICS, Converse...; "Popular categories": Backpacks, Bomber jackets...). A
 * product's specifications, contents and selling points are not links: a list made only of short links,
 * this long, is the shop's way to its other pages, not what the product's page says.
 */
import { HEADING_TAGS, charCount, collapseSpace, tagOf } from './dom';

/** Fewer items than this is the product's own short list of links (its manuals, its sizes, a tab bar). */
const MIN_ITEMS = 10;
/** A link this long is a phrase of the page, not the name of a brand or a category. */
const MAX_ITEM_CHARS = 40;

/** True when the list item holds one link and nothing else to read. */
function isLinkOnly(item: Element): boolean {
  const links = item.getElementsByTagName('a');
  if (tagOf(item) !== 'li' || links.length !== 1) return false;
  const text = collapseSpace(item.textContent ?? '');
  return text !== '' && charCount(text) <= MAX_ITEM_CHARS && collapseSpace(links[0]!.textContent ?? '') === text;
}

/** The lists in `root` (one product's content) made only of MIN_ITEMS or more short links, each with the heading right before it. */
export function shopLinkLists(root: Element): Element[] {
  const lists = [...root.querySelectorAll('ul, ol')].filter((list) => list.children.length >= MIN_ITEMS && [...list.children].every(isLinkOnly));
  return lists.flatMap((list) => {
    const heading = list.previousElementSibling;
    return heading !== null && HEADING_TAGS.has(tagOf(heading)) ? [heading, list] : [list];
  });
}
