/**
 * A forum reply's quote of an earlier post of the thread: that post again, read once, where it was posted.
 */
import { TEXT_NODE, charCount, collapseSpace, isElement, tagOf } from './dom';

/** A quote's first characters (without spaces) found outside the quotes mark it a copy; shorter quotes are a reply's own words. */
const QUOTE_PROBE_CHARS = 40;
/**
 * The quote boxes of forum engines: a blockquote, vBulletin 4's quote box (a div; that engine sets each
 * post's own text in a blockquote, `postcontent`, which is the post, not a quote) and FluxBB's and PunBB's
 * box holding the quoted poster's name above the blockquote.
 */
const QUOTES = 'blockquote:not(.postcontent), .bbcode_quote, .quotebox';
/**
 * How a forum heads a quote with the quoted poster, on a line of its own: "Perseus Legend said:", "seth
 * wrote: ↑ Wed Dec 27, 2023", "Originally Posted by HOSTLAR", "Quote from: Arantor on June 09". An
 * article's pull quote is not headed so, and its poster's line is the quote's source, not the post.
 */
const ATTRIBUTION = /^(?:originally posted by|quote from:?)\s|\s(?:said|wrote|a écrit|schrieb|escribió|ha scritto|escreveu|schreef)\s*:/i;
/** A line longer than this is a post's text, not its head. */
const MAX_ATTRIBUTION_CHARS = 120;
/** The head opens the quote: it is among the quote's first elements (vBulletin 4's is its third, inside two wrappers). */
const MAX_ELEMENTS_BEFORE_ATTRIBUTION = 8;

/** The element heading `quote` with its poster (see ATTRIBUTION), if any: the first line so worded that is not the whole quote. */
function attributionOf(quote: Element): Element | null {
  const whole = charCount(quote.textContent ?? '');
  const opening = [...quote.querySelectorAll('*')].slice(0, MAX_ELEMENTS_BEFORE_ATTRIBUTION);
  for (const element of opening) {
    const line = collapseSpace(element.textContent ?? '');
    const chars = charCount(line);
    if (chars > 0 && chars <= MAX_ATTRIBUTION_CHARS && chars < whole && ATTRIBUTION.test(line)) return element;
  }
  return null;
}

/** True when a quote holds `quote`: the outer quote is the one asked, and goes with what it holds. */
function insideAnother(quote: Element, quotes: Set<Element>): boolean {
  for (let at = quote.parentElement; at !== null; at = at.parentElement) if (quotes.has(at)) return true;
  return false;
}

/** The text under `node`, without spaces, leaving out the elements `skip` says (walked without recursion: a hostile page nests deep). */
function textWithout(node: Node, skip: (element: Element) => boolean): string {
  let text = '';
  const stack: Node[] = [];
  const pushChildren = (parent: Node) => {
    for (let child = parent.lastChild; child !== null; child = child.previousSibling) stack.push(child);
  };
  pushChildren(node);
  for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
    if (at.nodeType === TEXT_NODE) text += (at.nodeValue ?? '').replace(/\s+/g, '');
    else if (isElement(at) && !skip(at)) pushChildren(at);
  }
  return text;
}

/**
 * Removes each quote whose words the content also holds outside any quote: the earlier post again. Its
 * body is the quote without its head (the poster's line, see ATTRIBUTION, and any <cite>), probed by its
 * first characters; the text outside the quotes is read once, each of its windows looked up among the
 * probes. In a discussion (`discussion`: the page says it is one, or the content is a thread) every quote
 * is asked; elsewhere only a quote headed with its poster, which an article's pull quote (repeating the
 * article's own words on purpose) is not.
 */
export function removeQuotedPosts(root: Element, discussion: boolean): void {
  const quotes = new Set([...root.querySelectorAll(QUOTES)]);
  const probes = new Map<string, Element[]>();
  for (const quote of quotes) {
    if (insideAnother(quote, quotes)) continue;
    const head = attributionOf(quote);
    if (head === null && !discussion) continue;
    const probe = textWithout(quote, (element) => element === head || tagOf(element) === 'cite').slice(0, QUOTE_PROBE_CHARS);
    if (probe.length < QUOTE_PROBE_CHARS) continue;
    const alike = probes.get(probe);
    if (alike) alike.push(quote);
    else probes.set(probe, [quote]);
  }
  if (probes.size === 0) return;
  const outside = textWithout(root, (element) => quotes.has(element));
  for (let start = 0; start + QUOTE_PROBE_CHARS <= outside.length && probes.size > 0; start++) {
    const window = outside.slice(start, start + QUOTE_PROBE_CHARS);
    for (const quote of probes.get(window) ?? []) quote.remove();
    probes.delete(window);
  }
}
