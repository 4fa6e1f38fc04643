/**
 * React's streamed rendering (React 18+, Next.js) sends the parts of a page that load late, often the
 * article's paragraphs one by one, as `<div hidden id="S:n">` segments at the end of the markup, and
 * its inline script moves each into place: segment S:n replaces the placeholder `<template id="B:n">`
 * of a Suspense boundary (with the fallback after it, "Loading paragraph...", up to the boundary's
 * closing `<!--/$-->` comment) or `<template id="P:n">`. A browser shows the page that way; a copy of
 * its markup (the command line, a crawler's snapshot, a page read before its scripts ran) still has
 * them parked. The engine then reads a copy with every segment moved where the script would put it.
 */
import { COMMENT_NODE, inertDocumentFor } from './dom';

export const SEGMENTS = 'div[hidden][id^="S:"]';
/** React numbers segments and boundaries in hexadecimal; the segment's number names its placeholder. */
const SEGMENT_ID = /^S:([0-9a-f]+)$/;
/** The comments around a Suspense boundary: `$` (done), `$?` (pending), `$!` (client-rendered) open it, `/$` closes it. */
const BOUNDARY_OPENINGS = new Set(['$', '$?', '$!']);
const BOUNDARY_CLOSING = '/$';

/**
 * The nodes of a pending boundary's fallback: those after its placeholder up to its closing comment
 * (nested boundaries included). None when there is no closing comment: a copy that dropped the
 * comments leaves no telling where the fallback ends, and a stray "Loading..." beats a lost paragraph.
 */
function fallbackOf(placeholder: Element): Node[] {
  const fallback: Node[] = [];
  let depth = 0;
  for (let node = placeholder.nextSibling; node !== null; node = node.nextSibling) {
    if (node.nodeType === COMMENT_NODE) {
      const data = node.nodeValue ?? '';
      if (data === BOUNDARY_CLOSING && depth-- === 0) return fallback;
      if (BOUNDARY_OPENINGS.has(data)) depth++;
    }
    fallback.push(node);
  }
  return [];
}

/**
 * The page's root with its streamed segments in place, or null when it has none parked (most pages: read
 * in place). `parked`: whether it has any (an element matching SEGMENTS), when the caller has asked already.
 */
export function placedSegments(document: Document, page: Element, parked = page.querySelector(SEGMENTS) !== null): Element | null {
  if (!parked) return null;
  const root = inertDocumentFor(document).importNode(page, true);
  for (const segment of root.querySelectorAll(SEGMENTS)) {
    const number = SEGMENT_ID.exec(segment.getAttribute('id') ?? '')?.[1];
    const placeholder = number === undefined ? null : root.querySelector(`template[id="B:${number}"], template[id="P:${number}"]`);
    if (placeholder === null) continue;
    if (placeholder.getAttribute('id')!.startsWith('B:')) for (const node of fallbackOf(placeholder)) node.parentNode?.removeChild(node);
    placeholder.replaceWith(...segment.childNodes);
    segment.remove();
  }
  return root;
}
