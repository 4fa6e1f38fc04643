/** How predicted metadata is compared with the truth; null means the truth has nothing to compare. */

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Title: exact after whitespace normalisation. */
export function sameTitle(predicted: string | undefined, truth: string | undefined): boolean | null {
  if (!truth) return null;
  return collapse(predicted ?? '') === collapse(truth);
}

/** Byline: whitespace and case normalised, a leading "By" ignored (pages print it, truths mostly do not). */
export function sameByline(predicted: string | undefined, truth: string | undefined): boolean | null {
  if (!truth) return null;
  const normalise = (text: string) => collapse(text).toLowerCase().replace(/^by\s+/, '');
  return normalise(predicted ?? '') === normalise(truth);
}

const DAY = /\d{4}-\d{2}-\d{2}/;

/** Date: the calendar day only (YYYY-MM-DD), as truths mix dates and date-times. */
export function sameDate(predicted: string | undefined, truth: string | undefined): boolean | null {
  const truthDay = truth?.match(DAY)?.[0];
  if (!truthDay) return null;
  return predicted?.match(DAY)?.[0] === truthDay;
}
