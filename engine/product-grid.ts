/**
 * A shop's grid of products: the list a category page is about. Its cards are short, alike (same tag
 * and class), pictured and priced; their names are links, so the scoring, which reads prose and
 * discounts links, leaves the grid out and chooses the category's description beside it. A listing's
 * grid of recipes or posts is found the same way, its cards titled by a link instead of priced.
 */
import { alikeKey, charCount, collapseSpace, inDocumentOrder } from './dom';
import { PRICE } from './price';

/** Fewer alike cards than this is a row of offers or a carousel, not the page's grid. */
const MIN_CARDS = 4;
/** A card longer than this is an article or a post, not a product's name, price and swatches. */
const MAX_CARD_CHARS = 600;
/**
 * Most cards of the grid show a picture and a price, or a title (some are banners or sold out); a price
 * filter's options ("Under $500", "$500 to $1,000") have no picture.
 */
const MIN_CARD_SHARE = 0.6;

/** What makes one of a group's alike children a card of the grid: its text, or what it holds. */
type CardTest = (card: Element, text: string) => boolean;

/**
 * How many of `cards` show a picture and pass `isCard` (show a price), or 0 when they are too long to be
 * cards or too few pass. Stops at the first card that rules the group out: most groups of alike children on a
 * page (an article's paragraphs, a menu's items) are no grid, and reading each card's text is a walk.
 */
function countCards(cards: Element[], isCard: CardTest): number {
  const allowedMisses = cards.length * (1 - MIN_CARD_SHARE);
  let counted = 0;
  let misses = 0;
  for (const card of cards) {
    const text = card.textContent ?? '';
    if (charCount(text) > MAX_CARD_CHARS) return 0;
    if (isCard(card, text) && card.querySelector('img, picture') !== null) counted++;
    else if (++misses > allowedMisses) return 0;
  }
  return counted;
}
const isPriced: CardTest = (_card, text) => PRICE.test(collapseSpace(text));
/** A link saying this much names the item (a recipe's, a post's or a product's title), not a "More" or an icon. */
const MIN_TITLE_CHARS = 15;
const isTitled: CardTest = (card) => [...card.getElementsByTagName('a')].some((link) => charCount(link.textContent ?? '') >= MIN_TITLE_CHARS);

/** The cards (see isCard) of the largest group of `parent`'s children made alike by `key` that makes a grid. */
function largestCardGroup(parent: Element, key: (child: Element) => string, isCard: CardTest): number {
  const groups = new Map<string, Element[]>();
  for (const child of parent.children) {
    const alike = key(child);
    const group = groups.get(alike);
    if (group === undefined) groups.set(alike, [child]);
    else group.push(child);
  }
  let best = 0;
  for (const cards of groups.values()) {
    if (cards.length >= MIN_CARDS && cards.length > best) best = Math.max(best, countCards(cards, isCard));
  }
  return best;
}

/**
 * The cards (priced, or titled: see isCard) among the children of `parent`: its largest group of alike
 * children (tag and class) that makes a grid; else of children of one tag, for themes that class each card by its own
 * product (WooCommerce's `post-15883 product_cat-mugs instock`), leaving no two cards alike.
 */
const cardsAmong = (parent: Element, isCard: CardTest) =>
  largestCardGroup(parent, alikeKey, isCard) || largestCardGroup(parent, (child) => child.localName, isCard);

/** A grid's parent has at least this many children showing a picture (see MIN_CARDS and MIN_CARD_SHARE). */
const MIN_PICTURED_CHILDREN = Math.ceil(MIN_CARDS * MIN_CARD_SHARE);

/**
 * The elements with enough children showing a picture to hold a grid, in document order, found from the
 * images up (a <picture> shows its <img>): the only parents whose children are worth grouping and
 * reading. Images come in document order, so an ancestor's child on the way up changes only when a new
 * child starts, and the climb stops where the previous image's climb went the same way.
 */
function picturedParents(page: Element): Element[] {
  const pictured = new Map<Element, { child: Element; count: number }>();
  for (const image of page.getElementsByTagName('img')) {
    for (let child: Element = image, parent = child.parentElement; child !== page && parent !== null; child = parent, parent = child.parentElement) {
      const seen = pictured.get(parent);
      if (seen === undefined) pictured.set(parent, { child, count: 1 });
      else if (seen.child === child) break;
      else [seen.child, seen.count] = [child, seen.count + 1];
    }
  }
  const parents = [...pictured].filter(([, { count }]) => count >= MIN_PICTURED_CHILDREN).map(([parent]) => parent);
  return parents.sort(inDocumentOrder);
}

/** A product grid and how many cards it shows. */
export interface ProductGrid {
  element: Element;
  cards: number;
}

/** The element whose children are the most cards passing `isCard`, or null. */
function gridOf(page: Element, isCard: CardTest): ProductGrid | null {
  let grid: ProductGrid | null = null;
  for (const parent of picturedParents(page)) {
    const cards = cardsAmong(parent, isCard);
    if (cards > (grid?.cards ?? 0)) grid = { element: parent, cards };
  }
  return grid;
}

/** The page's product grid (the element whose children are the most priced cards), or null. */
export const productGridOf = (page: Element) => gridOf(page, isPriced);

/**
 * The page's grid of items without prices (a listing's recipes or posts, a shop's products priced on
 * request): pictured cards, each naming its item in a link; or null. A menu's links show no pictures.
 */
export const itemGridOf = (page: Element) => gridOf(page, isTitled);

/**
 * On one product's page, a grid holding at most this share of the content is other products: a grid
 * holding more is what the page lists (a category page that states a product, a plan's pricing cards).
 */
const MAX_OTHER_PRODUCTS_SHARE = 0.5;
/**
 * Text a grid's section may hold besides the grid: its heading ("How about these?", "More from this
 * brand") and a "See more" link.
 */
const MAX_CHARS_BESIDE_GRID = 100;

/** The largest block around `grid`, inside `root`, holding little else (see MAX_CHARS_BESIDE_GRID). */
function sectionOf(grid: Element, root: Element): Element {
  const gridChars = charCount(grid.textContent ?? '');
  let section = grid;
  for (let element = grid.parentElement; element !== null && element !== root; element = element.parentElement) {
    if (charCount(element.textContent ?? '') - gridChars > MAX_CHARS_BESIDE_GRID) break;
    section = element;
  }
  return section;
}

/** A title this short ("Shoes", "Mugs") may name a category's card; a product's full name says more. */
const MIN_PRODUCT_NAME_CHARS = 15;

/**
 * True when one of the grid's cards is named `title`, the page's product: the grid shows the product's
 * variants (each colour or size a card, the page's own among them), which may outweigh a short
 * description; a category's grid never names the category's page as one of its cards.
 */
function showsVariantsOf(grid: Element, title: string): boolean {
  const name = collapseSpace(title).toLowerCase();
  if (charCount(name) < MIN_PRODUCT_NAME_CHARS) return false;
  return [...grid.querySelectorAll('*')].some((element) => collapseSpace(element.textContent ?? '').toLowerCase() === name);
}

/**
 * The sections of other products on one product's page (`root`, its content, its product named
 * `title`): each grid of pictured, priced cards (see cardsAmong) is the shop's carousel ("Customers
 * also bought", "More from this brand", "How about these?") or the product's variants, whatever its
 * heading says, and goes with that heading and its "See more" link. Nested grids are counted once, by
 * the outermost.
 */
export function otherProductSections(root: Element, title: string): Element[] {
  const rootChars = charCount(root.textContent ?? '');
  const grids = picturedParents(root).filter((parent) => cardsAmong(parent, isPriced) > 0);
  return grids
    .filter((grid) => !grids.some((other) => other !== grid && other.contains(grid)))
    .filter((grid) => charCount(grid.textContent ?? '') <= rootChars * MAX_OTHER_PRODUCTS_SHARE || showsVariantsOf(grid, title))
    .map((grid) => sectionOf(grid, root));
}
