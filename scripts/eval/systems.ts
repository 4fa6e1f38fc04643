import { Readability } from '@mozilla/readability';
import { DefuddleClass } from 'defuddle/node';
import { readArticle } from '../../engine/index';
import { parsePage } from '../../cli/parse-page';
import { htmlToText } from './html-to-text';

/** What every system gives back on one page, in the same shape so scoring is shared. */
export interface Extraction {
  text: string;
  title?: string;
  byline?: string;
  published?: string;
  /** Extraction alone, in milliseconds: parsing and the peers' HTML-to-text are not counted. */
  ms: number;
  error?: string;
}

export const SYSTEMS = ['sift', 'readability', 'defuddle'] as const;
export type SystemName = (typeof SYSTEMS)[number];

/** The page as each run gets it: one parse shared by Sift and Defuddle, and the HTML for fresh parses. */
export interface ParsedPage {
  html: string;
  url: string;
  document: Document;
}

/**
 * Times one extraction. Console output is muted meanwhile: Defuddle logs the selectors linkedom
 * cannot compile and carries on, which would bury the table under stack traces.
 */
function timed<T>(run: () => T): { value: T; ms: number } {
  const { log, warn, error } = console;
  console.log = console.warn = console.error = () => {};
  try {
    const start = performance.now();
    const value = run();
    return { value, ms: performance.now() - start };
  } finally {
    Object.assign(console, { log, warn, error });
  }
}

function failed(error: unknown, ms = 0): Extraction {
  return { text: '', ms, error: error instanceof Error ? error.message : String(error) };
}

function runSift(page: ParsedPage): Extraction {
  try {
    const { value: result, ms } = timed(() => readArticle(page.document, { url: page.url }));
    if (!result.ok) return { text: '', ms };
    const { text, title, byline, published } = result.article;
    return { text, title, byline, published, ms };
  } catch (error) {
    return failed(error);
  }
}

/** Readability mutates the document it reads, so it gets its own fresh parse (not timed as extraction). */
function runReadability(page: ParsedPage): Extraction {
  try {
    const document = parsePage(page.html);
    const { value: result, ms } = timed(() => new Readability(document).parse());
    if (!result) return { text: '', ms };
    return {
      text: htmlToText(result.content ?? ''),
      title: result.title ?? undefined,
      byline: result.byline ?? undefined,
      published: result.publishedTime ?? undefined,
      ms,
    };
  } catch (error) {
    return failed(error);
  }
}

/**
 * Defuddle clones the document before cleaning it but normalises attributes and noscript images in
 * place, so it runs after Sift on the shared parse. Its Node entry would make the same two additions
 * linkedom lacks (styleSheets, getComputedStyle); `useAsync: false` keeps it from fetching anything.
 */
function runDefuddle(page: ParsedPage): Extraction {
  try {
    const loose = page.document as unknown as { styleSheets?: unknown[]; defaultView: { getComputedStyle?: unknown } | null };
    loose.styleSheets ??= [];
    if (loose.defaultView && !loose.defaultView.getComputedStyle) loose.defaultView.getComputedStyle = () => ({ display: '' });
    const { value: result, ms } = timed(() => new DefuddleClass(page.document, { url: page.url, useAsync: false }).parse());
    return {
      text: htmlToText(result.content ?? ''),
      title: result.title || undefined,
      byline: result.author || undefined,
      published: result.published || undefined,
      ms,
    };
  } catch (error) {
    return failed(error);
  }
}

/** Runs the chosen systems in an order that keeps each one's input pristine (Sift first, Defuddle last). */
export function runSystems(page: ParsedPage, systems: readonly SystemName[]): Partial<Record<SystemName, Extraction>> {
  const results: Partial<Record<SystemName, Extraction>> = {};
  if (systems.includes('sift')) results.sift = runSift(page);
  if (systems.includes('readability')) results.readability = runReadability(page);
  if (systems.includes('defuddle')) results.defuddle = runDefuddle(page);
  return results;
}
