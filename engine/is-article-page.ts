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
/** Pages that declare themselves a product or a listing are not articles, whatever their prose. */
const NOT_ARTICLE_TYPE = /"@type"\s*:\s*"(?:Product|ItemList|CollectionPage|SearchResultsPage)"/;

/** Paragraphs in links, menus, footers, asides and forms are the page's chrome, not its prose. */
const CHROME_TAGS = new Set(['a', 'nav', 'footer', 'aside', 'form']);

/** A walk up the tag names: far cheaper than `closest` with a selector list in linkedom. */
function insideChrome(element: Element): boolean {
  for (let node: Element | null = element; node !== null; node = node.parentElement) {
    if (CHROME_TAGS.has(node.localName.toLowerCase())) return true;
  }
  return false;
}

/** A page that declares itself a product or a listing (OpenGraph, JSON-LD). Tag-name lookups: cheap. */
function declaresOther(document: Document): boolean {
  for (const meta of document.getElementsByTagName('meta')) {
    if (meta.getAttribute('property') === 'og:type' && meta.getAttribute('content')?.toLowerCase() === 'product') return true;
  }
  for (const script of document.getElementsByTagName('script')) {
    if (script.getAttribute('type') === 'application/ld+json' && NOT_ARTICLE_TYPE.test(script.textContent ?? '')) return true;
  }
  return false;
}

export function isArticlePage(document: Document): boolean {
  if (declaresOther(document)) return false;
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
    if (total >= MIN_ARTICLE_CHARS) return true;
    prose.set(parent, total);
  }
  return false;
}
