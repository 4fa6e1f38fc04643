/**
 * The lead image shown above the body. Choice (see types.ts): the body never repeats it, so when the
 * cleaned body already contains the page's lead image, `leadImage` is left out and the body shows it.
 */
import { textOf } from './dom';
import { largestFromSrcset } from './images';
import type { LeadImage } from './types';

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

/** The page's figure caption for the lead image, read from the live page without changing it. */
function captionOf(document: Document, key: string): string | undefined {
  for (const image of document.querySelectorAll('figure img')) {
    if (!sourcesOf(image).some((source) => imageKey(source) === key)) continue;
    const caption = image.closest('figure')?.querySelector('figcaption');
    return caption ? textOf(caption) || undefined : undefined;
  }
  return undefined;
}

export function leadImageFor(document: Document, body: Element, image: LeadImage | undefined): LeadImage | undefined {
  if (image === undefined) return undefined;
  const key = imageKey(image.src);
  const inBody = [...body.querySelectorAll('img')].some((img) => sourcesOf(img).some((source) => imageKey(source) === key));
  if (inBody) return undefined;
  const caption = captionOf(document, key);
  return caption ? { ...image, caption } : image;
}
