/**
 * THE one DOMPurify boundary: every piece of page HTML that reaches the overlay passes through here,
 * and nothing else in the repository parses HTML into the DOM.
 */
import DOMPurify from 'dompurify';

// A private instance, so hooks set here never touch other users of DOMPurify (and vice versa).
const purifier = DOMPurify(window);

// The overlay's own ids and classes (components/*, assets/overlay.css). Borrowed by page content,
// ".sift-root" alone is a fixed full-screen box that could lay a fake prompt over the reader.
const OVERLAY_NAME = /^sift-/i;

purifier.addHook('afterSanitizeAttributes', (node) => {
  for (const attribute of ['id', 'name']) {
    if (OVERLAY_NAME.test(node.getAttribute?.(attribute) ?? '')) node.removeAttribute(attribute);
  }
  const borrowed = [...(node.classList ?? [])].filter((token) => OVERLAY_NAME.test(token));
  if (borrowed.length > 0) node.classList.remove(...borrowed);
  if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
    // The overlay sits on top of the page: links open in a new tab, without opener access.
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
  if (node instanceof HTMLImageElement) {
    // Long articles may hold many images; only fetch what the reader scrolls to.
    node.setAttribute('loading', 'lazy');
    node.setAttribute('decoding', 'async');
  }
});

export function sanitizeArticle(html: string): DocumentFragment {
  return purifier.sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
    // Page styles, forms and embedded documents have no place in a reading view.
    FORBID_TAGS: ['style', 'script', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'select', 'textarea', 'link', 'meta', 'base'],
    FORBID_ATTR: ['style'],
    // The reader runs in the extension's isolated world, where the page's Trusted Types rules do not
    // govern DOM sinks; asking for a policy would only be a CSP violation on pages that allow none.
    TRUSTED_TYPES_POLICY: null,
  });
}
