/**
 * Clones the chosen blocks and cleans the clone: non-content elements, hidden elements and clutter
 * (by the rule set) go, lazy images get their sources. The live page is only read, never changed.
 */
import { MAX_CLUTTER_LINE_CHARS, asLine, inSiteFooter, isAuthorBoxHeading, isCardButton, isClutterByName, isOwnLineClutter, isClutterLine, isFillerLine, keptInThread, isProductPageClutter, isRecirculationLabel, isSidebar, opensClutterSentence } from './clutter';
import { AUTHOR_BOX, NEW_WINDOW_HINT } from './rules';
import { HEADINGS, HEADING_TAGS, INLINE_TAGS, NON_CONTENT_TAGS, TEXT_NODE, alikeKey, charCount, charsUpTo, classOf, closestTag, collapseSpace, hasElementChildren, hasText, hasWords, inertDocumentFor, isElement, isFoldedContent, isHeadingPermalink, isHiddenByMarkup, isParsedNoscript, isPhoneCopy, linkDensity, tagOf, textNodes } from './dom';
import { resolveImages } from './images';
import { spaceAbuttingFields } from './abutting-inlines';
import { sectionButtons, sectionsNamedAlike } from './named-sections';
import { isScriptData } from './script-data';
import { removeLinkedHeadlineRuns } from './linked-headlines';
import { isTeaserList } from './trim-tail';
import { readsAsTitle } from './title';
import { otherProductSections } from './product-grid';
import { shopLinkLists } from './shop-link-lists';
import type { ProductPage } from './product-page';
import { VIDEO_EMBED } from './video-embed';
import { removeQuotedPosts } from './quoted-posts';
import { reduceLinkCards } from './link-cards';

/** A block holding this share of the article's text is the article, whatever its name says. */
const MAX_CLUTTER_SHARE = 0.5;
/** A block opening with a clutter line is removed whole when it is mostly links, or has little else. */
const CLUTTER_BLOCK_LINK_DENSITY = 0.5;
const MAX_PROSE_BESIDE_LINE = 100;
/** Under a recirculation heading, cards of up to this many characters per link (name, price, delivery) are teasers. */
const MAX_CARD_CHARS_PER_LINK = 400;
/** The children of a <video> or <audio> that are what it plays, not its fallback. */
const MEDIA_SOURCES = new Set(['source', 'track']);
/** Forms longer than this are page wrappers (ASP.NET pages put everything in one), not sign-up boxes. */
const MAX_FORM_CHARS = 400;
/**
 * What a reader fills in or presses: a form without any (only hidden inputs) shows no box to fill, it
 * wraps text (a link aggregator prints each comment inside the form that edits it).
 */
const FORM_CONTROLS = 'input:not([type="hidden" i]), textarea, select, button';

/** How many times the clutter by name is asked again inside sections found to be the page's (see removeClutter). */
const MAX_SECTION_ROUNDS = 3;

/** A copy of the article's blocks in an inert document (see dom.ts), wrapped in one element when there are several. */
export function cloneParts(parts: Element[]): Element {
  const inert = inertDocumentFor(parts[0].ownerDocument);
  if (parts.length === 1) return inert.importNode(parts[0], true);
  const wrapper = inert.createElement('div');
  for (const part of parts) wrapper.append(inert.importNode(part, true));
  return wrapper;
}

/** Parsed <noscript> content is the page's own (see isParsedNoscript): its children take its place. */
function unwrapNoscripts(root: Element): void {
  for (const noscript of [...root.getElementsByTagName('noscript')]) {
    if (isParsedNoscript(noscript)) noscript.replaceWith(...noscript.childNodes);
  }
}

/** A heading by its tag or by its ARIA role. */
const HEADING_SELECTOR = `${HEADINGS}, [role="heading"]`;

/**
 * An accordion's toggle written as the WAI-ARIA pattern has it, a button inside a heading
 * (`<h3><button aria-expanded>Who is this course for?</button></h3>`: an FAQ's questions, a page's folded
 * sections), says the heading's words: the button gives way to its text, which a control's never is.
 * Only a button holding the heading's whole text is one. Returns the headings so opened (see removeEmptyToggles).
 */
function unwrapHeadingButtons(root: Element): Element[] {
  const headings: Element[] = [];
  for (const button of [...root.getElementsByTagName('button')]) {
    const heading = button.closest(HEADING_SELECTOR);
    // A button beside the heading's words ("Attributes <button>Expand all</button>") is a control of its own.
    if (heading === null || collapseSpace(heading.textContent ?? '') !== collapseSpace(button.textContent ?? '')) continue;
    button.replaceWith(...button.childNodes);
    headings.push(heading);
  }
  return headings;
}

/**
 * A toggle's heading (see unwrapHeadingButtons) with nothing after it once the page's clutter is gone
 * opened a panel the page filled in by script or hid for good: a question without its answer, a facet's
 * name without its choices. It goes. The heading's own wrappers (a header holding only it) are passed first.
 */
function removeEmptyToggles(headings: Element[]): void {
  for (const heading of headings) {
    let item = heading;
    while (item.parentElement !== null && item.parentElement.childElementCount === 1) item = item.parentElement;
    let answered = false;
    for (let next = item.nextElementSibling; next !== null && !answered; next = next.nextElementSibling) answered = hasWords(next.textContent ?? '');
    if (!answered) heading.remove();
  }
}

/**
 * The ids of the panels a heading unfolds: a heading, or a control inside one, names them in aria-controls
 * (`<h3 role="button" aria-controls="tab-2">Penetration testing</h3>`). Each is a tab set's or an accordion's
 * panel under its own heading, whatever its classes, hidden until the reader opens it.
 */
function panelsUnfoldedByHeadings(root: Element): Set<string> {
  const ids = new Set<string>();
  for (const control of root.querySelectorAll('[aria-controls]')) {
    if (control.closest(HEADING_SELECTOR) === null) continue;
    for (const id of (control.getAttribute('aria-controls') ?? '').split(/\s+/)) if (id !== '') ids.add(id);
  }
  return ids;
}

/**
 * Elements that are never article content: scripts and the like, hidden ones (but a tab set's panels, folds'
 * contents and the panels a heading unfolds, by id in `unfolded`), ad frames, short forms.
 */
function isNonContent(element: Element, className: string | null, unfolded: Set<string>): boolean {
  const tag = tagOf(element);
  return (
    (NON_CONTENT_TAGS.has(tag) && tag !== 'noscript') ||
    (isHiddenByMarkup(element, className) && !isFoldedContent(element) && !unfolded.has(element.getAttribute('id') ?? '')) ||
    // Embedded players readers expect to keep (see video-embed.ts); every other iframe is an ad, a widget or a tracker.
    (tag === 'iframe' && !VIDEO_EMBED.test(element.getAttribute('src') ?? '')) ||
    (tag === 'form' && charsUpTo(element, MAX_FORM_CHARS) <= MAX_FORM_CHARS && element.querySelector(FORM_CONTROLS) !== null)
  );
}

/**
 * The largest block that opens with the clutter line `text` and is clutter as a whole: mostly links
 * (a "Related" list), nothing much besides that line (a cookie notice, a member's "Joined" details),
 * under a recirculation heading, teaser cards (a shop's "Similar items" carousel, whose cards link
 * their pictures and print names and prices as plain text), or under an author box's heading ("About
 * the author", "Written by Jane Doe"), a bio-sized box. A block with real prose besides the line (the forum post around those details) is
 * not taken.
 */
function clutterBlockOf(text: Node, root: Element, rootChars: number): Element | null {
  const paragraph = opensClutterSentence(asLine(text.nodeValue ?? '')) ? paragraphOpenedBy(text, root) : null;
  const lineChars = charCount((paragraph ?? text).textContent ?? '');
  const recirculation = isRecirculationLabel(text.nodeValue ?? '');
  const authorBox = isAuthorBoxHeading(text);
  let block: Element | null = null;
  for (let element = text.parentElement; element !== null && element !== root; element = element.parentElement) {
    const chars = charCount(element.textContent ?? '');
    if (chars > rootChars * MAX_CLUTTER_SHARE) break;
    const density = linkDensity(element);
    const proseBesideLine = chars * (1 - density) - lineChars;
    const clutterAsWhole =
      density >= CLUTTER_BLOCK_LINK_DENSITY ||
      proseBesideLine <= MAX_PROSE_BESIDE_LINE ||
      (recirculation && isTeaserList(element, MAX_CARD_CHARS_PER_LINK) && !holdsParagraph(element)) ||
      (authorBox && chars <= AUTHOR_BOX.maxChars);
    if (!clutterAsWhole) break;
    block = element;
    if (!opensItsParent(element)) break;
  }
  return block;
}

/**
 * The paragraph a clutter sentence opens: the block around the text, past its inline wrappers (a
 * <strong>, a link), when the text comes first in it, and the block holds no other block and is no
 * longer than a clutter line. The sentence runs on past the text ("Did you make one of my recipes?
 * <em>Leave a rating</em>", "Subscribe to <a>our newsletter</a>"): the whole paragraph is the line.
 */
function paragraphOpenedBy(text: Node, root: Element): Element | null {
  let node: Node = text;
  let block = text.parentElement;
  for (;;) {
    if (block === null || block === root || !opensItsParent(node)) return null;
    if (!INLINE_TAGS.has(tagOf(block))) break;
    node = block;
    block = block.parentElement;
  }
  if (charsUpTo(block, MAX_CLUTTER_LINE_CHARS) > MAX_CLUTTER_LINE_CHARS) return null;
  for (let child = block.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (!INLINE_TAGS.has(tagOf(child))) return null;
  }
  return block;
}

/**
 * A clutter sentence on a line of its own inside a block, after a <br> (a forum post's "Sent from my
 * iPhone using Tapatalk" under its text): the nodes of that line, from the text (past the inline
 * wrappers it opens) to the next <br>, and the breaks before it. Null when the text does not open a
 * line so, or the line holds a block or is longer than a clutter line.
 */
function brokenLineOf(text: Node): ChildNode[] | null {
  let start: ChildNode = text as ChildNode;
  while (start.parentElement !== null && INLINE_TAGS.has(tagOf(start.parentElement)) && opensItsParent(start)) start = start.parentElement;
  const breaks: ChildNode[] = [];
  for (let node = start.previousSibling; node !== null && (isBreak(node) || (node.nodeType === TEXT_NODE && !hasText(node.nodeValue ?? ''))); node = node.previousSibling) {
    breaks.push(node);
  }
  if (!breaks.some(isBreak)) return null;
  const line: ChildNode[] = [];
  let chars = 0;
  for (let node: ChildNode | null = start; node !== null && !isBreak(node); node = node.nextSibling) {
    if (isElement(node) && !INLINE_TAGS.has(tagOf(node))) return null;
    chars += charCount(node.textContent ?? '');
    line.push(node);
  }
  return chars <= MAX_CLUTTER_LINE_CHARS ? [...breaks, ...line] : null;
}

const isBreak = (node: Node) => isElement(node) && tagOf(node) === 'br';

/** A text that opens with a lowercase letter: a control's label or a heading is capitalised. */
const LOWERCASE_START = /^\s*\p{Ll}/u;
/**
 * A block no longer than this (characters) is a line, not a paragraph: a prompt whose words name a
 * control mid-sentence ("Please sign in to provide feedback") still loses them, as any clutter line does.
 */
const MIN_PARAGRAPH_CHARS = 100;

/**
 * Whether words stand before and after the node on its line, past the inline wrappers it sits in (up to a
 * <br> or a block), and the block that line is in.
 */
function wordsBeside(node: Node): { before: boolean; after: boolean; block: Element | null } {
  const wordsOnSide = (from: Node, side: 'previousSibling' | 'nextSibling') => {
    for (let sibling = from[side]; sibling !== null && !isBreak(sibling); sibling = sibling[side]) {
      if (isElement(sibling) && !INLINE_TAGS.has(tagOf(sibling))) return false;
      if (hasWords(sibling.textContent ?? '')) return true;
    }
    return false;
  };
  let before = false;
  let after = false;
  for (;;) {
    before ||= wordsOnSide(node, 'previousSibling');
    after ||= wordsOnSide(node, 'nextSibling');
    const parent = node.parentElement;
    if (parent === null || !INLINE_TAGS.has(tagOf(parent))) return { before, after, block: parent };
    node = parent;
  }
}

/**
 * True when the text is a sentence's word the writer set in bold or linked ("the flights operated by a
 * single airline <strong>filter</strong>. This can be..."): it opens in lowercase, words stand on both
 * sides of it on its line (past the inline wrappers it sits in, up to a <br>), and its block is a
 * paragraph. A label is capitalised ("Moderator", "Book Now") or opens or closes its line.
 */
function insideSentence(text: Node): boolean {
  if (!LOWERCASE_START.test(text.nodeValue ?? '')) return false;
  const { before, after, block } = wordsBeside(text);
  return before && after && block !== null && charsUpTo(block, MIN_PARAGRAPH_CHARS) > MIN_PARAGRAPH_CHARS;
}

/** A colon right after a line's element: the line introduces what follows it. */
const COLON_AFTER = /^\s*:/;

/**
 * True when a line's element is the writer's words, not a card's button (see CARD_BUTTONS): words come before
 * it on its line ("... get customers in your doors. <a>Learn more</a>"), a colon after it introduces what
 * follows ("<strong>Learn more</strong>: how to pick an installer"), it is or sits in a heading (a section
 * titled "Learn more"), or it is an entry of a list of links whose other entries are no buttons ("Learn
 * more", "See full compatibility"). A card's button opens its line, whatever the card prints after it
 * ("Quick shop 6 colors"), and a card's buttons may stand in a list of their own ("Quick view", "Add to wishlist").
 */
function inWritersLine(element: Element): boolean {
  const next = element.nextSibling;
  return (
    wordsBeside(element).before ||
    closestTag(element, HEADING_TAGS) !== null ||
    (next !== null && next.nodeType === TEXT_NODE && COLON_AFTER.test(next.nodeValue ?? '')) ||
    (tagOf(element) === 'li' && [...(element.parentElement?.children ?? [])].some((item) => item !== element && isWritersEntry(item)))
  );
}

/** True when a list's entry says something other than a card's button. */
function isWritersEntry(item: Element): boolean {
  const line = asLine(item.textContent ?? '');
  return hasWords(line) && !isCardButton(line);
}

/**
 * The teaser cards a recirculation heading introduces when the heading stands alone in its block (page
 * builders put the "Latest News" heading and the posts under it in two sibling widgets): the next
 * block, when it is a list of cards no larger than a clutter block may be.
 */
function cardsAfterHeading(block: Element, text: Node, rootChars: number): Element | null {
  if (!isRecirculationLabel(text.nodeValue ?? '') || collapseSpace(block.textContent ?? '') !== collapseSpace(text.nodeValue ?? '')) return null;
  const next = block.nextElementSibling;
  if (next === null || charsUpTo(next, rootChars * MAX_CLUTTER_SHARE) > rootChars * MAX_CLUTTER_SHARE) return null;
  return isTeaserList(next, MAX_CARD_CHARS_PER_LINK) ? next : null;
}

/**
 * True when a text block under `element` is longer than a card (MAX_CARD_CHARS_PER_LINK): a teaser's
 * excerpt is a line or two, and a block that holds a paragraph is the article beside a sidebar's
 * "Popular posts" (whose many links bring the block's characters per link down to a card's).
 */
function holdsParagraph(element: Element): boolean {
  for (const block of element.querySelectorAll('*')) {
    if (isTextBlock(block) && charsUpTo(block, MAX_CARD_CHARS_PER_LINK) > MAX_CARD_CHARS_PER_LINK) return true;
  }
  return false;
}

/** True when the node has a parent and nothing with text comes before it there. */
function opensItsParent(node: Node): boolean {
  if (node.parentElement === null) return false;
  for (let sibling = node.previousSibling; sibling !== null; sibling = sibling.previousSibling) {
    if (hasText(sibling.textContent ?? '')) return false;
  }
  return true;
}

/**
 * The element that holds a line and nothing else: the outermost of its ancestors whose whole
 * text is the line (a button's `<span><b>`), or null when the line shares its element with other text.
 */
function lineElementOf(text: Node, root: Element): Element | null {
  const line = collapseSpace(text.nodeValue ?? '');
  let own: Element | null = null;
  for (let element = text.parentElement; element !== null && element !== root && collapseSpace(element.textContent ?? '') === line; element = element.parentElement) {
    own = element;
  }
  return own;
}

/**
 * The sign-up box around an email field: its largest ancestor still no longer than a form may be,
 * so the box's heading and its "By subscribing you agree..." line go with the form.
 */
function signUpBoxOf(input: Element, root: Element): Element {
  let box = input;
  for (let element = input.parentElement; element !== null && element !== root; element = element.parentElement) {
    if (charsUpTo(element, MAX_FORM_CHARS) > MAX_FORM_CHARS) break;
    box = element;
  }
  return box;
}

/**
 * The elements under `root` that pass `test`, those inside one left unasked: they go with it, and the
 * clutter questions asked of every element of a removed menu or icon drawing were the costliest part of cleaning.
 */
function outermost(root: Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const stack: Element[] = [];
  const pushChildren = (parent: Element) => {
    for (let child = parent.lastElementChild; child !== null; child = child.previousElementSibling) stack.push(child);
  };
  pushChildren(root);
  for (let element = stack.pop(); element !== undefined; element = stack.pop()) {
    if (test(element)) found.push(element);
    else pushChildren(element);
  }
  return found;
}

/** Filler text (the placeholder group) making more than this share of the content is the content. */
const MIN_FILLER_CONTENT_SHARE = 0.5;

/** Characters of the texts that are a template's filler (see isFillerLine). */
function fillerChars(texts: Node[]): number {
  return texts.reduce((chars, text) => (isFillerLine(text.nodeValue ?? '') ? chars + charCount(text.nodeValue ?? '') : chars), 0);
}

/** What the page is, as far as cleaning its content cares. */
export interface PageKind {
  /** The content is a comment thread (see read-article.ts): its comments are not clutter. */
  thread?: boolean;
  /** The page states a discussion in JSON-LD (a forum thread, a Q&A page): as in a thread, a quote of an earlier post goes (see removeQuotedPosts). */
  discussion?: boolean;
  /**
   * The page is a shop's product page (see productPageOf): its customer reviews and fine print are clutter
   * (see PRODUCT_PAGE_CLUTTER in rules.ts), and on one product's page (`item`) so are the grids of other products.
   */
  product?: ProductPage;
  /**
   * The content is the page's whole body, read because no block held an article: its site footer goes
   * whatever its share, for on a page whose own content did not load it is most of the text.
   */
  body?: boolean;
}

/** Fewer alike lists of links side by side than this are a page's recirculation boxes, not its index. */
const MIN_ALIKE_LISTS = 4;
/** Share of a list's text inside links: a forum's posts, alike too and each with a few links, are prose. */
const MIN_LIST_LINK_DENSITY = 0.6;
/** How far up a list of links is looked at for its alike siblings: its own box (a heading beside it, an ad slot under it). */
const LIST_BOX_LEVELS = 2;

/**
 * A test of whether an element, or its box, is a list of links (see isTeaserList, mostly links) among alike siblings
 * (same tag and classes) that are lists of links too and together hold more than `maxChars`: a page
 * made of many such lists (a recipe index whose theme names each of its lists `recirc-list`) is what it
 * lists, whatever their names say, as a block holding most of the text is (MAX_CLUTTER_SHARE). Each
 * run of alike siblings is judged once.
 */
function listOfListsTest(maxChars: number): (element: Element) => boolean {
  // For each parent, and each tag and classes among its children: the lists of links of that run when they make an index.
  const judged = new Map<Element, Map<string, Set<Element> | null>>();
  const indexOf = (parent: Element, key: string) => {
    // Fewer alike siblings than an index needs are no index, whatever they hold: their links are not counted.
    const alike = [...parent.children].filter((sibling) => alikeKey(sibling) === key);
    if (alike.length < MIN_ALIKE_LISTS) return null;
    const lists = alike.filter((sibling) => isTeaserList(sibling, MAX_CARD_CHARS_PER_LINK) && linkDensity(sibling) >= MIN_LIST_LINK_DENSITY);
    return lists.length >= MIN_ALIKE_LISTS && charCount(lists.map((list) => list.textContent ?? '').join('')) > maxChars ? new Set(lists) : null;
  };
  return (element) => {
    let box: Element | null = element;
    for (let level = 0; level < LIST_BOX_LEVELS && box !== null; level++, box = box.parentElement) {
      const parent = box.parentElement;
      if (parent === null || !box.getAttribute('class')) continue;
      const key = alikeKey(box);
      const runs = judged.get(parent) ?? new Map<string, Set<Element> | null>();
      judged.set(parent, runs);
      if (!runs.has(key)) runs.set(key, indexOf(parent, key));
      if (runs.get(key)?.has(box)) return true;
    }
    return false;
  };
}

/**
 * One pass over the elements (non-content and clutter by name), one over the text (clutter lines), one
 * over email fields.
 */
function removeClutter(root: Element, { thread = false, product, body = false }: PageKind, unfolded: Set<string>): void {
  const rootChars = charCount(root.textContent ?? '');
  const inListOfLists = listOfListsTest(rootChars * MAX_CLUTTER_SHARE);
  const small = (element: Element) =>
    (body && inSiteFooter(element)) || (charsUpTo(element, rootChars * MAX_CLUTTER_SHARE) <= rootChars * MAX_CLUTTER_SHARE && !inListOfLists(element));
  // Reviews and fine print go whatever their length: on a product page they often outweigh the description. Code is
  // never clutter by name: highlighters class their tokens by role (`hljs-comment`, `token comment`).
  const clutter = (element: Element, className: string | null) =>
    (isClutterByName(element, className) && small(element) && !(thread && keptInThread(element, className)) && closestTag(element, VERBATIM_TAGS) === null) ||
    (product !== undefined && isProductPageClutter(element, className));
  // A sidebar the chosen blocks hold beside their main column (a shop's store reviews, a blog's widgets).
  const doomedBesides = (sections: Set<Element>, named: Element[]) =>
    outermost(root, (element) => {
      const className = classOf(element);
      if (isNonContent(element, className, unfolded) || isSidebar(element, true, className)) return true;
      if (sections.has(element) || !clutter(element, className)) return false;
      named.push(element);
      return true;
    });
  // Asked again while some prove to be the page's sections (see named-sections.ts): blocks inside them
  // are then asked too, their buttons going and alike sections inside a spared wrapper being found.
  const sections = new Set<Element>();
  let doomed: ChildNode[] = [];
  for (let round = 0; round <= MAX_SECTION_ROUNDS; round++) {
    const named: Element[] = [];
    doomed = doomedBesides(sections, named);
    const found = sectionsNamedAlike(named, rootChars);
    if (found.size === 0) break;
    for (const section of found) sections.add(section);
  }
  for (const section of sections) doomed.push(...sectionButtons(section));
  const texts = textNodes(root);
  // Filler that makes most of the text is what the page shows (a theme's demo, a reader's test page): it
  // stays. Measured at the first filler line, so pages without any (nearly all) pay nothing for it.
  let fillerIsContent: boolean | undefined;
  for (const text of texts) {
    const parent = text.parentElement;
    const raw = text.nodeValue ?? '';
    // Most texts are the blank space between tags: they are passed over before any is collapsed.
    if (parent === null || NON_CONTENT_TAGS.has(tagOf(parent)) || !hasText(raw)) continue;
    // A code block may show a program's JSON; anywhere else a whole text of it is a script's data. A link's
    // note to screen readers that it opens a new window goes too.
    if ((isScriptData(raw) && closestTag(parent, VERBATIM_TAGS) === null) || (NEW_WINDOW_HINT.test(raw) && closestTag(parent, LINK_TAGS) !== null)) {
      doomed.push(text as Text);
      continue;
    }
    const line = asLine(raw);
    const ownLine = isOwnLineClutter(line);
    // Code is never clutter: "image: nginx" is a line of a compose file. Nor is a word of a sentence.
    if ((!ownLine && !isClutterLine(line) && !isAuthorBoxHeading(text, line)) || closestTag(parent, VERBATIM_TAGS) !== null || insideSentence(text)) continue;
    if (ownLine) {
      const own = lineElementOf(text, root);
      if (own && !(isCardButton(line) && inWritersLine(own))) doomed.push(own);
      continue;
    }
    if (isFillerLine(line) && (fillerIsContent ??= fillerChars(texts) > rootChars * MIN_FILLER_CONTENT_SHARE)) continue;
    const block = clutterBlockOf(text, root, rootChars);
    if (block) doomed.push(block);
    else if (opensClutterSentence(line)) doomed.push(...(brokenLineOf(text) ?? []));
    const cards = block && cardsAfterHeading(block, text, rootChars);
    if (cards) doomed.push(cards);
  }
  for (const input of root.getElementsByTagName('input')) {
    if (input.getAttribute('type')?.toLowerCase() === 'email') doomed.push(signUpBoxOf(input, root));
  }
  for (const element of doomed) element.remove();
}

/** Removes the first heading when it repeats the title: the reader shows the title once, above. */
function removeTitleHeading(root: Element, title: string): void {
  const heading = root.querySelector('h1, h2');
  if (heading && readsAsTitle(heading, title)) heading.remove();
}

/** Elements that are content without text of their own. */
const SELF_CONTENT_TAGS = new Set(['br', 'hr', 'img', 'iframe', 'video', 'audio', 'source', 'td', 'th']);

/**
 * Containers left with neither text nor media (after clutter went) are dropped. One pass, deepest
 * first: an element has content when a child has text or is content itself. A paragraph of line breaks
 * alone is an editor's spacer ("<p><br></p>"): the paragraphs around it are spaced already. An inline
 * element that held only a space (`clouds<b> </b>are`, a link around `&nbsp;`) leaves the space, which
 * parts two words.
 */
function removeEmpty(root: Element): void {
  const withContent = new Set<Element>();
  for (const element of [...root.querySelectorAll('*')].reverse()) {
    const tag = tagOf(element);
    let has = SELF_CONTENT_TAGS.has(tag);
    for (let child = element.firstChild; child !== null && !has; child = child.nextSibling) {
      has = child.nodeType === TEXT_NODE ? (child.nodeValue ?? '').trim() !== '' : withContent.has(child as Element) && !(tag === 'p' && tagOf(child as Element) === 'br');
    }
    if (has) withContent.add(element);
    else if (INLINE_TAGS.has(tag) && element.textContent !== '') element.replaceWith(' ');
    else element.remove();
  }
}

/** Code is kept as written: a token, a line or a whole block of it said twice is meant twice. */
const VERBATIM_TAGS = new Set(['pre', 'code']);
const LINK_TAGS = new Set(['a']);
const VERBATIM = [...VERBATIM_TAGS].join(', ');
/** Where a text said twice in a row is meant twice (see removeRepeats). */
const KEEP_REPEATS = new Set(['p', 'td', 'th', ...VERBATIM_TAGS]);

/**
 * A text repeating the text just before it is said once: cards print their name twice or three
 * times (a link for screen readers, the heading, a quick-view label) and shops a price beside a hidden
 * copy. Paragraphs are the writer's, and table cells left alone too, where "Yes | Yes" is two answers,
 * and code, where a highlighter wraps each token and "}" closes a block on each of three lines.
 */
function removeRepeats(root: Element): void {
  // Texts split apart (see cleanContent), or left side by side by the removals, are compared whole.
  root.normalize();
  let previous = '';
  for (const text of textNodes(root)) {
    const parent = text.parentElement;
    // Blank texts (most of them: the space between tags) are passed over before any is collapsed.
    if (parent === null || !hasText(text.nodeValue ?? '') || NON_CONTENT_TAGS.has(tagOf(parent))) continue;
    const line = collapseSpace(text.nodeValue ?? '');
    if (line === previous && closestTag(parent, KEEP_REPEATS) === null) parent.removeChild(text);
    previous = line;
  }
}

/** A UUID alone: an identifier, or the filler that hides a "Sponsored" label from ad blockers, never read. */
const IDENTIFIER = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const IDENTIFIER_LENGTH = 36;

function removeIdentifiers(root: Element): void {
  for (const text of textNodes(root)) {
    const value = text.nodeValue ?? '';
    // Shorter texts are passed over before any is trimmed: most are the blank space between tags.
    if (value.length >= IDENTIFIER_LENGTH && IDENTIFIER.test(value.trim())) text.parentNode?.removeChild(text);
  }
}

/** Blocks shorter than this may repeat ("Yes", "Loading..."); longer alike siblings are copies. */
const MIN_COPIED_BLOCK_CHARS = 40;
/** Paragraphs are the writer's and table rows are data: a copy among them is left alone, as is code. */
const NEVER_COPIES = new Set(['p', 'tr', 'td', 'th', 'tbody']);

/** Characters (charCount) of every element's text, in one walk from the deepest up; `elements`: the root and its descendants, in document order. */
function charsOfEach(elements: Element[]): Map<Element, number> {
  const chars = new Map<Element, number>();
  for (let at = elements.length - 1; at >= 0; at--) {
    const element = elements[at];
    let count = 0;
    for (let child = element.firstChild; child !== null; child = child.nextSibling) {
      count += child.nodeType === TEXT_NODE ? charCount(child.nodeValue ?? '') : (chars.get(child as Element) ?? 0);
    }
    chars.set(element, count);
  }
  return chars;
}

const withoutSpace = (text: string) => text.replace(/\s+/g, '');

/**
 * A block with the same text as an earlier sibling is a copy: a carousel holds one slide per colour
 * with the same words, a page prints its mobile and desktop versions side by side, or the whole
 * article again one wrapper deeper. Only siblings of the same length have their texts compared, the
 * lengths counted once for the whole article: reading every block's text at every level would cost a
 * walk of the article per level.
 */
function removeCopiedBlocks(root: Element): void {
  const elements = [root, ...root.querySelectorAll('*')];
  const chars = charsOfEach(elements);
  for (const parent of elements) {
    if (!hasElementChildren(parent, 2)) continue;
    const lengths = new Map<number, Element[]>();
    const texts = new Map<Element, string>();
    const textOfBlock = (block: Element) => texts.get(block) ?? texts.set(block, withoutSpace(block.textContent ?? '')).get(block)!;
    for (const child of [...parent.children]) {
      const length = chars.get(child) ?? 0;
      if (NEVER_COPIES.has(tagOf(child)) || length < MIN_COPIED_BLOCK_CHARS) continue;
      const alike = lengths.get(length);
      if (alike === undefined) {
        lengths.set(length, [child]);
        continue;
      }
      const copied = alike.some((earlier) => textOfBlock(earlier) === textOfBlock(child));
      // Code is asked about last, for the rare copy: a Node DOM compiles the selector per call.
      if (copied && closestTag(child, VERBATIM_TAGS) === null && child.querySelector(VERBATIM) === null) child.remove();
      else alike.push(child);
    }
  }
}

/**
 * A text this long said a second time anywhere in the article is a copy, though not in sibling blocks
 * (see removeCopiedBlocks): a summary printed beside the headline and again as the article's summary
 * field, a standfirst repeated in a teaser block. A writer does not write the same long paragraph
 * twice; short lines (a chorus, "Yes", "Call us.") may recur and stay. Quotes repeat on purpose (a
 * forum reply quotes the post it answers), and so do list items (the same condition under each offer),
 * as do code and table cells.
 */
const MIN_REPEATED_TEXT_CHARS = 120;
const MAY_REPEAT = new Set([...VERBATIM_TAGS, 'td', 'th', 'blockquote', 'li']);
/**
 * One product's page prints its selling points and blurbs once per layout, tab or slide (a feature list
 * under each flavour's tab, a "why buy" strip in the hero and again in the footer of the description, a
 * phone's accordion beside the desktop's tabs), where the description says each line once: there a
 * shorter line said again is a copy too, list items included. Table cells still repeat ("Yes").
 */
const MIN_REPEATED_PRODUCT_TEXT_CHARS = 15;
const MAY_REPEAT_ON_PRODUCT = new Set([...VERBATIM_TAGS, 'td', 'th', 'blockquote']);

/** True when the element holds text of its own and no block inside it: a paragraph, however it is marked up. */
function isTextBlock(element: Element): boolean {
  let text = false;
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) text ||= hasText(child.nodeValue ?? '');
    else if (isElement(child) && !INLINE_TAGS.has(tagOf(child))) return false;
  }
  return text;
}

/** True when the element is inline among its parent's own words: a phrase of a sentence (the product's name in bold), not a line. */
function inSentence(element: Element): boolean {
  if (!INLINE_TAGS.has(tagOf(element))) return false;
  for (let sibling = element.parentElement?.firstChild ?? null; sibling !== null; sibling = sibling.nextSibling) {
    if (sibling.nodeType === TEXT_NODE && hasText(sibling.nodeValue ?? '')) return true;
  }
  return false;
}

/** Digits in a class name number a run of alike cards (`pricing_table_0`, `pricing_table_1`). */
const NUMBERING = /\d+/g;
const cardKey = (element: Element) => alikeKey(element).replace(NUMBERING, '');

/**
 * True when `first` and `later` stand in alike blocks side by side (same tag and classes but for their
 * numbers, under the nearest block holding both): cards comparing a product's models or a service's
 * plans, where the features they share are listed under each on purpose.
 */
function inAlikeCards(first: Element, later: Element): boolean {
  const holdsFirst = new Set<Element>();
  for (let at: Element | null = first; at !== null; at = at.parentElement) holdsFirst.add(at);
  let card = later;
  while (card.parentElement !== null && !holdsFirst.has(card.parentElement)) card = card.parentElement;
  let firstCard = first;
  while (firstCard.parentElement !== null && firstCard.parentElement !== card.parentElement) firstCard = firstCard.parentElement;
  return firstCard !== card && cardKey(firstCard) === cardKey(card);
}

/**
 * Drops each text block whose text an earlier one elsewhere in the article already said (see
 * MIN_REPEATED_TEXT_CHARS); paragraphs side by side are the writer's, as in removeCopiedBlocks. On one
 * product's page (`product`) shorter texts and list items go too (MIN_REPEATED_PRODUCT_TEXT_CHARS), but
 * not those of alike cards (see inAlikeCards), nor a phrase of a sentence (see inSentence).
 */
function removeRepeatedTexts(root: Element, product: boolean): void {
  const [minChars, mayRepeat] = product ? [MIN_REPEATED_PRODUCT_TEXT_CHARS, MAY_REPEAT_ON_PRODUCT] : [MIN_REPEATED_TEXT_CHARS, MAY_REPEAT];
  const firstSaidIn = new Map<string, Element>();
  for (const block of root.querySelectorAll('*')) {
    if (!isTextBlock(block)) continue;
    const text = block.textContent ?? '';
    // Measured before the ancestors are walked: most text blocks are short.
    if (charCount(text) < minChars || (product && inSentence(block)) || closestTag(block, mayRepeat) !== null) continue;
    const key = withoutSpace(text);
    const first = firstSaidIn.get(key);
    if (first === undefined) firstSaidIn.set(key, block);
    else if (first.parentElement !== block.parentElement && !(product && inAlikeCards(first, block))) block.remove();
  }
}

/** A shop prints a handful of blocks twice, one per layout (its header, its spec rows); more is no shop's layout. */
const MAX_PHONE_COPIES = 100;

/**
 * A block the desktop's layout hides (see isPhoneCopy) whose text the article also holds elsewhere is the
 * phone's copy: a shop prints its name-and-price header once per layout. One with no copy among the
 * chosen blocks stays, for it may be the only one read (the desktop's is a tab or a grid left out).
 */
function removePhoneCopies(root: Element): void {
  let whole: string | null = null;
  let removed = 0;
  for (const copy of outermost(root, (element) => isPhoneCopy(classOf(element)))) {
    const text = withoutSpace(copy.textContent ?? '');
    // The article's text is read again only after a removal, and a page of thousands of phone blocks
    // (no shop's layout: a generated or hostile page) stops being read for them at MAX_PHONE_COPIES.
    whole ??= withoutSpace(root.textContent ?? '');
    if (text === '' || whole.indexOf(text) === whole.lastIndexOf(text)) continue;
    copy.remove();
    whole = null;
    if (++removed === MAX_PHONE_COPIES) return;
  }
}

/** A heading's permalink mark (a "#", "¶" or link icon the theme adds to each heading) is not the writer's. */
function removePermalinkMarks(root: Element): void {
  for (const link of [...root.getElementsByTagName('a')]) {
    if (isHeadingPermalink(link) && !hasWords(link.textContent ?? '')) link.remove();
  }
}

/** Whether a <video> or <audio> names something to play: its own source or a <source> child's. */
const hasMediaSource = (media: Element) => media.hasAttribute('src') || [...media.children].some((child) => tagOf(child) === 'source' && child.hasAttribute('src'));

/**
 * Fallback a <video> or <audio> shows only in a browser that cannot play it ("Your browser does not support
 * the video tag"); and the player itself when it names nothing to play: a script's player fills it in on
 * the page (JW Player's), so in the reader it would be an empty black box.
 */
function removeMediaFallbacks(root: Element): void {
  for (const media of [...root.getElementsByTagName('video'), ...root.getElementsByTagName('audio')]) {
    if (!hasMediaSource(media)) {
      media.remove();
      continue;
    }
    for (const child of [...media.childNodes]) {
      if (!isElement(child) || !MEDIA_SOURCES.has(tagOf(child))) child.remove();
    }
  }
}

export function cleanContent(root: Element, title: string, kind: PageKind = {}): void {
  // linkedom splits a text at each character reference ("Filter &amp; Sort" is three nodes); the
  // clutter rules read a line as one text, as browsers keep it.
  root.normalize();
  unwrapNoscripts(root);
  // Read before the toggles give way to their text (see unwrapHeadingButtons).
  const unfolded = panelsUnfoldedByHeadings(root);
  const toggles = unwrapHeadingButtons(root);
  removeMediaFallbacks(root);
  reduceLinkCards(root);
  // Before the clutter rules, which measure the text around a clutter heading.
  removeIdentifiers(root);
  removeClutter(root, kind, unfolded);
  removeLinkedHeadlineRuns(root);
  if (kind.product === 'item') for (const section of [...otherProductSections(root, title), ...shopLinkLists(root)]) section.remove();
  removePhoneCopies(root);
  removeCopiedBlocks(root);
  removeRepeatedTexts(root, kind.product === 'item');
  removeQuotedPosts(root, kind.thread === true || kind.discussion === true);
  removeRepeats(root);
  resolveImages(root);
  removeTitleHeading(root, title);
  removePermalinkMarks(root);
  removeEmptyToggles(toggles);
  removeEmpty(root);
  spaceAbuttingFields(root);
}
