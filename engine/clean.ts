/**
 * Clones the chosen blocks and cleans the clone: non-content elements, hidden elements and clutter
 * (by the rule set) go, lazy images get their sources. The live page is only read, never changed.
 */
import { isClutterByName, isClutterLine } from './clutter';
import { NON_CONTENT_TAGS, TEXT_NODE, charCount, collapseSpace, isHiddenByMarkup, isParsedNoscript, linkDensity, tagOf } from './dom';
import { hasMedia, resolveImages } from './images';

/** A block holding this share of the article's text is the article, whatever its name says. */
const MAX_CLUTTER_SHARE = 0.5;
/** A block opening with a clutter line is removed whole when it is mostly links, or has little else. */
const CLUTTER_BLOCK_LINK_DENSITY = 0.5;
const MAX_PROSE_BESIDE_LINE = 100;
/** Embedded players readers expect to keep; every other iframe is an ad, a widget or a tracker. */
const VIDEO_EMBED = /^(?:https?:)?\/\/(?:www\.)?(?:youtube(?:-nocookie)?\.com|youtu\.be|player\.vimeo\.com)\//i;
/** Forms longer than this are page wrappers (ASP.NET pages put everything in one), not sign-up boxes. */
const MAX_FORM_CHARS = 400;

/** A detached copy of the article's blocks, wrapped in one element when there are several. */
export function cloneParts(parts: Element[]): Element {
  if (parts.length === 1) return parts[0].cloneNode(true) as Element;
  const wrapper = parts[0].ownerDocument.createElement('div');
  for (const part of parts) wrapper.append(part.cloneNode(true));
  return wrapper;
}

function removeNonContent(root: Element): void {
  for (const noscript of [...root.querySelectorAll('noscript')]) {
    if (isParsedNoscript(noscript)) noscript.replaceWith(...noscript.childNodes);
  }
  for (const element of [...root.querySelectorAll('*')]) {
    const tag = tagOf(element);
    const drop =
      (NON_CONTENT_TAGS.has(tag) && tag !== 'noscript') ||
      isHiddenByMarkup(element) ||
      (tag === 'iframe' && !VIDEO_EMBED.test(element.getAttribute('src') ?? '')) ||
      (tag === 'form' && charCount(element.textContent ?? '') <= MAX_FORM_CHARS);
    if (drop) element.remove();
  }
}

/**
 * The largest block that opens with the clutter line `text` and is clutter as a whole: mostly links
 * (a "Related" list), or nothing much besides that line (a cookie notice, a member's "Joined" details).
 * A block with real prose besides the line (the forum post around those details) is not taken.
 */
function clutterBlockOf(text: Node, root: Element, rootChars: number): Element | null {
  const lineChars = charCount(text.nodeValue ?? '');
  let block: Element | null = null;
  for (let element = text.parentElement; element !== null && element !== root; element = element.parentElement) {
    const chars = charCount(element.textContent ?? '');
    if (chars > rootChars * MAX_CLUTTER_SHARE) break;
    const density = linkDensity(element);
    const proseBesideLine = chars * (1 - density) - lineChars;
    if (density < CLUTTER_BLOCK_LINK_DENSITY && proseBesideLine > MAX_PROSE_BESIDE_LINE) break;
    block = element;
    if (!opensWith(element.parentElement, element)) break;
  }
  return block;
}

/** True when nothing with text comes before `child` inside `parent`. */
function opensWith(parent: Element | null, child: Element): boolean {
  if (parent === null) return false;
  for (let node = child.previousSibling; node !== null; node = node.previousSibling) {
    if (collapseSpace(node.textContent ?? '') !== '') return false;
  }
  return true;
}

/** Text nodes under root in document order, without recursion. */
function textNodes(root: Element): Node[] {
  const found: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) found.push(node);
    for (let child = node.lastChild; child !== null; child = child.previousSibling) stack.push(child);
  }
  return found;
}

function removeClutter(root: Element): void {
  const rootChars = charCount(root.textContent ?? '');
  const small = (element: Element) => charCount(element.textContent ?? '') <= rootChars * MAX_CLUTTER_SHARE;
  const doomed = [...root.querySelectorAll('*')].filter((element) => isClutterByName(element) && small(element));
  for (const text of textNodes(root)) {
    if (!isClutterLine(text.nodeValue ?? '')) continue;
    const block = clutterBlockOf(text, root, rootChars);
    if (block) doomed.push(block);
  }
  for (const element of doomed) element.remove();
}

/** Removes the first heading when it repeats the title: the reader shows the title once, above. */
function removeTitleHeading(root: Element, title: string): void {
  const wanted = collapseSpace(title).toLowerCase();
  const heading = root.querySelector('h1, h2');
  if (heading && collapseSpace(heading.textContent ?? '').toLowerCase() === wanted) heading.remove();
}

/** Containers left with neither text nor media (after clutter went) are dropped, deepest first. */
function removeEmpty(root: Element): void {
  const elements = [...root.querySelectorAll('*')].reverse();
  for (const element of elements) {
    const tag = tagOf(element);
    if (['br', 'hr', 'img', 'iframe', 'video', 'audio', 'source', 'td', 'th'].includes(tag)) continue;
    if (collapseSpace(element.textContent ?? '') === '' && !hasMedia(element)) element.remove();
  }
}

export function cleanContent(root: Element, title: string): void {
  removeNonContent(root);
  removeClutter(root);
  resolveImages(root);
  removeTitleHeading(root, title);
  removeEmpty(root);
}
