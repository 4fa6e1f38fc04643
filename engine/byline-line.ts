/**
 * The page's own byline or dateline printed at the head of the body ("By Jane Doe | March 3, 2024 |
 * 5 min read", "Updated 2 hours ago", "Jane Doe, Staff Writer"). The reader shows the byline and the
 * date above the article, as Firefox's Reader View does, so such a line is not read twice. A line is
 * one when, the byline's names and the dates, times and reading times it writes taken out, nothing is
 * left but labels ("By", "Published", "Updated on") and separators; or, when it opens with a name, a few
 * words of role or outlet ("Staff Writer", "USA TODAY") that are not a sentence. A line that credits the
 * author inside a sentence ("This post was written by ...") or a photo ("Photo by ...") keeps words that
 * are neither, and stays.
 */
import { charCount, collapseSpace, hasCharsAtMost, hasWords } from './dom';
import { withoutDates } from './published-date';

/** A byline line is short; longer text is a paragraph that mentions the author or a date. */
const MAX_LINE_CHARS = 120;
/** Words of role or outlet beside a name that opens the line ("Executive Editor, Harvard Health Watch"). */
const MAX_ROLE_WORDS = 6;
/** A name shorter than this (an initial) could be any word. */
const MIN_NAME_CHARS = 3;
/** How a byline joins its authors: "Jane Doe, John Roe and Ann Poe", "A & B", "A | Guest Columnist", "A with B". */
const NAME_SEPARATOR = /\s*(?:[,&|]|\band\b|\bwith\b)\s*/;
/** Times ("7:47 am", "10:39AM"), relative dates ("2 hours ago") and reading times ("5 min read", "8 minutes"). */
const TIMES = [
  /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\b\.?)?/gi,
  /\b(?:\d+|an?)\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago\b/gi,
  /\b\d+\s*-?\s*min(?:ute)?s?(?:\s+read)?\b/gi,
];
/** What a byline line says besides names, dates and times: its labels, a weekday, a time zone. */
const LABEL_WORDS = new Set([
  'by', 'on', 'at', 'in', 'and', 'with', 'from', 'author', 'authors', 'written', 'posted', 'published', 'updated',
  'submitted', 'released', 'modified', 'last', 'date', 'read', 'reading', 'time', 'am', 'pm',
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs', 'thursday', 'fri', 'friday',
  'sat', 'saturday', 'sun', 'sunday',
  'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'et', 'pt', 'gmt', 'utc', 'bst', 'cet', 'cest',
]);
/** A word, one with an apostrophe in it too ("women's", "O'Brien"). */
const WORDS = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
/**
 * A dateline may close by naming the post's category, after "in" ("Posted on March 3, 2024 in News",
 * "Published 2025-12-20 in ColdFusion"): a few words after the line's last "in", none before it.
 */
const IN_CATEGORY = /\bin\s+([^]*)$/;
const MAX_CATEGORY_WORDS = 3;
/** A sentence ends so; a byline's role does not. */
const SENTENCE_END = /[.!?]$/;

const wordsOf = (text: string) => text.match(WORDS) ?? [];

/** The names a byline credits, lowercased, longest first (the whole byline, then each author). */
export function bylineNames(byline: string | undefined): string[] {
  if (byline === undefined) return [];
  const whole = collapseSpace(byline).toLowerCase();
  const names = [whole, ...whole.split(NAME_SEPARATOR)].filter((name) => charCount(name) >= MIN_NAME_CHARS);
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}

/** Where `name` starts a word of `line`, or -1. Its end is not asked for: "HabernyFounder" runs name and role together. */
function nameAt(line: string, name: string): number {
  for (let at = line.indexOf(name); at >= 0; at = line.indexOf(name, at + 1)) {
    if (at === 0 || wordsOf(line[at - 1]).length === 0) return at;
  }
  return -1;
}

/** The text with its dates and times made spaces, and whether it had any. */
function withoutTimes(text: string): { rest: string; found: boolean } {
  const rest = TIMES.reduce((left, pattern) => left.replace(pattern, ' '), withoutDates(text));
  return { rest, found: wordsOf(rest).length < wordsOf(text).length };
}

/** The words of the text that are no label ("by", "updated", "posted"). */
const unlabelledWords = (text: string) => wordsOf(text).filter((word) => !LABEL_WORDS.has(word));

const onlyLabels = (text: string) => unlabelledWords(withoutTimes(text).rest).length === 0;

/** True when the text is a byline or dateline line (see the module's comment); `names`: bylineNames. */
export function isBylineLine(text: string, names: string[]): boolean {
  const line = collapseSpace(text).toLowerCase();
  if (line === '' || charCount(line) > MAX_LINE_CHARS) return false;
  const starts = names.map((name) => nameAt(line, name)).filter((at) => at >= 0);
  const opensWithName = starts.length > 0 && onlyLabels(line.slice(0, Math.min(...starts)));
  let rest = line;
  for (const name of names) {
    for (let at = nameAt(rest, name); at >= 0; at = nameAt(rest, name)) rest = `${rest.slice(0, at)} ${rest.slice(at + name.length)}`;
  }
  const { rest: left, found } = withoutTimes(rest);
  if (starts.length === 0 && !found) return false;
  const words = unlabelledWords(left);
  if (words.length === 0) return true;
  if (SENTENCE_END.test(line)) return false;
  return (opensWithName && words.length <= MAX_ROLE_WORDS) || (found && isCategoryClosing(left));
}

/** Whether the text's unlabelled words are a category named after its last "in" (see IN_CATEGORY). */
function isCategoryClosing(text: string): boolean {
  const category = IN_CATEGORY.exec(text);
  if (category === null) return false;
  const named = unlabelledWords(category[1]).length;
  return named <= MAX_CATEGORY_WORDS && named === unlabelledWords(text).length;
}

/**
 * True when the text is a byline line that says it is one: a label ("By", "Written by") and then one of
 * the byline's names (`names`: bylineNames). So much marks the page's byline even out of its usual place
 * (set as a heading, printed after the standfirst), where a name alone may be a forum poster's heading
 * and a date alone a diary's entry.
 */
export function isLabelledBylineLine(text: string, names: string[]): boolean {
  const line = collapseSpace(text).toLowerCase();
  const starts = names.map((name) => nameAt(line, name)).filter((at) => at > 0);
  if (starts.length === 0) return false;
  const label = line.slice(0, Math.min(...starts));
  return hasWords(label) && onlyLabels(label) && isBylineLine(line, names);
}

/** True when the image's alternative text is one of the byline's names: the author's avatar beside the byline. */
export function isAvatar(image: Element, names: string[]): boolean {
  return names.includes(collapseSpace(image.getAttribute('alt') ?? '').toLowerCase());
}

/** How a blog's post footer opens ("Posted by David at December 16, 2025 11:15 AM": Blogger's and Movable Type's templates). */
const POST_FOOTER_OPENING = /^(?:posted|written) by\s/;
/** Words of the name in a post footer: a person's or a handle's, not a sentence. */
const MAX_FOOTER_NAME_WORDS = 3;

/**
 * True when the text is a post's footer line: it opens with "Posted by" or "Written by", gives a date or
 * a time, and names no more than a person besides (MAX_FOOTER_NAME_WORDS), whoever the byline says.
 * Closing the article it repeats the byline and the date the reader shows above it.
 */
export function isPostFooterLine(text: string): boolean {
  // Measured before the text is collapsed: the walk asks it of blocks up to half the article.
  if (!hasCharsAtMost(text, MAX_LINE_CHARS)) return false;
  const line = collapseSpace(text).toLowerCase();
  if (!POST_FOOTER_OPENING.test(line)) return false;
  const { rest, found } = withoutTimes(line);
  return found && unlabelledWords(rest).length <= MAX_FOOTER_NAME_WORDS;
}
