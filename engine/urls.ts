/** URL resolution that never throws: a URL that cannot be resolved is kept as the page wrote it. */

/** Schemes a reader can follow or load; anything else (javascript:, data: pages) is dropped. */
const SAFE_SCHEME = /^(?:https?|mailto|tel|ftp):/i;

export function absoluteUrl(url: string, base: string | undefined): string {
  try {
    return new URL(url.trim(), base).href;
  } catch {
    return url.trim();
  }
}

/** The absolute URL when its scheme is safe to link or load, else undefined. */
export function safeUrl(url: string, base: string | undefined): string | undefined {
  const resolved = absoluteUrl(url, base);
  return SAFE_SCHEME.test(resolved) ? resolved : undefined;
}

/** The base for relative URLs: the caller's URL, then the page's <base href> (`baseElement`), then the document's own URL. */
export function baseUrlOf(document: Document, baseElement: Element | undefined, url: string | undefined): string | undefined {
  const base = baseElement?.getAttribute('href');
  const pageUrl = url ?? (document.URL && document.URL !== 'about:blank' ? document.URL : undefined);
  if (base) return absoluteUrl(base, pageUrl);
  return pageUrl;
}
