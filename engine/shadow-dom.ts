/**
 * Content inside shadow roots: open shadow roots of the live page (element.shadowRoot) and declarative
 * shadow DOM that a parser left as `<template shadowrootmode>` (linkedom, jsdom, DOMParser). Neither is
 * reached by querySelectorAll or copied by cloneNode, so a page that renders its article in a web
 * component would read as empty. When a page has any, the engine reads a composed copy instead: each
 * host's shadow tree in place of its children, each <slot> replaced by the host children assigned to
 * it, as the browser renders them. The copy then goes through the same cleaning and sanitiser as any page.
 */
import { SHOW_ELEMENT, inertDocumentFor, isElement, tagOf } from './dom';

/** A shadow tree being copied: its host, and the tree the host itself sits in (undefined: the document). */
interface Scope {
  host: Element;
  outer: Scope | undefined;
}

interface Task {
  node: Node;
  parent: Node;
  scope: Scope | undefined;
}

/** `<template shadowrootmode>` (or the older `shadowroot`) left by a parser: shown content, unlike other templates. */
export function isDeclarativeShadowRoot(element: Element): boolean {
  return tagOf(element) === 'template' && (element.hasAttribute('shadowrootmode') || element.hasAttribute('shadowroot'));
}

/** A `<template shadowrootmode>` child: declarative shadow DOM not attached by the parser. */
function declarativeRoot(element: Element): HTMLTemplateElement | undefined {
  for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (isDeclarativeShadowRoot(child)) return child as HTMLTemplateElement;
  }
  return undefined;
}

/**
 * The nodes of the element's shadow tree, if it has one. A browser's parser keeps a template's nodes in
 * its `content`; linkedom leaves them as its children, and builds `content` as a copy of them on first
 * use, a copy of every node that the composed copy would then copy again: the children are read instead.
 */
function shadowChildren(element: Element): NodeListOf<ChildNode> | undefined {
  const template = element.shadowRoot === null ? declarativeRoot(element) : undefined;
  if (template === undefined) return element.shadowRoot?.childNodes;
  return template.firstChild !== null ? template.childNodes : (template.content ?? template).childNodes;
}

/** The host's children a slot shows: by the browser's own assignment when live, else by slot name. */
function assignedTo(slot: Element, host: Element): Node[] {
  if (host.shadowRoot !== null && 'assignedNodes' in slot) return (slot as HTMLSlotElement).assignedNodes();
  const name = slot.getAttribute('name') ?? '';
  const template = declarativeRoot(host);
  return [...host.childNodes].filter((node) => {
    if (node === template) return false;
    return isElement(node) ? (node.getAttribute('slot') ?? '') === name : name === '';
  });
}

/** What attachShadow accepts (the DOM standard): these elements, and custom elements (a hyphen in the name). */
const SHADOW_HOST_TAGS = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span',
]);

/**
 * Whether the page has shadow content, asked of every page in one walk over its elements; `shadowRoot`,
 * a lookup a browser charges for, only of the elements that can host one.
 */
function hasShadowContent(page: Element): boolean {
  const walker = page.ownerDocument.createTreeWalker(page, SHOW_ELEMENT);
  for (let node: Node | null = page; node !== null; node = walker.nextNode()) {
    const element = node as Element;
    const tag = tagOf(element);
    if (tag === 'template' ? isDeclarativeShadowRoot(element) : (SHADOW_HOST_TAGS.has(tag) || tag.includes('-')) && element.shadowRoot !== null) return true;
  }
  return false;
}

/**
 * The page's root with shadow trees composed in, or null when the page has none (most pages: they are
 * read in place). Iterative, so deep nesting cannot overflow the stack. The copy lives in an inert
 * document (see dom.ts's inertDocumentFor).
 */
export function composedPage(document: Document, page: Element): Element | null {
  if (!hasShadowContent(page)) return null;
  const target = inertDocumentFor(document);
  const root = target.importNode(page, false);
  const tasks: Task[] = [];
  const pushChildren = (nodes: ArrayLike<Node>, parent: Node, scope: Scope | undefined) => {
    for (let i = nodes.length - 1; i >= 0; i--) tasks.push({ node: nodes[i], parent, scope });
  };
  pushChildren(page.childNodes, root, undefined);
  for (let task = tasks.pop(); task !== undefined; task = tasks.pop()) {
    const { node, parent, scope } = task;
    if (!isElement(node)) {
      parent.appendChild(target.importNode(node, false));
      continue;
    }
    if (tagOf(node) === 'slot' && scope !== undefined) {
      const assigned = assignedTo(node, scope.host);
      // Assigned children belong to the host's tree; a slot with none shows its own fallback content.
      if (assigned.length > 0) pushChildren(assigned, parent, scope.outer);
      else pushChildren(node.childNodes, parent, scope);
      continue;
    }
    const copy = parent.appendChild(target.importNode(node, false));
    const shadow = shadowChildren(node);
    if (shadow) pushChildren(shadow, copy, { host: node, outer: scope });
    // A plain <template> is inert markup, never shown: it stays empty (cleaning drops it anyway).
    else if (tagOf(node) !== 'template') pushChildren(node.childNodes, copy, scope);
  }
  return root;
}
