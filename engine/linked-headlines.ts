/**
 * Headlines of other stories set in the body as paragraphs of their own, each one whole link ("Pizza
 * Man Making Special Delivery to Afghanistan", "Redesigned Scopes Fail to Stop Superbug Outbreaks"): a
 * news site's inline recirculation, between two paragraphs of the story. One such paragraph may be the
 * writer's ("Read the report"), a run of them is a list the site inserted.
 */
import { collapseSpace, tagOf } from './dom';

/** Linked paragraphs in a row that make a list of headlines rather than the writer's links. */
const MIN_RUN = 3;
/** A headline's length: words enough to name a story, short of a sentence's paragraph. */
const MIN_HEADLINE_WORDS = 3;
const MAX_HEADLINE_CHARS = 140;

/** A paragraph that is one link to another page, its text a headline's length. */
function isLinkedHeadline(paragraph: Element): boolean {
  if (tagOf(paragraph) !== 'p') return false;
  const link = paragraph.firstElementChild;
  if (link === null || tagOf(link) !== 'a' || link.nextElementSibling !== null || (link.getAttribute('href') ?? '#').startsWith('#')) return false;
  const text = collapseSpace(paragraph.textContent ?? '');
  return text === collapseSpace(link.textContent ?? '') && text.length <= MAX_HEADLINE_CHARS && text.split(' ').length >= MIN_HEADLINE_WORDS;
}

/** Removes each run of MIN_RUN or more linked headlines (see isLinkedHeadline) under root. */
export function removeLinkedHeadlineRuns(root: Element): void {
  const runs: Element[][] = [];
  let run: Element[] = [];
  let parent: Element | null = null;
  for (const paragraph of root.getElementsByTagName('p')) {
    if (!isLinkedHeadline(paragraph)) continue;
    const follows = run.length > 0 && paragraph.parentElement === parent && run[run.length - 1].nextElementSibling === paragraph;
    if (!follows) {
      if (run.length >= MIN_RUN) runs.push(run);
      run = [];
      parent = paragraph.parentElement;
    }
    run.push(paragraph);
  }
  if (run.length >= MIN_RUN) runs.push(run);
  for (const paragraphs of runs) for (const paragraph of paragraphs) paragraph.remove();
}
