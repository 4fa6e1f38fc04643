/** Presentation of article metadata: reading time and publication date. */

// A common estimate of adult silent reading speed for prose on screen.
const WORDS_PER_MINUTE = 230;

export function readingTime(wordCount: number): string {
  return `${Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE))} min read`;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Formats an ISO date in the article's language; undefined when the date cannot be read. */
export function formatDate(iso: string, lang?: string): string | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  // A bare date means that calendar day everywhere; read in local time it could shift by one.
  const timeZone = DATE_ONLY.test(iso) ? 'UTC' : undefined;
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone }).format(date);
  } catch {
    // An invalid language tag from the page must not hide the date.
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone }).format(date);
  }
}
