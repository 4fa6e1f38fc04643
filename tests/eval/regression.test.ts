// Regression guard: Sift's mean F1 on a fixed stratified sample of WCXB dev pages, scored by the
// eval's own code, must not fall below the checked-in baseline (regenerate it on purpose with
// `npm run eval -- --write-baseline`, in the commit that improves the engine, figures in the message).
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_TYPES } from '../../scripts/eval/load-corpus';
import {
  OVERALL_TOLERANCE,
  readBaseline,
  regressionPages,
  scoreSift,
  TYPE_TOLERANCE,
  type Baseline,
} from '../../scripts/eval/regression';

const SCORING_TIMEOUT_MS = 120_000;

describe('extraction quality on the regression sample', () => {
  const baseline = readBaseline();
  let current: Baseline;

  beforeAll(() => {
    current = scoreSift(regressionPages());
  }, SCORING_TIMEOUT_MS);

  it('scores the same sample as the baseline', () => {
    expect(current.pages).toBe(baseline.pages);
  });

  it(`overall mean F1 is not more than ${OVERALL_TOLERANCE} below the baseline`, () => {
    expect(current.overall, `now ${current.overall}, baseline ${baseline.overall}`).toBeGreaterThanOrEqual(baseline.overall - OVERALL_TOLERANCE);
  });

  it.each(PAGE_TYPES)(`%s mean F1 is not more than ${TYPE_TOLERANCE} below the baseline`, (type) => {
    expect(current.byType[type], `now ${current.byType[type]}, baseline ${baseline.byType[type]}`).toBeGreaterThanOrEqual(
      baseline.byType[type] - TYPE_TOLERANCE,
    );
  });
});
