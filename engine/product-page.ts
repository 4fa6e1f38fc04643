import { collapseSpace, textNodes } from './dom';
import type { JsonObject } from './json-ld';
import { BUY_BUTTON } from './rules';

/**
 * Open Graph's type of a shop's product page: "product", "product.item", "product.group", and the
 * "og:product" or "<shop>:product" some themes and shops write. The detector and the reader both ask.
 */
const PRODUCT_OG_TYPE = /\bproduct\b/i;

export const isProductOgType = (ogType: string | null | undefined) => PRODUCT_OG_TYPE.test(ogType ?? '');

/**
 * A product stated in microdata as an item of its own (no `itemprop`: not an offer's or a list's entry),
 * as Steam and many shop themes write it; WooCommerce marks its product pages `single-product` on the
 * body. Either way, one such item: a category page may state each of its products as an item.
 */
const MICRODATA_PRODUCT = '[itemscope][itemtype*="schema.org/Product" i]:not([itemprop])';
const WOOCOMMERCE_PRODUCT_PAGE = 'body.single-product';
/** Both asked in one query: a Node DOM (linkedom) walks the whole page for each. */
const PRODUCT_MARKUP = `${WOOCOMMERCE_PRODUCT_PAGE}, ${MICRODATA_PRODUCT}`;

/** True when the markup says the page is one product's (see JSON-LD's and Open Graph's signs in read-article.ts). */
export function isProductMarkup(page: Element): boolean {
  let items = 0;
  for (const element of page.querySelectorAll(PRODUCT_MARKUP)) {
    if (element.matches(WOOCOMMERCE_PRODUCT_PAGE)) return true;
    items++;
  }
  return items === 1 || showsBuyButton(page);
}

const BUY_LABELS = new Set(BUY_BUTTON.labels);
/**
 * Texts longer than this once trimmed (the labels' own length and then some, for the spaces a template
 * leaves between their words) are never a button's words: every text of the page is asked, and most are
 * blank space or prose, passed over before any is collapsed.
 */
const MAX_LABEL_TEXT = 200;
const isBuyLabel = (text: string | null) => {
  const trimmed = text?.trim() ?? '';
  return trimmed !== '' && trimmed.length <= MAX_LABEL_TEXT && BUY_LABELS.has(collapseSpace(trimmed).toLowerCase());
};

/**
 * A buy button inside an <article> is a card's: a product's in a shop's grid (whose other cards may
 * say "Choose options"), or a post's "shop this" box. One product's buy box is none.
 */
const inCard = (node: Node) => node.parentElement?.closest('article') != null;

/**
 * True when the page shows a product's buy button (see BUY_BUTTON) outside cards, and no more of them
 * than one product's page does: a shop that states its product nowhere (no JSON-LD, microdata or Open
 * Graph type) still sells it. A button's words are one text node, or a submit input's value.
 */
function showsBuyButton(page: Element): boolean {
  let buttons = 0;
  const count = (node: Node, label: string | null) => isBuyLabel(label) && !inCard(node) && ++buttons > BUY_BUTTON.maxButtons;
  for (const text of textNodes(page)) if (count(text, text.nodeValue)) return false;
  for (const input of page.querySelectorAll('input[type="submit" i]')) if (count(input, input.getAttribute('value'))) return false;
  return buttons > 0;
}

/**
 * Open Graph's type of a group of products ("product.group", "product:group"): a shop's category, whose
 * grid of products is what it lists, where one product's page shows others only in its carousels.
 */
const PRODUCT_GROUP_OG_TYPE = /\bproduct[.:]group\b/i;

/** What a shop's page is about: one product (`item`), or a group of them (`group`, a category). */
export type ProductPage = 'item' | 'group';

/**
 * Whether the page is a shop's product page (it states a schema.org Product in JSON-LD, the product
 * `product`, or in its markup, or its Open Graph type says so), and of one product or of a group;
 * undefined for any other page.
 */
export function productPageOf(product: JsonObject | undefined, ogType: string | undefined, page: Element): ProductPage | undefined {
  if (product === undefined && !isProductOgType(ogType) && !isProductMarkup(page)) return undefined;
  return PRODUCT_GROUP_OG_TYPE.test(ogType ?? '') ? 'group' : 'item';
}

/** Markup some shops paste into their stated description: each tag is read as a line break, never parsed. */
const MARKUP = /<[^>]*>/g;

/**
 * The description a product page states in JSON-LD (schema.org Product's `description`), a paragraph a
 * line, in `document`: a shop that renders its page by scripts leaves the markup without the text the
 * reader came for, yet states it for search engines. Null when the page states none.
 */
export function statedDescription(product: JsonObject | undefined, document: Document): Element | null {
  const description = product?.description;
  if (typeof description !== 'string') return null;
  const content = document.createElement('div');
  for (const line of description.replace(MARKUP, '\n').split('\n')) {
    if (line.trim() === '') continue;
    const paragraph = document.createElement('p');
    paragraph.textContent = line.trim();
    content.append(paragraph);
  }
  return content;
}
