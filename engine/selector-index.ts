/**
 * A list of CSS selectors indexed by what each one needs (a tag, an id, a class, an attribute), so
 * testing an element asks only the few selectors that could match it. `Element.matches` with a long
 * selector list is slow in linkedom (seconds on a large page); this keeps it linear and cheap.
 */
import { classOf } from './dom';

export interface SelectorIndex {
  /** `className`: the element's class attribute, when the caller has read it already (see classOf in dom.ts). */
  matches(element: Element, className?: string | null): boolean;
}

/** Tag names, custom elements' (`facet-filters-form`) with their hyphens. */
const SIMPLE_TAG = /^[a-z][a-z0-9-]*$/;
const SIMPLE_ID = /^#([\w-]+)$/;
const SIMPLE_CLASS = /^\.([\w-]+)$/;
const ID_PREFIX = /^\[id\^="([^"]+)"\]$/;
/** What a compound selector needs, read from its last compound: a class, an attribute, else its tag. */
const NEEDED_CLASS = /\.([\w-]+)(?=[^ >+~]*$)/;
const NEEDED_ATTRIBUTE = /\[([\w-]+)(?=[^ >+~]*$)/;
const NEEDED_TAG = /(?:^|[ >+~])([a-z][a-z0-9-]*)(?=[^ >+~]*$)/;

/** Most elements have no class: they share this empty list rather than each splitting an empty string. */
const NO_CLASSES: readonly string[] = [];

const matchesAny = (element: Element, selectors: string[] | undefined) => selectors !== undefined && selectors.some((selector) => element.matches(selector));

export function indexSelectors(selectors: readonly string[]): SelectorIndex {
  const tags = new Set<string>();
  const ids = new Set<string>();
  const classes = new Set<string>();
  const idPrefixes: string[] = [];
  const byClass = new Map<string, string[]>();
  const byAttribute = new Map<string, string[]>();
  const byTag = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, selector: string) => map.set(key, [...(map.get(key) ?? []), selector]);

  for (const selector of selectors) {
    let match: RegExpExecArray | null;
    if (SIMPLE_TAG.test(selector)) tags.add(selector);
    else if ((match = SIMPLE_ID.exec(selector))) ids.add(match[1]);
    else if ((match = SIMPLE_CLASS.exec(selector))) classes.add(match[1]);
    else if ((match = ID_PREFIX.exec(selector))) idPrefixes.push(match[1]);
    else if ((match = NEEDED_CLASS.exec(selector))) add(byClass, match[1], selector);
    else if ((match = NEEDED_ATTRIBUTE.exec(selector))) add(byAttribute, match[1], selector);
    else if ((match = NEEDED_TAG.exec(selector))) add(byTag, match[1], selector);
    else throw new Error(`Selector cannot be indexed: ${selector}`);
  }

  const attributeLists = [...byAttribute];
  // Asked of every element of the page, twice a read: nothing is allocated unless a compound selector may match.
  return {
    matches(element: Element, className = classOf(element)): boolean {
      const tag = element.localName.toLowerCase();
      if (tags.has(tag)) return true;
      const id = element.getAttribute('id');
      if (id && (ids.has(id) || idPrefixes.some((prefix) => id.startsWith(prefix)))) return true;
      const classNames = className ? className.split(/\s+/) : NO_CLASSES;
      if (classNames.some((name) => classes.has(name))) return true;
      return (
        matchesAny(element, byTag.get(tag)) ||
        classNames.some((name) => matchesAny(element, byClass.get(name))) ||
        attributeLists.some(([attribute, selectors]) => element.hasAttribute(attribute) && matchesAny(element, selectors))
      );
    },
  };
}
