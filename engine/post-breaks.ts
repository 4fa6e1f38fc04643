/**
 * A thread's posts (a forum's replies, a Q&A page's answers) are read one after another; once the
 * cleaning has taken out each poster's card, votes and links, nothing would show where one post ends and
 * the next begins ("Try Remastersys." straight after the previous answer's code). Each post opens with a
 * rule (<hr>), as the reader shows a thematic break: the first rule, with nothing above it, is dropped
 * by removeStrayBreaks.
 * The posts are the outermost run of sibling blocks made by one template: the same tag and first class
 * (`answer` beside `answer accepted-answer`, phpBB's `post bg1` and `post bg2`), together holding most of
 * the thread's text. Asked only of a thread: a page that states a discussion (JSON-LD or microdata), or
 * whose content is a comment thread; elsewhere alike blocks are the sections of one text.
 */
import { charCount, firstClassOf, holdsOnlyInline } from './dom';

/** The posts hold at least this share of the content's text: a few alike blocks inside one post are its own layout. */
const MIN_POSTS_SHARE = 0.5;
/** A post says something: a block shorter than this is a poster's line or a button left over. */
const MIN_POST_CHARS = 20;
/** What a template's blocks share: the tag and the first class, or null for a block without a class. */
function templateKey(element: Element): string | null {
  const firstClass = firstClassOf(element);
  return firstClass === undefined ? null : `${element.localName} ${firstClass}`;
}

/** The outermost blocks of the first run of alike siblings that holds MIN_POSTS_SHARE of the text, or none. */
function postsOf(root: Element): Element[] {
  const needed = charCount(root.textContent ?? '') * MIN_POSTS_SHARE;
  const queue: Element[] = [root];
  for (let parent = queue.shift(); parent !== undefined; parent = queue.shift()) {
    const groups = new Map<string, { posts: Element[]; chars: number }>();
    for (const child of parent.children) {
      const chars = charCount(child.textContent ?? '');
      // Only a block that could still hold enough posts is looked into.
      if (chars >= needed) queue.push(child);
      const key = templateKey(child);
      // A post holds blocks (its body, its paragraphs); alike blocks of phrasing alone are the lines of
      // one post (a word processor's `p.MsoNormal` pasted into it), not posts.
      if (key === null || chars < MIN_POST_CHARS || holdsOnlyInline(child)) continue;
      const group = groups.get(key) ?? { posts: [], chars: 0 };
      group.posts.push(child);
      group.chars += chars;
      groups.set(key, group);
    }
    for (const { posts, chars } of groups.values()) if (posts.length > 1 && chars >= needed) return posts;
  }
  return [];
}

/** Opens each post of the thread in `root` with a rule. */
export function breakBetweenPosts(root: Element): void {
  for (const post of postsOf(root)) post.before(post.ownerDocument.createElement('hr'));
}
