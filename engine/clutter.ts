/** Compiles the rule set (rules.ts) once and answers "is this element clutter?". */
import { HEADINGS, HEADING_TAGS, charCount, classAndId, classOf, closestLandmark, closestTag, collapseSpace, isLandmark, tagOf, textLengthUpTo } from './dom';
import { AD_SLOT, AUTHOR_BOX, BUTTON, CALL_TO_ACTION_CARDS, CAPTION_TOGGLES, CARD_BADGES, CARD_BUTTONS, CONSENT_DIALOG, FINE_PRINT, PRODUCT_PAGE_CLUTTER, READING_TIME, RESULT_COUNT, RULE_GROUPS, TAB_LIST, type RuleGroup } from './rules';
import { indexSelectors } from './selector-index';

const groups: RuleGroup[] = Object.values(RULE_GROUPS);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Class/id words, matched whole between separators of the kebab-case string. */
const namesPattern = (names: readonly string[]) => new RegExp(`(?:^|[^a-z0-9])(?:${names.map(escapeRegExp).join('|')})(?:$|[^a-z0-9])`);
/** The same words right after a content word, ending the name (`main-menu`, `rich-text-cta`); `topic-body-and-footer` is not one. */
const endingPattern = (names: readonly string[]) => new RegExp(`^[^a-z0-9](?:${names.map(escapeRegExp).join('|')})$`);
const COMMENT_SELECTORS = indexSelectors(RULE_GROUPS.comments.selectors);
const COMMENT_NAME = namesPattern(RULE_GROUPS.comments.names);

/**
 * Words that mark the article itself; an element whose class/id has one is not judged clutter by its
 * name (`post-content share-enabled`, `main-column`), only by a precise selector. A name that ends with
 * a content word and a clutter name says what the element is, the content word whose it is: `main-menu`
 * is a menu and `rich-text-cta` a call to action (but `rich-text-newsletter-cms` is the article's text,
 * and `topic-body-and-footer` holds the topic's body).
 */
const CONTENT_NAME = /(?:^|[^a-z0-9])(?:article|content|entry|main|body|story|text|post-body|article-body)(?=$|[^a-z0-9])/g;

/**
 * True when the class/id names (classAndId's) name the article: one has a content word, and none ends
 * with a content word and a clutter name (`ending`, read after its last content word), which says what
 * the element is whatever the others say (`shopify-section rich-text-cta`, its id ending in a random key).
 */
function namesContent(classes: string, ending: RegExp): boolean {
  let content = false;
  for (const name of classes.split(' ')) {
    let end = -1;
    for (const match of name.matchAll(CONTENT_NAME)) end = match.index + match[0].length;
    if (end >= 0 && ending.test(name.slice(end))) return false;
    content ||= end >= 0;
  }
  return content;
}

/** Tags whose role is set by the document outline, never judged by class names. */
const STRUCTURAL_TAGS = new Set(['html', 'body', 'main', 'article']);

/**
 * What may stand around a heading's words: symbols, emoji, dashes, bullets and slashes before them
 * ("/ Tags"); the same, and the punctuation that ends a heading, after them ("Advertisement - "). Not an
 * opening bracket: "(Recommended." opens an aside inside a sentence.
 */
const LABEL_DECORATION = /^[\p{S}\p{Pd}•·/|\s]+|[\p{S}\p{Pd}•·/|\s:：.!*…]+$/gu;

/**
 * A heading compared without its trailing punctuation ("Related:", "You might also be interested in…",
 * "Donate today!", "No products in the cart.") or a footnote's asterisk ("Subscribe & save*"), nor the
 * symbols that decorate it at either end ("♥ Donate today! ♥", "→ Related", "Newsletter 📰").
 */
function asLabel(text: string): string {
  const line = collapseSpace(text).toLowerCase();
  // Most lines open and end with a plain letter or digit: the decoration is looked for in the others only.
  return isPlainChar(line.charCodeAt(0)) && isPlainChar(line.charCodeAt(line.length - 1)) ? line : line.replace(LABEL_DECORATION, '');
}

/** A lowercase ASCII letter or a digit: no decoration. */
const isPlainChar = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

const LABELS = new Set(groups.flatMap((group) => group.labels));
/** Openings by their first character, so each line is compared with a handful of them, not all. */
const OPENINGS = new Map<string, string[]>();
for (const opening of groups.flatMap((group) => group.openings)) OPENINGS.set(opening[0], [...(OPENINGS.get(opening[0]) ?? []), opening]);

/** Distinct class/id strings whose verdicts a test keeps (see namesTest); a page has a few thousand at most. */
const MAX_CACHED_VERDICTS = 10_000;

/**
 * The test "a class/id string (classAndId's) names the role, and not also the article". Pages repeat
 * the same strings on many elements and every element is asked, twice a read: each string is matched
 * against the long list of names once. `unnamed`: compounds whose words do not name the role (TAB_LIST).
 */
function namesTest(names: readonly string[], unnamed?: RegExp): (classes: string) => boolean {
  const named = namesPattern(names);
  const ending = endingPattern(names);
  // Every such compound is read out of the string, not only its first.
  const unnamedAll = unnamed && new RegExp(unnamed.source, 'g');
  const verdicts = new Map<string, boolean>();
  return (classes) => {
    let verdict = verdicts.get(classes);
    if (verdict === undefined) {
      if (verdicts.size >= MAX_CACHED_VERDICTS) verdicts.clear();
      const read = unnamedAll ? classes.replace(unnamedAll, ' ') : classes;
      verdict = named.test(read) && !namesContent(read, ending);
      verdicts.set(classes, verdict);
    }
    return verdict;
  };
}

/**
 * The test "a known component (by selector), or an element whose class/id names the role", the names
 * never read on the outline's own tags nor on an element also named as the article. The selectors are
 * indexed so each element is tested against the few that could match it.
 */
function namedAs(selectors: readonly string[], names: readonly string[]): (element: Element, className?: string | null) => boolean {
  const known = indexSelectors(selectors);
  const namesRole = namesTest(names);
  return (element, className = classOf(element)) =>
    known.matches(element, className) || (!STRUCTURAL_TAGS.has(element.localName.toLowerCase()) && namesRole(classAndId(element, className)));
}

/** Names tested apart, with an exception each (see AD_SLOT and CALL_TO_ACTION_CARDS in rules.ts). */
const EXCEPTED_NAMES = new Set([...AD_SLOT.names, ...CALL_TO_ACTION_CARDS.names]);
const KNOWN_CLUTTER = indexSelectors(groups.flatMap((group) => group.selectors));
const CLUTTER_NAMES = groups.flatMap((group) => group.names).filter((name) => !EXCEPTED_NAMES.has(name));
const namesClutter = namesTest(CLUTTER_NAMES);
const namesClutterBesideTabs = namesTest(CLUTTER_NAMES, TAB_LIST);

/**
 * True when the element, or a tab widget's list it sits in, holds a paragraph: the list holds the widget's
 * panels, each heading and part of them (see TAB_LIST in rules.ts).
 */
function inTabPanels(element: Element): boolean {
  for (let block: Element | null = element; block !== null && TAB_LIST.test(classAndId(block)); block = block.parentElement) {
    if (block.querySelector('p') !== null) return true;
  }
  return false;
}
const namesAdSlot = namesTest(AD_SLOT.names);
const namesCallToActionCard = namesTest(CALL_TO_ACTION_CARDS.names);
/** The names alone, read on any block: a card's own wrapper may also be named as content. */
const CALL_TO_ACTION_NAME = namesPattern(CALL_TO_ACTION_CARDS.names);
const namesCallToAction = (element: Element) => CALL_TO_ACTION_NAME.test(classAndId(element));

/**
 * A block named as a call to action that holds a heading. A link is the call to action's button, however
 * much it holds (a hero's "Individual: therapy for 18+" tiles).
 */
const isCard = (element: Element) => element.localName.toLowerCase() !== 'a' && namesCallToAction(element) && element.querySelector(HEADINGS) !== null;

/** The outermost wrapper holding `card` alone (a list item, a grid's cell, a carousel's slide), or the card itself. */
function slotOf(card: Element): Element {
  let slot = card;
  for (let parent = slot.parentElement; parent !== null && parent.children.length === 1 && !STRUCTURAL_TAGS.has(parent.localName.toLowerCase()); parent = parent.parentElement) slot = parent;
  return slot;
}

/** True when `slot` is a card or holds one alone, through wrappers that hold nothing else. */
function holdsCard(slot: Element): boolean {
  for (let element: Element | null = slot; element !== null; element = element.children.length === 1 ? element.firstElementChild : null) {
    if (isCard(element)) return true;
  }
  return false;
}

/**
 * True when `card` stands in a run of `minCards` siblings in a row named as calls to action, each a
 * block holding a heading, or each held alone in its list item or grid cell: cards side by side, not the
 * calls to action spread through an article's paragraphs.
 */
function inRunOfCards(card: Element): boolean {
  if (!isCard(card)) return false;
  const slot = slotOf(card);
  let run = 1;
  for (const step of ['previousElementSibling', 'nextElementSibling'] as const) {
    for (let sibling = slot[step]; sibling !== null && holdsCard(sibling) && run < CALL_TO_ACTION_CARDS.minCards; sibling = sibling[step]) run++;
  }
  return run >= CALL_TO_ACTION_CARDS.minCards;
}

/** Characters of the paragraphs in `block`, counted up to just past CALL_TO_ACTION_CARDS.maxProseChars. */
function paragraphChars(block: Element): number {
  let chars = 0;
  for (const paragraph of block.getElementsByTagName('p') as Iterable<Element>) {
    chars += charCount(paragraph.textContent ?? '');
    if (chars > CALL_TO_ACTION_CARDS.maxProseChars) break;
  }
  return chars;
}

/** True when the element is, or sits in, one of a run of call-to-action cards. */
function inCallToActionCards(element: Element): boolean {
  for (let block: Element | null = element; block !== null && !STRUCTURAL_TAGS.has(block.localName.toLowerCase()); block = block.parentElement) {
    if (inRunOfCards(block)) return true;
  }
  return false;
}

const BUTTON_NAME = namesPattern(BUTTON.names);
const BUTTON_TAGS = new Set(BUTTON.tags);

/**
 * True when the element is a known clutter component or its class/id names a clutter role; a block
 * named as an ad slot that holds a list of stories is not one, nor a call-to-action card among others
 * or one holding paragraphs of prose.
 * A link or button named as a button is one, whatever else its names say (see BUTTON in rules.ts).
 */
export function isClutterByName(element: Element, className = classOf(element)): boolean {
  if (KNOWN_CLUTTER.matches(element, className)) return true;
  if (STRUCTURAL_TAGS.has(element.localName.toLowerCase())) return false;
  // Read once: every element of the page is asked, and the three tests read the same names.
  const classes = classAndId(element, className);
  return (
    (namesClutter(classes) && (namesClutterBesideTabs(classes) || !inTabPanels(element))) ||
    (namesAdSlot(classes) && element.querySelectorAll(HEADINGS).length < AD_SLOT.minStoryHeadings) ||
    (namesCallToActionCard(classes) && !inCallToActionCards(element) && paragraphChars(element) <= CALL_TO_ACTION_CARDS.maxProseChars) ||
    (BUTTON_TAGS.has(element.localName.toLowerCase()) && BUTTON_NAME.test(classes))
  );
}

const isFooterByName = namedAs(RULE_GROUPS.footer.selectors, RULE_GROUPS.footer.names);

/**
 * True when the element is, or sits in, the site's footer (by the footer group), outside any article
 * or main landmark: text there is the site's, never a page's article. A "footer" holding the page's
 * main heading is a layout wrapper (the sticky-footer pattern wraps the whole page), not the footer.
 */
export function inSiteFooter(element: Element): boolean {
  let footer = false;
  for (let block: Element | null = element; block !== null; block = block.parentElement) {
    if (isLandmark(block)) return false;
    footer ||= isFooterByName(block) && block.querySelector('h1') === null;
  }
  return footer;
}

const SIDEBAR = 'sidebar';
const SIDEBAR_NAME = new RegExp(`(?:^|[^a-z0-9])${SIDEBAR}(?:$|[^a-z0-9])`);
/** The class `sidebar` among the class attribute's names, read from the string: linkedom's classList builds a token set per element. */
const SIDEBAR_CLASS = new RegExp(`(?:^|\\s)${SIDEBAR}(?:\\s|$)`);
const textChars = (element: Element) => charCount(element.textContent ?? '');

/**
 * True when the element is a sidebar: an <aside>, a complementary region or a block named "sidebar",
 * beside a sibling holding more text (the main column). A layout wrapper named after its sidebar
 * (`with-sidebar`) holds the article and is larger than its siblings, so it is no sidebar. `exactName`
 * asks for the class or id `sidebar` itself and nothing else: inside an article an <aside> is as often
 * a pull quote, and a layout's modifiers (`n-sidebar-left`) say where a section's picture goes.
 * `className`: the class attribute, when the caller has read it already (see classOf in dom.ts).
 */
export function isSidebar(block: Element, exactName = false, className = classOf(block)): boolean {
  const named = exactName
    ? block.getAttribute('id')?.toLowerCase() === SIDEBAR || (className !== null && SIDEBAR_CLASS.test(className))
    : tagOf(block) === 'aside' || block.getAttribute('role') === 'complementary' || SIDEBAR_NAME.test(classAndId(block, className));
  if (!named) return false;
  const chars = textChars(block);
  return [...(block.parentElement?.children ?? [])].some((sibling) => sibling !== block && textChars(sibling) > chars);
}

const namedProductPageClutter = namedAs(PRODUCT_PAGE_CLUTTER.selectors, PRODUCT_PAGE_CLUTTER.names);
const EDITORIAL_NAME = namesPattern(PRODUCT_PAGE_CLUTTER.notNames);

/** True when the element is a product page's customer reviews or fine print (see PRODUCT_PAGE_CLUTTER in rules.ts). */
export const isProductPageClutter = (element: Element, className = classOf(element)) =>
  namedProductPageClutter(element, className) && !EDITORIAL_NAME.test(classAndId(element, className));

/** True when the element is a page's legal fine print (see FINE_PRINT in rules.ts). */
export const isFinePrint = namedAs([], FINE_PRINT.names);

/** True when the rule set's comments group names the element (a comment, a comment list). */
export function isCommentBlock(element: Element): boolean {
  return COMMENT_SELECTORS.matches(element) || (!STRUCTURAL_TAGS.has(element.localName.toLowerCase()) && COMMENT_NAME.test(classAndId(element)));
}

const FURNITURE_SELECTORS = indexSelectors(groups.filter((group) => group !== RULE_GROUPS.comments).flatMap((group) => group.selectors));

/**
 * True when a comment thread read as the page's content keeps the element: a comment block (see
 * isCommentBlock) that no other group's selector names. A forum names its posts' furniture after the
 * comments it sits in (Invision Community's post tools, `ipsComment_tools`), and the selector says what it is.
 */
export function keptInThread(element: Element, className = classOf(element)): boolean {
  return isCommentBlock(element) && !FURNITURE_SELECTORS.matches(element, className);
}

/** Where the search for a thread stops: past an <article>, as forums mark up each post as one. */
const THREAD_BOUNDS = new Set(['html', 'body', 'main']);

/**
 * The whole comment thread around `element`, when it sits in one: its outermost block the comments
 * group names, below the page's body. A page whose only content is such a thread (a link aggregator,
 * a forum that names its posts comments) is read as that thread.
 */
export function threadOf(element: Element): Element | null {
  let thread: Element | null = null;
  for (let block: Element | null = element; block !== null && !THREAD_BOUNDS.has(block.localName.toLowerCase()); block = block.parentElement) {
    if (isCommentBlock(block)) thread = block;
  }
  return thread;
}

/** A <header> outside any article or main landmark is the site's banner, never the article. */
export function isSiteHeader(element: Element): boolean {
  return element.localName.toLowerCase() === 'header' && closestLandmark(element) === null;
}

const RECIRCULATION_LABELS = new Set(RULE_GROUPS.promo.labels);

/** True when a line of text is the heading of a recirculation block ("You might also like", "Similar items"). */
export function isRecirculationLabel(text: string): boolean {
  return RECIRCULATION_LABELS.has(asLabel(text));
}

const AUTHOR_BOX_LABELS = new Set(AUTHOR_BOX.labels);

/** True when a line (see asLine) opens with `words` followed by nothing or a space. */
const opensWithWords = (line: string, words: string) => line.startsWith(words) && (line.length === words.length || line[words.length] === ' ');

/**
 * True when a text is the heading of an about-the-author box: one of its labels, or the first text of a
 * short heading naming the writer ("Written by <a>Jane Doe</a>", see AUTHOR_BOX in rules.ts). `line`: the
 * text as asLine reads it, when the caller has built it (its label is the text's, see asLabel).
 */
export function isAuthorBoxHeading(text: Node, line = asLine(text.nodeValue ?? '')): boolean {
  if (AUTHOR_BOX_LABELS.has(asLabel(line))) return true;
  if (!AUTHOR_BOX.writerHeadings.some((words) => opensWithWords(line, words))) return false;
  const heading = text.parentElement && closestTag(text.parentElement, HEADING_TAGS);
  return !!heading && charCount(heading.textContent ?? '') <= AUTHOR_BOX.maxWriterHeadingChars && opensWithWords(asLine(heading.textContent ?? ''), line);
}

/**
 * A text as the line tests read it: spaces collapsed, lower case. Built once per text by the caller, which
 * asks several tests of every text of the article.
 */
export const asLine = (text: string) => collapseSpace(text).toLowerCase();

const FILLER_OPENINGS = RULE_GROUPS.placeholder.openings;

/** True when a line of text is a template's filler ("Lorem ipsum dolor sit amet...", see the placeholder group). */
export function isFillerLine(text: string): boolean {
  const line = asLine(text);
  return FILLER_OPENINGS.some((opening) => line.startsWith(opening));
}

const CARD_BUTTON_LABELS = new Set(CARD_BUTTONS);
const OWN_LINE_LABELS = new Set([...CARD_BUTTONS, ...CARD_BADGES, ...CAPTION_TOGGLES]);

/** True when a line (see asLine) is a card's button ("Quick view", "Learn more", see CARD_BUTTONS in rules.ts). */
export const isCardButton = (line: string) => CARD_BUTTON_LABELS.has(line);

/**
 * True when a line (see asLine) goes with its own element alone: a product card's button or badge, a caption's
 * toggle or a reading time (see CARD_BUTTONS, CARD_BADGES, CAPTION_TOGGLES, READING_TIME in rules.ts).
 */
export function isOwnLineClutter(line: string): boolean {
  return OWN_LINE_LABELS.has(line) || READING_TIME.test(line);
}

/** A clutter line is short: a longer text is a paragraph of the page, whatever its first words. */
export const MAX_CLUTTER_LINE_CHARS = 300;

/** True when a line (see asLine) opens a clutter sentence ("Did you make this recipe?", "Subscribe to our newsletter"). */
export function opensClutterSentence(line: string): boolean {
  return (OPENINGS.get(line[0]) ?? []).some((opening) => line.startsWith(opening));
}

/** True when a line (see asLine) is a clutter heading ("Related", "Lire aussi :"), opens a clutter sentence, or counts results. */
export function isClutterLine(line: string): boolean {
  if (line === '' || line.length > MAX_CLUTTER_LINE_CHARS) return false;
  return LABELS.has(asLabel(line)) || RESULT_COUNT.test(line) || opensClutterSentence(line);
}

/** Levels above a block searched for the consent dialog it may sit in. */
const CONSENT_LEVELS = 6;
const FIXED_POSITION = /position\s*:\s*(?:fixed|sticky)/i;

function isDialogLike(block: Element): boolean {
  const role = block.getAttribute('role');
  return (
    role === 'dialog' ||
    role === 'alertdialog' ||
    block.getAttribute('aria-modal') === 'true' ||
    block.localName.toLowerCase() === 'dialog' ||
    FIXED_POSITION.test(block.getAttribute('style') ?? '') ||
    CONSENT_DIALOG.names.test(classAndId(block))
  );
}

/** True when the element is, or sits in, a consent dialog (see CONSENT_DIALOG in rules.ts). */
export function inConsentDialog(element: Element): boolean {
  let block: Element | null = element;
  for (let level = 0; block !== null && level < CONSENT_LEVELS && !STRUCTURAL_TAGS.has(block.localName.toLowerCase()); level++, block = block.parentElement) {
    // Measured before the text is built: the levels above a winner are often most of the page.
    const length = textLengthUpTo(block, CONSENT_DIALOG.maxChars);
    if (length > CONSENT_DIALOG.noticeChars && !isDialogLike(block)) continue;
    if (length > CONSENT_DIALOG.maxChars || !CONSENT_DIALOG.words.test(block.textContent ?? '')) continue;
    for (const control of block.querySelectorAll('button, [role="button"], a, input[type="button"], input[type="submit"]')) {
      const label = collapseSpace(control.textContent || control.getAttribute('value') || '');
      if (CONSENT_DIALOG.actions.test(label)) return true;
    }
  }
  return false;
}
