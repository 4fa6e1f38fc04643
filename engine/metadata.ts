/**
 * The article's facts from, in order of trust: JSON-LD, OpenGraph, other meta tags, then the page.
 */
import { NON_CONTENT_TAGS, READERS_POSTS, bodyOf, collapseSpace, tagOf, textNodes, textsBesideTitle } from './dom';
import { authorsOf, imageOf, stringOf, type JsonLdFacts, type JsonObject } from './json-ld';
import type { Article } from './types';
import { PART_SEPARATORS, addressDay, dateLineIn, dateLineOnPage, isoDate, onAddressDay, pageDate } from './published-date';
import type { StatedElements } from './stated-elements';
import { articleTitle } from './title';
import { absoluteUrl } from './urls';

/** The article's facts as the page states them; the body's own fields (html, text, ...) come from elsewhere. */
export type Metadata = Pick<Article, 'title' | 'byline' | 'published' | 'siteName' | 'lang' | 'excerpt' | 'leadImage'> & {
  canonicalUrl?: string;
  /** Open Graph's type of the page, which says whether it is a shop's product (see isProductOgType). */
  ogType?: string;
};

/** Meta names that carry a publication date, beyond OpenGraph's article:published_time. */
const DATE_METAS = ['article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'published-date', 'published',
  'published_time', 'publication_date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date', 'dcterms.issued',
  'dcterms.date', 'dcterms.created', 'citation_publication_date', 'citation_date', 'citation_online_date'];
/** Meta names that carry the author's name; Dublin Core first, as pages that state it state it on purpose. */
const AUTHOR_METAS = ['dc.creator', 'dcterms.creator', 'author', 'article:author', 'parsely-author', 'sailthru.author', 'article:author_name', 'citation_author'];
/** The meta names of scholarly pages' author tags, one tag per author. */
const CITATION_AUTHOR_NAMES = new Set(['citation_author', 'citation_authors']);
/**
 * A forum thread's first poster, named where the platform prints each post's author: phpBB's post profile,
 * FluxBB's (Arch Linux's forums) post's left column, Flarum's page for readers without scripts, vBulletin 3's
 * `bigusername`. The first in the page is the opening post's.
 */
const THREAD_STARTER = '.postprofile .username, .postprofile .username-coloured, .postleft dt, .PostUser-name, .bigusername';
/**
 * Page elements that commonly hold the author's name when no meta tag does; a class holding "-author" or
 * "__author" names the author part of a component ("post-hero__author", "the-author", "post-author"), as
 * "Author" within a camel-cased one does ("styles_dateAndAuthorContainer__JAvHP", CSS modules' names).
 */
const BYLINE_SELECTOR = `[rel~="author"], [itemprop~="author"], [class*="byline"], [class*="author-name" i], [class*="authorname" i], [class*="author__name" i], [class*="post_author" i], [class*="__author" i], [class*="-author" i], [class*="Author"], .meta-author, .author, a[href*="/author/"], a[href*="/authors/"], ${THREAD_STARTER}`;
/**
 * Every element BYLINE_SELECTOR matches matches this shorter list too: the page is asked for these few,
 * and the long list only of them (linkedom matches a selector list one selector at a time over the whole
 * page: 2.7x the time of this one on WCXB pages).
 */
const MAYBE_BYLINE = `[rel~="author"], [itemprop~="author"], [class*="byline"], [class*="author" i], a[href*="/author"], ${THREAD_STARTER}`;
const AUTHOR_LINK = /\/authors?\//;
/**
 * An author box's description of the writer ("Licensed Q Arabica Grader, M.A. Journalism"): what they do,
 * not who. A bio is not skipped: it often opens with the name in an element of its own.
 */
const AUTHOR_DESCRIPTION = /description/i;
const MENU_SELECTOR = 'nav, li, footer, aside';
const MAX_BYLINE_CHARS = 100;

/**
 * Meta tags by lowercase name, property or itemprop: the first content wins. A property may list several
 * names ("dc:creator twitter:creator"); Dublin Core's "dc:" and "dcterms:" prefixes read as "dc." and "dcterms.".
 * The same walk keeps every citation_author content in order (see citationAuthors).
 */
function metaTags(metas: Element[]): { tags: Map<string, string>; citationAuthors: string[] } {
  const tags = new Map<string, string>();
  const citationAuthors: string[] = [];
  for (const meta of metas) {
    if (CITATION_AUTHOR_NAMES.has(meta.getAttribute('name')?.toLowerCase() ?? '')) citationAuthors.push(meta.getAttribute('content') ?? '');
    const keys = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
    const content = decodeEntities(collapseSpace(meta.getAttribute('content') ?? ''));
    for (const key of keys.split(/\s+/).map((name) => name.replace(/^(dc|dcterms?):/, (_, prefix: string) => `${prefix.replace(/^dcterm$/, 'dcterms')}.`))) {
      if (key && content && !tags.has(key)) tags.set(key, content);
    }
  }
  return { tags, citationAuthors };
}

const isUrl = (text: string) => /^https?:\/\//i.test(text);

/**
 * Entities left encoded twice in meta tags ("&amp;bull;" arrives as "&bull;"): the common ones, decoded,
 * with the marks products carry in their names ("TFC8&reg;").
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', bull: '•', ndash: '–', mdash: '—', hellip: '…', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', raquo: '»', laquo: '«', middot: '·', reg: '®', copy: '©', trade: '™' };
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      // Out-of-range and surrogate code points are not characters: the text keeps the entity as written.
      return code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** `ld`: the page's JSON-LD facts (readJsonLd), parsed once per read and shared with the content's choice. */
export function readMetadata(document: Document, stated: StatedElements, ld: JsonLdFacts, baseUrl: string | undefined): Metadata {
  const article = ld.article ?? {};
  const { tags: meta, citationAuthors } = metaTags(stated.metas);
  const siteName = stringOf(meta.get('og:site_name')) ?? stringOf(article.publisher) ?? ld.siteName ?? meta.get('application-name');
  // Meta values are decoded once more in metaTags already; the headline and <title> get the same one pass here.
  // Dublin Core is stated on purpose where it is stated; Parse.ly's analytics tag is the last meta title pages carry.
  const metaTitles = [
    decodeEntities(stringOf(article.headline) ?? ''),
    meta.get('dc.title') ?? meta.get('dcterms.title') ?? '',
    meta.get('og:title') ?? '',
    meta.get('twitter:title') ?? '',
    meta.get('parsely-title') ?? '',
    decodeEntities(collapseSpace(document.querySelector('title')?.textContent ?? '')),
  ];
  const lang = document.documentElement?.getAttribute('lang')?.trim() || stringOf(article.inLanguage) || meta.get('og:locale')?.replace('_', '-');
  const image = imageOf(article.image) ?? meta.get('og:image') ?? meta.get('og:image:url') ?? meta.get('twitter:image');
  // The page's h1s give the title, and the first one is where the byline's and the date's last resort read.
  const { h1s } = stated;
  const title = articleTitle(h1s, metaTitles, siteName, () => document.getElementsByTagName('h2'));
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta.get('og:url');
  // The byline's and the date's last resort both read the text beside the headline: walked once, when first needed.
  let beside: string[] | undefined;
  const besideTitle = () => (beside ??= textsBesideTitle(document, h1s[0]));
  // Their last resorts read every text of the body: listed once, when first needed.
  let texts: Node[] | undefined;
  const body = bodyOf(document);
  const bodyTexts = () => (texts ??= body ? textNodes(body) : []);
  return {
    title,
    byline: bylineOf(authorsOf(article.author), meta, citationAuthors, document, besideTitle, bodyTexts),
    published: publishedDate(article, ld, meta, document, baseUrl, besideTitle, bodyTexts),
    siteName,
    lang: lang || undefined,
    excerpt: stringOf(article.description) ?? meta.get('og:description') ?? meta.get('description') ?? meta.get('twitter:description'),
    leadImage: image ? { src: absoluteUrl(image, baseUrl), alt: meta.get('og:image:alt') ?? title } : undefined,
    canonicalUrl: canonical ? absoluteUrl(canonical, baseUrl) : undefined,
    ogType: meta.get('og:type'),
  };
}

/** Meta names that carry the date a page was last changed: the date it shows when it states no other. */
const MODIFIED_METAS = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified'];

/**
 * The article's date: stated (JSON-LD article, meta tags, any JSON-LD object), else shown on the page
 * (in a date element, else as a date line beside the headline), else the day in the page's address, else
 * the last-modified date the page states, as an undated page shows readers its "Last updated" line. A
 * stated UTC instant is read on the address's day (see onAddressDay).
 */
function publishedDate(
  article: JsonObject,
  ld: JsonLdFacts,
  meta: Map<string, string>,
  document: Document,
  url: string | undefined,
  besideTitle: () => string[],
  bodyTexts: () => Node[],
): string | undefined {
  const stated = [stringOf(article.datePublished), ...DATE_METAS.map((name) => meta.get(name)), ld.datePublished].map(isoDate).find(Boolean);
  const modified = () => [stringOf(article.dateModified), ld.dateModified, ...MODIFIED_METAS.map((name) => meta.get(name))].map(isoDate).find(Boolean);
  const day = addressDay(url);
  if (stated !== undefined) return onAddressDay(stated, day);
  return pageDate(document) ?? dateLineIn(besideTitle()) ?? day ?? modified() ?? dateLineOnPage(bodyTexts());
}

/** Words that introduce a name in a byline ("By", "Authors:"). */
const BYLINE_PREFIX = /^(?:(?:(?:posted|post|written|words)\s+)?(?:by|par|von|por|di|door)\b\s*:?|authors?\s*:)\s*/i;
/** A "By" some publishers write into the name they state ("name": "By Arlene Marturano"); "Von" there is a name's. */
const STATED_BY = /^by\s+/i;
/**
 * Letters after a name that state a qualification (", MD", ", PhD, RD"): part of the byline, as readers of
 * health pages are meant to see them.
 */
const POST_NOMINAL = String.raw`(?:\p{Lu}[\p{Lu}.]{1,6}|Ph\.?D\.?)(?![\p{L}\p{N}])`;
/**
 * What ends the name in its piece: a comma before a job title, a number, "on behalf of", a dash before a
 * role ("Ezra Laniado - Author/Reviewer"; a hyphen within a name has no spaces). The separators
 * (» | · •, "Post by ann » 11 Sep") end a piece already (PART_SEPARATOR).
 */
const BYLINE_END = new RegExp(String.raw`\s*,(?!\s*${POST_NOMINAL}(?:\s*,\s*${POST_NOMINAL})*$)\s.*$|\s+\d.*$|\s+[Oo]n behalf of\b.*$|\s+[-–—]\s.*$`, 'u');
/**
 * Text in a byline element that labels the name instead of being it: "Post" read aloud to screen readers,
 * "Author:", "The author", "From the author", a link aggregator's "via", and a short "<kind> by" or
 * "<kind> from" ("Guide by", "Authored by:", "Insights from") before the name.
 */
const BYLINE_LABEL = /^(?:(?:posted|post|written|words|text|story|photos?|via)|(?:[\p{L}-]+\s+){0,2}(?:by|from)|authors?|(?:about |from )?the author|autor|auteur)\s*:?$/iu;
/**
 * Pieces that open like a byline but are a date, a legal line or a link's call to action ("Updated
 * November 3", "January 08, 2026", "Sun Dec 17, 2023", "3 min read", "By clicking Subscribe...", "Learn more" to the author's page).
 */
const NOT_A_NAME =
  /^(?:\d+ min(?:ute)?s? read|updated|published|posted on|last (?:updated|modified)|by (?:clicking|continuing|signing|subscribing|using|submitting)|(?:learn|read|see|view) (?:more|all|profile)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d+|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?\d+)\b/i;
/** A label that puts the name after it ("Guide by"), where the label may come after other pieces. */
const ENDS_WITH_BY = /by\s*:?$/i;
/** A piece of the page's header that labels the name in the next piece: "By", "Written by", "Author:", "Contributors:". */
const NAME_LABEL = /^(?:(?:(?:written|posted|authored)\s+)?by|authors?|contributors?)\s*:?$/i;
/** A line of the page's header that is a byline by itself: "By Daryl Austin", "by ibby", "by Jon Foster - 2025-09-13". */
const BY_LINE = /^by\s*:?\s*(\p{L}[\p{L}\p{M}.'’-]*(?:\s+\p{L}[\p{L}\p{M}.'’-]*){0,4})(?:\s+[-–—|·•]\s.*)?$/iu;
/**
 * Forum software's label for the thread's author in the thread's header ("Thread starter" on XenForo,
 * "Started by"): it names the thread's author where every post's card names its own (as schema.org's author).
 */
const STARTER_LABEL = /^(?:thread starter|original poster|started by)\s*:?$/i;
/** A member name: one word or a few, letters, digits and the marks usernames use ("ridwan123", "sean_g", "b.scherer"). */
const MEMBER_NAME = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}._'’-]*(?:\s[\p{L}\p{M}\p{N}._'’-]+){0,3}$/u;

/** A template's placeholder left unfilled: "{{author}}", "${author}", "page.head.extra.author" (usernames like "sara.r.peter" are names). */
const TEMPLATE_KEY = /^\{\{.*\}\}$|^\$\{.*\}$|\.(?:author|name)$/i;
/**
 * What a stated or shown name must look like: it holds a letter ("#1", a post's number, and "262588213843476",
 * a Facebook profile id in article:author, do not), and it is neither a template's unfilled key
 * ("page.head.extra.author") nor what is left of a name after its writer's part went missing (", USA TODAY").
 */
const isName = (text: string) => /\p{L}/u.test(text) && !TEMPLATE_KEY.test(text) && !/^[,;:|·•-]/.test(text);
/**
 * Words of a sentence, never of a name, written in lowercase: a "by" line or an author block that holds
 * one ("by sending a Pull Request", "Skip to main content", "This review is posted in") is prose or a
 * control, not a byline. "and", "of", "with", "the" and name particles are left out: they join or make
 * names ("Ann and Bo Lee", "the Lavazza Team").
 */
const SENTENCE_WORD = /(?:^|\s)(?:a|an|to|in|is|it|its|for|on|at|our|your|you|we|my|this|that|these|where|more|how|what|when|into)(?=\s|$)/;

/**
 * What sets a byline's parts apart in one text ("Dec. 19, 2025 · Niko Matsakis", "By Haley Hoekstra •"
 * before a date of its own): each part is a piece of its own, as a separator in an element of its own is.
 */
const PART_SEPARATOR = new RegExp(String.raw`\s*[${PART_SEPARATORS}]\s*`);

/** A copyright line ("The Pennsylvania State University © 2025") in a footer named like a byline (`copybyline`). */
const COPYRIGHT = /©|\(c\)\s*\d{4}|^copyright\b/i;

/**
 * A byline block may show the article's category or tag beside its date and author (Scripps'
 * `byline__category`, a tag link, HubSpot's `byline__tag`): a section's name, never the writer's.
 */
const CATEGORY = '[class*="categor" i], [rel~="tag"], [class*="__tag"], [class*="-tag"], .tag, .tags';

/**
 * Whether a text sits in a category within the author element, or the element is one (`[class*="byline"]`
 * finds `byline__category`); an ancestor named for the article's category (WordPress's `category-news`
 * on the <article>) is no matter.
 */
function inCategory(text: Node, element: Element): boolean {
  const category = text.parentElement?.closest(CATEGORY);
  return category != null && element.contains(category);
}

/** The first piece of text in an author element that reads as a name (avatars' initials, badges, labels and categories skipped). */
function firstName(element: Element): string | undefined {
  const pieces = textNodes(element)
    .filter((text) => !inCategory(text, element))
    .flatMap((text) => collapseSpace(text.nodeValue ?? '').split(PART_SEPARATOR))
    .filter(Boolean);
  // What comes before a "by" label is the kind of piece ("Guide", "Review"), not its author.
  const label = pieces.findIndex((piece) => BYLINE_LABEL.test(piece) && ENDS_WITH_BY.test(piece));
  for (const piece of pieces.slice(label + 1)) {
    if (BYLINE_LABEL.test(piece) || NOT_A_NAME.test(piece) || COPYRIGHT.test(piece)) continue;
    const text = piece.replace(BYLINE_PREFIX, '').replace(BYLINE_END, '');
    if (SENTENCE_WORD.test(text)) return undefined;
    if (text.length > 1 && text.length <= MAX_BYLINE_CHARS && isName(text)) return text;
  }
  return undefined;
}

/** A schema.org author stated in microdata, its name in a meta tag of its own (NodeBB's and Discourse's posts). */
function microdataName(element: Element): string | undefined {
  if (!element.matches('[itemprop~="author"]')) return undefined;
  const name = collapseSpace(element.querySelector('meta[itemprop="name"]')?.getAttribute('content') ?? '');
  return name !== '' && isName(name) ? name : undefined;
}

/** The name in the piece after the header's "Thread starter" label. */
function threadStarterIn(texts: string[]): string | undefined {
  const label = texts.findIndex((text) => STARTER_LABEL.test(text));
  const name = label >= 0 ? texts[label + 1] : undefined;
  return name !== undefined && MEMBER_NAME.test(name) ? name : undefined;
}

const shownName = (name: string | undefined) => (name === undefined || SENTENCE_WORD.test(name) ? undefined : name);

/** A "By Name" line among the texts beside the headline, or a label ("By", "Written by") followed by the name in the next piece. */
function byLineIn(texts: string[]): string | undefined {
  let label = false;
  for (const text of texts) {
    if (label) return shownName(BY_LINE.exec(`by ${text}`)?.[1]);
    if (NAME_LABEL.test(text)) label = true;
    else if (BY_LINE.test(text)) return shownName(BY_LINE.exec(text)?.[1]);
  }
  return undefined;
}

/**
 * A text that opens by naming its writer: "Written by", "Posted by:", "Article by", "This post was written by". Only at
 * the start: within a sentence ("It was originally written by ...") the name is a source's, not the page's.
 */
const WRITTEN_BY = /^(?:this (?:post|article|story|piece) (?:was|is) )?(?:written|posted|authored|article) by\s*:?\s*/i;
/**
 * WRITTEN_BY's opening on the text as it is, before its spaces are collapsed: a text matches this exactly
 * when its collapsed text matches WRITTEN_BY. Many paragraphs hold a "by" ("maybe", "nearby"); none is collapsed.
 */
const OPENS_WRITTEN_BY = /^\s*(?:this\s+(?:post|article|story|piece)\s+(?:was|is)\s+)?(?:written|posted|authored|article)\s+by/i;
/**
 * The name such a text gives: capitalised words, at most four (with "van", "de"... between them), and its
 * qualifications (POST_NOMINAL). The sentence that goes on ("Posted by David at 11:15", "written by Danielle
 * Padula, Head of Marketing") is left out.
 */
const NAME_AFTER_PHRASE = new RegExp(String.raw`^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:(?:van|von|der|den|de|da|del|di|du|le|la)\s+)*\p{Lu}[\p{L}\p{M}.'’-]*){0,3}(?:,\s*${POST_NOMINAL})*`, 'u');

/** The first text after `pieces[index]` that is not blank, when it stands in `box`; else ''. */
function nextPieceIn(pieces: Node[], index: number, box: Element): string {
  for (let next = index + 1; next < pieces.length; next++) {
    const text = collapseSpace(pieces[next].nodeValue ?? '');
    if (text !== '') return box.contains(pieces[next]) ? text : '';
  }
  return '';
}

/**
 * The writer a "written by" text names anywhere on the page, in the same text or in the next one close by
 * (a link, the next cell of the author box): an author box after the article ("This post was written by
 * ..."), a blog's post footer ("Posted by <a>Colin Watson</a> on ..."). The last resort for a person's
 * name, as it reads the whole page (`pieces`: the body's text nodes in document order). A name holds a
 * lower-case letter ("Written by AI" names none).
 */
function writtenByIn(pieces: Node[]): string | undefined {
  for (const [index, piece] of pieces.entries()) {
    if (!OPENS_WRITTEN_BY.test(piece.nodeValue ?? '')) continue;
    const text = collapseSpace(piece.nodeValue ?? '');
    const phrase = WRITTEN_BY.exec(text);
    const parent = piece.parentElement;
    if (phrase === null || parent === null || NON_CONTENT_TAGS.has(tagOf(parent)) || parent.closest(READERS_POSTS) !== null) continue;
    const rest = text.slice(phrase[0].length) || nextPieceIn(pieces, index, parent.parentElement ?? parent);
    // A sentence's full stop after the name ("Posted by Alon Zakai.") is not the name's, an initial's is.
    const name = NOT_A_NAME.test(rest) ? undefined : NAME_AFTER_PHRASE.exec(rest)?.[0].replace(/(\p{L}{2})\.$/u, '$1');
    if (name !== undefined && /\p{Ll}/u.test(name) && isName(name)) return name;
  }
  return undefined;
}

/** Scholarly citation tags write names "Last, First"; readers expect "First Last". */
function citationName(name: string | undefined): string | undefined {
  const parts = name?.split(',');
  return parts?.length === 2 ? `${parts[1].trim()} ${parts[0].trim()}` : name;
}

function bylineOf(
  fromJsonLd: { people?: string; organisations?: string },
  meta: Map<string, string>,
  citationContents: string[],
  document: Document,
  besideTitle: () => string[],
  bodyTexts: () => Node[],
): string | undefined {
  // Yoast (WordPress) states the author as a Twitter card label: twitter:label1 "Written by", twitter:data1 the name.
  const fromCard = /^written by$/i.test(meta.get('twitter:label1') ?? '') ? meta.get('twitter:data1') : undefined;
  const fromMeta = [citationAuthors(citationContents), ...AUTHOR_METAS.map((name) => (name === 'citation_author' ? citationName(meta.get(name)) : meta.get(name))), fromCard]
    .find((name) => name !== undefined && !isUrl(name) && isName(name));
  // Names arrive entity-encoded twice or quoted ('Maria &amp; Katerina', '"David Kim"') as often as titles do;
  // meta values had their extra pass in metaTags, so only the JSON-LD name gets one here (never a third).
  const person = fromJsonLd.people !== undefined ? decodeEntities(fromJsonLd.people) : undefined;
  const stated = person !== undefined && isName(person) ? person : fromMeta;
  if (stated) return unquoted(stated).replace(STATED_BY, '');
  const starter = threadStarterIn(besideTitle());
  if (starter) return starter;
  for (const element of document.querySelectorAll(MAYBE_BYLINE)) {
    if (!element.matches(BYLINE_SELECTOR)) continue;
    // Links to author pages in menus and lists are the site's columnists, not this article's author. A
    // commenter or a reviewer is a reader, marked up as the writer is (WordPress's `comment-author` and its
    // form's `comment-form-author`, a shop's `review-card__author`; a block theme may show the comments
    // first): asked of the element itself, not its ancestors, as a page may be named for its comments as a
    // whole (old Reddit's body is `comments-page`, its post's author the thread's).
    if (AUTHOR_LINK.test(element.getAttribute('href') ?? '') && element.closest(MENU_SELECTOR) !== null) continue;
    if (element.matches(READERS_POSTS) || AUTHOR_DESCRIPTION.test(element.getAttribute('class') ?? '')) continue;
    const name = firstName(element) ?? microdataName(element);
    if (name) return name;
  }
  // An organisation stated as the author is the byline only when the page names no writer.
  const organisation = fromJsonLd.organisations !== undefined ? decodeEntities(fromJsonLd.organisations) : undefined;
  return byLineIn(besideTitle()) ?? (organisation ? unquoted(organisation) : writtenByIn(bodyTexts()));
}

const unquoted = (name: string) => name.replace(/^["“']+|["”']+$/g, '');

/**
 * Scholarly pages give each author a citation_author tag of their own (the tags map keeps the first): when
 * they list several, that list is the byline, ahead of a Dublin Core creator naming the first author alone.
 * `contents`: those tags' contents as written, gathered by metaTags' walk.
 */
function citationAuthors(contents: string[]): string | undefined {
  const names = contents.map((content) => citationName(collapseSpace(content))).filter((name): name is string => Boolean(name));
  return names.length > 1 ? names.join(', ') : undefined;
}
