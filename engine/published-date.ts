/**
 * Publication dates: turning what pages write ("2025/12/18", "Published Oct 20, 2025", "11. Sep 2024")
 * into ISO 8601, and finding the date on the page itself when no meta tag states it.
 */
import { NON_CONTENT_TAGS, READERS_POSTS, bodyOf, collapseSpace, hasCharsAtMost, tagOf } from './dom';

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** A stated zone makes the instant unambiguous, so the engine's own parser may read it. */
const HAS_ZONE = /(?:\b(?:GMT|UTC)\b|Z$|[+-]\d{2}:?\d{2}$)/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?\\.?';
/** Calendar dates in running text, each with the order of its year, month and day groups. */
const TEXT_DATES: { pattern: RegExp; order: [year: number, month: number, day: number] }[] = [
  { pattern: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/, order: [1, 2, 3] },
  // Day first between dots is how German, Nordic and Slavic pages write a date ("23.07.2025").
  { pattern: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, order: [3, 2, 1] },
  { pattern: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+(\\d{4})\\b`, 'i'), order: [3, 1, 2] },
  { pattern: new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'), order: [3, 2, 1] },
  // Slashes put the month first in the US and the day first elsewhere: only a date whose day is past 12 tells
  // which ("10/31/2024", "31/10/2024"); "3/4/2025" is left unread.
  { pattern: /\b(\d{1,2})\/(1[3-9]|2\d|3[01])\/(\d{4})\b/, order: [3, 1, 2] },
  { pattern: /\b(1[3-9]|2\d|3[01])\/(\d{1,2})\/(\d{4})\b/, order: [3, 2, 1] },
  // Year first, then the month's name: how PubMed and scholarly citation tags write a date ("2023 Jan 7").
  { pattern: new RegExp(`\\b(\\d{4})\\s+${MONTH}\\s+${DAY}(?!\\d)`, 'i'), order: [1, 2, 3] },
];
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const pad = (n: number) => String(n).padStart(2, '0');

function monthNumber(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : MONTHS.indexOf(text.slice(0, 3).toLowerCase()) + 1;
}

/** The first calendar date written in the text, as YYYY-MM-DD (no time: a day carries no time zone). */
function dayIn(text: string): string | undefined {
  for (const { pattern, order } of TEXT_DATES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [year, month, day] = [Number(match[order[0]]), monthNumber(match[order[1]]), Number(match[order[2]])];
    if (year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= 31) return `${year}-${pad(month)}-${pad(day)}`;
  }
  return undefined;
}

/** ISO 8601 as the page gives it when it already is, else the stated instant, else the written day. */
export function isoDate(raw: string | undefined): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  if (ISO.test(text)) return text.replace(' ', 'T');
  const time = HAS_ZONE.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(time) ? dayIn(text) : new Date(time).toISOString();
}

/**
 * Elements that show the date to readers: schema.org's datePublished, <time>, and blocks named for a
 * date or publication ("post-date", "published-date", "publicationTime", "dateline"). The first that holds
 * a date wins, as the article's own date comes before comments' and related stories' dates. Each
 * alternative costs a test of every element in a Node DOM, so none is written that another already covers
 * (datePublished contains "publish", dateline "date"), and "publi" stands for both "publish" and "publication".
 */
const DATE_ELEMENTS = '[itemprop*="publish" i], time, [class*="date" i], [class*="publi" i]';
/**
 * React's server rendering writes <time dateTime="...">: browsers lowercase attribute names as they parse,
 * the Node DOM (linkedom) keeps them as written, and its getAttribute matches them as written.
 */
const REACT_DATETIME = 'dateTime';
/** A date label is short; longer text is a paragraph that merely mentions a date. */
const MAX_DATE_TEXT_CHARS = 80;

export function pageDate(document: Document): string | undefined {
  const body = bodyOf(document);
  if (!body) return undefined;
  for (const element of body.querySelectorAll(DATE_ELEMENTS)) {
    const stated = isoDate(element.getAttribute('datetime') ?? element.getAttribute(REACT_DATETIME) ?? element.getAttribute('content') ?? undefined);
    if (stated) return stated;
    const text = collapseSpace(element.textContent ?? '');
    if (text.length > MAX_DATE_TEXT_CHARS) continue;
    const written = isoDate(text);
    if (written) return written;
  }
  return undefined;
}

/**
 * A date in a page's address, as blogs and news sites write their permalinks: "/2025/12/18/title",
 * "/articles/2025-12-15+Title". The year, the month and the day must be whole path parts or lead one.
 */
const ADDRESS_DATE = /\/((?:19|20)\d{2})([/-])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)/;

/** A URL's scheme and host, and its query and fragment: what is left is its path. */
const NOT_PATH = /^[a-z][a-z\d+.-]*:\/\/[^/]*|[?#].*$/gi;

/** The day of the page's address (see ADDRESS_DATE), if it has one: the day the page was published. */
export function addressDay(url: string | undefined): string | undefined {
  const match = url === undefined ? null : ADDRESS_DATE.exec(url.replace(NOT_PATH, ''));
  return match ? `${match[1]}-${match[3]}-${match[4]}` : undefined;
}

/** An instant stated in UTC: "2025-12-19T02:41:41+00:00", "2025-12-19T02:41:41.000Z". */
const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$/;
/** The time zones furthest behind and ahead of UTC (UTC-12, UTC+14), in milliseconds. */
const ZONES_BEHIND = -12 * 3_600_000;
const ZONES_AHEAD = 14 * 3_600_000;
const dayAt = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * A UTC instant the day of the page's address may be: sites state the instant in UTC and date their
 * permalinks in their own zone, where a post written in the evening falls a day earlier
 * ("2025-12-19T02:41:41+00:00" under "/2025/12/18/"). The address's day, when the instant falls on it in
 * some time zone; else the stated date as it is.
 */
export function onAddressDay(stated: string, day: string | undefined): string {
  if (day === undefined || !UTC_INSTANT.test(stated)) return stated;
  const time = Date.parse(stated);
  return day !== dayAt(time) && day >= dayAt(time + ZONES_BEHIND) && day <= dayAt(time + ZONES_AHEAD) ? day : stated;
}

/** A piece of text this short that holds a date is a date line ("Dec 17, 2025", "Published on Oct 21, 2025"). */
const MAX_DATE_LINE_CHARS = 40;

/**
 * A short date line among the text pieces beside the headline (textsBesideTitle): layouts written in
 * utility classes ("text-sm text-gray-600") show the date there in an element named for nothing.
 */
export function dateLineIn(texts: string[]): string | undefined {
  for (const text of texts) {
    const day = text.length <= MAX_DATE_LINE_CHARS ? dayIn(text) : undefined;
    if (day) return day;
  }
  return undefined;
}

/**
 * The marks that set a byline's parts apart within one text, a date among them ("by ann » Tue Aug 27,
 * 2019", "Dec. 19, 2025 · Niko Matsakis"), as the members of a character class.
 */
export const PART_SEPARATORS = '»|·•';

/**
 * A label before a date line ("Posted on", "Last updated:") and a weekday ("Sun Dec 17, 2023"), or the
 * separator after the name in the same text (phpBB's "by <a>ann</a> » Tue Aug 27, 2019"); a time after
 * it ("30th March 2025, 16:26", "Dec 17, 2023 11:18 am").
 */
const DATE_LINE_LABEL = new RegExp(
  String.raw`^(?:[${PART_SEPARATORS}]\s*)?(?:(?:posted|published|updated|last (?:updated|modified)|date)(?:\s+on)?\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`,
  'i',
);
const DATE_LINE_TIME = /,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?$/i;
/** TEXT_DATES, each matching every date of a text. */
const ALL_DATES = TEXT_DATES.map(({ pattern }) => new RegExp(pattern.source, `${pattern.flags}g`));

/** The text with each calendar date it writes (TEXT_DATES) made a space. */
export function withoutDates(text: string): string {
  return ALL_DATES.reduce((rest, pattern) => rest.replace(pattern, ' '), text);
}

/** TEXT_DATES, each as the whole of a text. */
const WHOLE_DATES = TEXT_DATES.map(({ pattern }) => new RegExp(`^(?:${pattern.source})$`, pattern.flags));

/** A field's label set before its value in an element of its own ("<strong>Joined:</strong> Dec 11, 2021"). */
const FIELD_LABEL = /:\s*$/;

/**
 * Whether the text is the value of a field labelled for another date than the publication's: a forum
 * poster's "Joined:" or "Founded:", a shop's "Offer ends:". A label DATE_LINE_LABEL names (Posted:, Date:)
 * is the publication's.
 */
function isOtherField(node: Node): boolean {
  const label = node.previousSibling?.textContent ?? '';
  return FIELD_LABEL.test(label) && dateLineDay(`${collapseSpace(label)} ${collapseSpace(node.nodeValue ?? '')}`) === undefined;
}

/** The day of a text that is a date line and nothing else (see DATE_LINE_LABEL). */
function dateLineDay(text: string): string | undefined {
  const rest = text.replace(DATE_LINE_LABEL, '').replace(DATE_LINE_TIME, '').replace(/[.,]$/, '');
  return WHOLE_DATES.some((pattern) => pattern.test(rest)) ? dayIn(rest) : undefined;
}

/**
 * The first text of the page that is a date line alone: "December 17, 2025", "Posted on April 13, 2023",
 * "Last updated: November 13, 2025", a forum post's "30th March 2025, 16:26". The last resort of an undated
 * page, as it reads the whole page. Text that only holds a date ("Member since ...", "Offer valid ...") is
 * another date, and so is a line in readers' comments or reviews (READERS_POSTS). `texts`: the body's
 * text nodes in document order.
 */
export function dateLineOnPage(texts: Node[]): string | undefined {
  for (const node of texts) {
    const raw = node.nodeValue ?? '';
    // Most texts are longer than a date line can be: they are passed over before any is collapsed.
    if (!hasCharsAtMost(raw, MAX_DATE_LINE_CHARS)) continue;
    const text = collapseSpace(raw);
    const parent = node.parentElement;
    if (text.length > MAX_DATE_LINE_CHARS || text === '' || parent === null || NON_CONTENT_TAGS.has(tagOf(parent))) continue;
    const day = dateLineDay(text);
    if (day && parent.closest(READERS_POSTS) === null && !isOtherField(node)) return day;
  }
  return undefined;
}
