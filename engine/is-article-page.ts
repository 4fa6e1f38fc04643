/**
 * Cheap article detection for the toolbar badge. One pass over the page's paragraphs, with an early
 * exit: a page is an article when one container holds a run of long paragraphs. Teaser summaries on a
 * home page are long too, but each sits in its own card, so no single container gathers enough.
 */
import { CJK_WEIGHT, proseLength } from './dom';

/** A paragraph at least this long (CJK weighted, see proseLength) is prose, not a label or a teaser line. */
const MIN_PARAGRAPH_CHARS = 80;
/** Prose gathered in one container for the page to read as an article. */
const MIN_ARTICLE_CHARS = 700;
/** Paragraphs scanned at most; an article shows itself long before. */
const MAX_PARAGRAPHS = 400;
/**
 * A page that states a publication time or an article type in JSON-LD needs less prose: short news
 * items and posts are articles too. OpenGraph's og:type is no such sign (themes set "article" on every page).
 */
const MIN_DECLARED_ARTICLE_CHARS = 350;
/** Pages that declare themselves a product or a listing are not articles, whatever their prose. */
const NOT_ARTICLE_TYPE = /"@type"\s*:\s*"(?:Product|ItemList|CollectionPage|SearchResultsPage)"/;
const ARTICLE_TYPE = /"@type"\s*:\s*"(?:\w*Article|BlogPosting|LiveBlogPosting)"/;

/**
 * A shop's grid names a price on every card; an article quoting a few prices stays well below this.
 * Counted only once the prose test has passed, so most pages never pay for the selector.
 */
const MIN_SHOP_PRICES = 20;
const PRICE_SELECTOR = '[class*="price" i], [itemprop="price"]';

/** Paragraphs in links, menus, footers, asides and forms are the page's chrome, not its prose. */
const CHROME_TAGS = new Set(['a', 'nav', 'footer', 'aside', 'form']);

/** A walk up the tag names: far cheaper than `closest` with a selector list in linkedom. */
function insideChrome(element: Element): boolean {
  for (let node: Element | null = element; node !== null; node = node.parentElement) {
    if (CHROME_TAGS.has(node.localName.toLowerCase())) return true;
  }
  return false;
}

type Declared = 'other' | 'article' | 'none';

/** What the page says it is (OpenGraph, article:published_time, JSON-LD). Tag-name lookups: cheap. */
function declared(document: Document): Declared {
  let article = false;
  for (const meta of document.getElementsByTagName('meta')) {
    const property = meta.getAttribute('property');
    if (property === 'og:type' && meta.getAttribute('content')?.toLowerCase() === 'product') return 'other';
    if (property === 'article:published_time') article = true;
  }
  for (const script of document.getElementsByTagName('script')) {
    if (script.getAttribute('type') !== 'application/ld+json') continue;
    const text = script.textContent ?? '';
    if (NOT_ARTICLE_TYPE.test(text)) return 'other';
    if (ARTICLE_TYPE.test(text)) article = true;
  }
  return article ? 'article' : 'none';
}

export function isArticlePage(document: Document): boolean {
  const kind = declared(document);
  if (kind === 'other') return false;
  const needed = kind === 'article' ? MIN_DECLARED_ARTICLE_CHARS : MIN_ARTICLE_CHARS;
  const prose = new Map<Element, number>();
  let scanned = 0;
  for (const paragraph of document.getElementsByTagName('p')) {
    if (++scanned > MAX_PARAGRAPHS) break;
    const parent = paragraph.parentElement;
    const raw = paragraph.textContent ?? '';
    // Too short to reach the threshold even if every character were CJK: skip the measuring.
    if (parent === null || raw.length * CJK_WEIGHT < MIN_PARAGRAPH_CHARS) continue;
    const chars = proseLength(raw);
    if (chars < MIN_PARAGRAPH_CHARS || insideChrome(parent)) continue;
    const total = (prose.get(parent) ?? 0) + chars;
    if (total >= needed) return document.querySelectorAll(PRICE_SELECTOR).length < MIN_SHOP_PRICES;
    prose.set(parent, total);
  }
  return false;
}
