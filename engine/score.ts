/**
 * Scores the live DOM read-only, in one iterative pass (no recursion, so deep pages cannot overflow
 * the stack): every block with enough of its own prose is a paragraph, and its score flows to its
 * ancestors, less at each level, the way reader views have long found the article's container.
 */
import { isClutterByName, isSiteHeader } from './clutter';
import { INLINE_TAGS, NON_CONTENT_TAGS, TEXT_NODE, charCount, classOf, isElement, isHiddenByMarkup, isParsedNoscript, tagOf } from './dom';

/** Past these the page is refused as too large rather than risking a hung tab. */
const MAX_ELEMENTS = 150_000;
const MAX_DEPTH = 500;

/** Own prose, in characters, for a block to count as a paragraph (characters, so CJK counts fairly). */
const MIN_PARAGRAPH_CHARS = 25;
/** How many ancestor levels receive a paragraph's score, and the share each level gets. */
const LEVEL_SHARES = [1, 1 / 2, 1 / 4, 1 / 8, 1 / 16];
/** Block tags whose score belongs to the container around them; other blocks contain their own text. */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'li', 'dd', 'dt', 'blockquote', 'figcaption', 'address', 'caption']);
/** List items score for the block around their list: a list is part of an article, rarely all of it. */
const LIST_ITEM_TAGS = new Set(['li', 'dd', 'dt']);
/** Commas in Latin, CJK and Arabic scripts: a comma-rich paragraph is prose, not a label. */
const COMMAS = /[,，、،]/g;

/** Share of a block's text inside links. */
export function linkShare(entry: BlockStats): number {
  return entry.chars === 0 ? 0 : entry.linkChars / entry.chars;
}

export class PageTooLargeError extends Error {}

export interface BlockStats {
  /** Characters of text, whitespace excluded. */
  chars: number;
  /** Characters inside links. */
  linkChars: number;
  /** Sum of the scores of the paragraphs below, weighted by distance. */
  score: number;
  /** Sum of the scores of every paragraph in the subtree, however deep: how much prose it holds. */
  prose: number;
}

export interface PageScores {
  /** The element the scores were taken under. */
  root: Element;
  stats: Map<Element, BlockStats>;
  /** Elements that received a paragraph score, in no particular order. */
  candidates: Element[];
}

interface Frame {
  element: Element;
  cursor: Node | null;
  chars: number;
  linkChars: number;
  ownChars: number;
  ownLinkChars: number;
  ownCommas: number;
  prose: number;
}

const countCommas = (text: string) => text.match(COMMAS)?.length ?? 0;

/**
 * `headline`: the page's one h1, if it has exactly one. A block the rule set names as clutter but
 * holding it is the page's own, whatever its name (a newsletter's issue in a block named for the newsletter).
 */
function skipped(element: Element, strict: boolean, headline: Element | undefined): boolean {
  if (isParsedNoscript(element)) return false;
  if (NON_CONTENT_TAGS.has(tagOf(element))) return true;
  if (!strict) return false;
  const className = classOf(element);
  return (
    isHiddenByMarkup(element, className) ||
    (isClutterByName(element, className) && !(headline !== undefined && element.contains(headline))) ||
    isSiteHeader(element)
  );
}

/** The page's headline: its h1 when it has exactly one (several are a listing's cards or a modal's title beside the page's). */
function headlineOf(root: Element): Element | undefined {
  const headings = root.querySelectorAll('h1');
  return headings.length === 1 ? headings[0] : undefined;
}

/**
 * Measures every element under `root`. When `strict`, hidden blocks and those the rule set names as
 * clutter are left out, so a cookie dialog or a comment thread cannot win. The retry sees everything:
 * a wrapper with an unlucky name, or a page parked in a hidden block until its scripts run (React's
 * streamed rendering does that).
 */
export function scorePage(root: Element, strict: boolean): PageScores {
  const stats = new Map<Element, BlockStats>();
  const paragraphs: Array<[Element, number]> = [];
  const stack: Frame[] = [newFrame(root)];
  let elements = 0;
  const headline = strict ? headlineOf(root) : undefined;

  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const node = frame.cursor;
    if (node !== null) {
      frame.cursor = node.nextSibling;
      if (node.nodeType === TEXT_NODE) {
        const data = node.nodeValue ?? '';
        const length = charCount(data);
        frame.chars += length;
        frame.ownChars += length;
        frame.ownCommas += countCommas(data);
      } else if (isElement(node) && !skipped(node, strict, headline)) {
        if (++elements > MAX_ELEMENTS || stack.length > MAX_DEPTH) throw new PageTooLargeError();
        stack.push(newFrame(node));
      }
      continue;
    }
    stack.pop();
    const tag = tagOf(frame.element);
    const ownProse = frame.ownChars - frame.ownLinkChars;
    if (!INLINE_TAGS.has(tag) && ownProse >= MIN_PARAGRAPH_CHARS) {
      const score = 1 + frame.ownCommas + Math.min(3, Math.floor(ownProse / 100));
      paragraphs.push([frame.element, score]);
      frame.prose += score;
    }
    stats.set(frame.element, { chars: frame.chars, linkChars: frame.linkChars, score: 0, prose: frame.prose });
    const parent = stack[stack.length - 1];
    if (parent === undefined) continue;
    const linked = tag === 'a' ? frame.chars : frame.linkChars;
    parent.chars += frame.chars;
    parent.linkChars += linked;
    parent.prose += frame.prose;
    if (INLINE_TAGS.has(tag)) {
      parent.ownChars += frame.chars;
      parent.ownLinkChars += linked;
      parent.ownCommas += frame.ownCommas;
    }
  }

  const candidates = new Set<Element>();
  for (const [paragraph, score] of paragraphs) {
    const tag = tagOf(paragraph);
    let target: Element | null = PARAGRAPH_TAGS.has(tag) ? paragraph.parentElement : paragraph;
    if (LIST_ITEM_TAGS.has(tag) && target !== null && target !== root) target = target.parentElement;
    for (let level = 0; target !== null && level < LEVEL_SHARES.length; level++) {
      const entry = stats.get(target);
      if (entry === undefined) break;
      entry.score += score * LEVEL_SHARES[level];
      candidates.add(target);
      if (target === root) break;
      target = target.parentElement;
    }
  }
  return { root, stats, candidates: [...candidates] };
}

function newFrame(element: Element): Frame {
  return { element, cursor: element.firstChild, chars: 0, linkChars: 0, ownChars: 0, ownLinkChars: 0, ownCommas: 0, prose: 0 };
}
