/** The reading engine's public types: Document in, Article out. */

export interface LeadImage {
  src: string;
  alt: string;
  /** The page's caption for the image (its figcaption), when it has one. */
  caption?: string;
}

export interface Article {
  /** The article's own title (not the <title> with " | Site" appended). */
  title: string;
  byline?: string;
  /** ISO 8601 date or date-time. */
  published?: string;
  siteName?: string;
  /** BCP 47 language tag from the page, e.g. "en", "fr-CA". */
  lang?: string;
  dir: 'ltr' | 'rtl';
  excerpt?: string;
  /**
   * The image to show above the body (the page's lead image). The body never repeats it: when the
   * cleaned body already contains the lead image, this is left out and the body shows it in place.
   */
  leadImage?: LeadImage;
  /** The page's URL (canonical when the page states one). */
  url?: string;
  /**
   * The cleaned body as HTML: absolute links and image sources, no scripts, no styles, no clutter.
   * It is safe to pass to the one sanitiser, never to be inserted without it.
   */
  html: string;
  /** The body as readable plain text: blocks separated by blank lines, list items prefixed. */
  text: string;
  /** Words, counting each CJK character as one word. */
  wordCount: number;
}

export type NoArticleReason =
  /** Nothing on the page reads like an article (home page, listing, app). */
  | 'no-content'
  /** The page is too large or too deep to read within the time bound. */
  | 'too-large'
  /** The engine failed unexpectedly; it reports instead of throwing. */
  | 'error';

export type ReadResult =
  | { ok: true; article: Article }
  | { ok: false; reason: NoArticleReason; message: string };

export interface ReadOptions {
  /** The page's URL, used to resolve relative links and images. Defaults to document.URL / baseURI. */
  url?: string;
}
