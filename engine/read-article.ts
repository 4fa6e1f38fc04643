/**
 * Document in, Article out. Scores the live page read-only, clones only the chosen blocks, cleans the
 * clone by the rule set, and never throws: every failure is a typed "no article" with a reason.
 */
import { blockText, proseBound } from './block-text';
import { buyBoxSummary } from './buy-box';
import { bylineNames } from './byline-line';
import { chooseContent, type ContentChoice } from './candidates';
import { inSiteFooter, isCommentBlock, threadOf } from './clutter';
import { cleanContent, cloneParts } from './clean';
import { repliesTo } from './forum-replies';
import { NON_CONTENT_TAGS, charCount, charsUpTo, closestLandmark, inDocumentOrder, inertDocumentFor, linkDensity, proseLength, tagOf, textNodes } from './dom';
import { readJsonLd, type JsonLdFacts, type JsonObject } from './json-ld';
import { leadImageFor } from './lead-image';
import { itemGridOf, productGridOf, type ProductGrid } from './product-grid';
import { isArticlePage } from './is-article-page';
import { productPageOf, statedDescription, type ProductPage } from './product-page';
import { readMetadata } from './metadata';
import { breakBetweenPosts } from './post-breaks';
import { PageTooLargeError, scorePage } from './score';
import { serialize } from './serialize';
import { statedElements } from './stated-elements';
import { SEGMENTS, placedSegments } from './streamed-segments';
import { composedPage } from './shadow-dom';
import { writingOf } from './text-direction';
import { removeStrayBreaks } from './stray-breaks';
import { trimHead } from './trim-head';
import { trimTail } from './trim-tail';
import { unclobbered } from './unclobbered';
import type { ReadOptions, ReadResult } from './types';
import { baseUrlOf } from './urls';
import { countWords } from './word-count';

/** Less text than this (characters, whitespace excluded, CJK weighted) is not an article worth a reader view. */
const MIN_ARTICLE_CHARS = 200;
/** The first paragraph stands in for a missing description when it is no longer than this. */
const MAX_EXCERPT_CHARS = 300;
/**
 * A choice shorter than this may be one block of a page made of many short ones (a shop's category
 * description above its grid of products, a listing's intro): the main landmark is read instead when
 * it says this many times more, and is not mostly links (a documentation sidebar's menu).
 */
const SHORT_CHARS = 1000;
const WIDER_RATIO = 3;
/**
 * A page the detector says is no article (a service's or an app's landing page, see isArticlePage) is
 * many short sections, and the best block is one of them whatever its length: the main landmark is read
 * instead when it says this many times more, in prose rather than links (a forum's or a shop's pages
 * around their best block are menus and cards of links).
 */
const LANDING_WIDER_RATIO = 2;
const MAX_LANDING_LINK_DENSITY = 0.1;
const MAX_WIDER_LINK_DENSITY = 0.5;

const NO_ARTICLE: ReadResult = { ok: false, reason: 'no-content', message: 'No article found on this page.' };

/** The blocks to read; `thread` when they are a comment thread, the only content of the page. */
interface Content {
  parts: Element[];
  thread: boolean;
}

/**
 * Less text than this from the strict pass, outside the page's main or article landmark, may be a
 * popover or a notice that won over a forum thread the platform calls comments: the thread is compared.
 * A short article in its landmark keeps the comments under it out.
 */
const WEAK_CHARS = 1500;
/** A thread (or prose skipped by name, see wrappedByName) holding this many times the strict choice's text is the page's content. */
const THREAD_RATIO = 3;
/**
 * A comment thread the strict pass skipped in the page's main region, holding this many times the text
 * of a side column it chose instead (see besideMain), is the page's content: a side column says less
 * than the page.
 */
const MAIN_RATIO = 2;
/**
 * A short story (see WEAK_CHARS) in its landmark under a comment thread holding this many times its
 * text is a post put up for discussion (a link aggregator's story, a news forum's summary): the thread
 * is what the page holds, and it is read with the story. An article's comments seldom outweigh it so far.
 */
const DISCUSSED_RATIO = 20;

const textChars = (parts: Element[]) => charCount(parts.map((part) => part.textContent ?? '').join(''));

/**
 * The lenient pass, or null when it outgrows the size guard that the strict pass stayed under: the
 * clutter the strict pass skips (a 100k-link archive menu) is then what makes the page huge, and the
 * strict choice is the answer rather than "too large".
 */
function lenientChoice(page: Element, strict: ContentChoice | null, liveBlog: JsonObject | undefined, productPage: boolean): ContentChoice | null {
  try {
    return chooseContent(scorePage(page, false), liveBlog, productPage);
  } catch (error) {
    if (strict !== null && error instanceof PageTooLargeError) return null;
    throw error;
  }
}

/**
 * True when the strict pass, in an <article>, found only a short block (the author box) beside much
 * more prose it skipped by name in the same <article>: the theme wrapped the body in an unluckily
 * named block (`share-container`, for its floating share bar). The lenient choice is the article.
 */
function wrappedByName(strict: ContentChoice, lenient: ContentChoice, strictChars: number): boolean {
  const article = strict.top.closest('article');
  return article !== null && lenient !== strict && article.contains(lenient.top) && textChars(lenient.parts) >= strictChars * THREAD_RATIO;
}

/**
 * True when the page marks its main region (`<main>`, `role=main`) and `block` lies beside it, neither
 * in it nor around it: a side column (a forum's rules and search help) that won because the page's own
 * content, a thread the platform calls comments, was skipped. It is weighed against that thread as a
 * weak choice is.
 */
function besideMain(block: Element, main: Element | null): boolean {
  return main !== null && !main.contains(block) && !block.contains(main);
}

/**
 * The strict choice, with the replies made like its post when the page states a discussion (a forum
 * thread, a Q&A page) and its platform names the replies comments (see forum-replies.ts). An article's
 * comments can be made like it too (a theme printing both through one template): they stay out.
 */
function withReplies(strict: ContentChoice, page: Element, discussion: boolean): Content {
  const replies = discussion ? repliesTo(strict.winner, strict.top, page) : null;
  if (replies === null) return { parts: strict.parts, thread: false };
  if (strict.parts.some((part) => part.contains(replies))) return { parts: strict.parts, thread: true };
  const parts = [...strict.parts.filter((part) => !replies.contains(part)), replies].sort(inDocumentOrder);
  return { parts, thread: true };
}

/**
 * The article's blocks: first with clutter left out of the scoring, so a cookie dialog or a comment
 * thread cannot win; again with everything when that finds too little (a page whose wrapper has an
 * unlucky class name, or whose content is a comment thread: then the whole thread is read).
 */
function findContent(page: Element, { liveBlog, discussion = false }: JsonLdFacts, productPage: boolean, landmarks: Element[]): Content | null {
  const strict = chooseContent(scorePage(page, true), liveBlog, productPage);
  const strictChars = strict ? textChars(strict.parts) : 0;
  // Only a choice that could be weak or beside the main region is asked about it.
  const main = strict !== null ? (landmarks[0] ?? null) : null;
  const offMain = strict !== null && besideMain(strict.top, main);
  if (strict && strictChars >= WEAK_CHARS && !offMain) return withReplies(strict, page, discussion);
  const lenient = lenientChoice(page, strict, liveBlog, productPage) ?? strict;
  // The comments the strict pass skipped in the main region are the page's thread, when they outweigh the side column.
  const mainThread = lenient && offMain && !besideMain(lenient.top, main) && [...lenient.top.children].some(isCommentBlock);
  if (mainThread && textChars(lenient.parts) >= strictChars * MAIN_RATIO) return { parts: lenient.parts, thread: true };
  if (strict && strictChars >= WEAK_CHARS) return withReplies(strict, page, discussion);
  const thread = lenient && threadOf(lenient.top);
  const strictInLandmark = strict !== null && closestLandmark(strict.top) !== null;
  const threadOutweighs = (thread: Element) => !strictInLandmark && charCount(thread.textContent ?? '') >= strictChars * THREAD_RATIO;
  if (thread && (strictChars < MIN_ARTICLE_CHARS || threadOutweighs(thread))) return { parts: [thread], thread: true };
  const beside = (thread: Element) => strict !== null && !thread.contains(strict.top) && !strict.parts.some((part) => part.contains(thread));
  if (thread && strict && beside(thread) && charCount(thread.textContent ?? '') >= strictChars * DISCUSSED_RATIO) {
    return { parts: [...strict.parts, thread].sort(inDocumentOrder), thread: true };
  }
  if (strict && lenient && wrappedByName(strict, lenient, strictChars)) return { parts: lenient.parts, thread: false };
  if (strict && strictChars >= MIN_ARTICLE_CHARS) return withReplies(strict, page, discussion);
  return lenient && { parts: lenient.parts, thread: false };
}

/** A detached, cleaned copy of blocks, its text, and how much there is to read (proseLength). */
interface Extracted {
  content: Element;
  text: string;
  chars: number;
}

/**
 * What the read knows of the page before cleaning a choice: the title and the byline's names (see
 * bylineNames), which the reader shows above the article and the body leaves out, and whether the page
 * states a discussion, whose quoted posts go (see PageKind).
 */
interface Known {
  title: string;
  names: string[];
  discussion?: boolean;
}

/** A forum thread or a Q&A page stated in microdata (Stack Exchange's QAPage), as others state it in JSON-LD (see json-ld.ts). */
const MICRODATA_DISCUSSION = ['QAPage', 'DiscussionForumPosting'].map((type) => `[itemscope][itemtype$="schema.org/${type}" i]`).join(', ');

/** The given blocks, extracted (see Extracted). */
function extract({ parts, thread }: Content, known: Known, product: ProductPage | undefined): Extracted {
  const content = cloneParts(parts);
  cleanContent(content, known.title, { thread, discussion: known.discussion, product, body: parts.length === 1 && tagOf(parts[0]) === 'body' });
  trimHead(content, known.names);
  trimTail(content);
  if (thread || known.discussion) breakBetweenPosts(content);
  removeStrayBreaks(content);
  return measured(content);
}

/** The cleaned content with its text and that text's prose length. */
function measured(content: Element): Extracted {
  const text = blockText(content);
  return { content, text, chars: proseLength(text) };
}

/** The extraction with the buy box's summary (see buy-box.ts) as its first paragraphs. */
function withSummary(extracted: Extracted, summary: string[]): Extracted {
  if (summary.length === 0) return extracted;
  const { content } = extracted;
  const paragraphs = summary.map((line) => {
    const paragraph = content.ownerDocument.createElement('p');
    paragraph.textContent = line;
    return paragraph;
  });
  content.prepend(...paragraphs);
  return measured(content);
}

/** The page's main regions: asked of the page once a read (see read), for findContent and landmarkOf. */
const MAIN_LANDMARKS = 'main, [role="main"]';

/**
 * The page's main landmark (the largest of `landmarks`, see MAIN_LANDMARKS), else its body: the fallback when no
 * block holds enough prose, as on product and service pages made of many short pieces.
 */
function landmarkOf(page: Element, landmarks: Element[]): Element {
  // A landmark shorter than an article is a panel's (a slide-out cart's <main>), not the page's. A page's
  // only landmark is measured no further than that; several are measured whole, to find the largest.
  const main =
    landmarks.length === 1
      ? { element: landmarks[0], size: charsUpTo(landmarks[0], MIN_ARTICLE_CHARS) }
      : largest(landmarks, (landmark) => charCount(landmark.textContent ?? ''));
  return (main !== undefined && main.size >= MIN_ARTICLE_CHARS ? main.element : null) ?? page.querySelector('body') ?? page;
}

/** The element with the most of `size` (the first of equals), each measured once; undefined for none. */
function largest(elements: Element[], size: (element: Element) => number): { element: Element; size: number } | undefined {
  let best: { element: Element; size: number } | undefined;
  for (const element of elements) {
    const measured = size(element);
    if (best === undefined || measured > best.size) best = { element, size: measured };
  }
  return best;
}

/** Characters of readable text under `root`: scripts and styles left out (a framework's data script can outweigh the page). */
function readableChars(root: Element): number {
  let chars = 0;
  for (const text of textNodes(root)) {
    const parent = text.parentElement;
    if (parent !== null && !NON_CONTENT_TAGS.has(tagOf(parent))) chars += charCount(text.nodeValue ?? '');
  }
  return chars;
}

/**
 * The whole page, not the document's body: a stray second <body> in the markup can leave that one empty.
 * Markup without an <html> tag, or with elements after </html> (streamed rendering appends its data
 * scripts there), can leave Node DOMs with several top-level elements: the one with the most
 * readable text is the page.
 */
function pageOf(document: Document): Element | null {
  const roots = [...document.children];
  if (roots.length <= 1) return document.documentElement;
  return largest(roots, readableChars)!.element;
}

/**
 * A grid of this many priced cards is a category's list of products, never an article's "shop this"
 * carousel: it is read whatever the text beside it says, and the text after it (the category's
 * search-engine copy under the grid: buying guides, FAQs) is left out.
 */
const CATEGORY_CARDS = 20;

/**
 * The chosen blocks with `found`, the page's product grid (see product-grid.ts), when they leave it out
 * and the grid says more than they do (`chars`), or is a category's (CATEGORY_CARDS): on a shop's category page
 * the description wins the scoring, and the products are what the page lists. A smaller grid saying
 * less is an article's "shop this" carousel. `afterGrid` says whether the blocks after a category's
 * grid are kept; null when the grid is not added.
 */
function withProductGrid(chosen: Content, found: ProductGrid | null, chars: number, afterGrid: boolean): Content | null {
  if (found === null || chosen.parts.some((part) => part.contains(found.element))) return null;
  const { element: grid, cards } = found;
  const category = cards >= CATEGORY_CARDS;
  if (!category && charCount(grid.textContent ?? '') < chars) return null;
  const kept = (part: Element) => !grid.contains(part) && (afterGrid || !category || inDocumentOrder(part, grid) < 0);
  const parts = [...chosen.parts.filter(kept), grid];
  parts.sort(inDocumentOrder);
  return { parts, thread: false };
}

/**
 * The chosen blocks with the page's product grid (see withProductGrid), extracted. The text after a
 * category's grid goes only when the grid still reads as much as an article without it: a theme that
 * names each card's description for its cart button (`cartButton`) leaves the cleaned grid nearly empty.
 */
function gridded(chosen: Content, page: Element, chars: number, known: Known): { chosen: Content; extracted: Extracted } | null {
  const grid = productGridOf(page);
  const alone = withProductGrid(chosen, grid, chars, false);
  if (alone === null) return null;
  const extracted = extract(alone, known, undefined);
  if (extracted.chars >= MIN_ARTICLE_CHARS) return { chosen: alone, extracted };
  const withAfter = withProductGrid(chosen, grid, chars, true)!;
  return { chosen: withAfter, extracted: extract(withAfter, known, undefined) };
}

/**
 * The chosen blocks with the page's grid of items without prices (see itemGridOf), extracted, or null:
 * a listing's intro wins the scoring over its cards, all links (recipes, posts), yet the cards are what it lists.
 */
function listed(chosen: Content, page: Element, chars: number, known: Known): { chosen: Content; extracted: Extracted } | null {
  const items = withProductGrid(chosen, itemGridOf(page), chars, false);
  return items && { chosen: items, extracted: extract(items, known, undefined) };
}

function read(document: Document, options: ReadOptions): ReadResult {
  const root = pageOf(document);
  if (!root) return NO_ARTICLE;
  // Streamed segments parked at the end, and shadow trees (invisible to the selectors below), are read
  // where the page shows them: a page with any is read as a copy with them in place. One walk of the
  // page finds its main regions and any segment parked.
  const regions = [...root.querySelectorAll(`${MAIN_LANDMARKS}, ${SEGMENTS}`)];
  const placed = placedSegments(document, root, regions.some((region) => region.matches(SEGMENTS))) ?? root;
  const page = composedPage(document, placed) ?? placed;
  // A copy (with segments placed or shadow trees composed) is asked again.
  const landmarks = page === root ? regions.filter((region) => region.matches(MAIN_LANDMARKS)) : [...page.querySelectorAll(MAIN_LANDMARKS)];
  const stated = statedElements(document);
  const baseUrl = baseUrlOf(document, stated.base, options.url);
  const ld = readJsonLd(stated.jsonLd);
  const { canonicalUrl, leadImage, ogType, ...facts } = readMetadata(document, stated, ld, baseUrl);
  const product = productPageOf(ld.product, ogType, page);
  const discussion = ld.discussion === true || document.querySelector(MICRODATA_DISCUSSION) !== null;
  let chosen = findContent(page, { ...ld, discussion }, product !== undefined, landmarks);
  // A page whose own content did not load (a shop rendered by scripts, a bot wall) leaves its footer's
  // link columns or newsletter box as the best block: that is not an article.
  if (chosen !== null && chosen.parts.every(inSiteFooter)) chosen = null;
  const known = { title: facts.title, names: bylineNames(facts.byline), discussion };
  // The detector is asked at most once: both the landing test and a listing's cards below may ask it.
  let articlePage: boolean | undefined;
  const isArticle = () => (articlePage ??= isArticlePage(document, options.url));
  let extracted = chosen ? extract(chosen, known, product) : null;
  if (extracted === null || extracted.chars < MIN_ARTICLE_CHARS) {
    chosen = { parts: [landmarkOf(page, landmarks)], thread: false };
    extracted = extract(chosen, known, product);
  } else if (chosen !== null) {
    const landmark = landmarkOf(page, landmarks);
    const inLandmark = chosen.parts.every((part) => part !== landmark && landmark.contains(part));
    // The detector is asked last: most pages' landmark holds too little besides the choice to be read instead.
    const landing = inLandmark && product === undefined && proseLength(landmark.textContent ?? '') >= extracted.chars * LANDING_WIDER_RATIO && !isArticle();
    // The landmark is extracted only when what it could read at most (see proseBound) may make it the choice.
    const chars = extracted.chars;
    let bound: number | undefined;
    const mayRead = (ratio: number) => (bound ??= proseBound(landmark)) >= chars * ratio;
    if (inLandmark && ((landing && mayRead(LANDING_WIDER_RATIO)) || (extracted.chars < SHORT_CHARS && mayRead(WIDER_RATIO)))) {
      const widerChoice = { parts: [landmark], thread: false };
      const wider = extract(widerChoice, known, product);
      const links = linkDensity(wider.content);
      const landingRead = landing && wider.chars >= extracted.chars * LANDING_WIDER_RATIO && links <= MAX_LANDING_LINK_DENSITY;
      const shortRead = extracted.chars < SHORT_CHARS && wider.chars >= extracted.chars * WIDER_RATIO && links <= MAX_WIDER_LINK_DENSITY;
      if (landingRead || shortRead) {
        [chosen, extracted] = [widerChoice, wider];
      }
    }
  }
  if (chosen !== null && product === undefined && !chosen.thread) {
    // A shop's category with its product grid; else a short choice on a page that is no article, with its item grid.
    const withGrid =
      gridded(chosen, page, extracted.chars, known) ?? (extracted.chars < SHORT_CHARS && !isArticle() ? listed(chosen, page, extracted.chars, known) : null);
    if (withGrid !== null) ({ chosen, extracted } = withGrid);
  }
  if (chosen !== null && product === 'item') extracted = withSummary(extracted, buyBoxSummary(page, known.title, chosen.parts, extracted.text));
  if (extracted.chars < MIN_ARTICLE_CHARS) {
    // The page's own blocks hold too little: a product page rendered by scripts may state its description.
    const described = statedDescription(ld.product, inertDocumentFor(document));
    const stated = described && { content: described, text: blockText(described) };
    if (stated === null || proseLength(stated.text) < MIN_ARTICLE_CHARS) return NO_ARTICLE;
    [chosen, extracted] = [null, { ...stated, chars: proseLength(stated.text) }];
  }
  const { content, text } = extracted;

  const firstParagraph = text.split('\n\n')[0];
  return {
    ok: true,
    article: {
      ...facts,
      ...writingOf(chosen?.parts[0] ?? null, facts.lang),
      excerpt: facts.excerpt ?? (firstParagraph.length <= MAX_EXCERPT_CHARS ? firstParagraph : undefined),
      leadImage: leadImageFor(document, content, leadImage, baseUrl),
      url: canonicalUrl ?? baseUrl,
      html: serialize(content, baseUrl),
      text,
      wordCount: countWords(text),
    },
  };
}

export function readArticle(document: Document, options: ReadOptions = {}): ReadResult {
  try {
    return read(unclobbered(document), options);
  } catch (error) {
    if (error instanceof PageTooLargeError) {
      return { ok: false, reason: 'too-large', message: 'This page is too large or too deeply nested to read.' };
    }
    return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
