import { parsePage } from '../../cli/parse-page';
import { detect, type Detection } from './detection';
import { loadHtml, loadWcxbTruth, type PageType, type ReadabilityPage, type WcxbPage } from './load-corpus';
import { sameByline, sameDate, sameTitle } from './metadata';
import { scoreSnippets, scoreWords, words } from './metric';
import { runSystems, type Extraction, type SystemName } from './systems';

export interface MetadataScore {
  title: boolean | null;
  byline: boolean | null;
  date: boolean | null;
}

export interface SystemRecord {
  /** Null when the page's truth has no main_content. */
  f1: number | null;
  precision: number | null;
  recall: number | null;
  predictedWords: number;
  /** Nothing extracted although the truth has words. */
  empty: boolean;
  ms: number;
  error?: string;
  withFound: number;
  withTotal: number;
  leaked: string[];
  withoutTotal: number;
  metadata: MetadataScore;
}

export interface WcxbRecord {
  id: string;
  type: PageType;
  url: string;
  htmlPath: string;
  parseMs: number;
  detection: Partial<Record<SystemName, Detection>>;
  systems: Partial<Record<SystemName, SystemRecord>>;
}

export interface ReadabilityRecord {
  id: string;
  htmlPath: string;
  readerable: boolean;
  detection: Partial<Record<SystemName, Detection>>;
  metadata: Partial<Record<SystemName, MetadataScore & { ms: number; error?: string }>>;
}

function timedParse(html: string): { document: Document; parseMs: number } {
  const start = performance.now();
  const document = parsePage(html);
  return { document, parseMs: performance.now() - start };
}

function eachSystem<T>(extractions: Partial<Record<SystemName, Extraction>>, score: (e: Extraction) => T) {
  return Object.fromEntries(Object.entries(extractions).map(([name, e]) => [name, score(e)])) as Partial<Record<SystemName, T>>;
}

export function evaluateWcxbPage(page: WcxbPage, systems: readonly SystemName[]): WcxbRecord {
  const truth = loadWcxbTruth(page);
  const html = loadHtml(page.htmlPath);
  const { document, parseMs } = timedParse(html);
  const detection = detect(document, page.url, systems);
  const extractions = runSystems({ html, url: page.url, document }, systems);
  const scored = eachSystem(extractions, (e): SystemRecord => {
    const wordScore = truth.mainContent === null ? null : scoreWords(e.text, truth.mainContent);
    const snippets = scoreSnippets(e.text, truth.with, truth.without);
    const predictedWords = words(e.text).length;
    return {
      f1: wordScore?.f1 ?? null,
      precision: wordScore?.precision ?? null,
      recall: wordScore?.recall ?? null,
      predictedWords,
      empty: predictedWords === 0 && words(truth.mainContent ?? '').length > 0,
      ms: e.ms,
      error: e.error,
      withFound: snippets.found.length,
      withTotal: truth.with.length,
      leaked: snippets.leaked,
      withoutTotal: truth.without.length,
      metadata: {
        title: sameTitle(e.title, truth.title),
        byline: sameByline(e.byline, truth.author),
        date: sameDate(e.published, truth.date),
      },
    };
  });
  return { id: page.id, type: page.type, url: page.url, htmlPath: page.htmlPath, parseMs, detection, systems: scored };
}

export function evaluateReadabilityPage(page: ReadabilityPage, systems: readonly SystemName[]): ReadabilityRecord {
  const html = loadHtml(page.htmlPath);
  const { document } = timedParse(html);
  const detection = detect(document, page.url, systems);
  const extractions = runSystems({ html, url: page.url, document }, systems);
  const metadata = eachSystem(extractions, (e) => ({
    title: sameTitle(e.title, page.expected.title),
    byline: sameByline(e.byline, page.expected.byline),
    date: sameDate(e.published, page.expected.publishedTime),
    ms: e.ms,
    error: e.error,
  }));
  return { id: page.id, htmlPath: page.htmlPath, readerable: page.expected.readerable, detection, metadata };
}
