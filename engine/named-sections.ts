/**
 * A service's or a product's landing page is often built of sections its page builder names after a
 * promotion, a call to action or the in-page menu that scrolls to them (`promo`, `cta-banner`,
 * `navSource`): each one alone is small, and the rule set's names would remove them one by one until
 * nothing is left but the hero. Blocks named as clutter that share a class name and together hold most
 * of the content, in prose rather than links, are the page's sections.
 */
import { isCommentBlock } from './clutter';
import { HEADING_TAGS, charCount, classOf, closestTag } from './dom';
import { countWords } from './word-count';

/** Blocks sharing a name that hold this share of the content are the content (as one block would be, see clean.ts). */
const MIN_SECTIONS_SHARE = 0.5;
/**
 * A menu is many short links, a grid of product cards a linked name, a price and buttons; sections are
 * text, with a "Find out more" link each or each wholly a link: this many characters per link at least.
 */
const MIN_CHARS_PER_LINK = 150;

/** A link this short standing on its own line in a section ("Learn more", "Get started") is its call to action's button. */
const MAX_BUTTON_WORDS = 3;
/** Where a short link is words of the text, not a button: inside a paragraph, a list item, a heading or a table cell. */
const TEXT_TAGS = new Set(['p', 'li', 'td', 'th', 'dd', 'blockquote', ...HEADING_TAGS]);

/** The buttons of a section found by sectionsNamedAlike: the name that marked it is the call to action's, and they are what it calls. */
export function sectionButtons(section: Element): Element[] {
  return [...section.querySelectorAll('a[href]')].filter((link) => {
    const words = countWords(link.textContent ?? '');
    return words > 0 && words <= MAX_BUTTON_WORDS && closestTag(link, TEXT_TAGS) === null;
  });
}

/** The blocks of `named` (blocks named as clutter under a root holding `rootChars`) that are the page's sections. */
export function sectionsNamedAlike(named: Element[], rootChars: number): Set<Element> {
  const byName = new Map<string, Element[]>();
  for (const block of named) {
    // Readers' comments are alike too, and can outweigh a short post: they are never the page's sections.
    if (isCommentBlock(block)) continue;
    for (const name of new Set((classOf(block) ?? '').split(/\s+/))) {
      if (name === '') continue;
      const blocks = byName.get(name);
      if (blocks) blocks.push(block);
      else byName.set(name, [block]);
    }
  }
  const sections = new Set<Element>();
  for (const blocks of byName.values()) {
    if (blocks.length < 2) continue;
    let chars = 0;
    let links = 0;
    for (const block of blocks) {
      chars += charCount(block.textContent ?? '');
      // A card that is wholly a link counts as one.
      links += block.querySelectorAll('a[href]').length + (block.closest('a[href]') === null ? 0 : 1);
    }
    if (chars > rootChars * MIN_SECTIONS_SHARE && chars >= links * MIN_CHARS_PER_LINK) for (const block of blocks) sections.add(block);
  }
  return sections;
}
