/**
 * The elements a page states facts about itself in: its <base>, its meta tags, its JSON-LD blocks and
 * its h1s (the title's and the byline's sources). Gathered by one walk that asks each element for its
 * tag first: a selector list asks every element each of its selectors (linkedom's costs 1.5-2x as much).
 */
import { isElement, tagOf } from './dom';

export interface StatedElements {
  /** The first <base href>. */
  base: Element | undefined;
  /** <meta content> tags, in document order. */
  metas: Element[];
  /** `<script type="application/ld+json">` blocks (the type in any case, as selectors read it), in document order. */
  jsonLd: Element[];
  h1s: Element[];
}

const JSON_LD_TYPE = 'application/ld+json';

/**
 * The node after `node` in document order, a <template>'s content skipped: it is inert markup, never
 * part of the page (querySelectorAll leaves it out too).
 */
function next(node: Element, root: Node): Element | null {
  if (tagOf(node) !== 'template' && node.firstElementChild !== null) return node.firstElementChild;
  for (let at: Element | null = node; at !== null && at !== root; at = at.parentElement) {
    if (at.nextElementSibling !== null) return at.nextElementSibling;
  }
  return null;
}

export function statedElements(document: Document): StatedElements {
  const stated: StatedElements = { base: undefined, metas: [], jsonLd: [], h1s: [] };
  const root = document.documentElement;
  for (let element: Element | null = isElement(root) ? root : null; element !== null; element = next(element, document)) {
    const tag = tagOf(element);
    if (tag === 'h1') stated.h1s.push(element);
    else if (tag === 'meta' && element.hasAttribute('content')) stated.metas.push(element);
    else if (tag === 'script' && element.getAttribute('type')?.toLowerCase() === JSON_LD_TYPE) stated.jsonLd.push(element);
    else if (tag === 'base' && element.hasAttribute('href')) stated.base ??= element;
  }
  return stated;
}
