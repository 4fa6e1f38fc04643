/** Presentation of article metadata: reading time and publication date. */
import { t } from '../utils/i18n';

/**
 * "N min read" at the reader's speed (a setting). The engine's word count already counts each CJK
 * character as a word, since those scripts put no spaces between words, so one speed serves all.
 */
export function readingTime(wordCount: number, wordsPerMinute: number): string {
  return t('minutesRead', Math.max(1, Math.round(wordCount / wordsPerMinute)));
}

// The calendar day as the publisher wrote it: "2026-01-03T22:47-05:00" is January 3 wherever the
// reader is, as it is on the page itself.
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}/;

/** Formats an ISO date in the article's language; undefined when the date cannot be read. */
export function formatDate(iso: string, lang?: string): string | undefined {
  const day = CALENDAR_DAY.exec(iso)?.[0];
  const date = new Date(day ? `${day}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return undefined;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: day ? 'UTC' : undefined };
  try {
    return new Intl.DateTimeFormat(lang, options).format(date);
  } catch {
    // An invalid language tag from the page must not hide the date.
    return new Intl.DateTimeFormat(undefined, options).format(date);
  }
}
