/**
 * The article's facts from, in order of trust: JSON-LD, OpenGraph, other meta tags, then the page.
 */
import { collapseSpace } from './dom';
import { imageOf, readJsonLd, stringOf } from './json-ld';
import type { LeadImage } from './types';
import { articleTitle } from './title';
import { absoluteUrl } from './urls';

export interface Metadata {
  title: string;
  byline?: string;
  published?: string;
  siteName?: string;
  lang?: string;
  dir: 'ltr' | 'rtl';
  excerpt?: string;
  leadImage?: LeadImage;
  canonicalUrl?: string;
}

/** Languages written right to left, for pages that state a language but no direction. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'sd', 'ug', 'ckb']);
/** Meta names that carry a publication date, beyond OpenGraph's article:published_time. */
const DATE_METAS = ['article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'citation_publication_date'];
/** Page elements that commonly hold the author's name when no meta tag does. */
const BYLINE_SELECTOR = '[rel~="author"], [itemprop~="author"], [class*="byline"], .author-name, .meta-author, .author';
const MAX_BYLINE_CHARS = 100;

/** Meta tags by lowercase name, property or itemprop: the first content wins. */
function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta[content]')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
    const content = decodeEntities(collapseSpace(meta.getAttribute('content') ?? ''));
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

const isUrl = (text: string) => /^https?:\/\//i.test(text);

/** Entities left encoded twice in meta tags ("&amp;bull;" arrives as "&bull;"): the common ones, decoded. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', bull: '•', ndash: '–', mdash: '—', hellip: '…', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', raquo: '»', laquo: '«', middot: '·' };
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

export function readMetadata(document: Document, baseUrl: string | undefined): Metadata {
  const ld = readJsonLd(document);
  const article = ld.article ?? {};
  const meta = metaTags(document);
  const siteName = stringOf(meta.get('og:site_name')) ?? stringOf(article.publisher) ?? ld.siteName ?? meta.get('application-name');
  const rawTitle = stringOf(article.headline) ?? meta.get('og:title') ?? meta.get('twitter:title') ?? collapseSpace(document.querySelector('title')?.textContent ?? '');
  const lang = document.documentElement?.getAttribute('lang')?.trim() || stringOf(article.inLanguage) || meta.get('og:locale')?.replace('_', '-');
  const image = imageOf(article.image) ?? meta.get('og:image') ?? meta.get('og:image:url') ?? meta.get('twitter:image');
  const title = articleTitle(document, decodeEntities(rawTitle), siteName);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta.get('og:url');
  return {
    title,
    byline: bylineOf(stringOf(article.author), meta, document),
    published: isoDate(stringOf(article.datePublished) ?? DATE_METAS.map((name) => meta.get(name)).find(Boolean) ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined),
    siteName,
    lang: lang || undefined,
    dir: directionOf(document, lang),
    excerpt: stringOf(article.description) ?? meta.get('og:description') ?? meta.get('description') ?? meta.get('twitter:description'),
    leadImage: image ? { src: absoluteUrl(image, baseUrl), alt: meta.get('og:image:alt') ?? title } : undefined,
    canonicalUrl: canonical ? absoluteUrl(canonical, baseUrl) : undefined,
  };
}

/** Words that introduce a name in a byline, and the separators that end it ("Post by ann » 11 Sep"). */
const BYLINE_PREFIX = /^(?:(?:posted|post|written|words)\s+)?(?:by|par|von|por|di|door)\b\s*:?\s*/i;
const BYLINE_END = /\s*[»|·•,]\s.*$|\s+\d.*$/;

/** The first piece of text in an author element that reads as a name (avatars' initials and badges skipped). */
function firstName(element: Element): string | undefined {
  const walker = element.ownerDocument.createTreeWalker(element, 4);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = collapseSpace(node.nodeValue ?? '').replace(BYLINE_PREFIX, '').replace(BYLINE_END, '');
    if (text.length > 1 && text.length <= MAX_BYLINE_CHARS) return text;
  }
  return undefined;
}

function bylineOf(fromJsonLd: string | undefined, meta: Map<string, string>, document: Document): string | undefined {
  const fromMeta = [meta.get('author'), meta.get('dc.creator'), meta.get('dcterms.creator'), meta.get('article:author'), meta.get('parsely-author'), meta.get('sailthru.author')]
    .find((name) => name !== undefined && !isUrl(name));
  if (fromJsonLd ?? fromMeta) return fromJsonLd ?? fromMeta;
  for (const element of document.querySelectorAll(BYLINE_SELECTOR)) {
    const name = firstName(element);
    if (name) return name;
  }
  return undefined;
}

/** ISO 8601 as the page gives it when it already is, else the parsed instant; unparseable dates are dropped. */
function isoDate(raw: string | undefined): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return text.replace(' ', 'T');
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function directionOf(document: Document, lang: string | undefined): 'ltr' | 'rtl' {
  const stated = document.documentElement?.getAttribute('dir') ?? document.body?.getAttribute('dir');
  if (stated) return stated.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has((lang ?? '').split('-')[0].toLowerCase()) ? 'rtl' : 'ltr';
}
