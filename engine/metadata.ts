/**
 * The article's facts from, in order of trust: JSON-LD, OpenGraph, other meta tags, then the page.
 */
import { collapseSpace, textOf } from './dom';
import { imageOf, readJsonLd, stringOf } from './json-ld';
import type { LeadImage } from './types';
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
/** Separators sites put between a title and the site's name. */
const TITLE_SEPARATOR = /\s+[|\-–—:·•»]\s+/;
/** Meta names that carry a publication date, beyond OpenGraph's article:published_time. */
const DATE_METAS = ['article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'citation_publication_date'];
/** Page elements that commonly hold the author's name when no meta tag does. */
const BYLINE_SELECTOR = '[rel="author"], [itemprop="author"], .byline, .author-name, .meta-author, .author';
const MAX_BYLINE_CHARS = 100;

/** Meta tags by lowercase name, property or itemprop: the first content wins. */
function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta[content]')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
    const content = collapseSpace(meta.getAttribute('content') ?? '');
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

const isUrl = (text: string) => /^https?:\/\//i.test(text);

export function readMetadata(document: Document, baseUrl: string | undefined): Metadata {
  const ld = readJsonLd(document);
  const article = ld.article ?? {};
  const meta = metaTags(document);
  const siteName = stringOf(meta.get('og:site_name')) ?? stringOf(article.publisher) ?? ld.siteName ?? meta.get('application-name');
  const rawTitle = stringOf(article.headline) ?? meta.get('og:title') ?? meta.get('twitter:title') ?? collapseSpace(document.querySelector('title')?.textContent ?? '');
  const lang = document.documentElement?.getAttribute('lang')?.trim() || stringOf(article.inLanguage) || meta.get('og:locale')?.replace('_', '-');
  const image = imageOf(article.image) ?? meta.get('og:image') ?? meta.get('og:image:url') ?? meta.get('twitter:image');
  const title = cleanTitle(rawTitle, siteName, document);
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

function bylineOf(fromJsonLd: string | undefined, meta: Map<string, string>, document: Document): string | undefined {
  const fromMeta = [meta.get('author'), meta.get('article:author'), meta.get('parsely-author'), meta.get('sailthru.author')]
    .find((name) => name !== undefined && !isUrl(name));
  if (fromJsonLd ?? fromMeta) return fromJsonLd ?? fromMeta;
  for (const element of document.querySelectorAll(BYLINE_SELECTOR)) {
    const text = textOf(element).replace(/^(?:by|par|von|por|di|door)\s+/i, '');
    if (text && text.length <= MAX_BYLINE_CHARS) return text;
  }
  return undefined;
}

/**
 * Drops a " | Site" or " - Site" part: the site's name when known, else a short last part when an
 * h1 on the page confirms the rest, or when the rest is clearly a title on its own (3+ words).
 */
export function cleanTitle(raw: string, siteName: string | undefined, document: Document): string {
  const title = collapseSpace(raw);
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const site = siteName?.toLowerCase();
  if (site && parts[parts.length - 1].toLowerCase() === site) return title.slice(0, title.lastIndexOf(parts[parts.length - 1])).replace(/\s+[|\-–—:·•»]\s*$/, '');
  if (site && parts[0].toLowerCase() === site) return title.slice(parts[0].length).replace(/^\s*[|\-–—:·•»]\s+/, '');
  const headings = [...document.querySelectorAll('h1')].map(textOf);
  const withoutLast = title.slice(0, title.lastIndexOf(parts[parts.length - 1])).replace(/\s+[|\-–—:·•»]\s*$/, '');
  if (headings.includes(title)) return title;
  if (headings.includes(withoutLast)) return withoutLast;
  const lastWords = parts[parts.length - 1].split(' ').length;
  return lastWords <= 4 && withoutLast.split(' ').length >= 3 ? withoutLast : title;
}

/** ISO 8601 as the page gives it when it already is, else the parsed instant; unparseable dates are dropped. */
export function isoDate(raw: string | undefined): string | undefined {
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
