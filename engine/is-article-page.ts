/**
 * Cheap article detection for the toolbar badge. It runs on every page load, so it asks the DOM's native
 * selectors for the few elements it needs and never walks the page: in a browser every element a script
 * touches gets a wrapper object made for it, and a walk over all of them cost seven times Readability's
 * check in Chromium, where the matching done by querySelectorAll costs next to nothing.
 * A page is an article when one block gathers a run of long paragraphs. How much prose that takes
 * depends on what the page states about itself: a page that declares an article (JSON-LD type, a
 * publication time) needs little; one that shows a date, an author or one <article> element needs more;
 * an anonymous page the most, as shops' and agencies' pages are anonymous prose too. The questions are
 * asked cheapest first, and the costly ones only when the answer still depends on them.
 */
import { CJK_WEIGHT, DOCUMENT_NODE, ELEMENT_NODE, bodyOf, headOf, proseLength } from './dom';
import { isDeclarativeShadowRoot } from './shadow-dom';
import { isProductOgType } from './product-page';
import { unclobbered } from './unclobbered';

/** A paragraph at least this long (CJK weighted, see proseLength) is prose, not a label or a teaser line. */
const MIN_PARAGRAPH_CHARS = 80;
/** Prose gathered in one block, by what the page states about itself. */
const NEEDED_CHARS = { declared: 250, signed: 500, anonymous: 700, listing: 2000 } as const;
/**
 * A page that does not declare an article and shows this many <article> elements is a listing of cards
 * (a blog's, a section's or a search's page), each card with its teaser and its date; it is an article
 * only when one block gathers a long read (a post whose comments are <article>s too).
 */
const MIN_CARDS = 10;
/**
 * A field for the reader's telephone number belongs to a lead form (a quote, a call back, a booking) or
 * to a checkout: the page sells a service or goods around its prose. Comment and newsletter forms ask for
 * a name and an email. Such a page that does not declare an article is one only with a long read, as a
 * listing is. Asked of the inputs' tag list in script (a page holds a few inputs): a browser keeps the
 * list cached, and a Node DOM walks the tree for a tag a third faster than for a selector.
 */
const PHONE_TYPE = 'tel';
/** Paragraphs measured at most; an article shows itself long before. */
const MAX_PARAGRAPHS = 400;
/**
 * A JSON-LD node's type, written as one name or as a list of names (`"@type": ["CollectionPage"]`,
 * `"@type": ["WebPage", "Article"]`), any of which may say what the page is.
 */
const ldType = (names: string) => new RegExp(`"@type"\\s*:\\s*\\[?\\s*(?:"[^"]*"\\s*,\\s*)*"(?:${names})"`);
/** Pages that declare themselves a product or a listing (and no article) are not articles, whatever their prose. */
const NOT_ARTICLE_TYPE = ldType('Product|ProductGroup|ItemList|CollectionPage|SearchResultsPage');
const ARTICLE_TYPE = ldType('\\w*Article|BlogPosting|LiveBlogPosting|Report');
/**
 * A date or an author shown in the page: a <time>, an author link, a byline block. Class names are
 * matched in the cases they are written in (lowercase, kebab-case, camelCase's capital): a
 * case-insensitive substring match costs Chromium up to 10 ms on a page of long utility classes.
 */
const SHOWN_DATE_OR_AUTHOR = 'time, a[rel~="author"], [class*="byline"], [class*="Byline"]';
/**
 * A shop's grid names a price on every card (and a product page has its cart button and price blocks),
 * in its classes or in schema.org microdata; an article quoting a few prices stays well below this.
 */
const MIN_SHOP_MARKS = 10;
/**
 * The marks are `[class*="price"], [class*="Price"], [itemprop="price"]`. Each substring in a selector
 * costs a pass over every element's classes, and "rice" is in both spellings: the elements it finds
 * (few outside shops) are sorted out in script, a third less of the costliest question.
 */
const MAYBE_PRICE_MARKS = '[class*="rice"], [itemprop="price"]';
const isPriceMark = (element: Element) => {
  const names = element.getAttribute('class');
  return (names !== null && (names.includes('price') || names.includes('Price'))) || element.getAttribute('itemprop') === 'price';
};
const CART_MARKS = '[class*="add-to-cart"], [class*="addtocart"]';
/**
 * A buying guide or a review names a price in a shop's classes beside each product it weighs, and its
 * publisher may state the article in Open Graph alone: such a page is an article when it holds a long read.
 */
const OG_ARTICLE = ['property', 'name'].map((key) => `meta[${key}="og:type"][content="article" i]`).join(', ');
/**
 * A page that neither declares an article nor states one in Open Graph, whose largest block of prose is a
 * short intro and whose text is mostly links, is a service's, a section's or a directory's page: a few
 * paragraphs above its menus, cards and link lists. An article's links stay a minority of its page's text,
 * even a short news item's among its site's menus.
 */
const SHORT_INTRO_CHARS = 1000;
const MAX_LINK_SHARE = 0.35;
/**
 * A block of questions and answers (an FAQ) sums up what a service's or a shop's page offers, each answer
 * a paragraph or two: a run of them is no read, and an article's own FAQ comes after its body. Named in
 * its classes, in the cases they are written in (see SHOWN_DATE_OR_AUTHOR).
 */
const FAQ = '[class*="faq"], [class*="Faq"], [class*="FAQ"]';
/**
 * Paragraphs in links, menus and footers are the page's chrome, not its prose, and those in an FAQ are
 * no read; those inside subtrees never shown as prose only exist in Node DOMs, which parse what
 * browsers keep as text.
 */
const NOT_PROSE = `a, nav, footer, noscript, iframe, svg, select, ${FAQ}`;
/**
 * Headers, asides and forms are chrome too, unless they sit in the main landmark or hold it: page
 * builders (Webflow) make each content section of <main> a <header>, and ASP.NET wraps the whole page,
 * <main> included, in one <form>.
 */
const CHROME_OUTSIDE_MAIN = 'header, aside, form';
/** Both, asked of a paragraph's ancestors in one walk: most paragraphs have neither. */
const NOT_PROSE_OR_CHROME = `${NOT_PROSE}, ${CHROME_OUTSIDE_MAIN}`;
/**
 * A landing page (a service's, a course's, a category's) stacks headed sections under its title, each
 * heading over a line or two, a card or a button, and its longest prose sits below many of them in a
 * block of a few paragraphs; an article's body starts under its title, or runs paragraph after paragraph.
 * Headings (h2, h3) counted from the page's h1 down to the block's first paragraph.
 */
const MIN_SECTIONS_ABOVE = 10;
const SECTION_HEADINGS = ['h2', 'h3'];
/** Long paragraphs one after another (headings, lists, figures and the like between them) that make a read. */
const MIN_PARAGRAPH_RUN = 4;
/** What an article's body puts between its paragraphs without ending the run. */
const WITHIN_RUN = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'figure', 'blockquote', 'pre', 'table', 'img', 'br', 'hr']);
/**
 * A service's pitch asks the reader to act, in buttons and links throughout the page ("Contact us", "Get
 * a quote", "Request a demo", "Book now", "Apply now"), around a block of one to a few paragraphs; an
 * article's body runs longer than that, whatever its site's buttons ask. Short texts only: a sentence
 * that happens to hold the words is a link in prose.
 */
const CALL_TO_ACTION = /\b(?:contact us|(?:get|request) (?:a |an |your )?(?:free )?(?:quote|estimate|demo|consultation|proposal)|schedule (?:a|your)|book (?:a|an|your|now)|get started|talk to (?:us|an?|our)|apply now|enrol+ now|sign up|free (?:trial|consultation|quote)|learn more|call (?:us|now)|buy now|shop now)\b/i;
const MAX_CALL_TO_ACTION_CHARS = 40;
/** Where a call to action is written: links and buttons. */
const ACTIONS = ['a', 'button'];
const MIN_CALLS_TO_ACTION = 4;
/** At most this many long paragraphs in the largest block make a pitch, not a read. */
const MAX_PITCH_PARAGRAPHS = 3;
const DOCUMENT_POSITION_FOLLOWING = 4;

/**
 * The meta tags that state what the page is, asked of the head by name (pages carry dozens of others,
 * which never reach script this way; the head is small, so Node DOMs walk little for it).
 */
const META_STATEMENTS = ['og:type', 'article:published_time', 'author']
  .flatMap((key) => [`meta[property="${key}"]`, `meta[name="${key}"]`])
  .join(', ');

/**
 * The body class WordPress gives a WooCommerce product's page, as a token of the class attribute (split
 * on ASCII whitespace, as classList splits it): classList's first use on a page costs Chromium tens of
 * microseconds (the token list's type is set up for it), many times the attribute's read.
 */
const WOOCOMMERCE_PRODUCT = /(?:^|[\t\n\f\r ])single-product(?:[\t\n\f\r ]|$)/;

/** What the page states about itself in the markup meant for machines. */
type Stated = 'declared' | 'signed' | 'unstated' | 'other';

/** The page's statements: og:type, the publication-time and author meta tags, its JSON-LD blocks. */
function stated(document: Document): Stated {
  let publishedTime = false;
  let authorMeta = false;
  for (const element of headOf(document)?.querySelectorAll(META_STATEMENTS) ?? []) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name'))?.toLowerCase();
    if (key === 'og:type' && isProductOgType(element.getAttribute('content'))) return 'other';
    if (key === 'article:published_time') publishedTime = true;
    else if (key === 'author') authorMeta = true;
  }
  // WordPress names a single item's post type in the body's class, and WooCommerce's products are
  // `single-product`; their SEO plugins give them a publication time as they give posts one.
  if (WOOCOMMERCE_PRODUCT.test(bodyOf(document)?.getAttribute('class') ?? '')) return 'other';
  if (publishedTime) return 'declared';
  // JSON-LD sits anywhere in the page, often at the end of the body. Its blocks are read as one text,
  // so that each pattern below is one native scan.
  let ldJson = '';
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) ldJson += scripts[i].textContent;
  // A list article ("10 best ...") declares an ItemList beside its Article: the article wins.
  if (ARTICLE_TYPE.test(ldJson)) return 'declared';
  if (NOT_ARTICLE_TYPE.test(ldJson)) return 'other';
  // A datePublished without an article type says nothing: SEO plugins (Yoast) date every page's WebPage
  // node, service and landing pages included, and give a post its Article type besides.
  return authorMeta ? 'signed' : 'unstated';
}

/** Where the page's content lives: the document, or a shadow root and its host. */
interface Root {
  node: Document | DocumentFragment;
  host: Element | null;
}

/**
 * The largest prose gathered in one block so far. A paragraph counts for its parent and its grandparent,
 * as page builders wrap each paragraph (or each few) in a block of their own; a shadow root's own
 * paragraphs count for the root and its host, beside the host's slotted children. Blocks that host a
 * shadow root are noted on the way: a component showing long paragraphs in its slots.
 */
class BlockProse {
  largest = 0;
  /** The block that holds the largest prose. */
  block: Node | null = null;
  readonly hosts: Element[] = [];
  /** The document's own paragraphs measured so far (shadow roots' aside), chrome included, each with its prose. */
  readonly measuredProse: { paragraph: Element; chars: number }[] = [];
  private readonly prose = new Map<Node, number>();
  /**
   * Each root's paragraphs and where they were left off, to measure on past what sufficed (reach). The
   * list is asked once: a browser keeps it cached, a Node DOM walks the tree for each ask.
   */
  private readonly progress = new Map<Root['node'], { paragraphs: ArrayLike<Element>; next: number }>();
  /** Each paragraph's prose (null: too short to count), read once: the pitch and landing tests ask again. */
  private readonly proseOf = new Map<Element, number | null>();
  /** Whether a paragraph's parent sits in the page's chrome: asked once for all its paragraphs. */
  private readonly chromeParent = new Map<Element, boolean>();
  private measured = 0;

  constructor(private enough: number) {}

  /** Adds the root's paragraphs until some block holds enough prose; answers whether one does. */
  add(root: Root): boolean {
    let progress = this.progress.get(root.node);
    if (progress === undefined) this.progress.set(root.node, (progress = { paragraphs: byTag(root.node, 'p'), next: 0 }));
    const { paragraphs } = progress;
    for (let i = progress.next; i < paragraphs.length; i++) {
      if (++this.measured > MAX_PARAGRAPHS) return false;
      const paragraph = paragraphs[i];
      const chars = this.charsOf(paragraph);
      if (chars === null) continue;
      if (root.host === null) this.measuredProse.push({ paragraph, chars });
      if (chars < MIN_PARAGRAPH_CHARS || this.isChrome(paragraph)) continue;
      for (let block: Node | null = paragraph.parentNode, level = 0; block !== null && level < 2; level++) {
        const before = this.prose.get(block);
        if (before === undefined && block.nodeType === ELEMENT_NODE && (block as Element).shadowRoot) this.hosts.push(block as Element);
        const total = (before ?? 0) + chars;
        this.prose.set(block, total);
        if (total > this.largest) {
          this.largest = total;
          this.block = block;
        }
        block = block === root.node ? root.host : block.parentNode;
      }
      if (this.largest >= this.enough) {
        progress.next = i + 1;
        return true;
      }
    }
    progress.next = paragraphs.length;
    return false;
  }

  /** A paragraph's prose, or null when too short to reach MIN_PARAGRAPH_CHARS even if every character were CJK. */
  charsOf(paragraph: Element): number | null {
    let chars = this.proseOf.get(paragraph);
    if (chars === undefined) {
      const raw = paragraph.textContent ?? '';
      chars = raw.length * CJK_WEIGHT < MIN_PARAGRAPH_CHARS ? null : proseLength(raw);
      this.proseOf.set(paragraph, chars);
    }
    return chars;
  }

  /** Whether a paragraph is long prose: MIN_PARAGRAPH_CHARS at least, outside the page's chrome. */
  isLong(paragraph: Element): boolean {
    return (this.charsOf(paragraph) ?? 0) >= MIN_PARAGRAPH_CHARS && !this.isChrome(paragraph);
  }

  /**
   * Whether a paragraph sits in the page's chrome. A <p> matches none of its selectors but FAQ's, so its
   * parent answers for it and for its siblings, asked once; native closest() rather than a walk up in
   * script, each ancestor of which would get a wrapper.
   */
  private isChrome(paragraph: Element): boolean {
    if (paragraph.matches(FAQ)) return true;
    const parent = paragraph.parentElement;
    if (parent === null) return false;
    let chrome = this.chromeParent.get(parent);
    if (chrome === undefined) {
      chrome = isChrome(parent);
      this.chromeParent.set(parent, chrome);
    }
    return chrome;
  }

  /** Measures the roots on from where they were left off until some block holds `enough`: whether one does. */
  reach(roots: Root[], enough: number): boolean {
    this.enough = enough;
    return this.largest >= enough || roots.some((root) => this.add(root));
  }
}

/** Whether an element sits in the page's chrome (NOT_PROSE, or CHROME_OUTSIDE_MAIN away from <main>). */
function isChrome(element: Element): boolean {
  const nearest = element.closest(NOT_PROSE_OR_CHROME);
  if (nearest === null) return false;
  // One of NOT_PROSE, or a header, an aside or a form that one of NOT_PROSE may still hold.
  if (nearest.closest(NOT_PROSE) !== null) return true;
  return nearest.closest('main') === null && nearest.getElementsByTagName('main').length === 0;
}

/**
 * A browser answers a tag name from a cached list, far cheaper than matching a selector list; a shadow
 * root has only querySelectorAll.
 */
function byTag(node: Document | DocumentFragment, tag: string): ArrayLike<Element> & Iterable<Element> {
  return node.nodeType === DOCUMENT_NODE ? (node as Document).getElementsByTagName(tag) : node.querySelectorAll(tag);
}

/**
 * What a root holds beyond its paragraphs, asked once they have not decided: its
 * <article> elements, and the shadow roots on the elements at the top of the body and of the main
 * landmark (where a page puts its app or its article's component) and the declarative ones that Node
 * parsers leave as `<template shadowrootmode>` (a browser attaches those as it parses). No selector
 * reaches shadow roots and finding every one would touch every element, so a component deeper in the
 * page is found only through the long paragraphs it shows in its slots (BlockProse.hosts).
 */
function around(root: Root, articles = byTag(root.node, 'article')): { articles: ArrayLike<Element>; shadowRoots: Root[] } {
  const shadowRoots: Root[] = [];
  const hostAt = (element: Element) => {
    if (element.shadowRoot) shadowRoots.push({ node: element.shadowRoot, host: element });
  };
  // Both in one query: a Node DOM walks the whole tree for each query, where Chromium costs the same
  // either way. A query leaves out what templates hold: inert markup, or found with the outer root.
  const mainsAndTemplates = root.node.querySelectorAll('main, template');
  const templates: Element[] = [];
  for (const element of mainsAndTemplates) {
    if (element.localName === 'template') templates.push(element);
    else for (const child of element.children) hostAt(child);
  }
  for (const template of templates) {
    const host = template.parentElement;
    if (host !== null && isDeclarativeShadowRoot(template)) shadowRoots.push({ node: (template as HTMLTemplateElement).content, host });
  }
  const top = root.node.nodeType !== DOCUMENT_NODE ? root.node : bodyOf(root.node as Document);
  for (const element of top?.children ?? []) hostAt(element);
  return { articles, shadowRoots };
}

/**
 * Query parameters that campaign and click tracking append to any address (Google Analytics' utm_*,
 * Google's srsltid and gclid, Facebook's fbclid, Microsoft's msclkid, Mailchimp's mc_cid and mc_eid):
 * they name no page.
 */
const TRACKING_PARAMETER = '(?:utm_[a-z]+|srsltid|gclid|dclid|fbclid|msclkid|mc_[ce]id)=[^&#]*';
/**
 * A site's front page (an address without a path or query) introduces the site and links to its pages:
 * a blog's or a newspaper's latest items, a company's or an app's pitch, never one article of its own.
 * A query may name a page (WordPress's `/?p=123`) and so may a hash route (`/#/post/1`). The address is
 * read as a browser writes it (document.URL): scheme, host, a bare `/`, a query of tracking parameters
 * only, a hash that is no route. Parsing it with `new URL` instead costs the first call on a page 0.1 ms
 * in Chromium, a fifth of the whole detection.
 */
const FRONT_PAGE = new RegExp(`^[a-z][a-z\\d+.-]*://[^/?#\\s]*/?(?:\\?(?:${TRACKING_PARAMETER}(?:&|(?=#|$)))*)?(?:#(?!!?/).*)?$`, 'i');

/**
 * `url` is the page's address: the document's own in a browser; Node DOMs (linkedom) have none. A page
 * whose form shadows a member the detector reads (DOM clobbering, see unclobbered.ts) makes it throw, or
 * end a walk up the tree that would not end (see MAX_CLIMB): that page is judged again as a copy without
 * the shadowing names. Looking for such forms first would cost every page a walk over all its elements,
 * a quarter of Readability's whole detection (0.11 against 0.40 ms at the median in Chromium).
 */
export function isArticlePage(page: Document, url: string | undefined = page.URL): boolean {
  if (url && FRONT_PAGE.test(url)) return false;
  try {
    return judge(page);
  } catch (error) {
    const copy = unclobbered(page);
    if (copy === page) throw error;
    return judge(copy);
  }
}

function judge(document: Document): boolean {
  const statement = stated(document);
  if (statement === 'other') return false;
  // The document's <article> elements, counted once: for the cards here, for what the page shows below.
  const documentArticles = statement === 'declared' ? undefined : byTag(document, 'article');
  // Cards or a lead form: the page is a listing or sells something, unless one block holds a long read.
  const longReadOnly = documentArticles !== undefined && (documentArticles.length >= MIN_CARDS || hasPhoneField(document));
  // The prose that suffices whatever else the page shows.
  const prose = new BlockProse(NEEDED_CHARS[longReadOnly ? 'listing' : statement === 'declared' ? 'declared' : statement === 'signed' ? 'signed' : 'anonymous']);
  const roots: Root[] = [{ node: document, host: null }];
  const articles: ArrayLike<Element>[] = [];
  let found = false;
  // The shadow roots are looked for only while the paragraphs seen so far have not decided.
  for (let i = 0, hostsSeen = 0; !found && i < roots.length; i++) {
    found = prose.add(roots[i]);
    if (found) break;
    const more = around(roots[i], i === 0 ? documentArticles : undefined);
    articles.push(more.articles);
    const hosts = prose.hosts.slice(hostsSeen).map((host) => ({ node: host.shadowRoot!, host }));
    hostsSeen = prose.hosts.length;
    for (const shadow of [...more.shadowRoots, ...hosts]) {
      if (!roots.some((known) => known.node === shadow.node)) roots.push(shadow);
    }
  }
  // A card's date, author or <article> says nothing of the page, nor does a seller's.
  if (!found && !longReadOnly) found = enoughForWhatItShows(roots, statement, prose.largest, articles);
  if (!found || statement === 'declared') return found;
  if (isLandingPage(document, prose) || isPitch(document, roots, prose)) return false;
  // A shop's page that does not declare an article is no article, whatever its prose; one that states an
  // article in Open Graph is one with a long read. Past what sufficed, the prose is measured on only on
  // the pages that ask. The shop's marks cost a pass over every element's classes, the costliest question
  // here: it is asked last, when the answer still depends on it.
  if (isOgArticle(document)) return prose.reach(roots, NEEDED_CHARS.listing) || !isShop(roots);
  return !isLinkHub(document, roots, prose) && !isShop(roots);
}

/** Whether the page holds an input of type PHONE_TYPE, named in any case as the type attribute's values are. */
function hasPhoneField(document: Document): boolean {
  for (const input of document.getElementsByTagName('input')) if (input.getAttribute('type')?.toLowerCase() === PHONE_TYPE) return true;
  return false;
}

const isOgArticle = (document: Document) => headOf(document)?.querySelector(OG_ARTICLE) != null;

/** Whether the largest block is a short intro and links hold more than MAX_LINK_SHARE of the body's text (see SHORT_INTRO_CHARS). */
function isLinkHub(document: Document, roots: Root[], prose: BlockProse): boolean {
  const body = bodyOf(document);
  if (!body || prose.reach(roots, SHORT_INTRO_CHARS)) return false;
  // The links are measured against the body's paragraphs measured so far, which its text holds at least;
  // the body's whole text, one string as long as the page's text (the costliest read of big pages), is
  // read only once the links pass their share of those.
  let share = MAX_LINK_SHARE * measuredProse(body, prose.measuredProse);
  let whole = false;
  let linked = 0;
  for (const link of body.getElementsByTagName('a')) {
    linked += proseLength(link.textContent ?? '');
    if (linked <= share) continue;
    if (whole) return true;
    share = MAX_LINK_SHARE * proseLength(body.textContent ?? '');
    whole = true;
    if (linked > share) return true;
  }
  return false;
}

/**
 * The prose of the measured paragraphs the body holds, each once: a paragraph inside another (a quirks
 * mode table or an <object> in a paragraph) is part of its text. Paragraphs come in document order, so
 * one inside an earlier paragraph is inside the last one not inside another.
 */
function measuredProse(body: Element, measured: BlockProse['measuredProse']): number {
  let total = 0;
  let outer: Element | null = null;
  for (const { paragraph, chars } of measured) {
    if ((outer !== null && outer.contains(paragraph)) || !body.contains(paragraph)) continue;
    outer = paragraph;
    total += chars;
  }
  return total;
}

/**
 * Below what suffices for any page, an unstated page may still show a date or an author, or one
 * <article> element, which lowers what it needs; and that one <article> may hold prose written without
 * (long) paragraphs. Each question is asked only when its answer can still change the verdict.
 */
function enoughForWhatItShows(roots: Root[], statement: Stated, largest: number, articles: ArrayLike<Element>[]): boolean {
  const withArticles = articles.filter((list) => list.length > 0);
  const article = withArticles.length === 1 && withArticles[0].length === 1 ? withArticles[0][0] : undefined;
  if (statement === 'unstated' && article === undefined) {
    return largest >= NEEDED_CHARS.signed && roots.some((root) => root.node.querySelector(SHOWN_DATE_OR_AUTHOR) !== null);
  }
  const needed = NEEDED_CHARS[statement === 'declared' ? 'declared' : 'signed'];
  return largest >= needed || (article !== undefined && articleProse(article) >= needed);
}

/** Prose in lines in divs or broken by <br>: the <article>'s text less its links. */
function articleProse(article: Element): number {
  let linked = 0;
  for (const link of article.getElementsByTagName('a')) linked += proseLength(link.textContent ?? '');
  return proseLength(article.textContent ?? '') - linked;
}

/** Whether the largest block is a few paragraphs below many headed sections (see MIN_SECTIONS_ABOVE). */
function isLandingPage(document: Document, prose: BlockProse): boolean {
  const { block } = prose;
  // A block inside an <article> element is that article's body, whatever stands above it.
  if (block === null || block.nodeType !== ELEMENT_NODE || (block as Element).closest('article') !== null) return false;
  const paragraphs = (block as Element).getElementsByTagName('p');
  if (paragraphs.length === 0) return false;
  // Counted from the browser's cached lists first: most pages hold fewer headings than that in all.
  // Each list is asked once, as a Node DOM walks the tree for each ask.
  const headings = SECTION_HEADINGS.map((tag) => document.getElementsByTagName(tag));
  if (headings.reduce((sum, list) => sum + list.length, 0) < MIN_SECTIONS_ABOVE) return false;
  // Sections are counted under the page's title: without an h1, none are.
  const title = document.getElementsByTagName('h1')[0];
  if (title === undefined) return false;
  // The run of paragraphs walks every sibling of the block's paragraphs, the headings a few ancestors
  // each: the run is measured only on the pages whose headings stand above the block.
  return hasSectionsAbove(document, title, headings, paragraphs[0]) && longestRun(paragraphs, prose) < MIN_PARAGRAPH_RUN;
}

/**
 * Whether MIN_SECTIONS_ABOVE headings (h2, h3) stand between the page's title (its first h1) and the
 * block's first paragraph; a block outside the document's tree (in a shadow root) has them all above.
 * The headings are counted in the browser's cached tag lists, each placed against the two by a binary
 * search: a selector list of three tags costs a full match of every element.
 */
function hasSectionsAbove(document: Document, title: Element, headings: ArrayLike<Element>[], first: Element): boolean {
  const beforeFirst = document.contains(first) ? precedes(first) : () => true;
  if (!beforeFirst(title)) return false;
  const beforeTitle = precedes(title);
  let sections = 0;
  for (const list of headings) sections += prefixLength(list, beforeFirst) - prefixLength(list, beforeTitle);
  return sections >= MIN_SECTIONS_ABOVE;
}

/** How many of a list's first items pass a test that holds for a prefix of the list (document order: what comes before a node). */
function prefixLength(list: ArrayLike<Node>, test: (node: Node) => boolean): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(list[middle])) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * More steps up the tree than this from one node is a loop: a form's control named `parentNode` is the
 * form's parent then (see unclobbered.ts), and a walk up from inside the form comes back to it for ever.
 * Pages nest a few dozen levels; the engine reads none deeper than 500.
 */
const MAX_CLIMB = 10_000;
const ENDLESS_CLIMB = 'A walk up the page did not end: a form shadows parentNode';

/**
 * Whether a node of the same tree comes before `node` in document order (an ancestor comes before its
 * descendants). `node`'s ancestors are read once; each node asked of climbs only to the first of them,
 * and the two branches under it, siblings, are compared natively (linkedom's compareDocumentPosition
 * is right for siblings, see inDocumentOrder), where a walk along the siblings in script would touch
 * each of them.
 */
function precedes(node: Node): (other: Node) => boolean {
  /** Each ancestor of `node` (itself included), with its child on the way down to `node`. */
  const path = new Map<Node, Node | null>();
  for (let at: Node | null = node, child: Node | null = null; at !== null; child = at, at = at.parentNode) {
    if (path.has(at)) throw new Error(ENDLESS_CLIMB);
    path.set(at, child);
  }
  return (other) => {
    let at: Node | null = other;
    let branch: Node | null = null;
    for (let steps = 0; at !== null && !path.has(at); steps++) {
      if (steps > MAX_CLIMB) throw new Error(ENDLESS_CLIMB);
      branch = at;
      at = at.parentNode;
    }
    if (at === null) return true;
    const toNode = path.get(at)!;
    // `other` is `node` or inside it: after; an ancestor of `node`: before.
    if (toNode === null) return false;
    if (branch === null) return true;
    return (branch.compareDocumentPosition(toNode) & DOCUMENT_POSITION_FOLLOWING) !== 0;
  };
}

/** Whether the largest block is a few paragraphs on a page that asks the reader to act (see CALL_TO_ACTION). */
function isPitch(document: Document, roots: Root[], prose: BlockProse): boolean {
  // The block that sufficed first: an article's body holds more paragraphs long before the page ends.
  if (!isFewParagraphs(prose)) return false;
  // The largest block of the whole page, measured on past what sufficed.
  prose.reach(roots, Infinity);
  if (!isFewParagraphs(prose)) return false;
  let calls = 0;
  // From the browser's cached tag lists, cheaper than matching 'a, button'; the order counts for nothing.
  for (const tag of ACTIONS) {
    for (const action of document.getElementsByTagName(tag)) {
      const text = action.textContent ?? '';
      if (text.length <= MAX_CALL_TO_ACTION_CHARS && CALL_TO_ACTION.test(text) && ++calls >= MIN_CALLS_TO_ACTION) return true;
    }
  }
  return false;
}

/** Whether the block holding the largest prose so far holds at most MAX_PITCH_PARAGRAPHS long paragraphs. */
function isFewParagraphs(prose: BlockProse): boolean {
  const { block } = prose;
  if (block === null || block.nodeType !== ELEMENT_NODE) return false;
  let paragraphs = 0;
  for (const paragraph of (block as Element).getElementsByTagName('p')) {
    if (prose.isLong(paragraph) && ++paragraphs > MAX_PITCH_PARAGRAPHS) return false;
  }
  return true;
}

/**
 * The most long paragraphs in a row among siblings, up to MIN_PARAGRAPH_RUN. A run is walked from its
 * first paragraph only: one starting at a paragraph already walked is the tail of a run already counted.
 */
function longestRun(paragraphs: ArrayLike<Element>, prose: BlockProse): number {
  let longest = 0;
  const walked = new Set<Element>();
  for (let i = 0; i < paragraphs.length && longest < MIN_PARAGRAPH_RUN; i++) {
    if (walked.has(paragraphs[i])) continue;
    let run = 0;
    for (let at: Element | null = paragraphs[i]; at !== null; at = at.nextElementSibling) {
      if (at.localName === 'p') {
        walked.add(at);
        run += (prose.charsOf(at) ?? 0) >= MIN_PARAGRAPH_CHARS ? 1 : 0;
      } else if (!WITHIN_RUN.has(at.localName)) break;
    }
    longest = Math.max(longest, run);
  }
  return longest;
}

/** Each substring selector costs a pass over every element: cart buttons are counted only when prices come close. */
function isShop(roots: Root[]): boolean {
  const count = (selector: string) => roots.reduce((sum, root) => sum + root.node.querySelectorAll(selector).length, 0);
  let prices = 0;
  for (const root of roots) for (const mark of root.node.querySelectorAll(MAYBE_PRICE_MARKS)) if (isPriceMark(mark)) prices++;
  return prices >= MIN_SHOP_MARKS || (prices >= MIN_SHOP_MARKS / 2 && prices + count(CART_MARKS) >= MIN_SHOP_MARKS);
}
