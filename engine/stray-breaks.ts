/**
 * Thematic breaks (<hr>) left with nothing to part once the clutter around them is gone: one before
 * any of the article's text or media, one after all of it, and one right after another (the ad, the
 * newsletter box or the related links that stood between two rules were removed). Each would show as a
 * stray line in the reader, and two of them as an empty box.
 */
import { TEXT_NODE, hasText, isElement, tagOf } from './dom';
import { MEDIA_TAGS } from './images';

export function removeStrayBreaks(root: Element): void {
  const stray: Element[] = [];
  /** The last break kept, and whether text or media came since it (or since the start). */
  let kept: Element | null = null;
  let contentSince = false;
  const visit = (parent: Node) => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) contentSince ||= hasText(child.nodeValue ?? '');
      if (!isElement(child)) continue;
      const tag = tagOf(child);
      if (tag === 'hr') {
        if (contentSince) kept = child;
        else stray.push(child);
        contentSince = false;
      } else if (MEDIA_TAGS.has(tag)) contentSince = true;
      else visit(child);
    }
  };
  visit(root);
  if (kept !== null && !contentSince) stray.push(kept);
  for (const rule of stray) rule.remove();
}
