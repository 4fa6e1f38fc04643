/**
 * Block-aware plain text of a cleaned article: a blank line between blocks, headings and captions on
 * their own lines, list items prefixed ("- ", "1. ") and indented when nested, table rows with cells
 * separated by " | ", preformatted text kept as it is. Entities are already decoded by the DOM.
 */
import { CDATA_SECTION_NODE, INLINE_TAGS, NON_CONTENT_TAGS, SHOW_CDATA_SECTION, SHOW_ELEMENT, SHOW_TEXT, TEXT_NODE, collapseSpace, isElement, oneSpaced, proseLength, tagOf } from './dom';

interface Block {
  text: string;
  /** Blocks of one list or one table share a group and are joined by a single newline. */
  group: number | null;
}

const INDENT = '  ';

/** A table holding another table lays out the page (older sites, Hacker News): its cells are blocks, not data. */
const holdsTable = (table: Element) => table.querySelector('table') !== null;

/**
 * A preformatted block's text as it shows: its text as written, and a line break for each <br>, with which
 * some editors write code's lines (`import os<br>import time`); textContent would run them together.
 */
function preText(pre: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) text += node.nodeValue ?? '';
    else if (isElement(node) && tagOf(node) === 'br') text += '\n';
    else for (let child = node.firstChild; child !== null; child = child.nextSibling) walk(child);
  };
  walk(pre);
  return text;
}

/** A table cell's text on one line, with a space where its blocks meet (a paper's title above its authors). */
function cellText(cell: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      text += node.nodeValue ?? '';
      return;
    }
    if (!isElement(node) || NON_CONTENT_TAGS.has(tagOf(node))) return;
    const block = !INLINE_TAGS.has(tagOf(node)) || tagOf(node) === 'br';
    if (block) text += ' ';
    for (let child = node.firstChild; child !== null; child = child.nextSibling) walk(child);
    if (block) text += ' ';
  };
  walk(cell);
  return collapseSpace(text);
}

export function blockText(root: Element): string {
  const blocks: Block[] = [];
  let inline = '';
  let groups = 0;
  let group: number | null = null;
  let prefix = '';
  let indent = '';
  // Asked once per table, not once per row.
  const layout = new Map<Element, boolean>();
  const isLayoutTable = (table: Element | null) => {
    if (table === null) return false;
    if (!layout.has(table)) layout.set(table, holdsTable(table));
    return layout.get(table)!;
  };

  const flush = () => {
    const text = inline.split('\n').map((line) => collapseSpace(line)).filter(Boolean).join('\n');
    inline = '';
    if (text === '') return;
    blocks.push({ text: prefix + text.replace(/\n/g, `\n${indent}`), group });
    prefix = prefix === '' ? '' : indent;
  };

  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      inline += oneSpaced(node.nodeValue ?? '');
      return;
    }
    if (!isElement(node)) return;
    const tag = tagOf(node);
    if (NON_CONTENT_TAGS.has(tag)) return;
    if (tag === 'br') {
      inline += '\n';
      return;
    }
    if (INLINE_TAGS.has(tag)) {
      for (let child = node.firstChild; child !== null; child = child.nextSibling) walk(child);
      return;
    }
    flush();
    if (tag === 'pre') {
      const text = preText(node).replace(/^\n|\s+$/g, '');
      if (text.trim() !== '') blocks.push({ text, group });
      return;
    }
    if (tag === 'tr' && !isLayoutTable(node.closest('table'))) {
      const cells = [...node.children].filter((cell) => ['td', 'th'].includes(tagOf(cell))).map(cellText);
      if (cells.some(Boolean)) blocks.push({ text: indent + cells.join(' | '), group });
      return;
    }
    const outerGroup = group;
    if ((tag === 'ul' || tag === 'ol' || (tag === 'table' && !isLayoutTable(node)) || tag === 'dl') && group === null) group = ++groups;
    if (tag === 'ul' || tag === 'ol') {
      walkList(node, tag === 'ol');
    } else {
      for (let child = node.firstChild; child !== null; child = child.nextSibling) walk(child);
      flush();
    }
    group = outerGroup;
  };

  const walkList = (list: Element, ordered: boolean): void => {
    const [outerPrefix, itemIndent] = [prefix, indent];
    let number = Number(list.getAttribute('start') ?? '1') || 1;
    for (const item of list.children) {
      if (tagOf(item) !== 'li') {
        walk(item);
        continue;
      }
      const value = Number(item.getAttribute('value'));
      if (value) number = value;
      prefix = itemIndent + (ordered ? `${number}. ` : '- ');
      indent = itemIndent + INDENT;
      for (let child = item.firstChild; child !== null; child = child.nextSibling) walk(child);
      flush();
      number++;
    }
    [prefix, indent] = [outerPrefix, itemIndent];
  };

  walk(root);
  flush();
  return blocks.reduce((text, block, index) => {
    if (index === 0) return block.text;
    const tight = block.group !== null && block.group === blocks[index - 1].group;
    return text + (tight ? '\n' : '\n\n') + block.text;
  }, '');
}

/** The most characters blockText writes before a list item's text: its number (a double's longest spelling, "-1.7976931348623157e+308") and a dot. */
const MAX_ITEM_MARK_CHARS = 25;
/** Raw-text elements: their text never reaches blockText, and nothing inside them can be moved out by cleaning. */
const RAW_TEXT_TAGS = new Set(['script', 'style']);
/** What the bound's walk shows: elements, texts and CDATA sections (text once a DOM's normalize() merges them). */
const SHOW_ELEMENTS_AND_TEXTS = SHOW_ELEMENT | SHOW_TEXT | SHOW_CDATA_SECTION;

/**
 * The most prose (proseLength) the block text of a cleaned copy of `root` can hold, read without copying
 * it: cleaning only removes text or adds space, scripts' and styles' text is never read, and blockText
 * adds only a list item's mark and a table cell's " | " besides space. A read that needs the copy's
 * prose to reach some length is spared the copy when this falls short of it.
 */
export function proseBound(root: Element): number {
  let text = '';
  let marks = 0;
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENTS_AND_TEXTS);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const parent = node.parentElement;
      if (parent === null || !RAW_TEXT_TAGS.has(tagOf(parent))) text += node.nodeValue ?? '';
      continue;
    }
    const tag = tagOf(node as Element);
    if (tag === 'li') marks += MAX_ITEM_MARK_CHARS;
    else if (tag === 'td' || tag === 'th') marks++;
  }
  return proseLength(text) + marks;
}
