/**
 * A forum post's preview card of a page it links (Discourse's onebox, XenForo's unfurl): the linked site's
 * name and icon, its picture and its own blurb, which the forum fetched, not what the poster wrote.
 */
import { HEADINGS } from './dom';

const LINK_CARDS = 'aside.onebox, .bbCodeBlock--unfurl';

/**
 * Replaces each link card by its title (the linked page's, a link to it), on a line of its own: it says
 * what the post points to. A card without a heading is left whole.
 */
export function reduceLinkCards(root: Element): void {
  for (const card of [...root.querySelectorAll(LINK_CARDS)]) {
    const title = card.querySelector(HEADINGS);
    if (title === null) continue;
    const line = root.ownerDocument.createElement('p');
    line.append(...title.childNodes);
    card.replaceWith(line);
  }
}
