import { JSDOM, VirtualConsole } from 'jsdom';
import { parsePage } from '../../cli/parse-page';
import { loadHtml, type WcxbPage } from '../eval/load-corpus';
import { median, quantile } from '../eval/stats';
import { markdownTable, millis } from '../eval/table';

/** jsdom reports every stylesheet it cannot parse; that noise says nothing about speed. */
const silent = new VirtualConsole();

const PARSERS: Record<string, (html: string) => unknown> = {
  linkedom: (html) => parsePage(html),
  jsdom: (html) => new JSDOM(html, { virtualConsole: silent }).window.document,
};

/** Why the CLI and the eval use linkedom: the same pages parsed by both Node DOMs, alternately. */
export function measureParsers(pages: WcxbPage[]): string {
  const times: Record<string, number[]> = { linkedom: [], jsdom: [] };
  for (const page of pages) {
    const html = loadHtml(page.htmlPath);
    for (const [name, parse] of Object.entries(PARSERS)) {
      const start = performance.now();
      parse(html);
      times[name].push(performance.now() - start);
    }
  }
  const base = median(times.linkedom);
  const rows = Object.entries(times).map(([name, values]) => [
    name,
    millis(median(values)),
    millis(quantile(values, 0.95)),
    (values.reduce((sum, v) => sum + v, 0) / 1000).toFixed(1),
    `${(median(values) / base).toFixed(1)}x`,
  ]);
  return [
    markdownTable(['Node DOM', 'median ms', 'p95 ms', 'total s', 'median vs linkedom'], rows),
    '',
    `${pages.length} WCXB dev pages (stratified sample), each parsed by both.`,
  ].join('\n');
}
