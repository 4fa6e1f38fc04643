/**
 * The lead image shown above the body. Choice (see types.ts): the body never repeats it, so when the
 * cleaned body already contains the page's lead image, `leadImage` is left out and the body shows it.
 */
import { textOf } from './dom';
import { largestFromSrcset } from './images';
import type { LeadImage } from './types';
import { safeUrl } from './urls';

/** Identifies one image across its resized copies: file name without WordPress-style `-768x512` sizes. */
function imageKey(url: string): string {
  const file = url.split(/[?#]/)[0].split('/').pop() ?? '';
  return file.replace(/-\d+x\d+(?=\.\w+$)/, '').replace(/\.\w+$/, '').toLowerCase();
}

function sourcesOf(image: Element): string[] {
  return ['src', 'data-src', 'data-lazy-src', 'data-original', 'srcset', 'data-srcset']
    .map((name) => image.getAttribute(name) ?? '')
    .map((value) => (value.includes(' ') ? largestFromSrcset(value) ?? '' : value))
    .filter((value) => value !== '' && !value.startsWith('data:'));
}

/**
 * The page's own figure showing the lead image, read from the live page without changing it: its
 * source is the copy the page already loads (og:image often names a CDN or canonical host the reader's
 * browser never fetched), and its caption goes with it.
 */
function pageFigureOf(document: Document, key: string, baseUrl: string | undefined): Partial<LeadImage> {
  // Figures first, then their images, by tag name: a descendant selector ("figure img") tests every image's
  // ancestors in linkedom, and any selector is compiled and matched against every element.
  for (const figure of document.getElementsByTagName('figure')) {
    for (const image of figure.getElementsByTagName('img')) {
      const source = sourcesOf(image).find((candidate) => imageKey(candidate) === key);
      if (source === undefined) continue;
      const caption = image.closest('figure')?.querySelector('figcaption');
      return { src: safeUrl(source, baseUrl), caption: caption ? textOf(caption) || undefined : undefined };
    }
  }
  return {};
}

export function leadImageFor(
  document: Document,
  body: Element,
  image: LeadImage | undefined,
  baseUrl: string | undefined,
): LeadImage | undefined {
  if (image === undefined) return undefined;
  const key = imageKey(image.src);
  const inBody = [...body.getElementsByTagName('img')].some((img) => sourcesOf(img).some((source) => imageKey(source) === key));
  if (inBody) return undefined;
  const figure = pageFigureOf(document, key, baseUrl);
  return { ...image, src: figure.src ?? image.src, ...(figure.caption && { caption: figure.caption }) };
}
