/**
 * An author card laid out as the article's last paragraphs rather than as one box: the author's
 * portrait alone in its block, a line that opens with the name the portrait's alternative text gives
 * (set apart in bold, a link or a heading), then the bio ("Tim Green, Independent Technology Writer /
 * Tim explores the intersections of..."). The reader shows the byline above the article, and the bio
 * says nothing about its subject. The trailing walk (trim-tail.ts) drops it from the portrait on.
 */
import { HEADING_TAGS, charCount, collapseSpace, hasText, tagOf, textNodes } from './dom';
import { AUTHOR_BOX } from './rules';

/** An author card is a few blocks (portrait, name, a bio's paragraphs, contacts): the walk back reads no more. */
const MAX_CARD_BLOCKS = 8;
/** A name is two words or more (first and last name): one word in an alt text is any picture's. */
const MIN_NAME_WORDS = 2;
/** Where the name line sets the name apart: the card's name in bold, a link to the author's page, or a heading. */
const NAME_TAGS: ReadonlySet<string> = new Set(['strong', 'b', 'a', ...HEADING_TAGS]);

const asName = (text: string) => collapseSpace(text).toLowerCase();

/**
 * The name a block's only picture gives, when the block shows that picture and no text; else null. A
 * picture that links to a page is a teaser card's (a show's, a post's), not a portrait.
 */
function portraitName(block: Element): string | null {
  if (hasText(block.textContent ?? '')) return null;
  const images = tagOf(block) === 'img' ? [block] : [...block.querySelectorAll('img')];
  if (images.length !== 1 || images[0].closest('a[href]') !== null) return null;
  const name = asName(images[0].getAttribute('alt') ?? '');
  return name.split(' ').length >= MIN_NAME_WORDS ? name : null;
}

/** True when the line is short and opens with `name` set apart (see NAME_TAGS). */
function opensWithName(line: Element, name: string): boolean {
  if (charCount(line.textContent ?? '') > AUTHOR_BOX.maxWriterHeadingChars) return false;
  const first = textNodes(line).find((text) => hasText(text.nodeValue ?? ''));
  for (let element = first?.parentElement ?? null; element !== null; element = element === line ? null : element.parentElement) {
    if (NAME_TAGS.has(tagOf(element)) && asName(element.textContent ?? '') === name) return true;
  }
  return false;
}

/**
 * The portrait that opens an author card ending with `last` (see the module's comment), or null: the
 * card is no longer than a bio box nor MAX_CARD_BLOCKS, and holds a bio after its name line.
 */
export function portraitCardStart(last: Element): Element | null {
  let chars = 0;
  for (let block: Element | null = last, blocks = 0; block !== null && blocks < MAX_CARD_BLOCKS; block = block.previousElementSibling, blocks++) {
    chars += charCount(block.textContent ?? '');
    if (chars > AUTHOR_BOX.maxChars) return null;
    const nameLine = block.nextElementSibling;
    const name = portraitName(block);
    if (name !== null && nameLine !== null && nameLine !== last && opensWithName(nameLine, name)) return block;
  }
  return null;
}
