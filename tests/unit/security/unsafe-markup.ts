/**
 * Finds markup that could run code, load a foreign document, or hijack the overlay, in a DOM tree
 * (the sanitiser's output). Returns one human-readable finding per problem, empty when clean.
 */

// Elements that must never reach the overlay, whatever their attributes.
const FORBIDDEN_ELEMENTS = new Set(['script', 'object', 'embed', 'base', 'meta', 'frame', 'frameset', 'applet', 'link']);

// Attributes whose value the browser may navigate to or fetch.
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data', 'cite', 'ping',
  'lowsrc', 'dynsrc', 'codebase', 'longdesc',
]);
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);
// SMIL elements can write any attribute later, after sanitising looked at it.
const SMIL_ELEMENTS = new Set(['animate', 'set', 'animatetransform', 'animatemotion', 'discard']);

// Schemes that run script or render attacker HTML in the page's origin. Images (data:image/png...)
// are fine; data: documents are not.
const DANGEROUS_URL = /^(javascript|vbscript|livescript):|^data:(text\/html|application\/xhtml|image\/svg|text\/xml|application\/xml|text\/javascript)/i;
const DANGEROUS_CSS = /expression\s*\(|javascript:|vbscript:|@import|behavior\s*:|-moz-binding/i;
// The overlay's own names: the host element, ids and classes in components/* and assets/overlay.css.
// Article content must not shadow them inside the overlay's shadow root (".sift-root" alone is a
// fixed full-screen box: an article element wearing it covers the reader with the page's content).
const OVERLAY_NAME = /^sift-/i;

/** What the browser sees: entities are already decoded by the parser; strip what URL parsing strips. */
function urlScheme(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
}

function decodeCssEscapes(css: string): string {
  return css.replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

function checkAttributes(element: Element, clobberable: (name: string) => boolean, overlayNamesAllowed: boolean, found: string[]): void {
  const tag = element.localName.toLowerCase();
  for (const attr of Array.from(element.attributes)) {
    const name = attr.name.toLowerCase();
    const value = attr.value;
    const where = `<${tag} ${name}="${value.slice(0, 80)}">`;
    if (name.startsWith('on')) found.push(`event handler ${where}`);
    if (URL_ATTRIBUTES.has(name) && DANGEROUS_URL.test(urlScheme(value))) found.push(`dangerous URL ${where}`);
    if (SRCSET_ATTRIBUTES.has(name) && value.split(',').some((c) => DANGEROUS_URL.test(urlScheme(c)))) {
      found.push(`dangerous srcset ${where}`);
    }
    if (name === 'style' && DANGEROUS_CSS.test(decodeCssEscapes(value))) found.push(`dangerous style ${where}`);
    if (name === 'srcdoc') found.push(`srcdoc ${where}`);
    if (name === 'shadowrootmode' || name === 'shadowroot') found.push(`declarative shadow root ${where}`);
    if ((name === 'id' || name === 'name') && ((!overlayNamesAllowed && OVERLAY_NAME.test(value)) || clobberable(value))) {
      found.push(`clobbering name ${where}`);
    }
    if (!overlayNamesAllowed && name === 'class' && value.split(/\s+/).some((token) => OVERLAY_NAME.test(token))) {
      found.push(`overlay class ${where}`);
    }
  }
  if (SMIL_ELEMENTS.has(tag)) {
    const target = (element.getAttribute('attributeName') ?? '').toLowerCase();
    const values = ['to', 'from', 'values', 'by'].map((a) => element.getAttribute(a) ?? '');
    if (/href$|^on/.test(target) || values.some((v) => DANGEROUS_URL.test(urlScheme(v)))) {
      found.push(`SMIL rewrite <${tag} attributeName="${target}">`);
    }
  }
  if (tag === 'use') {
    const href = element.getAttribute('href') ?? element.getAttribute('xlink:href') ?? '';
    if (href && !href.startsWith('#')) found.push(`external <use href="${href.slice(0, 80)}">`);
  }
  if (tag === 'a' || tag === 'area') {
    const target = element.getAttribute('target');
    const rel = (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (target && target !== '_self' && !rel.includes('noopener') && !rel.includes('noreferrer')) {
      found.push(`<${tag} target="${target}"> without rel=noopener`);
    }
    if (rel.includes('opener')) found.push(`<${tag} rel="opener">`);
  }
}

/**
 * `overlayNamesAllowed`: for the article as the overlay renders it, where sift-* ids and classes
 * are the overlay's own (heading anchors, say); page content is checked for them at the sanitiser.
 */
export function findUnsafeMarkup(root: Node, { overlayNamesAllowed = false } = {}): string[] {
  const found: string[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const form = doc.createElement('form');
  // DOMPurify's own test for clobbering: a name that shadows a document or form property.
  const clobberable = (name: string) => name in doc || name in form;

  const visit = (node: Node) => {
    if (node.nodeType === 1) {
      const element = node as Element;
      const tag = element.localName.toLowerCase();
      if (FORBIDDEN_ELEMENTS.has(tag)) found.push(`forbidden element <${tag}>`);
      if (tag === 'style' && DANGEROUS_CSS.test(decodeCssEscapes(element.textContent ?? ''))) {
        found.push(`dangerous <style>: ${element.textContent?.slice(0, 80)}`);
      }
      checkAttributes(element, clobberable, overlayNamesAllowed, found);
      // Template contents live in a separate fragment; a later clone would bring them to life.
      if (tag === 'template' && 'content' in element) visit((element as HTMLTemplateElement).content);
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return found;
}

/**
 * Scripts, styles and handlers in the engine's own HTML, before any sanitiser: Article.html promises
 * none, and the CLI prints it as is. Parsed by the global (jsdom) DOMParser.
 */
export function scriptsInEngineHtml(html: string): string[] {
  const body = new DOMParser().parseFromString(`<body>${html}`, 'text/html').body;
  const found = [...body.querySelectorAll('script, style')].map((e) => `<${e.localName}>`);
  for (const element of body.querySelectorAll('*')) {
    for (const attr of element.getAttributeNames()) if (attr.startsWith('on')) found.push(`${element.localName}[${attr}]`);
  }
  return found;
}
