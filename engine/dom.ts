/** Small DOM helpers that behave the same in browsers and in linkedom (no layout, no innerText). */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
/** A CDATA section's node type: `textContent` includes its text as it does a text node's. */
export const CDATA_SECTION_NODE = 4;
export const COMMENT_NODE = 8;
export const DOCUMENT_NODE = 9;
/** What a TreeWalker shows (NodeFilter.SHOW_*): NodeFilter itself is a browser global, missing in Node DOMs. */
export const SHOW_ELEMENT = 1;
export const SHOW_TEXT = 4;
export const SHOW_CDATA_SECTION = 8;

/** Elements that never carry article text. */
export const NON_CONTENT_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'link', 'meta', 'head', 'title', 'svg', 'canvas', 'object',
  'embed', 'input', 'button', 'select', 'textarea', 'option', 'label', 'dialog',
]);

/** Phrasing elements: their text belongs to the paragraph around them. */
export const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's',
  'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'br', 'img', 'picture', 'del', 'ins',
]);

/** True when every child is text or phrasing content, and there is text: the wrapper is really a paragraph. */
export function holdsOnlyInline(element: Element): boolean {
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (isElement(child) && !INLINE_TAGS.has(tagOf(child))) return false;
  }
  return (element.textContent ?? '').trim() !== '';
}

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** HEADING_TAGS as a selector. */
export const HEADINGS = [...HEADING_TAGS].join(', ');

export function isElement(node: Node | null): node is Element {
  return node !== null && node.nodeType === ELEMENT_NODE;
}

/**
 * Whether `parent` has at least `count` element children, counted without building the list of them
 * that `children` and `childElementCount` build in linkedom (asked of every element of a page).
 */
export function hasElementChildren(parent: Element, count: number): boolean {
  let seen = 0;
  for (let child = parent.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (++seen >= count) return true;
  }
  return false;
}

/**
 * What elements made alike share: their tag and their class attribute (the cards of a grid, the sections of
 * a page built from one template). Elements with equal keys are alike.
 */
export const alikeKey = (element: Element) => `${element.localName} ${element.getAttribute('class') ?? ''}`;

/** The node and its ancestors, the root first. */
function pathTo(node: Node): Node[] {
  const path: Node[] = [];
  for (let at: Node | null = node; at !== null; at = at.parentNode) path.push(at);
  return path.reverse();
}

/**
 * A comparator putting nodes in document order (an ancestor before its descendants). Written out because
 * linkedom's compareDocumentPosition compares depths, not positions.
 */
export function inDocumentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const [pathA, pathB] = [pathTo(a), pathTo(b)];
  let depth = 0;
  while (depth < pathA.length && depth < pathB.length && pathA[depth] === pathB[depth]) depth++;
  if (depth === pathA.length) return -1;
  if (depth === pathB.length) return 1;
  for (let node = pathA[depth].nextSibling; node !== null; node = node.nextSibling) if (node === pathB[depth]) return -1;
  return 1;
}

/** Names that lowercasing leaves as they are: HTML's own and custom elements', as parsers write them. */
const LOWERCASE_NAME = /^[a-z0-9-]*$/;

/**
 * The element's tag name, lowercase. Asked of every element several times a read: the names already
 * lowercase (all but SVG's camel-cased ones) are returned as they are, without building a new string.
 */
export function tagOf(element: Element): string {
  const name = element.localName;
  return LOWERCASE_NAME.test(name) ? name : name.toLowerCase();
}

/**
 * The document's <head> and <body> as the DOM standard defines them: the first such child of the root
 * element (null without one; a frameset page has no body to read). Never the document's own head and
 * body getters: linkedom's insert an empty one into a page whose markup lacks it where they look, so
 * reading a saved page through them would change it, and its body could read as empty.
 */
function childOfRoot(document: Document, tag: string): Element | null {
  for (const child of document.documentElement?.children ?? []) {
    if (tagOf(child) === tag) return child;
  }
  return null;
}

export const headOf = (document: Document) => childOfRoot(document, 'head');
export const bodyOf = (document: Document) => childOfRoot(document, 'body');

/**
 * The element itself or its nearest ancestor that passes `test`: `closest` without the selector a Node
 * DOM compiles at each call (asked of every text block of an article).
 */
function closestWhere(element: Element, test: (at: Element) => boolean): Element | null {
  for (let at: Element | null = element; at !== null; at = at.parentElement) {
    if (test(at)) return at;
  }
  return null;
}

/** The element itself or its nearest ancestor whose tag is one of `tags` (see closestWhere). */
export const closestTag = (element: Element, tags: ReadonlySet<string>) => closestWhere(element, (at) => tags.has(tagOf(at)));

/**
 * A link within a heading to a place in the page: the heading's permalink (the "#", "¶" or the whole
 * heading that blogs and documentation sites link to their own section), not a link the writer made.
 */
export const isHeadingPermalink = (link: Element) => (link.getAttribute('href') ?? '').startsWith('#') && closestTag(link, HEADING_TAGS) !== null;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the text holds a word: a letter or a digit in any script (not only symbols, dashes or space). */
export const hasWords = (text: string) => WORD_CHAR.test(text);

/**
 * The page's article or main landmark (`article, main, [role="main"]`), tested without the selector a
 * Node DOM compiles at each call (asked of each ancestor of every block the footer rules name).
 */
export function isLandmark(element: Element): boolean {
  const tag = tagOf(element);
  return tag === 'article' || tag === 'main' || element.getAttribute('role') === 'main';
}

/** The element itself or its nearest ancestor that is a landmark (see isLandmark). */
export const closestLandmark = (element: Element) => closestWhere(element, isLandmark);

/** Whitespace that is not a single space: where collapsing it to single spaces changes the text. */
const SPACE_TO_COLLAPSE = /[^\S ]| {2}/;

/**
 * The text with each run of whitespace made one space. Texts already spaced so (most short ones) are
 * returned as they are: the regular expression's replace would build a copy of each.
 */
export function oneSpaced(text: string): string {
  return SPACE_TO_COLLAPSE.test(text) ? text.replace(/\s+/g, ' ') : text;
}

export function collapseSpace(text: string): string {
  return oneSpaced(text).trim();
}

const NOT_SPACE = /\S/;

/** True when the text holds more than whitespace: collapseSpace's answer is not '', without building it. */
export function hasText(text: string): boolean {
  return NOT_SPACE.test(text);
}

/** The element's text with whitespace collapsed. */
export function textOf(node: Node): string {
  return collapseSpace(node.textContent ?? '');
}

/** Text length in characters without whitespace (what `\s` matches), counted without copying the text. */
export function charCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i))) count++;
  }
  return count;
}

/**
 * `measure` summed over the texts under `root` (what `textContent` joins), in document order, counted
 * no further than past `max`: a size asked of a page-wide block is answered without building its text.
 */
function measuredText(root: Node, max: number, measure: (text: string) => number): number {
  let total = 0;
  // A TreeWalker, not the firstChild, nextSibling and parentNode getters: a hostile page's form shadows
  // those with controls so named (`<input name="parentNode">`, DOM clobbering), and a walk by them
  // would never end; the walker moves natively (and in linkedom in one pass over its list of nodes).
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, SHOW_TEXT | SHOW_CDATA_SECTION);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    total += measure(node.nodeValue ?? '');
    if (total > max) return total;
  }
  return total;
}

/** The length of the node's `textContent` when at most `max`, else some length above `max`. */
export const textLengthUpTo = (root: Node, max: number) => measuredText(root, max, (text) => text.length);

/** charCount of the node's `textContent` when at most `max`, else some count above `max`. */
export const charsUpTo = (root: Node, max: number) => measuredText(root, max, charCount);

/** True when the text holds no more than `max` characters besides whitespace (charCount), counting no further than that. */
export function hasCharsAtMost(text: string, max: number): boolean {
  if (text.length <= max) return true;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i)) && ++count > max) return false;
  }
  return true;
}

/** The UTF-16 code units `\s` matches; printable ASCII and most letters are answered by the first test. */
function isSpace(code: number): boolean {
  if (code > 32 && code < 160) return false;
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** A CJK character carries about as much as a short word with its space in Latin scripts. */
export const CJK_WEIGHT = 3;

/**
 * The code units every character of those scripts lies in: Hangul Jamo, and CJK radicals to the
 * halfwidth forms, the surrogates of the supplementary planes included. Testing them first is far
 * cheaper than the Unicode-script class, whose first use alone costs a browser tenths of a millisecond;
 * Latin text with typographic quotes and dashes (U+2000-206F) stays outside.
 */
export const MAYBE_CJK = /[\u1100-\u11ff\u2e80-\uffef]/;

/** How much there is to read: characters, with CJK characters weighted so thresholds suit every script. */
export function proseLength(text: string): number {
  const cjk = MAYBE_CJK.test(text) ? (text.match(CJK_CHARACTER)?.length ?? 0) : 0;
  // charCount's count, but by a native replace: the page-load detector runs this once per page with cold
  // code, where charCount's loop runs interpreted (p95 3-5x isProbablyReaderable's in npm run bench -- --detection, 1.5-1.7x this way).
  return text.replace(/\s+/g, '').length + (CJK_WEIGHT - 1) * cjk;
}

/** Share of an element's text that sits inside links. */
export function linkDensity(element: Element): number {
  const total = charCount(element.textContent ?? '');
  if (total === 0) return 0;
  let linked = 0;
  for (const link of element.querySelectorAll('a[href]')) linked += charCount(link.textContent ?? '');
  return Math.min(1, linked / total);
}

/**
 * The class attribute, read from its attribute node: linkedom's getAttribute('class') allocates a token
 * list for the element and joins it into a new string at each read (about 30x the cost over a page's
 * elements), where the node holds the string ready. The tests asked of every element (hidden, clutter
 * by name) take it read once by their caller, and read it as whitespace-separated names.
 */
export const classOf = (element: Element) => element.getAttributeNode('class')?.value ?? null;

const FIRST_CLASS = /\S+/;
/** The element's first class, or undefined: what a template's blocks keep whatever state classes follow (`answer accepted-answer`). */
export const firstClassOf = (element: Element): string | undefined => FIRST_CLASS.exec(classOf(element) ?? '')?.[0];

/**
 * The element's class and id as one kebab-case string: `_`, camelCase and case are normalised, and
 * WordPress's taxonomy classes on a post (`tag-cookies`, `category-social`) are dropped because they describe
 * the post's subject, not the block's role (see WORDPRESS_POST); so is an id made from the block's own heading
 * (see headingSlugId). The test id a site's engineers give a block (`data-testid="buy-box-ad"`,
 * `reviews-and-ratings`) is read with the id: sites built with CSS-in-JS or CSS modules hash their classes
 * (which they still print), and the test id is then the only name saying what a block is.
 */
export function classAndId(element: Element, className = classOf(element)): string {
  const classes = className ?? '';
  const ownId = headingSlugId(element) ? '' : (element.getAttribute('id') ?? '');
  // Asked of every element: one with neither class nor id (most of a page's) is not asked for a test id.
  if (classes === '' && ownId === '') return '';
  const testId = testIdOf(element);
  const id = testId === null ? ownId : `${ownId} ${testId}`;
  // Looked up by the two strings as read, so no joined string is built (and hashed) per element.
  let byId = namesCache.get(classes);
  if (byId === undefined) namesCache.set(classes, (byId = new Map()));
  let names = byId.get(id);
  if (names === undefined) {
    if (cachedNames >= MAX_CACHED_NAMES) [namesCache, cachedNames] = [new Map([[classes, byId]]), 0];
    names = normaliseNames(`${classes} ${id}`);
    byId.set(id, names);
    cachedNames++;
  }
  return names;
}

/**
 * A test id's names, found like a class's, that a test presses rather than reads (`primary-cta`,
 * `addToCartButton`): tests find the buttons and links they click by such ids, whatever the block is (a
 * service's own "Shop X1" link), so they do not say it is a promo.
 */
const PRESSED_CONTROL = /(?:^|[^a-z0-9])(?:cta|btn|button)(?:$|[^a-z0-9])/;

/** The element's test id (see classAndId), unless it names a control a test presses. */
function testIdOf(element: Element): string | null {
  const testId = element.getAttribute('data-testid') ?? element.getAttribute('data-test-id');
  return testId === null || PRESSED_CONTROL.test(normaliseNames(testId)) ? null : testId;
}

/** A heading's words as an anchor: lowercase, each run of other characters one dash ("Cookies¶" reads `cookies`). */
const slugOf = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

/**
 * True when a <section>'s id is its opening heading's words, or a heading's id its own words:
 * documentation generators and editors anchor each section by its heading (`cookies`,
 * `respond-to-review-comments`, `what-share-of-adolescents-report-…`), which names the section's
 * subject, not its role. Other blocks so anchored are a theme's boxes, whose heading may say their role
 * (`<figure id="Comments"><h2>Comments</h2>`); a heading so named still goes with its box, or by its words.
 */
function headingSlugId(element: Element): boolean {
  const tag = tagOf(element);
  const id = tag === 'section' || HEADING_TAGS.has(tag) ? element.getAttribute('id') : null;
  const heading = !id ? null : tag === 'section' ? element.firstElementChild : element;
  return heading != null && HEADING_TAGS.has(tagOf(heading)) && slugOf(heading.textContent ?? '') === slugOf(id!);
}

/** Pages repeat the same class strings on many elements; normalising each once saves most of the work. */
let namesCache = new Map<string, Map<string, string>>();
let cachedNames = 0;
const MAX_CACHED_NAMES = 10_000;

/**
 * WordPress prints a post's taxonomy and state classes (`category-news`, `tag-climate`, `format-video`,
 * `author-jane`) on the post's own element and the body, always beside the post's number (`post-123`,
 * `postid-123`, `page-id-7`) or `hentry`: they say what it is filed under, not the block's role. Elsewhere
 * the same prefixes are a block's own name (a widget's `tag-share`, a theme's `type-footer`).
 */
const WORDPRESS_POST = /(?:^|\s)(?:post|postid|page-id)-\d+(?:\s|$)|(?:^|\s)hentry(?:\s|$)/;
const TAXONOMY_CLASS = /^(tag|category|post-tag|format|type|status|postid|page-id|author)-/;

function normaliseNames(raw: string): string {
  const words = raw
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    // BEM's element and modifier separators (`prev-next__link`, `hero-author--bio`) read as one dash,
    // so a block's role word is found beside its element's or modifier's name.
    .replace(/[-_]+/g, '-')
    .split(/\s+/);
  const post = WORDPRESS_POST.test(raw);
  return words.filter((word) => word && !(post && TAXONOMY_CLASS.test(word))).join(' ');
}

/**
 * The CSS frameworks' utility classes that hide an element (Bootstrap's d-none and visually-hidden,
 * HTML5 Boilerplate's visuallyhidden (a screen reader's labels: "Item 3", "Opens in a new window"),
 * Tailwind's hidden and sr-only, Bulma's is-hidden, toolkits' prefixed display-none, visually-hidden and
 * screen-reader-only such as Etsy's wt-display-none and wt-screen-reader-only ("Sale price"), the prefixed
 * display-none in BEM's modifier spelling (Quora's qu-display--none: each answer's full copy beside its
 * preview; not a theme's unprefixed display--none, a modifier its script may take off), Webflow's
 * w-condition-invisible, Korean sites' blind (their screen reader's text: a video's scene described
 * frame by frame), Invision Community's ipsHide (each post's closed menus: "Link to comment", "Share on
 * other sites", the poster's system specs), and the common hide/hidden), unless a class shows it again from some screen
 * width on (`d-none d-md-block`, `hidden lg:flex`, `wt-display-none wt-display-block-lg`): shops park
 * data and closed dialogs in them, and Webflow sites the blocks a condition rules out (a gated copy of
 * the whole article beside the open one).
 */
const HIDING_CLASS = /(?:^|\s)(?:hidden|hide|d-none|is-hidden|u-hidden|visuallyhidden|sr-only|blind|w-condition-invisible|ipsHide|(?:[a-z]+-)?(?:display-none|visually-hidden|screen-?reader-only)|[a-z]+-display--none)(?:\s|$)/;
const SHOWING_CLASS =
  /(?:^|\s)(?:d-(?:sm|md|lg|xl|xxl)-(?!none)[a-z-]+|(?:sm|md|lg|xl|2xl):(?!hidden)[a-z-]+|(?:[a-z]+-)?display-(?!none)[a-z-]+-(?:sm|md|lg|xl|xxl))(?:\s|$)/;

/**
 * An accordion's folded panel, in WAI-ARIA's accordion pattern (a region labelled by the heading's
 * button that unfolds it): the article's text folded under its headings, which a reader view shows unfolded.
 */
const isFoldedPanel = (element: Element) => element.getAttribute('role') === 'region' && element.hasAttribute('aria-labelledby');

/** Bootstrap's tab panel (`.tab-content > .tab-pane`), which many themes and shops print without the ARIA role. */
const TAB_PANE = /(?:^|\s)tab-pane(?:\s|$)/;
/**
 * The hidden content of a fold a click opens: Bootstrap's `.collapse`, a collapse animation's wrapper
 * (`chakra-collapse`), an accordion's panel, a "Read more" expander's or a toggle's content. A shop folds
 * its product's description and details so.
 */
const FOLD_CONTENT = /(?:^|[\s_-])(?:collapse|expander-content|toggle__content|toggle-content|accordion__content|accordion__panel|accordion-content|accordion-body|accordion-collapse)(?:\s|$)/;

/**
 * A tab set's panel in WAI-ARIA's tabs pattern or Bootstrap's (TAB_PANE), hidden while another tab is
 * chosen: in the article a reader view shows every tab's text in turn (a guide's steps for each system,
 * a service's plans, a product's specifications), so the cleaning keeps it. The scoring still passes
 * over it, judging a block by what the page shows: a prompt's tab set (a notifications popover's steps
 * for each browser) must not win on its hidden tabs.
 */
const isTabPanel = (element: Element) => element.getAttribute('role') === 'tabpanel' || TAB_PANE.test(classOf(element) ?? '');

/** A question heading its folded answer is a line, not a paragraph. */
const MAX_QUESTION_CHARS = 200;
/** A folded answer says something; a hidden "Thanks for your feedback!" after "Was this helpful?" does not. */
const MIN_ANSWER_CHARS = 60;

/**
 * The folded answer of an FAQ whose accordion has no telling class (a styled-components `sc-...`): a
 * hidden block right after its question, a short line ending in a question mark.
 */
function answersQuestion(element: Element): boolean {
  const before = element.previousElementSibling?.textContent ?? '';
  // Most hidden blocks follow no question: their sibling's text is not collapsed.
  if (!before.trimEnd().endsWith('?')) return false;
  return collapseSpace(before).length <= MAX_QUESTION_CHARS && charCount(element.textContent ?? '') >= MIN_ANSWER_CHARS;
}

/** A tab panel (see isTabPanel), a fold's content (FOLD_CONTENT) or an FAQ's answer: hidden until the reader asks, and kept by the cleaning as they are. */
export const isFoldedContent = (element: Element) => isTabPanel(element) || FOLD_CONTENT.test(classOf(element) ?? '') || answersQuestion(element);

/**
 * A wrapper around a folded panel and nothing else, hidden with it (Chakra's and others' collapse animation).
 * Its only child is found without `childElementCount`, which builds the list of children in linkedom
 * (asked of every element of a page, twice a read).
 */
function foldsPanel(element: Element): boolean {
  const child = element.firstElementChild;
  return child !== null && isFoldedPanel(child) && child.nextElementSibling === null;
}

/** Hidden by markup, inline style or a hiding utility class (no layout exists in linkedom, so computed style is not used). */
export function isHiddenByMarkup(element: Element, className = classOf(element)): boolean {
  const style = element.getAttribute('style');
  const hidden =
    element.hasAttribute('hidden') ||
    (style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) ||
    (className !== null && HIDING_CLASS.test(className) && !SHOWING_CLASS.test(className));
  // A folded panel is asked about last: most elements are not hidden at all.
  return hidden && !isFoldedPanel(element) && !foldsPanel(element);
}

/** Tailwind's and Bootstrap's breakpoints up to a desktop's width, narrowest first (2xl and xxl are wider than most screens). */
const BREAKPOINTS = ['sm', 'md', 'lg', 'xl'];
/** A class setting the display from a breakpoint on: `md:hidden`, `lg:flex`, `d-md-none`, `d-xl-block`. */
const DISPLAY_FROM_BREAKPOINT = /(?:^|\s)(?:(sm|md|lg|xl):(hidden|block|flex|grid|inline|inline-block|inline-flex|inline-grid|table|contents)|d-(sm|md|lg|xl)-(none|block|flex|grid|inline|inline-block|inline-flex|table))(?=\s|$)/g;

/**
 * Other frameworks' names for a block shown on small screens only: Bootstrap 3's (`hidden-lg`,
 * `visible-xs`), Foundation's (`hide-for-large`, `show-for-small-only`), Bulma's (`is-hidden-desktop`),
 * and the plain names themes write (`mobile-only`, `hide-desktop`, `large-hide`).
 */
const HIDDEN_ON_DESKTOP =
  /(?:^|\s)(?:hidden-(?:md|lg|desktop)|visible-(?:xs|sm)(?:-block)?|hide-for-(?:medium|large)(?:-up)?|show-for-small-only|is-hidden-desktop|(?:mobile|phone)-only|hide-(?:on-)?desktop|(?:desktop|large)-hide)(?=\s|$)/;

/**
 * True when the classes hide the element on a desktop's screen (`md:hidden`, `d-lg-none`, `flex md:hidden
 * lg:flex xl:hidden`): the widest breakpoint class up to xl decides. Themes print such a block for phones
 * beside the one the desktop's layout shows (see removePhoneCopies in clean.ts); the scoring still reads it,
 * for the desktop's may be a grid of links or a tab it passes over.
 */
export function isPhoneCopy(className: string | null): boolean {
  if (className === null) return false;
  if (HIDDEN_ON_DESKTOP.test(className)) return true;
  let widest = -1;
  let hidden = false;
  for (const [, tailwind, tailwindDisplay, bootstrap, bootstrapDisplay] of className.matchAll(DISPLAY_FROM_BREAKPOINT)) {
    const breakpoint = BREAKPOINTS.indexOf(tailwind ?? bootstrap);
    if (breakpoint < widest) continue;
    widest = breakpoint;
    hidden = (tailwindDisplay ?? bootstrapDisplay) === 'hidden' || bootstrapDisplay === 'none';
  }
  return hidden;
}

/**
 * A <noscript> whose content was parsed into elements (scripting off: Node, crawlers' snapshots) holds
 * the page's content for readers without scripts (forums render their posts there). With scripting on,
 * browsers keep it as raw text, which is never content.
 */
export function isParsedNoscript(element: Element): boolean {
  if (tagOf(element) !== 'noscript') return false;
  for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (tagOf(child) !== 'img') return true;
  }
  return false;
}

/**
 * Readers' comments and product reviews: a "Written by" there names a reader who commented or reviewed a
 * product, and a date there is the day a reader posted, not the writer's.
 */
export const READERS_POSTS = '[class*="comment" i], [id*="comment" i], [class*="review" i]';

/**
 * Text nodes under root in document order, by a TreeWalker: linkedom's gathers them in one pass over
 * its list of nodes, about twice as fast as walking the child and sibling getters, which search that list.
 */
export function textNodes(root: Element): Node[] {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  const found: Node[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) found.push(node);
  return found;
}

/**
 * Where the engine's copies of page content live. Copies must not belong to the live page: a browser
 * starts loading a cloned <img> at once, so a hostile page's `onerror` would run (and SVG <use> would
 * fetch) while the copy is being cleaned. A document made by createHTMLDocument has no browsing
 * context: nothing in it loads or runs. Node DOMs without `implementation` (linkedom) run nothing
 * anyway, so they copy into the page's own document.
 */
export function inertDocumentFor(page: Document): Document {
  return page.implementation?.createHTMLDocument?.('') ?? page;
}

/** How many text pieces after the h1 are read for a byline or a date: those sit beside the headline, not in the body. */
const MAX_TEXTS_AFTER_TITLE = 40;
/** How many text pieces before the h1 are read too: a header's kicker, date or byline line above the headline. */
const MAX_TEXTS_BEFORE_TITLE = 10;

const isContent = (node: Node) => !isElement(node) || !NON_CONTENT_TAGS.has(tagOf(node));

/**
 * The node after `node` in document order: its first child when `enter`, else the next node outside it.
 * Written out because linkedom's TreeWalker ignores a `currentNode` set on it and always walks from the root.
 */
function following(node: Node, enter: boolean): Node | null {
  if (enter && node.firstChild !== null) return node.firstChild;
  for (let at: Node | null = node; at !== null; at = at.parentNode) {
    if (at.nextSibling !== null) return at.nextSibling;
  }
  return null;
}

/** The node before `node` in document order, the text of non-content elements skipped. */
function preceding(node: Node): Node | null {
  let at = node.previousSibling;
  if (at === null) return node.parentNode;
  while (at.lastChild !== null && isContent(at)) at = at.lastChild;
  return at;
}

const pieceOf = (node: Node) => (node.nodeType === TEXT_NODE ? collapseSpace(node.nodeValue ?? '') : '');

/**
 * The text pieces beside the page's h1, whitespace collapsed, empty ones and the text of scripts, styles
 * and other non-content elements skipped: the first ones after it (its own text excluded), then the last
 * ones before it (a date or a byline shown above the headline), each run in document order.
 * `heading` is the page's first h1, which the caller has already looked up for the title.
 */
export function textsBesideTitle(document: Document, heading: Element | undefined): string[] {
  if (!heading) return [];
  const after: string[] = [];
  for (let node = following(heading, false); node !== null && after.length < MAX_TEXTS_AFTER_TITLE; node = following(node, isContent(node))) {
    const piece = pieceOf(node);
    if (piece !== '') after.push(piece);
  }
  const before: string[] = [];
  const body = bodyOf(document);
  for (let node = preceding(heading); node !== null && node !== body && before.length < MAX_TEXTS_BEFORE_TITLE; node = preceding(node)) {
    const piece = pieceOf(node);
    if (piece !== '') before.unshift(piece);
  }
  return [...after, ...before];
}
