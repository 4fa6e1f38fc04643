/**
 * DOM clobbering. A browser's form exposes its controls by their names and ids as its own properties,
 * and these win over the form's built-in members, in a content script's world as in the page's:
 * `<input name="parentElement">` makes the form's `parentElement` that input, so a walk up from inside
 * the form climbs back into it for ever and hangs the tab (`nextElementSibling` likewise), and
 * `localName`, `getAttribute` or `children` so named throw. The engine reads such members on every
 * element it walks; rather than read each through its prototype, a page whose forms shadow any is read
 * from a copy in which the shadowing controls lost the attribute that names them (readArticle asks every
 * page first; isArticlePage, on every page load, only a page it could not judge). The copy is the
 * document cloned, which no browser renders, loads or runs; the live page is never changed. It has no
 * shadow roots (cloning leaves them behind), a loss only on a page that also clobbers. Node DOMs
 * (linkedom, jsdom) expose no controls on forms, and most pages' forms shadow nothing: both are read in place.
 */
import { isElement } from './dom';

/** The elements a form exposes by name and id (the HTML standard's listed elements, and images). */
const EXPOSED_TAGS = ':is(button, fieldset, img, input, object, output, select, textarea)';
const NAMING_ATTRIBUTES = ['name', 'id'] as const;
/**
 * The members of elements the engine reads (tests/unit/conventions.test.ts finds each read in engine/ and
 * fails when one is missing here or listed but never read), less `id`, which it reads as an attribute:
 * shops name a cart form's control `id` (Shopify's product form). Only these are asked of a page's forms:
 * asking all 250-odd that an element has cost four times as much (0.05 against 0.012 ms at the median of
 * 30 WCXB pages in Chromium, warm).
 */
export const READ_MEMBERS = [
  'after', 'append', 'appendChild', 'before', 'childElementCount', 'childNodes', 'children', 'classList', 'cloneNode', 'closest',
  'compareDocumentPosition', 'contains', 'firstChild', 'firstElementChild', 'getAttribute', 'getAttributeNode', 'getElementsByClassName',
  'getElementsByTagName', 'hasAttribute', 'lastChild', 'lastElementChild', 'localName', 'matches', 'nextElementSibling', 'nextSibling',
  'nodeType', 'nodeValue', 'normalize', 'ownerDocument', 'parentElement', 'parentNode', 'prepend', 'previousElementSibling',
  'previousSibling', 'querySelector', 'querySelectorAll', 'remove', 'removeAttribute', 'removeChild', 'replaceWith', 'setAttribute',
  'shadowRoot', 'tagName', 'textContent', 'toString',
];

/**
 * Whether the form's own member `name` is a control so named or so identified (or a list of them). A
 * browser keeps no member of its own on an element but those; a Node DOM may keep its fields there
 * (linkedom's parentNode, localName, ownerDocument), which are no shadowing.
 */
function isShadowed(form: Element, name: string): boolean {
  if (!Object.hasOwn(form, name)) return false;
  const value = (form as unknown as Record<string, unknown>)[name];
  if (typeof value !== 'object' || value === null) return false;
  const control = isElement(value as Node) ? (value as Element) : ((value as ArrayLike<Node>)[0] ?? null);
  return isElement(control) && (control.getAttribute('name') === name || control.getAttribute('id') === name);
}

/** The members the engine reads that some form of the document has shadowed by a control's name or id. */
function shadowedMembers(document: Document): Set<string> {
  const shadowed = new Set<string>();
  for (const form of document.getElementsByTagName('form')) {
    for (const name of READ_MEMBERS) if (isShadowed(form, name)) shadowed.add(name);
  }
  return shadowed;
}

/**
 * The document, or a copy of it whose forms shadow none of the members the engine reads. The copy's
 * controls are found by selector: a member read on a copied form before its control is renamed would
 * stay shadowed, as a form remembers the names it was asked by (the HTML standard's past names map).
 */
export function unclobbered(document: Document): Document {
  const shadowed = shadowedMembers(document);
  if (shadowed.size === 0) return document;
  const copy = document.cloneNode(true) as Document;
  const named = [...shadowed].flatMap((name) => NAMING_ATTRIBUTES.map((attribute) => `[${attribute}="${name}"]`));
  for (const control of copy.querySelectorAll(`${EXPOSED_TAGS}:is(${named.join(', ')})`)) {
    for (const attribute of NAMING_ATTRIBUTES) if (shadowed.has(control.getAttribute(attribute) ?? '')) control.removeAttribute(attribute);
  }
  return copy;
}
