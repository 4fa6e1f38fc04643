import { parsePage } from '../../cli/parse-page';
import { loadHtml, type WcxbPage } from '../eval/load-corpus';
import { median, quantile } from '../eval/stats';
import { runSystems } from '../eval/systems';
import { markdownTable, millis } from '../eval/table';

/**
 * Engine throughput in Node: Sift and Readability.js on the same pages, each on its own linkedom
 * parse (Readability mutates its input), timed by the eval's own runner. Parsing is timed apart.
 */
export function measureThroughput(pages: WcxbPage[]): string {
  const parse: number[] = [];
  const sift: number[] = [];
  const readability: number[] = [];
  pages.forEach((page, i) => {
    const html = loadHtml(page.htmlPath);
    const start = performance.now();
    const document = parsePage(html);
    parse.push(performance.now() - start);
    const results = runSystems({ html, url: page.url, document }, ['sift', 'readability']);
    sift.push(results.sift!.ms);
    readability.push(results.readability!.ms);
    if ((i + 1) % 100 === 0) process.stderr.write(`  ${i + 1}/${pages.length} pages\r`);
  });
  process.stderr.write('\n');
  const total = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / 1000;
  const perSecond = (values: number[]) => pages.length / total(values);
  const row = (name: string, values: number[]) => [
    name,
    perSecond(values).toFixed(0),
    (pages.length / (total(values) + total(parse))).toFixed(0),
    millis(median(values)),
    millis(quantile(values, 0.95)),
  ];
  return [
    markdownTable(
      ['engine', 'pages/s (extraction)', 'pages/s (with parse)', 'median ms', 'p95 ms'],
      [row('Sift', sift), row('Readability.js', readability)],
    ),
    '',
    `${pages.length} WCXB dev pages. Sift / Readability.js: throughput ${(perSecond(sift) / perSecond(readability)).toFixed(2)}x, ` +
      `median time ${(median(sift) / median(readability)).toFixed(2)}x. linkedom parse apart: median ${millis(median(parse))} ms.`,
  ].join('\n');
}
