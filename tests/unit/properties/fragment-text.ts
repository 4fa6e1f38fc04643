/** Serialising sanitiser output and reading text out of HTML, in the jsdom window (jsdom-globals). */

export const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

export function htmlOf(fragment: DocumentFragment): string {
  const holder = document.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}

export function textOfHtml(html: string): string {
  return new DOMParser().parseFromString(`<body>${html}`, 'text/html').body.textContent ?? '';
}

/**
 * A serialisation that ignores attribute order: the sanitiser's hook sets target/rel after DOMPurify
 * has dropped the page's own, so a second pass may reorder attributes without changing anything.
 */
export function canonicalHtml(node: Node): string {
  if (node.nodeType === 3) return (node.textContent ?? '').replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  if (node.nodeType === 8) return `<!--${node.textContent}-->`;
  const inner = [...node.childNodes].map(canonicalHtml).join('');
  if (node.nodeType !== 1) return inner;
  const element = node as Element;
  const attrs = [...element.attributes].map((a) => ` ${a.name}="${a.value}"`).sort().join('');
  return `<${element.localName}${attrs}>${inner}</${element.localName}>`;
}

// What components/sanitize.ts's hook adds to every link and image: not a change to the content.
const HOOK_ATTRIBUTES = new Set(['target', 'rel', 'loading', 'decoding']);

/** Canonical form without the attributes the sanitiser's hook sets on links and images. */
export function canonicalWithoutHookAttributes(node: Node): string {
  const copy = node.cloneNode(true);
  const strip = (n: Node) => {
    if (n.nodeType === 1) for (const name of HOOK_ATTRIBUTES) (n as Element).removeAttribute(name);
    n.childNodes.forEach(strip);
  };
  strip(copy);
  return canonicalHtml(copy);
}
