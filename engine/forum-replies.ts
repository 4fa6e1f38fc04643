/**
 * A forum thread whose replies the platform names comments (Vanilla, Drupal's forums) leaves the strict
 * pass, which skips comments, only the opening post. Readers' comments under an article are made
 * unlike the article (`entry-content` beside `comment-content`); a forum's replies are made like its
 * opening post, by the same template.
 */
import { threadOf } from './clutter';
import { alikeKey, firstClassOf } from './dom';

/**
 * The comment thread whose posts are made like the opening post, or null: a block on the way from the
 * post's best paragraph block (`winner`) up to the chosen block (`top`) has the tag and class of a block
 * inside a comment thread that does not hold the post.
 */
export function repliesTo(winner: Element, top: Element, page: Element): Element | null {
  for (let block: Element | null = winner; block !== null && top.contains(block); block = block.parentElement) {
    const firstClass = firstClassOf(block);
    if (firstClass === undefined) continue;
    const key = alikeKey(block);
    for (const other of page.getElementsByClassName(firstClass) as Iterable<Element>) {
      if (other === block || alikeKey(other) !== key || block.contains(other) || other.contains(block)) continue;
      const thread = threadOf(other);
      if (thread !== null && !thread.contains(block)) return thread;
    }
  }
  return null;
}
