import type { JsonObject } from './json-ld';

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
  return items === 1;
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
