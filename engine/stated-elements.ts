/**
 * The elements a page states facts about itself in: its <base>, its meta tags, its JSON-LD blocks and
 * its h1s (the title's and the byline's sources). Gathered by one query: a Node DOM (linkedom) walks the
 * whole page for each query, and asking for each kind apart cost a walk each on every read.
 */
import { tagOf } from './dom';

export interface StatedElements {
  /** The first <base href>. */
  base: Element | undefined;
  /** <meta content> tags, in document order. */
  metas: Element[];
  /** `<script type="application/ld+json">` blocks, in document order. */
  jsonLd: Element[];
  h1s: Element[];
}

const STATED = 'base[href], meta[content], script[type="application/ld+json"], h1';

export function statedElements(document: Document): StatedElements {
  const stated: StatedElements = { base: undefined, metas: [], jsonLd: [], h1s: [] };
  for (const element of document.querySelectorAll(STATED)) {
    const tag = tagOf(element);
    if (tag === 'base') stated.base ??= element;
    else if (tag === 'meta') stated.metas.push(element);
    else if (tag === 'script') stated.jsonLd.push(element);
    else stated.h1s.push(element);
  }
  return stated;
}
