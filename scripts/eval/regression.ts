import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listWcxbPages, PAGE_TYPES, type PageType, type WcxbPage } from './load-corpus';
import { stratifiedSample } from './sample';
import { evaluateWcxbPage } from './score-page';
import { mean } from './stats';

/** About 200 pages, every type represented: enough to catch a regression, fast enough for CI. */
export const REGRESSION_SAMPLE_SIZE = 200;
export const BASELINE_PATH = fileURLToPath(new URL('../../tests/eval/baseline.json', import.meta.url));
/** A change fails the guard when it lowers the overall mean F1 by more than this... */
export const OVERALL_TOLERANCE = 0.005;
/** ...or any page type's mean F1 by more than this. */
export const TYPE_TOLERANCE = 0.01;

export interface Baseline {
  pages: number;
  overall: number;
  byType: Record<PageType, number>;
}

export function regressionPages(): WcxbPage[] {
  return stratifiedSample(listWcxbPages(), REGRESSION_SAMPLE_SIZE);
}

/** Sift's mean F1 on the sample, overall and per type, scored by the eval's own code. */
export function scoreSift(pages: WcxbPage[]): Baseline {
  const scored = pages.flatMap((page) => {
    const f1 = evaluateWcxbPage(page, ['sift']).systems.sift?.f1;
    return f1 == null ? [] : [{ type: page.type, f1 }];
  });
  const round = (value: number) => Math.round(value * 10_000) / 10_000;
  const byType = Object.fromEntries(
    PAGE_TYPES.map((type) => [type, round(mean(scored.filter((s) => s.type === type).map((s) => s.f1)))]),
  ) as Record<PageType, number>;
  return { pages: pages.length, overall: round(mean(scored.map((s) => s.f1))), byType };
}

export function readBaseline(): Baseline {
  return JSON.parse(readFileSync(BASELINE_PATH, 'utf8')) as Baseline;
}

export function writeBaseline(baseline: Baseline): void {
  writeFileSync(BASELINE_PATH, `${JSON.stringify(baseline, null, 2)}\n`);
}
