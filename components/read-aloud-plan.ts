/**
 * What "read aloud" speaks, planned from the article as the overlay rendered it: the title, then each
 * block of the body (headings, paragraphs, list items, quotes, captions, definitions) in document
 * order, one highlightable element each, its text cut into short chunks. Code and tables are skipped:
 * read character by character they are noise, and a listener can look at them on screen.
 * Pure over a DOM (the shadow root's in the browser, linkedom's in tests).
 */
import { ELEMENT_NODE, TEXT_NODE } from '../engine/dom';

/** Elements that are read as one unit and highlighted while they are read. */
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, blockquote, figcaption, div, section';
/** Subtrees never read: code, tables, the contents list, and anything hidden from readers. */
const SKIPPED = 'pre, table, nav, script, style, template, [hidden], [aria-hidden="true"]';

/**
 * Longest text given to one utterance. Chrome's online voices stop after about 15 seconds of speech
 * (crbug.com/679437) without an `end` event, and a shorter utterance also restarts sooner after a rate
 * or voice change; 200 characters are about 12 seconds at the normal rate.
 */
export const MAX_CHUNK = 200;

export interface ReadingBlock {
  element: Element;
  /** The block's own text, whitespace collapsed; chunks joined give it back. */
  text: string;
  chunks: string[];
}

/**
 * The blocks to read in `roots` (the title, the body), in reading order; a block's nested blocks
 * follow it as blocks of their own.
 */
export function planReading(roots: Element[], lang: string | undefined): ReadingBlock[] {
  const candidates = roots.flatMap((root) => [...(root.matches(BLOCKS) ? [root] : []), ...root.querySelectorAll(BLOCKS)]);
  return candidates.flatMap((element) => {
    if (element.closest(SKIPPED)) return [];
    const text = ownText(element).replace(/\s+/g, ' ').trim();
    return text ? [{ element, text, chunks: chunkText(text, lang) }] : [];
  });
}

/** Text of `element` outside nested blocks and skipped subtrees; a line break counts as a space. */
function ownText(element: Element): string {
  let text = '';
  for (const child of element.childNodes) {
    if (child.nodeType === TEXT_NODE) text += child.nodeValue ?? '';
    else if (child.nodeType === ELEMENT_NODE) {
      const inner = child as Element;
      if (inner.matches('br')) text += ' ';
      else if (!inner.matches(BLOCKS) && !inner.matches(SKIPPED)) text += ownText(inner);
    }
  }
  return text;
}

/**
 * Cuts `text` into chunks of at most `max` characters at sentence ends, or at spaces inside a longer
 * sentence, or anywhere in a longer run without spaces (Chinese, Japanese). Every character is kept, so
 * the chunks joined are `text` again and a position in a chunk is a position in the block.
 */
export function chunkText(text: string, lang: string | undefined, max = MAX_CHUNK): string[] {
  const pieces = [...sentences(text, lang)].flatMap((sentence) => splitLong(sentence, max));
  const chunks: string[] = [];
  for (const piece of pieces) {
    const last = chunks.length - 1;
    if (last >= 0 && chunks[last]!.length + piece.length <= max) chunks[last] += piece;
    else chunks.push(piece);
  }
  return chunks;
}

function sentences(text: string, lang: string | undefined): Iterable<string> {
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  } catch {
    // A malformed lang attribute from the page: segment by the default locale's rules.
    segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
  return [...segmenter.segment(text)].map(({ segment }) => segment);
}

function splitLong(sentence: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > max) {
    const space = rest.lastIndexOf(' ', max - 1);
    const cut = space > 0 ? space + 1 : max;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) pieces.push(rest);
  return pieces;
}
