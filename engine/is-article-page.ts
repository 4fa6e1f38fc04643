/**
 * Cheap article detection for the toolbar badge. It runs on every page, so it walks the page once,
 * noting what it needs by tag name (no selector matching), then measures paragraphs until it knows.
 * A page is an article when one block gathers a run of long paragraphs. How much prose that takes
 * depends on what the page states about itself: a page that declares an article (JSON-LD type, a
 * publication time) needs little; one that shows a date, an author or one <article> element needs more;
 * an anonymous page the most, as shops' and agencies' pages are anonymous prose too.
 */
import { CJK_WEIGHT, proseLength } from './dom';
import { isDeclarativeShadowRoot } from './shadow-dom';

/** A paragraph at least this long (CJK weighted, see proseLength) is prose, not a label or a teaser line. */
const MIN_PARAGRAPH_CHARS = 80;
/** Prose gathered in one block, by what the page states about itself. */
const NEEDED_CHARS = { declared: 250, signed: 500, anonymous: 700 } as const;
/** Paragraphs measured at most; an article shows itself long before. */
const MAX_PARAGRAPHS = 400;
/** Pages that declare themselves a product or a listing (and no article) are not articles, whatever their prose. */
const NOT_ARTICLE_TYPE = /"@type"\s*:\s*"(?:Product|ProductGroup|ItemList|CollectionPage|SearchResultsPage)"/;
const ARTICLE_TYPE = /"@type"\s*:\s*"(?:\w*Article|BlogPosting|LiveBlogPosting|Report)"/;
const DATE_PUBLISHED = /"datePublished"\s*:/;
/**
 * A shop's grid names a price on every card (and a product page has its cart button and price blocks);
 * an article quoting a few prices stays well below this.
 */
const MIN_SHOP_MARKS = 10;
/** Class names that mark a price or a cart button (a shop), or a byline (an author shown). */
const MARK_CLASS = /price|add-?to-?cart|byline/i;
/** Paragraphs in links, menus, headers, footers, asides and forms are the page's chrome, not its prose. */
const CHROME_TAGS = new Set(['a', 'nav', 'header', 'footer', 'aside', 'form']);
/** Subtrees that never hold the page's prose or its statements about itself. */
const SKIPPED_TAGS = new Set(['svg', 'template', 'noscript', 'iframe', 'select']);

interface PageFacts {
  /** Every <p>, chrome included: whether one sits in chrome is asked only of the long ones. */
  paragraphs: Element[];
  /** JSON-LD blocks' text, og:type and the publication-time and author meta tags. */
  ldJson: string[];
  ogType: string;
  publishedTime: boolean;
  authorMeta: boolean;
  /** A <time>, an author link or a byline block shown in the page. */
  shownDateOrAuthor: boolean;
  articles: number;
  shopMarks: number;
}

/**
 * One walk over the elements, by sibling pointers: in a Node DOM each getElementsByTagName or selector is
 * a walk of its own, and in a browser this one costs little beside measuring the paragraphs' text.
 */
function factsOf(document: Document): PageFacts {
  const facts: PageFacts = { paragraphs: [], ldJson: [], ogType: '', publishedTime: false, authorMeta: false, shownDateOrAuthor: false, articles: 0, shopMarks: 0 };
  const stack: Element[] = document.documentElement ? [document.documentElement] : [];
  for (let element = stack.pop(); element !== undefined; element = stack.pop()) {
    // HTML elements' local names are lowercase; a page served as XML that writes them otherwise is no article page.
    const tag = element.localName;
    if (SKIPPED_TAGS.has(tag) && !isDeclarativeShadowRoot(element)) continue;
    note(element, tag, facts);
    // A web component's article sits in its shadow root (see shadow-dom.ts), which readArticle reads too,
    // beside the host's own children that its slots show.
    const own = tag === 'template' ? ((element as HTMLTemplateElement).content ?? element) : element;
    for (const children of [own, element.shadowRoot]) {
      for (let child = children?.lastElementChild ?? null; child !== null; child = child.previousElementSibling) stack.push(child);
    }
  }
  return facts;
}

function note(element: Element, tag: string, facts: PageFacts): void {
  switch (tag) {
    case 'p':
      facts.paragraphs.push(element);
      break;
    case 'meta': {
      const key = (element.getAttribute('property') ?? element.getAttribute('name'))?.toLowerCase();
      if (key === 'og:type') facts.ogType = element.getAttribute('content')?.toLowerCase() ?? '';
      else if (key === 'article:published_time') facts.publishedTime = true;
      else if (key === 'author') facts.authorMeta = true;
      return;
    }
    case 'script':
      if (element.getAttribute('type') === 'application/ld+json') facts.ldJson.push(element.textContent ?? '');
      return;
    case 'time':
      facts.shownDateOrAuthor = true;
      break;
    case 'article':
      facts.articles += 1;
      break;
    case 'a':
      if (/(?:^|\s)author(?:\s|$)/i.test(element.getAttribute('rel') ?? '')) facts.shownDateOrAuthor = true;
      break;
  }
  const className = element.getAttribute('class');
  const mark = className === null ? null : MARK_CLASS.exec(className);
  if (mark === null) return;
  if (/byline/i.test(mark[0])) facts.shownDateOrAuthor = true;
  else facts.shopMarks += 1;
}

/** A walk up the tag names, remembered per element: paragraphs share their ancestors. */
function insideChrome(element: Element, known: Map<Element, boolean>): boolean {
  const seen: Element[] = [];
  let answer = false;
  for (let node: Element | null = element; node !== null; node = node.parentElement) {
    const cached = known.get(node);
    if (cached !== undefined) {
      answer = cached;
      break;
    }
    seen.push(node);
    if (CHROME_TAGS.has(node.localName)) {
      answer = true;
      break;
    }
  }
  for (const node of seen) known.set(node, answer);
  return answer;
}

type Declared = 'declared' | 'signed' | 'anonymous' | 'other';

/** What the page says it is: its head's statements, else what it shows. */
function declared(facts: PageFacts): Declared {
  if (facts.ogType.startsWith('product')) return 'other';
  // A list article ("10 best ...") declares an ItemList beside its Article: the article wins.
  if (facts.publishedTime || facts.ldJson.some((text) => ARTICLE_TYPE.test(text))) return 'declared';
  if (facts.ldJson.some((text) => NOT_ARTICLE_TYPE.test(text))) return 'other';
  const signed = facts.authorMeta || facts.shownDateOrAuthor || facts.articles === 1 || facts.ldJson.some((text) => DATE_PUBLISHED.test(text));
  return signed ? 'signed' : 'anonymous';
}

export function isArticlePage(document: Document): boolean {
  const facts = factsOf(document);
  const kind = declared(facts);
  if (kind === 'other') return false;
  // A shop's page that does not declare an article is no article, whatever its prose.
  if (kind !== 'declared' && facts.shopMarks >= MIN_SHOP_MARKS) return false;
  const needed = NEEDED_CHARS[kind];
  // Prose per block: a paragraph counts for its parent and its grandparent, as page builders wrap each
  // paragraph (or each few) in a block of its own.
  const prose = new Map<Node, number>();
  const chrome = new Map<Element, boolean>();
  for (const paragraph of facts.paragraphs.slice(0, MAX_PARAGRAPHS)) {
    const raw = paragraph.textContent ?? '';
    // Too short to reach the threshold even if every character were CJK: skip the measuring.
    if (raw.length * CJK_WEIGHT < MIN_PARAGRAPH_CHARS) continue;
    const chars = proseLength(raw);
    if (chars < MIN_PARAGRAPH_CHARS || insideChrome(paragraph, chrome)) continue;
    // Nodes, not elements: a shadow root holds its component's paragraphs directly, and shows them in
    // its host, beside the host's own (slotted) paragraphs.
    for (let block: Node | null = paragraph.parentNode, level = 0; block !== null && level < 2; block = outerBlock(block), level++) {
      const total = (prose.get(block) ?? 0) + chars;
      if (total >= needed) return true;
      prose.set(block, total);
    }
  }
  return articleElementProse(document, facts) >= needed;
}

const DOCUMENT_FRAGMENT_NODE = 11;

function outerBlock(block: Node): Node | null {
  return block.nodeType === DOCUMENT_FRAGMENT_NODE ? ((block as ShadowRoot).host ?? null) : block.parentNode;
}

/**
 * Prose written without (long) paragraphs, as lines in divs or broken by <br>, in the page's one
 * <article>: its text less its links. Asked only when the paragraphs did not decide.
 */
function articleElementProse(document: Document, facts: PageFacts): number {
  if (facts.articles !== 1) return 0;
  const article = document.getElementsByTagName('article')[0];
  let linked = 0;
  for (const link of article.getElementsByTagName('a')) linked += proseLength(link.textContent ?? '');
  return proseLength(article.textContent ?? '') - linked;
}
