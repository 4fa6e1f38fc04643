/**
 * Drops the site's header left at the start of the article: on a page laid out with one table (a
 * Hacker News-style link aggregator, an old forum), the row with the logo, the menu and the login link
 * is a row of the same table as the content, and the scoring cannot leave it out. A leading table row
 * of short links (menu words, not headlines nor a table of contents) goes; the walk goes into wrappers
 * (layout tables' rows and cells too) and stops at the first block of real content. Only rows: a
 * leading list of short links elsewhere may be the page's own (a shop's cards of colour swatches, a
 * wiki's list of translations that its readers keep).
 *
 * Then the page's own byline and dateline lines before the body's first long paragraph (see
 * byline-line.ts), and the author's avatar beside them: the reader shows the byline and the date above
 * the article. Figures (a caption's "Photo by ..."), quotes, code and tables are never taken, nor
 * headings but a byline labelled so ("By Jane Doe" set as a small heading). Such a labelled byline
 * right after the first long paragraph goes too: that paragraph is a standfirst printed above it.
 */
import { isAvatar, isBylineLine, isLabelledBylineLine } from './byline-line';
import { HEADING_TAGS, INLINE_TAGS, TEXT_NODE, charCount, hasText, hasWords, isElement, linkDensity, tagOf } from './dom';
import { hasContent, hasMedia } from './images';
import { isMadeLike, isWrapper } from './trim-tail';

/** Fewer links than this are a line of the article ("Home" and a source), not a menu. */
const MIN_MENU_LINKS = 3;
/** Share of the row's text inside links: a menu is links and their separators ("new | past | ask"). */
const MIN_MENU_LINK_DENSITY = 0.6;
/** Average characters per link: menu words ("ask", "Log in"), not headlines. */
const MAX_MENU_CHARS_PER_LINK = 12;
/** The header is a small part of the page: what it removes stays under this share of the text. */
const MAX_HEAD_SHARE = 0.2;
/** Blocks the walk looks inside: those of the tail's walk, and a table layout's rows and cells. */
const HEAD_WRAPPER_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'aside', 'center', 'table', 'tbody', 'tr', 'td']);

/**
 * A table row of at least MIN_MENU_LINKS short links to other pages (links to the page's own headings
 * are its table of contents), not made like the row after it (then it is the first entry of a list).
 */
function isMenuRow(block: Element): boolean {
  if (tagOf(block) !== 'tr') return false;
  const links = [...block.querySelectorAll('a[href]')].filter((link) => !(link.getAttribute('href') ?? '').startsWith('#'));
  return (
    links.length >= MIN_MENU_LINKS &&
    charCount(block.textContent ?? '') / links.length <= MAX_MENU_CHARS_PER_LINK &&
    linkDensity(block) >= MIN_MENU_LINK_DENSITY &&
    !isMadeLike(block, block.nextElementSibling)
  );
}

/** The first element of `container` with text or media, or null when text comes first. */
function firstBlock(container: Element): Element | null {
  for (let node = container.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE) {
      if (hasText(node.nodeValue ?? '')) return null;
      continue;
    }
    if (isElement(node) && hasContent(node)) return node;
  }
  return null;
}

/** The first paragraph this long is the body: the byline comes before it. */
const LONG_PARAGRAPH_CHARS = 150;
/** Lines read for a byline before the walk gives up: a byline sits by the headline, not down a list of short entries. */
const MAX_BYLINE_WALK_LINES = 12;
/** Blocks the byline walk never takes from: a figure's caption credits a photographer ("Photo by ..."); the others are the article's. */
const NEVER_BYLINE_TAGS: ReadonlySet<string> = new Set(['figure', 'figcaption', 'blockquote', 'pre', 'table', ...HEADING_TAGS]);

const isInline = (node: Node) => node.nodeType === TEXT_NODE || (isElement(node) && INLINE_TAGS.has(tagOf(node)));

/** A line of the head: a block holding only inline content, or a run of inline nodes beside blocks. */
type Line = Node[];
/** What the walk meets in a block: lines, blocks it goes into, and blocks it never takes from (NEVER_BYLINE_TAGS). */
type Unit = { line: Line } | { into: Element } | { kept: Element };

function unitsOf(container: Element): Unit[] {
  const units: Unit[] = [];
  let run: Line = [];
  for (const child of [...container.childNodes]) {
    if (isInline(child)) {
      run.push(child);
      continue;
    }
    if (run.length > 0) units.push({ line: run });
    run = [];
    if (!isElement(child)) continue;
    if (NEVER_BYLINE_TAGS.has(tagOf(child))) units.push({ kept: child });
    else units.push([...child.childNodes].every(isInline) ? { line: [child] } : { into: child });
  }
  if (run.length > 0) units.push({ line: run });
  return units;
}

/**
 * The byline walk's state: the byline's names, what it may still remove, the lines it read, whether
 * it took one, whether it reached the body.
 */
interface BylineWalk {
  names: string[];
  budget: number;
  lines: number;
  took: boolean;
  done: boolean;
  /** The walk passed a long paragraph before any byline: only a labelled byline may follow it (a standfirst's). */
  afterLead: boolean;
}

const imagesIn = (node: Node): Element[] => (!isElement(node) ? [] : tagOf(node) === 'img' ? [node] : [...node.querySelectorAll('img')]);

/** True when the line is the author's avatar and nothing else (an image, or one in a link to the author's page). */
function isAvatarLine(line: Line, names: string[]): boolean {
  const images = line.flatMap(imagesIn);
  return images.length > 0 && images.every((image) => isAvatar(image, names)) && !line.some((node) => hasText(node.textContent ?? '')) && line.every((node) => !hasMedia(node) || imagesIn(node).length > 0);
}

/**
 * Counts a line of `chars` characters read: too many lines end the walk, and so does a long paragraph,
 * except the first one before any byline, which may be a standfirst with the byline under it.
 */
function isPastHead(chars: number, walk: BylineWalk): boolean {
  const long = chars >= LONG_PARAGRAPH_CHARS;
  walk.done = ++walk.lines > MAX_BYLINE_WALK_LINES || (long && (walk.took || walk.afterLead));
  if (long && !walk.done) walk.afterLead = true;
  return walk.done || long;
}

const removeAll = (line: Line) => line.forEach((node) => (node as ChildNode).remove());

/**
 * True when `text` (`chars` characters) is a byline by `isByline` and fits the walk's budget: it is counted
 * taken, and the caller removes it.
 */
function takesByline(text: string, chars: number, walk: BylineWalk, isByline: (text: string, names: string[]) => boolean): boolean {
  if (chars > walk.budget || !isByline(text, walk.names)) return false;
  walk.budget -= chars;
  walk.took = true;
  return true;
}

/**
 * Reads one line: a byline line or an avatar goes (see isPastHead for the end of the walk). Any line
 * kept after one taken ends the walk too: the byline's lines sit together, and a short line after them
 * is the body's (a forum's short first post, under which the replies' dates are not the page's).
 */
function readLine(line: Line, walk: BylineWalk): void {
  const text = line.map((node) => node.textContent ?? '').join('');
  const chars = charCount(text);
  if (chars === 0) {
    if (isAvatarLine(line, walk.names)) removeAll(line);
  } else if (!hasWords(text)) {
    // A separator ("·", "|") between the byline's lines goes with them.
    if (walk.took) removeAll(line);
  } else if (isPastHead(chars, walk)) {
    return;
  } else if (takesByline(text, chars, walk, walk.afterLead && !walk.took ? isLabelledBylineLine : isBylineLine)) {
    removeAll(line);
  } else {
    walk.done = walk.took || walk.afterLead;
  }
}

/** Takes the byline lines out of `container` (see readLine), going into its blocks; a block left empty goes too. */
function dropBylines(container: Element, walk: BylineWalk): void {
  for (const unit of unitsOf(container)) {
    if (walk.done) return;
    if ('line' in unit) readLine(unit.line, walk);
    else if ('kept' in unit) {
      const text = unit.kept.textContent ?? '';
      const chars = charCount(text);
      if (HEADING_TAGS.has(tagOf(unit.kept)) && takesByline(text, chars, walk, isLabelledBylineLine)) {
        unit.kept.remove();
      } else if (chars > 0 && tagOf(unit.kept) !== 'figure') {
        // A figure's caption, however long, is not the body's first paragraph.
        walk.done = isPastHead(chars, walk) || walk.took || walk.afterLead;
      }
    } else if (hasContent(unit.into)) {
      dropBylines(unit.into, walk);
      if (!hasContent(unit.into)) unit.into.remove();
    }
  }
}

export function trimHead(root: Element, names: string[]): void {
  const maxChars = charCount(root.textContent ?? '') * MAX_HEAD_SHARE;
  trimMenuRows(root, maxChars);
  if (!NEVER_BYLINE_TAGS.has(tagOf(root))) dropBylines(root, { names, budget: maxChars, lines: 0, took: false, done: false, afterLead: false });
}

function trimMenuRows(root: Element, maxChars: number): void {
  let trimmed = 0;
  let container = root;
  for (;;) {
    const first = firstBlock(container);
    if (first === null) return;
    const chars = charCount(first.textContent ?? '');
    if (trimmed + chars <= maxChars && isMenuRow(first)) {
      trimmed += chars;
      first.remove();
      continue;
    }
    if (!isWrapper(first, HEAD_WRAPPER_TAGS)) return;
    container = first;
  }
}
