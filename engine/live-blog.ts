/**
 * Live blogs: a page of many short timestamped entries, where the reader wants every entry, while the
 * scores favour the one long entry (often a pinned summary). The entries are found two ways: from the
 * page's JSON-LD LiveBlogPosting, whose `liveBlogUpdate` list names them (what search engines ask live
 * blogs to publish), or from their markup: alike sibling blocks that each carry a timestamp.
 */
import { collapseSpace, tagOf, textNodes } from './dom';
import { stringOf, type JsonObject } from './json-ld';
import type { PageScores } from './score';
import { PAGE_ROOTS } from './widen';

/** Characters of an entry's headline or text looked for at the start of a line of the page. */
const NEEDLE_CHARS = 40;
/** Shorter needles ("Update") would match anywhere. */
const MIN_NEEDLE_CHARS = 12;
/** Entries looked for: a live blog's newest ones are enough to find their container. */
const MAX_NEEDLES = 30;
/** Declared entries that must be found in the page before their container is trusted. */
const MIN_FOUND = 2;
/** Timestamped alike siblings that make a live blog without JSON-LD (a main article and the next one appended are fewer). */
const MIN_ENTRIES = 5;
const ENTRY_LEVELS = 3;
const TIMESTAMP = 'time, [datetime]';

const needleOf = (text: string | undefined) => collapseSpace(text ?? '').toLowerCase().slice(0, NEEDLE_CHARS);

/** The lines that open the entries the page's JSON-LD LiveBlogPosting declares, lowercase. */
function declaredNeedles(liveBlog: JsonObject | undefined): string[] {
  if (liveBlog === undefined) return [];
  const updates = liveBlog.liveBlogUpdate;
  const list = Array.isArray(updates) ? updates : [updates];
  const needles = list.flatMap((update) => {
    if (typeof update !== 'object' || update === null || Array.isArray(update)) return [];
    return [needleOf(stringOf(update.headline)), needleOf(stringOf(update.articleBody))];
  });
  return [...new Set(needles.filter((needle) => needle.length >= MIN_NEEDLE_CHARS))].slice(0, MAX_NEEDLES * 2);
}

function commonAncestor(elements: Element[]): Element | null {
  let shared: Element | null = elements[0];
  for (const element of elements.slice(1)) {
    while (shared !== null && !shared.contains(element)) shared = shared.parentElement;
  }
  return shared;
}

/** The block holding the entries the JSON-LD declares: their lines, found outside links (a key-events menu repeats them). */
function declaredEntries(root: Element, liveBlog: JsonObject | undefined): Element | null {
  const needles = declaredNeedles(liveBlog);
  if (needles.length === 0) return null;
  const found = new Map<string, Element>();
  for (const text of textNodes(root)) {
    const parent = text.parentElement;
    if (parent === null || parent.closest('a, script')) continue;
    const line = collapseSpace(text.nodeValue ?? '').toLowerCase();
    const needle = line.length >= MIN_NEEDLE_CHARS ? needles.find((candidate) => line.startsWith(candidate)) : undefined;
    if (needle !== undefined && !found.has(needle)) found.set(needle, parent);
  }
  if (found.size < MIN_FOUND) return null;
  const shared = commonAncestor([...found.values()]);
  return shared === null || PAGE_ROOTS.has(tagOf(shared)) ? null : shared;
}

/** The parent of `top` (or of an ancestor close to it) when its alike siblings, each with prose and a timestamp, are many. */
function timestampedEntries(top: Element, scores: PageScores): Element | null {
  let entry: Element | null = top;
  for (let level = 0; entry !== null && level < ENTRY_LEVELS; level++, entry = entry.parentElement) {
    const feed = entry.parentElement;
    if (feed === null || PAGE_ROOTS.has(tagOf(feed)) || entry.querySelector(TIMESTAMP) === null) continue;
    const entries = [...feed.children].filter(
      (sibling) => sibling.tagName === entry!.tagName && (scores.stats.get(sibling)?.prose ?? 0) > 0 && sibling.querySelector(TIMESTAMP) !== null,
    );
    if (entries.length >= MIN_ENTRIES) return feed;
  }
  return null;
}

/**
 * The block holding every entry of the live blog `top` belongs to, or null when the page is no live blog.
 * `liveBlog`: the page's JSON-LD LiveBlogPosting object, if it has one (parsed once per read, by the caller).
 */
export function liveBlogOf(top: Element, scores: PageScores, liveBlog: JsonObject | undefined): Element | null {
  const declared = declaredEntries(scores.root, liveBlog);
  if (declared !== null) return declared.contains(top) || !top.contains(declared) ? declared : null;
  return timestampedEntries(top, scores);
}
