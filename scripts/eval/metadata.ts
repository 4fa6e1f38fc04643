/** How predicted metadata is compared with the truth; null means the truth has nothing to compare. */

/**
 * Whitespace collapsed, and typographic quotes written as ASCII ones: the same character to a reader
 * ("Apple’s" and "Apple's"), which WCXB's truths mostly write in ASCII and pages mostly do not.
 */
const collapse = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .trim();

/** Title: exact after whitespace (and quote, see collapse) normalisation. */
export function sameTitle(predicted: string | undefined, truth: string | undefined): boolean | null {
  if (!truth) return null;
  return collapse(predicted ?? '') === collapse(truth);
}

/** How a list of names is joined: "A, B", "A and B", "A, B, and C", "A & B" are the same list. */
const NAME_SEPARATOR = /\s*(?:,\s*(?:and\s+)?|\s+and\s+|&)\s*/;

/**
 * Byline: whitespace and case normalised, a leading "By" ignored (pages print it, truths mostly do not),
 * and the names compared as a list, whatever joins them.
 */
export function sameByline(predicted: string | undefined, truth: string | undefined): boolean | null {
  if (!truth) return null;
  const normalise = (text: string) => collapse(text).toLowerCase().replace(/^by\s+/, '').split(NAME_SEPARATOR).join(', ');
  return normalise(predicted ?? '') === normalise(truth);
}

const DAY = /\d{4}-\d{2}-\d{2}/;

/** Date: the calendar day only (YYYY-MM-DD), as truths mix dates and date-times. */
export function sameDate(predicted: string | undefined, truth: string | undefined): boolean | null {
  const truthDay = truth?.match(DAY)?.[0];
  if (!truthDay) return null;
  return predicted?.match(DAY)?.[0] === truthDay;
}
