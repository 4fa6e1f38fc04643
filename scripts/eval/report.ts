import { readFileSync } from 'node:fs';
import { PAGE_TYPES } from './load-corpus';
import type { ReadabilityRecord, WcxbRecord } from './score-page';
import { median, quantile } from './stats';
import { summariseDetection, summariseMetadata, summariseQuality } from './summary';
import type { SystemName } from './systems';
import { fixed, markdownTable, millis, percent } from './table';

function version(pkg: string): string {
  const url = new URL(`../../node_modules/${pkg}/package.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}

const LABELS: Record<SystemName, string> = {
  sift: 'Sift',
  readability: `Readability.js ${version('@mozilla/readability')}`,
  defuddle: `Defuddle ${version('defuddle')}`,
};

export function qualityTable(records: WcxbRecord[], systems: readonly SystemName[]): string {
  const headers = ['system', 'F1 all', ...PAGE_TYPES, 'precision', 'recall', 'leaked', 'with found', 'empty', 'errors', 'median ms', 'p95 ms'];
  const rows = systems.map((system) => {
    const s = summariseQuality(records, system);
    return [
      LABELS[system], fixed(s.f1), ...PAGE_TYPES.map((type) => fixed(s.f1ByType[type])), fixed(s.precision), fixed(s.recall),
      percent(s.leaked), percent(s.withFound), `${s.empty} (${percent(s.empty / s.pages)})`, String(s.errors), millis(s.medianMs), millis(s.p95Ms),
    ];
  });
  const parse = records.map((r) => r.parseMs);
  const scored = records.filter((r) => Object.values(r.systems).some((s) => s?.f1 !== null)).length;
  return [
    markdownTable(headers, rows),
    '',
    `${records.length} WCXB dev pages (${scored} with main_content, scored for F1). "empty": no words out although the truth has some (count, share of all pages).`,
    `ms = extraction alone. Parsing with linkedom, apart: median ${millis(median(parse))} ms, p95 ${millis(quantile(parse, 0.95))} ms per page.`,
  ].join('\n');
}

export function detectionTable(wcxb: WcxbRecord[], readability: ReadabilityRecord[], systems: readonly SystemName[]): string {
  const names: Partial<Record<SystemName, string>> = { sift: 'Sift isArticlePage', readability: 'Readability isProbablyReaderable' };
  const headers = ['detector', 'WCXB precision', 'WCXB recall', 'forum marked', 'readerable precision', 'readerable recall', 'median ms'];
  const rows = systems.flatMap((system) => {
    if (!names[system]) return [];
    const d = summariseDetection(wcxb, readability, system);
    return [[names[system]!, fixed(d.precision), fixed(d.recall), percent(d.forumMarked), fixed(d.readabilityPrecision), fixed(d.readabilityRecall), millis(d.medianMs)]];
  });
  return [
    markdownTable(headers, rows),
    '',
    'WCXB positives: article, documentation; negatives: product, collection, listing, service. "readerable": the flag in Readability\'s test pages.',
  ].join('\n');
}

export function metadataTable(wcxb: WcxbRecord[], readability: ReadabilityRecord[], systems: readonly SystemName[]): string {
  const summaries = systems.map((system) => [system, summariseMetadata(wcxb, readability, system)] as const);
  const counts = summaries[0]?.[1].counts;
  const headers = ['system', 'WCXB title', 'WCXB byline', 'WCXB date', 'Readability title', 'Readability byline', 'Readability date'];
  const rows = summaries.map(([system, m]) => [
    LABELS[system], percent(m.wcxb.title), percent(m.wcxb.byline), percent(m.wcxb.date),
    percent(m.readability.title), percent(m.readability.byline), percent(m.readability.date),
  ]);
  const n = counts
    ? `pages with a truth: WCXB title ${counts.wcxb.title}, byline ${counts.wcxb.byline}, date ${counts.wcxb.date}; Readability title ${counts.readability.title}, byline ${counts.readability.byline}, date ${counts.readability.date}.`
    : '';
  return [
    markdownTable(headers, rows),
    '',
    `Title exact after whitespace normalisation and typographic quotes read as ASCII ones; byline the same, ignoring case, a leading "By" and how a list of names is joined; date by day (YYYY-MM-DD). ${n}`,
  ].join('\n');
}
