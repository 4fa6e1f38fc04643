/**
 * The article's language and writing direction, as stated nearest its content: an Arabic article
 * quoted on an English site (`<article lang="ar" dir="rtl">`) reads right to left although the page
 * does not, and content that states a right-to-left language but no direction reads right to left too.
 */

/** Languages written right to left (ISO 639 codes; `iw` is Hebrew's old one), for content that states no direction. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'sd', 'ug', 'ckb']);

export interface Writing {
  /** BCP 47 language tag as the page wrote it, e.g. "en", "pt-BR"; undefined when nothing states one. */
  lang?: string;
  dir: 'ltr' | 'rtl';
}

/** The value of an attribute on the element or its nearest ancestor (up to <html>) that states an accepted one. */
function nearest(element: Element | null, attribute: string, accept: (value: string) => boolean): string | undefined {
  for (let node = element; node; node = node.parentElement) {
    const value = node.getAttribute(attribute)?.trim();
    if (value && accept(value.toLowerCase())) return value;
  }
  return undefined;
}

/** The direction a language is written in, from its primary subtag ("ar-EG" -> rtl). */
export function directionOfLanguage(lang: string | undefined): Writing['dir'] {
  return RTL_LANGUAGES.has((lang ?? '').split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}

/**
 * `content` is the element the article was taken from; `pageLang` the language the page states
 * outside its markup (JSON-LD inLanguage, og:locale), for when no element does. `dir="auto"` states nothing.
 */
export function writingOf(content: Element | null, pageLang: string | undefined): Writing {
  const lang = nearest(content, 'lang', () => true) ?? (pageLang?.trim() || undefined);
  const stated = nearest(content, 'dir', (value) => value === 'rtl' || value === 'ltr')?.toLowerCase();
  return { lang, dir: stated === 'rtl' || stated === 'ltr' ? stated : directionOfLanguage(lang) };
}
