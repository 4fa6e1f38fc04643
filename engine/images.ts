/**
 * Gives lazy images their real source, on the clone only: `data-src` and friends, `data-srcset` and
 * `srcset`, `<picture>` sources, and `<noscript>` fallbacks (parsed as elements by linkedom, kept as
 * text by browsers with scripting on, so both are read).
 */
import { hasText, isElement, tagOf } from './dom';

/** Attributes lazy-loading scripts keep the real source in, most common first. */
const LAZY_SOURCE_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-lazyload', 'data-url', 'data-hi-res-src', 'data-full-src'];
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset'];
/** A source that only holds the place of the real one. */
const PLACEHOLDER_SOURCE = /^data:|placeholder|blank\.(?:gif|png)|spacer|pixel\.(?:gif|png)|lazy[-_]?load|grey\.gif|transparent/i;
/** An image no larger than this in either stated dimension is a tracker or a spacer, not content. */
const MAX_TRACKER_PIXELS = 2;
const NOSCRIPT_IMAGE_SOURCE = /<img\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)/i;

/** The largest candidate of a srcset (by width or density descriptor). */
export function largestFromSrcset(srcset: string): string | undefined {
  let best: string | undefined;
  let bestSize = -1;
  for (const candidate of srcset.split(/,\s+/)) {
    const [url, descriptor = '1x'] = candidate.trim().split(/\s+/);
    const size = parseFloat(descriptor) * (descriptor.endsWith('x') ? 1000 : 1);
    if (url && (Number.isNaN(size) ? 0 : size) > bestSize) [best, bestSize] = [url, Number.isNaN(size) ? 0 : size];
  }
  return best;
}

function isPlaceholder(source: string | null): boolean {
  return source === null || source.trim() === '' || PLACEHOLDER_SOURCE.test(source);
}

function realSource(image: Element): string | undefined {
  for (const name of LAZY_SOURCE_ATTRIBUTES) {
    const value = image.getAttribute(name);
    if (value && !isPlaceholder(value)) return value;
  }
  for (const name of [...LAZY_SRCSET_ATTRIBUTES, 'srcset']) {
    const value = image.getAttribute(name);
    const best = value ? largestFromSrcset(value) : undefined;
    if (best && !isPlaceholder(best)) return best;
  }
  const picture = image.parentElement;
  if (picture && tagOf(picture) === 'picture') {
    for (const source of picture.querySelectorAll('source')) {
      const best = largestFromSrcset(source.getAttribute('srcset') ?? source.getAttribute('data-srcset') ?? '');
      if (best && !isPlaceholder(best)) return best;
    }
  }
  return undefined;
}

function noscriptSource(noscript: Element): string | undefined {
  const image = noscript.querySelector('img');
  if (image) return image.getAttribute('src') ?? realSource(image);
  return NOSCRIPT_IMAGE_SOURCE.exec(noscript.textContent ?? '')?.[1];
}

function isTracker(image: Element): boolean {
  const width = Number(image.getAttribute('width'));
  const height = Number(image.getAttribute('height'));
  return (image.hasAttribute('width') && width <= MAX_TRACKER_PIXELS) || (image.hasAttribute('height') && height <= MAX_TRACKER_PIXELS);
}

/** Resolves every image under `root` (a detached clone) in place; images without a real source go. */
export function resolveImages(root: Element): void {
  for (const noscript of [...root.getElementsByTagName('noscript')]) {
    const source = noscriptSource(noscript);
    const previous = noscript.previousElementSibling;
    const placeholder = previous && tagOf(previous) === 'img' ? previous : noscript.parentElement?.querySelector('img');
    if (source && placeholder && isPlaceholder(placeholder.getAttribute('src')) && !realSource(placeholder)) {
      placeholder.setAttribute('src', source);
    } else if (source && !placeholder) {
      const image = noscript.ownerDocument.createElement('img');
      image.setAttribute('src', source);
      image.setAttribute('alt', noscript.querySelector('img')?.getAttribute('alt') ?? '');
      noscript.replaceWith(image);
      continue;
    }
    noscript.remove();
  }
  for (const image of [...root.getElementsByTagName('img')]) {
    const lazy = realSource(image);
    if (isPlaceholder(image.getAttribute('src')) && lazy) image.setAttribute('src', lazy);
    if (isPlaceholder(image.getAttribute('src')) || isTracker(image)) image.remove();
  }
}

/** Elements that show something without text: pictures, players, embeds. */
export const MEDIA_TAGS: ReadonlySet<string> = new Set(['img', 'picture', 'video', 'audio', 'iframe']);
const MEDIA = [...MEDIA_TAGS].join(', ');

/** True when the node is an image or holds one (used to keep figures that have no text). */
export function hasMedia(node: Node): boolean {
  return isElement(node) && (MEDIA_TAGS.has(tagOf(node)) || node.querySelector(MEDIA) !== null);
}

/** True when the node shows something: text, or media (see hasMedia). */
export const hasContent = (node: Node): boolean => hasText(node.textContent ?? '') || hasMedia(node);
