import { isProbablyReaderable } from '@mozilla/readability';
import { isArticlePage } from '../../engine/index';
import type { SystemName } from './systems';

export interface Detection {
  article: boolean;
  ms: number;
}

/** The toolbar-badge question, asked of Sift and of Readability's own cheap check; Defuddle has none. */
const DETECTORS: Partial<Record<SystemName, (document: Document) => boolean>> = {
  sift: isArticlePage,
  readability: (document) => isProbablyReaderable(document),
};

/** Both detectors are read-only, so they run on the shared parse before any extraction. */
export function detect(document: Document, systems: readonly SystemName[]): Partial<Record<SystemName, Detection>> {
  const results: Partial<Record<SystemName, Detection>> = {};
  for (const system of systems) {
    const detector = DETECTORS[system];
    if (!detector) continue;
    const start = performance.now();
    let article = false;
    try {
      article = detector(document);
    } catch {
      // A detector that throws has not recognised an article; the badge would stay plain.
    }
    results[system] = { article, ms: performance.now() - start };
  }
  return results;
}
