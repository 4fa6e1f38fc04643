/**
 * Inline elements written side by side with nothing between them (a card's author and its date, a
 * brand and the product's name, a list of tag links) are set apart on the page by its styles (a flex
 * row, margins), which the reader drops: they would read as one word ("Terrence O'BrienMar 7"). A space
 * goes between them. Running text is left as written: a paragraph's or a heading's spans may split a
 * word where its styles change (a drop cap, office suites' runs: "3<span>rd</span>"), as may formatting
 * (bold, italics) and code.
 */
import { HEADING_TAGS, closestTag, isElement, tagOf } from './dom';

/** The inline elements that hold a field of their own rather than style part of a word. */
const FIELD_TAGS = new Set(['a', 'span', 'time', 'data', 'abbr', 'cite']);
const FIELDS = [...FIELD_TAGS].join(', ');
/** Where elements side by side may be parts of one word: running text, and code (a highlighter's tokens). */
const RUNNING_TEXT_TAGS = new Set(['p', 'blockquote', 'pre', 'code', ...HEADING_TAGS]);

const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/** Puts a space between each two abutting fields whose words would otherwise run together. */
export function spaceAbuttingFields(root: Element): void {
  for (const field of root.querySelectorAll(FIELDS)) {
    const before = field.previousSibling;
    if (!isElement(before) || !FIELD_TAGS.has(tagOf(before))) continue;
    if (!WORD_END.test(before.textContent ?? '') || !WORD_START.test(field.textContent ?? '')) continue;
    if (closestTag(field, RUNNING_TEXT_TAGS) !== null) continue;
    field.before(field.ownerDocument.createTextNode(' '));
  }
}
