/**
 * WCXB's published metric, reproduced exactly so our figures compare with theirs: per page, the
 * lowercase bag of `\w+` words (Unicode letters, digits, underscore) of the prediction against the
 * reference, F1 of the multiset overlap. An empty reference scores 1 only for an empty prediction.
 */

const WORD = /[\p{L}\p{N}_]+/gu;

export interface WordScore {
  precision: number;
  recall: number;
  f1: number;
}

export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

function countWords(list: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of list) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

export function scoreWords(prediction: string, reference: string): WordScore {
  const predicted = words(prediction);
  const expected = words(reference);
  if (expected.length === 0) {
    // Precision and recall are undefined here; they follow F1 so means stay comparable.
    const score = predicted.length === 0 ? 1 : 0;
    return { precision: score, recall: score, f1: score };
  }
  if (predicted.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const expectedCounts = countWords(expected);
  let overlap = 0;
  for (const [word, count] of countWords(predicted)) {
    overlap += Math.min(count, expectedCounts.get(word) ?? 0);
  }
  if (overlap === 0) return { precision: 0, recall: 0, f1: 0 };
  const precision = overlap / predicted.length;
  const recall = overlap / expected.length;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

/** WCXB's snippet normalisation: whitespace collapsed, lowercase. */
export function normaliseForSnippets(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

export interface SnippetScore {
  /** `with` snippets (must appear) found in the output. */
  found: string[];
  /** `without` snippets (boilerplate) that leaked into the output. */
  leaked: string[];
}

export function scoreSnippets(prediction: string, withSnippets: string[], withoutSnippets: string[]): SnippetScore {
  const haystack = normaliseForSnippets(prediction);
  const present = (snippet: string) => {
    const needle = normaliseForSnippets(snippet);
    return needle.length > 0 && haystack.includes(needle);
  };
  return { found: withSnippets.filter(present), leaked: withoutSnippets.filter(present) };
}
