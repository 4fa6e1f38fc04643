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

/**
 * What an element's class names ask of it: whether one is a selector of the index (`.name`), and the
 * selector lists (see matchesAny) of the compound selectors that need one of them.
 */
interface ClassVerdict {
  named: boolean;
  lists: string[];
}

/** Most elements have no class: they share this verdict rather than each splitting an empty string. */
const NO_CLASS_VERDICT: ClassVerdict = { named: false, lists: [] };
/** Distinct class attributes whose verdicts an index keeps; pages repeat a few thousand at most on all their elements. */
const MAX_CACHED_CLASS_NAMES = 10_000;

/**
 * True when the element matches a selector of the list, asked as one selector list: a Node DOM (linkedom)
 * compiles the selector at each call, and one list compiles in one go.
 */
const matchesAny = (element: Element, selectors: string | undefined) => selectors !== undefined && element.matches(selectors);

/** Each key's selectors as one selector list (see matchesAny). */
const asLists = (map: Map<string, string[]>) => new Map([...map].map(([key, selectors]) => [key, selectors.join(', ')]));

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

  const tagLists = asLists(byTag);
  const classLists = asLists(byClass);
  const attributeLists = [...asLists(byAttribute)];
  // What a class attribute's names ask, read once per distinct attribute (see ClassVerdict).
  const byClassName = new Map<string, ClassVerdict>();
  const classVerdict = (className: string): ClassVerdict => {
    let verdict = byClassName.get(className);
    if (verdict === undefined) {
      if (byClassName.size >= MAX_CACHED_CLASS_NAMES) byClassName.clear();
      const names = className.split(/\s+/);
      verdict = { named: names.some((name) => classes.has(name)), lists: names.map((name) => classLists.get(name)).filter((list) => list !== undefined) };
      byClassName.set(className, verdict);
    }
    return verdict;
  };
  // Asked of every element of the page, twice a read: nothing is allocated unless a compound selector may match.
  return {
    matches(element: Element, className = classOf(element)): boolean {
      const tag = element.localName.toLowerCase();
      if (tags.has(tag)) return true;
      const id = element.getAttribute('id');
      if (id && (ids.has(id) || idPrefixes.some((prefix) => id.startsWith(prefix)))) return true;
      const { named, lists } = className ? classVerdict(className) : NO_CLASS_VERDICT;
      if (named) return true;
      return (
        matchesAny(element, tagLists.get(tag)) ||
        lists.some((list) => matchesAny(element, list)) ||
        attributeLists.some(([attribute, selectors]) => element.hasAttribute(attribute) && matchesAny(element, selectors))
      );
    },
  };
}
