/**
 * Writes the cleaned clone as HTML through an allowlist: known content tags with a few attributes,
 * URLs made absolute, links opening in a new tab. Layout wrappers (div, section, span...) are
 * unwrapped; a wrapper holding only inline content becomes a paragraph. Event handlers, styles and
 * classes never pass. The result still goes through the extension's one sanitiser before display.
 */
import { INLINE_TAGS, TEXT_NODE, holdsOnlyInline, isElement, isHeadingPermalink, tagOf } from './dom';
import { safeUrl } from './urls';
import { videoLinkText } from './video-embed';

/** Tags written as they are, with the attributes listed for each. */
const KEPT_TAGS: Record<string, readonly string[]> = {
  p: [], h1: [], h2: [], h3: [], h4: [], h5: [], h6: [], blockquote: ['cite'], pre: [], code: [], hr: [], br: [],
  ul: [], ol: ['start', 'reversed'], li: ['value'], dl: [], dt: [], dd: [],
  figure: [], figcaption: [], img: ['alt', 'width', 'height'], video: ['poster'],
  audio: [], source: ['type'],
  table: [], caption: [], thead: [], tbody: [], tfoot: [], tr: [], th: ['colspan', 'rowspan', 'scope'], td: ['colspan', 'rowspan'],
  a: [], em: [], strong: [], b: [], i: [], u: [], s: [], del: [], ins: [], sub: [], sup: [], small: [], mark: [],
  abbr: ['title'], cite: [], q: [], kbd: [], samp: [], var: [], time: ['datetime'], dfn: [], bdi: [], bdo: ['dir'],
  details: [], summary: [], address: [],
};
/**
 * Players are written with their controls whatever the page gave them: the reader starts nothing on its
 * own (autoplay, muted and loop are not kept), so a clip the page played as a moving picture, muted in a
 * loop without controls, would otherwise be a still box no one can start.
 */
const PLAYERS = new Set(['video', 'audio']);
/** Attributes holding a URL, per tag: resolved, and dropped when their scheme is unsafe. */
const URL_ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src', video: 'src', audio: 'src', source: 'src' };
const VOID_TAGS = new Set(['br', 'hr', 'img', 'source']);
/** Blocks whose content is phrasing: a div inside them must not open another paragraph. */
const PHRASING_BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'dt', 'dd', 'td', 'th', 'figcaption', 'caption', 'summary', 'pre']);
/** Programming-language classes on code blocks, kept for syntax-aware display. */
const LANGUAGE_CLASS = /^(?:language|lang)-[\w+#-]+$/;

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

function attributes(element: Element, tag: string, baseUrl: string | undefined): string {
  let out = PLAYERS.has(tag) ? ' controls' : '';
  for (const name of KEPT_TAGS[tag]) {
    const value = element.getAttribute(name);
    if (value !== null) out += ` ${name}="${escapeAttribute(value)}"`;
  }
  const urlName = URL_ATTRIBUTES[tag];
  const url = urlName ? element.getAttribute(urlName) : null;
  if (url !== null) {
    const resolved = url.startsWith('#') && tag === 'a' ? url : safeUrl(url, baseUrl);
    if (resolved !== undefined) out += ` ${urlName}="${escapeAttribute(resolved)}"`;
    if (tag === 'a' && resolved !== undefined && !resolved.startsWith('#')) out += ' target="_blank" rel="noopener noreferrer"';
  }
  // Only code blocks keep a class: the others' are not read (linkedom builds a token list to read one).
  if (tag !== 'code' && tag !== 'pre') return out;
  const language = (element.getAttribute('class') ?? '').split(/\s+/).find((name) => LANGUAGE_CLASS.test(name));
  if (language) out += ` class="${escapeAttribute(language)}"`;
  return out;
}

/** An embedded video (the only frames cleaning keeps) as a link to it, in a paragraph of its own unless it sits in one. */
function videoLink(frame: Element, insideParagraph: boolean, baseUrl: string | undefined): string {
  const src = frame.getAttribute('src') ?? '';
  const href = safeUrl(src, baseUrl);
  if (href === undefined) return '';
  const link = `<a href="${escapeAttribute(href)}" target="_blank" rel="noopener noreferrer">${escapeText(videoLinkText(src, frame.getAttribute('title')))}</a>`;
  return insideParagraph ? link : `<p>${link}</p>`;
}

/** A fragment's id as written in a link ("#caf%C3%A9" is "café"); as it is when it does not decode. */
function fragmentId(href: string): string {
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

/**
 * The ids the article's own links jump to (a footnote's "#note-3", a "jump to" list's sections). Only
 * these are written, on the elements that bear them, so that the links work in the reader; the page's
 * other ids (its scripts' and styles' hooks) are left out.
 */
function linkTargets(root: Element): Set<string> {
  const targets = new Set<string>();
  for (const link of root.getElementsByTagName('a')) {
    const href = link.getAttribute('href') ?? '';
    if (href.length > 1 && href.startsWith('#') && !isHeadingPermalink(link)) targets.add(fragmentId(href));
  }
  return targets;
}

/** The element's id when a link of the article jumps to it (an old page's `<a name>` counts as one). */
function targetIdOf(element: Element, targets: Set<string>): string | undefined {
  if (targets.size === 0) return undefined;
  const id = element.getAttribute('id') ?? (tagOf(element) === 'a' ? element.getAttribute('name') : null);
  return id !== null && targets.has(id) ? id : undefined;
}

/** Serialises the children of `root` (the clone's own tag is a wrapper, never written). */
export function serialize(root: Element, baseUrl: string | undefined): string {
  const parts: string[] = [];
  const targets = linkTargets(root);
  const write = (node: Node, insideParagraph: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      parts.push(escapeText(node.nodeValue ?? ''));
      return;
    }
    if (!isElement(node)) return;
    const tag = tagOf(node);
    if (tag === 'iframe') {
      parts.push(videoLink(node, insideParagraph, baseUrl));
      return;
    }
    // A <picture>'s sources were folded into its <img> (images.ts); only media players keep theirs.
    if (tag === 'source' && node.parentElement && tagOf(node.parentElement) === 'picture') return;
    // A heading's permalink (see dom.ts) is written as the heading's words, not as a link to where it already is.
    const kept = tag in KEPT_TAGS && !(tag === 'a' && isHeadingPermalink(node));
    const asParagraph = !kept && !insideParagraph && !INLINE_TAGS.has(tag) && holdsOnlyInline(node);
    const written = kept ? tag : asParagraph ? 'p' : null;
    const id = targetIdOf(node, targets);
    const idAttribute = id === undefined ? '' : ` id="${escapeAttribute(id)}"`;
    if (written) parts.push(`<${written}${idAttribute}${kept ? attributes(node, tag, baseUrl) : ''}>`);
    // A wrapper that is not written leaves its id on an empty mark where it began.
    else if (id !== undefined) parts.push(`<span${idAttribute}></span>`);
    if (VOID_TAGS.has(tag)) return;
    const inline = insideParagraph || written === 'p' || INLINE_TAGS.has(tag) || PHRASING_BLOCKS.has(tag);
    for (let child = node.firstChild; child !== null; child = child.nextSibling) write(child, inline);
    if (written) parts.push(`</${written}>`);
  };
  for (let child = root.firstChild; child !== null; child = child.nextSibling) write(child, false);
  return parts.join('').trim();
}
