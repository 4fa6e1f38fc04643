import { isProbablyReaderable } from '@mozilla/readability';
import { isArticlePage } from '../../engine/index';
import type { SystemName } from './systems';

export interface Detection {
  article: boolean;
  ms: number;
}

/**
 * The toolbar-badge question, asked of Sift and of Readability's own cheap check; Defuddle has none.
 * Sift gets the page's address, which a browser's document carries and a linkedom one lacks.
 */
const DETECTORS: Partial<Record<SystemName, (document: Document, url: string) => boolean>> = {
  sift: isArticlePage,
  readability: (document) => isProbablyReaderable(document),
};

/**
 * Pages seen so far: the detectors take turns going first, as the first to walk a freshly parsed
 * linkedom page pays about 0.4 ms more (median) than the second, whichever detector it is.
 */
let pagesSeen = 0;

/** Both detectors are read-only, so they run on the shared parse before any extraction. */
export function detect(document: Document, url: string, systems: readonly SystemName[]): Partial<Record<SystemName, Detection>> {
  const results: Partial<Record<SystemName, Detection>> = {};
  const asked = systems.filter((system) => DETECTORS[system] !== undefined);
  const turn = pagesSeen++ % Math.max(1, asked.length);
  for (const system of [...asked.slice(turn), ...asked.slice(0, turn)]) {
    const detector = DETECTORS[system]!;
    const start = performance.now();
    let article = false;
    try {
      article = detector(document, url);
    } catch {
      // A detector that throws has not recognised an article; the badge would stay plain.
    }
    results[system] = { article, ms: performance.now() - start };
  }
  return results;
}
