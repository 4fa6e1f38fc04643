import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageType } from './load-corpus';
import type { ReadabilityRecord, WcxbRecord } from './score-page';
import type { SystemName } from './systems';
import { fixed, markdownTable } from './table';

/** Per-page results of the last run (git-ignored), for studying failures without re-running. */
export const RESULTS_PATH = fileURLToPath(new URL('../../.eval/results.json', import.meta.url));

export interface EvalResults {
  wcxb: WcxbRecord[];
  readability: ReadabilityRecord[];
}

export function writeResults(results: EvalResults): void {
  mkdirSync(dirname(RESULTS_PATH), { recursive: true });
  writeFileSync(RESULTS_PATH, JSON.stringify(results, null, 1));
}

export function readResults(): EvalResults {
  try {
    return JSON.parse(readFileSync(RESULTS_PATH, 'utf8')) as EvalResults;
  } catch {
    throw new Error(`no results at ${RESULTS_PATH}: run npm run eval first`);
  }
}

/** The pages where `system` scored lowest, with what is needed to open them. */
export function worstPages(results: EvalResults, system: SystemName, count: number, type?: PageType): string {
  const rows = results.wcxb
    .filter((r) => (!type || r.type === type) && r.systems[system]?.f1 != null)
    .sort((a, b) => a.systems[system]!.f1! - b.systems[system]!.f1!)
    .slice(0, count)
    .map((r) => {
      const s = r.systems[system]!;
      return [r.id, r.type, fixed(s.f1!), fixed(s.precision!), fixed(s.recall!), String(s.predictedWords), `${s.leaked.length}/${s.withoutTotal}`, r.htmlPath, r.url];
    });
  if (rows.length === 0) return `no ${type ?? ''} pages scored for ${system} in ${RESULTS_PATH}`;
  return markdownTable(['id', 'type', 'F1', 'precision', 'recall', 'words out', 'leaked', 'page', 'url'], rows);
}
