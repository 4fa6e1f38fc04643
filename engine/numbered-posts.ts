/**
 * Forum software gives each post an anchor id made of one name and the post's number (`js-post-123`,
 * `post_message_123`, `elComment_123`), so that a link can point at it, however differently it classes the posts (the
 * opening post, a moderator's reply, the thread starter's) and wherever its template puts them (the
 * opening post in a block of its own above the block of replies). A thread's first post is often long
 * and its replies short: the best-scoring block is then the first post alone, or the replies alone.
 */
import { PAGE_ROOTS } from './widen';
import { tagOf } from './dom';

/** A name (letters, then dashes or underscores) and a number: an anchor. */
const NUMBERED_ID = /^([a-z][a-z_-]*?)[-_]?\d+$/i;
/**
 * The names forum engines give posts' anchors (`js-post-`, `post_message_`, `elComment_`, `answer-`):
 * a page builder numbers its rows, columns and modules too (`tdi_68`, `row-12`), which are no posts.
 */
const POST_NAME = /post|message|msg|comment|answer|reply/i;
/**
 * A Q&A engine names its question's block for what it is, without a number, above the block of its
 * numbered answers (Stack Exchange: `#question`, then `#answers` of `answer-123`'s): the question is the
 * thread's opening post.
 */
const QUESTION = '#question';
/** Fewer posts so named than this are no thread (an article's two numbered sections, a story and its print copy). */
const MIN_POSTS = 3;
/** How far above the best block its post is looked for: forum software nests a post's text deep in its card (nine levels on XenForo). */
const POST_LEVELS = 10;

/** The deepest element holding all of `elements`. */
function commonAncestor(elements: Element[]): Element | null {
  let ancestor: Element | null = elements[0];
  while (ancestor !== null && !elements.every((element) => ancestor!.contains(element))) ancestor = ancestor.parentElement;
  return ancestor;
}

/**
 * The block holding every post of the thread that `winner` (the best-scoring block, or one of the best
 * blocks `top` holds when widening left the winner outside it) is a post of, when it holds more than `top`
 * (the chosen block) does; else null. A post is an ancestor of `winner` whose id
 * is a name and a number that names a post (see NUMBERED_ID and POST_NAME), and the thread's other
 * posts are the page's elements of its tag whose ids are that name and other numbers.
 */
export function threadOfPosts(winner: Element, top: Element, page: Element): Element | null {
  let post: Element | null = winner;
  for (let level = 0; post !== null && level < POST_LEVELS && !PAGE_ROOTS.has(tagOf(post)); level++, post = post.parentElement) {
    const name = NUMBERED_ID.exec(post.getAttribute('id') ?? '')?.[1];
    if (name === undefined || !POST_NAME.test(name)) continue;
    const numbered = new RegExp(`^${name}[-_]?\\d+$`);
    const posts = [...page.getElementsByTagName(post.localName)].filter((other) => numbered.test(other.getAttribute('id') ?? ''));
    // A question with its answers is a thread however few they are.
    const question = page.querySelector(QUESTION);
    const asked = question !== null && !posts.some((other) => other.contains(question) || question.contains(other));
    if (asked) posts.push(question);
    // A blog's post (WordPress's `post-123`) holds the page's headline; a thread's reply never does, though
    // some themes print the thread's title in its opening post (XenForo's California).
    const headline = page.querySelector('h1');
    if (posts.length < (asked ? 2 : MIN_POSTS) || (headline !== null && post.contains(headline))) return null;
    const thread = commonAncestor(posts);
    return thread !== null && !PAGE_ROOTS.has(tagOf(thread)) && !top.contains(thread) ? thread : null;
  }
  return null;
}
