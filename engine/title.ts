/**
 * The article's own title. The page's h1 is what readers see as the title; the meta title often adds
 * the site's name or a marketing tail. So the h1 that shares most of its words with the meta title
 * wins; without a matching h1, the meta title with its " | Site" part removed.
 */
import { SHOW_ELEMENT, SHOW_TEXT, collapseSpace, isElement, tagOf } from './dom';

/** Separators sites put between a title and the site's name. */
const TITLE_SEPARATOR = /\s+[|\-–—:·•»]\s+/;
const TRAILING_SEPARATOR = /\s+[|\-–—:·•»]\s*$/;
/** Share of an h1's words found in the meta title for the h1 to be the same title, better written. */
const MIN_SHARED_WORDS = 0.6;
const MAX_TITLE_CHARS = 300;
/** A title's last part this short, after a separator, is taken for the site's name. */
const MAX_SITE_NAME_WORDS = 4;
/** The permalink mark documentation generators (Sphinx, many static sites) append to every heading. */
const HEADING_PERMALINK = /\s*[¶§]$/;
/**
 * A link to a site's front page: "/", or a scheme and host with nothing after them but "/"; or to the
 * index page of a folder ("index.html", "../index.html"), where a documentation site's pages link to its
 * front page (Sphinx).
 */
const FRONT_PAGE_HREF = /^(?:(?:https?:)?\/\/[^/?#]+\/?|\/|(?:\.\.?\/)*index\.html?)$/i;
/** A class naming a logo ("logo", "site-logo", "topbar__logo__title"): the heading is the site's name, styled. */
const LOGO_CLASS = /logo/i;
/** The class of the space XenForo puts after a thread's prefix label (see isThreadPrefix). */
const THREAD_PREFIX_SPACE = 'label-append';
/** Words an h1 needs to be taken over a "Brand - Slogan" title (see isSiteSlogan): a title, not a section's name. */
const MIN_SLOGAN_PAGE_WORDS = 4;
/** Soft hyphens and zero-width spaces: where a line may break, invisible unless it does there. */
const BREAK_HINTS = /[\u00ad\u200b]/g;

/**
 * A meta title at least this long that another of the page's titles continues was cut to a length
 * limit (Yoast cuts JSON-LD headlines at 110 characters, social titles are cut at 60 to 70): the
 * longer one is the title.
 */
const MIN_TRUNCATED_CHARS = 60;
const ELLIPSIS = /\s*(?:…|\.\.\.)$/;
const LEADING_SEPARATOR = /^\s*[|\-–—:·•»]\s+/;
/** A one-word label and its colon opening a heading (see withoutLabel). */
const HEADING_LABEL = /^(\p{L}+):\s*(?=\S)/u;
/**
 * A pipe parts a page's title from what sites add after it: the site's name, the section, keywords for
 * search engines ("Title | Section | Site", "Title | Python, SQL & AI"). Headlines do not use it.
 */
const PIPE = /\s+\|\s+/;
/**
 * Forum software writes its titles as a trail, "Topic / Forum / Site"; one slash alone is the title's own
 * ("Tech conferences 2026 / 2027").
 */
const TRAIL_SLASH = /\s+\/\s+/;
const MIN_TRAIL_PARTS = 3;
const SHOW_ELEMENTS_AND_TEXT = SHOW_ELEMENT | SHOW_TEXT;

const wordsOf = (text: string): string[] => text.toLowerCase().replace(/[’‘`]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];

function sharedShare(heading: string, title: string): number {
  const titleWords = new Set(wordsOf(title));
  const words = wordsOf(heading);
  return words.length === 0 ? 0 : words.filter((word) => titleWords.has(word)).length / words.length;
}

/**
 * Elements inside a heading that are not its title: a <time> (a blog's date set before the post's title,
 * "Dec 18 2025 Title"), and a heading nested in it, which browsers close the first one before (Node
 * parsers keep it inside: "Title Posted on July 1 by Author").
 */
const NOT_TITLE_IN_HEADING = new Set(['time', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Whether the node sits in what a heading holds beside its title: an element of NOT_TITLE_IN_HEADING, or
 * a forum thread's prefix, the category label XenForo sets before a thread's title and parts from it with
 * a ".label-append" space ("Tips/Techniques", "News").
 */
function isBesideTitle(node: Node, heading: Element): boolean {
  for (let element = node.parentElement; element !== null && element !== heading; element = element.parentElement) {
    if (NOT_TITLE_IN_HEADING.has(tagOf(element)) || element.nextElementSibling?.classList.contains(THREAD_PREFIX_SPACE)) return true;
  }
  return false;
}

/**
 * A heading's text as a title, with a space where a <br> breaks it ("Remote<br>Full Stack Jobs" is three
 * words, not "RemoteFull"), without what the heading holds beside the title (a thread's prefix, a date,
 * a permalink mark).
 */
export function headingText(heading: Element): string {
  let text = '';
  const walker = heading.ownerDocument.createTreeWalker(heading, SHOW_ELEMENTS_AND_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (isBesideTitle(node, heading)) continue;
    if (!isElement(node)) text += node.nodeValue ?? '';
    else if (tagOf(node) === 'br') text += ' ';
  }
  return collapseSpace(text.replace(BREAK_HINTS, '')).replace(HEADING_PERMALINK, '');
}

/** Whether the heading reads as the title (see headingText), case aside: the heading the reader shows as its title. */
export const readsAsTitle = (heading: Element, title: string) => headingText(heading).toLowerCase() === collapseSpace(title).toLowerCase();

/**
 * With `covering`, the h1 must also hold most of the words of the title's first part: a less trusted
 * title ("Article - Site") confirms an h1 that is its article part, never one that is only the site's name.
 */
function headingTitle(headings: string[], metaTitle: string, covering = false): string | undefined {
  const firstPart = metaTitle.split(TITLE_SEPARATOR)[0];
  let best: string | undefined;
  let bestShare = MIN_SHARED_WORDS;
  for (const heading of headings) {
    const share = covering ? Math.min(sharedShare(heading, metaTitle), sharedShare(firstPart, heading)) : sharedShare(heading, metaTitle);
    if (share >= bestShare) [best, bestShare] = [heading, share + Number.EPSILON];
  }
  return best;
}

/** The title without its last part `last` and the separator before it. */
const withoutLastPart = (title: string, last: string) => title.slice(0, title.lastIndexOf(last)).replace(TRAILING_SEPARATOR, '');

/** Drops a " | Site" or " - Site" part: the site's name when known, else a short last part. */
function withoutSiteName(raw: string, siteName: string | undefined): string {
  const title = collapseSpace(raw);
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const site = siteName?.toLowerCase();
  const last = parts[parts.length - 1];
  const withoutLast = withoutLastPart(title, last);
  if (site && parts[0].toLowerCase() === site) return title.slice(parts[0].length).replace(LEADING_SEPARATOR, '');
  if (site && last.toLowerCase() === site) return withoutLast;
  return last.split(' ').length <= MAX_SITE_NAME_WORDS && withoutLast.split(' ').length >= 3 ? withoutLast : title;
}

/** The longer title another of the page's titles cuts short, if one does; else the title itself. */
function untruncated(title: string, titles: string[]): string {
  const stem = title.replace(ELLIPSIS, '');
  if (stem.length < MIN_TRUNCATED_CHARS) return title;
  // "Title | Site" continues "Title" with the site's name, not with the rest of a cut title.
  return titles.find((other) => other.length > stem.length && other.startsWith(stem) && !LEADING_SEPARATOR.test(other.slice(stem.length))) ?? title;
}

/**
 * The site's name, however the page states it: the named site, or the last part of a "Title | Site"
 * meta title. An h1 that is only this is the site's logo, not the article's title.
 */
function siteNames(titles: string[], siteName: string | undefined): Set<string> {
  const names = titles
    .map((title) => title.split(TITLE_SEPARATOR))
    .filter((parts) => parts.length > 1)
    .map((parts) => parts[parts.length - 1])
    // "Site | Article" ends with the article: a long last part is not a site's name.
    .filter((part) => part.split(' ').length <= MAX_SITE_NAME_WORDS);
  return new Set([siteName ?? '', ...names].map((name) => collapseSpace(name).toLowerCase()).filter(Boolean));
}

const lettersOf = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * An h1 written in capitals, as the page's meta titles spell it when one says the same words: capitals
 * are the h1's styling ("WEEKEND CODING AGENT"), and the meta title is the title as written.
 */
function asWritten(heading: string, titles: string[], siteName: string | undefined): string {
  if (heading !== heading.toUpperCase()) return heading;
  const letters = lettersOf(heading);
  return titles.map((title) => withoutSiteName(title, siteName)).find((title) => lettersOf(title) === letters) ?? heading;
}

/** Drops a " - Site" the h1 itself ends with, when the site's name is known. */
function withoutSiteSuffix(heading: string, siteName: string | undefined): string {
  const parts = heading.split(TITLE_SEPARATOR);
  const last = parts[parts.length - 1];
  return parts.length > 1 && last.toLowerCase() === siteName?.toLowerCase() ? withoutLastPart(heading, last) : heading;
}

/**
 * Drops a one-word label the h1 opens with ("Thread: ", "Blog: ") when no meta title has that word: it
 * names the kind of page the template shows, not the article.
 */
function withoutLabel(heading: string, titles: string[]): string {
  const label = heading.match(HEADING_LABEL);
  if (!label) return heading;
  return titles.some((title) => wordsOf(title).includes(label[1].toLowerCase())) ? heading : heading.slice(label[0].length);
}

/**
 * An h1 that is all one short link to a front page ("<h1><a href="/">Arch Linux</a></h1>") is the site's
 * logo, whatever the page's titles say: it names the site, never the article.
 */
function isLogo(heading: Element): boolean {
  if (LOGO_CLASS.test(heading.getAttribute('class') ?? '')) return true;
  const link = heading.querySelector('a[href]');
  return (
    link !== null &&
    FRONT_PAGE_HREF.test(link.getAttribute('href')?.trim() ?? '') &&
    collapseSpace(link.textContent ?? '') === collapseSpace(heading.textContent ?? '') &&
    // A link home that shows an image is the site's logo, its words the logo's caption ("Archive of Our Own beta").
    (link.querySelector('img, svg') !== null || wordsOf(headingText(heading)).length <= MAX_SITE_NAME_WORDS)
  );
}

/** The title before its first pipe (see PIPE), or before the first slash of a trail (see TRAIL_SLASH). */
function leadingPart(title: string): string {
  const beforePipe = title.split(PIPE)[0];
  const trail = beforePipe.split(TRAIL_SLASH);
  return trail.length >= MIN_TRAIL_PARTS ? trail[0] : beforePipe;
}

/**
 * A page whose only title is its site's, "Brand - Slogan" ("Reddit - The heart of the internet"), and
 * whose one h1 is a title of its own sharing none of those words: the app that wrote the page set the
 * site's title and left the h1 to say what the page is.
 */
function isSiteSlogan(titles: string[], headings: string[]): boolean {
  if (titles.length !== 1 || headings.length !== 1) return false;
  const [brand, ...rest] = titles[0].split(TITLE_SEPARATOR);
  return rest.length > 0 && wordsOf(brand).length === 1 && wordsOf(headings[0]).length >= MIN_SLOGAN_PAGE_WORDS && sharedShare(headings[0], titles[0]) === 0;
}

/**
 * On a page without an h1, an h2 that says one whole part of the title, and not its first part: forum
 * software (phpBB) titles a topic "Site • View topic - Topic" and shows the topic in an h2.
 */
function titlePartInH2(title: string, h2s: Iterable<Element>): string | undefined {
  const parts = title.split(TITLE_SEPARATOR).slice(1).map((part) => part.toLowerCase());
  if (parts.length === 0) return undefined;
  for (const h2 of h2s) {
    const text = headingText(h2);
    if (parts.includes(text.toLowerCase())) return text;
  }
  return undefined;
}

/**
 * The article's title: the page's title (see pageTitle) without what follows a pipe or a trail's slash; on a
 * page without an h1, the h2 that says a later part of it (see titlePartInH2). `h2s` is asked only then.
 */
export function articleTitle(h1s: readonly Element[], metaTitles: string[], siteName: string | undefined, h2s: () => Iterable<Element>): string {
  const title = leadingPart(pageTitle(h1s, metaTitles, siteName));
  return h1s.length === 0 ? (titlePartInH2(title, h2s()) ?? title) : title;
}

/**
 * The page's titles come in order of trust (JSON-LD headline, Dublin Core, OpenGraph, Twitter, Parse.ly,
 * <title>); an h1 confirmed by any of them wins, as some sites fill the first with a description
 * ("Wikimedia list article").
 */
function pageTitle(h1s: readonly Element[], metaTitles: string[], siteName: string | undefined): string {
  // A title opening with a separator ("| Site") is a template's whose article part was left empty.
  const stated = metaTitles.filter((title) => title !== '' && !LEADING_SEPARATOR.test(title));
  const titles = stated.map((title) => untruncated(title, stated));
  const sites = siteNames(titles, siteName);
  const headings = h1s
    .filter((heading) => !isLogo(heading))
    .map(headingText)
    .filter((text) => text.length > 1 && text.length <= MAX_TITLE_CHARS && !sites.has(text.toLowerCase()));
  if (titles.length === 0) return headings[0] ?? '';
  if (isSiteSlogan(titles, headings)) return headings[0];
  for (const [index, title] of titles.entries()) {
    const heading = headingTitle(headings, title, index > 0);
    if (heading !== undefined) return asWritten(withoutLabel(withoutSiteSuffix(heading, siteName), titles), titles, siteName);
  }
  return withoutSiteName(titles[0], siteName);
}
