import { PAGE_TYPES, type PageType } from './load-corpus';
import type { ReadabilityRecord, SystemRecord, WcxbRecord } from './score-page';
import { mean, median, quantile } from './stats';
import type { SystemName } from './systems';

export interface QualitySummary {
  pages: number;
  f1: number;
  f1ByType: Record<PageType, number>;
  precision: number;
  recall: number;
  leaked: number;
  withFound: number;
  empty: number;
  errors: number;
  medianMs: number;
  p95Ms: number;
}

const ratio = (part: number, whole: number) => (whole === 0 ? NaN : part / whole);
const sum = (values: number[]) => values.reduce((total, v) => total + v, 0);

function recordsOf(records: WcxbRecord[], system: SystemName): { type: PageType; r: SystemRecord }[] {
  return records.flatMap((record) => (record.systems[system] ? [{ type: record.type, r: record.systems[system]! }] : []));
}

export function summariseQuality(records: WcxbRecord[], system: SystemName): QualitySummary {
  const rows = recordsOf(records, system);
  const scored = rows.filter(({ r }) => r.f1 !== null);
  const f1ByType = Object.fromEntries(
    PAGE_TYPES.map((type) => [type, mean(scored.filter((row) => row.type === type).map(({ r }) => r.f1!))]),
  ) as Record<PageType, number>;
  return {
    pages: rows.length,
    f1: mean(scored.map(({ r }) => r.f1!)),
    f1ByType,
    precision: mean(scored.map(({ r }) => r.precision!)),
    recall: mean(scored.map(({ r }) => r.recall!)),
    leaked: ratio(sum(rows.map(({ r }) => r.leaked.length)), sum(rows.map(({ r }) => r.withoutTotal))),
    withFound: ratio(sum(rows.map(({ r }) => r.withFound)), sum(rows.map(({ r }) => r.withTotal))),
    empty: rows.filter(({ r }) => r.empty).length,
    errors: rows.filter(({ r }) => r.error !== undefined).length,
    medianMs: median(rows.map(({ r }) => r.ms)),
    p95Ms: quantile(rows.map(({ r }) => r.ms), 0.95),
  };
}

/** Detection as the toolbar badge sees it: an article (or documentation) page should be marked, others not. */
const POSITIVE_TYPES: PageType[] = ['article', 'documentation'];
const NEGATIVE_TYPES: PageType[] = ['product', 'collection', 'listing', 'service'];

export interface DetectionSummary {
  precision: number;
  recall: number;
  /** Forum pages are neither: reported apart as the share marked. */
  forumMarked: number;
  readabilityPrecision: number;
  readabilityRecall: number;
  medianMs: number;
  pages: number;
}

function precisionRecall(cases: { expected: boolean; marked: boolean }[]) {
  const tp = cases.filter((c) => c.expected && c.marked).length;
  return {
    precision: ratio(tp, cases.filter((c) => c.marked).length),
    recall: ratio(tp, cases.filter((c) => c.expected).length),
  };
}

export function summariseDetection(wcxb: WcxbRecord[], readability: ReadabilityRecord[], system: SystemName): DetectionSummary {
  const judged = wcxb.filter((r) => r.detection[system]);
  const typed = judged
    .filter((r) => POSITIVE_TYPES.includes(r.type) || NEGATIVE_TYPES.includes(r.type))
    .map((r) => ({ expected: POSITIVE_TYPES.includes(r.type), marked: r.detection[system]!.article }));
  const forum = judged.filter((r) => r.type === 'forum');
  const flagged = readability
    .filter((r) => r.detection[system])
    .map((r) => ({ expected: r.readerable, marked: r.detection[system]!.article }));
  const onWcxb = precisionRecall(typed);
  const onReadability = precisionRecall(flagged);
  const costs = [...judged, ...readability].flatMap((r) => (r.detection[system] ? [r.detection[system]!.ms] : []));
  return {
    precision: onWcxb.precision,
    recall: onWcxb.recall,
    forumMarked: ratio(forum.filter((r) => r.detection[system]!.article).length, forum.length),
    readabilityPrecision: onReadability.precision,
    readabilityRecall: onReadability.recall,
    medianMs: median(costs),
    pages: costs.length,
  };
}

export interface MetadataSummary {
  wcxb: { title: number; byline: number; date: number };
  readability: { title: number; byline: number; date: number };
  counts: { wcxb: { title: number; byline: number; date: number }; readability: { title: number; byline: number; date: number } };
}

type Scores = { title: boolean | null; byline: boolean | null; date: boolean | null };

function accuracy(scores: Scores[]) {
  const field = (key: keyof Scores) => {
    const known = scores.map((s) => s[key]).filter((v): v is boolean => v !== null);
    return { share: ratio(known.filter(Boolean).length, known.length), count: known.length };
  };
  const [title, byline, date] = (['title', 'byline', 'date'] as const).map(field);
  return { shares: { title: title.share, byline: byline.share, date: date.share }, counts: { title: title.count, byline: byline.count, date: date.count } };
}

export function summariseMetadata(wcxb: WcxbRecord[], readability: ReadabilityRecord[], system: SystemName): MetadataSummary {
  const onWcxb = accuracy(wcxb.flatMap((r) => (r.systems[system] ? [r.systems[system]!.metadata] : [])));
  const onReadability = accuracy(readability.flatMap((r) => (r.metadata[system] ? [r.metadata[system]!] : [])));
  return {
    wcxb: onWcxb.shares,
    readability: onReadability.shares,
    counts: { wcxb: onWcxb.counts, readability: onReadability.counts },
  };
}
