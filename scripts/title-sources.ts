/**
 * How far any title rule can go on WCXB dev: for each page, which of the titles the page offers equals
 * the truth's `title`, beside Sift's own choice. `node --import tsx scripts/title-sources.ts` (about four
 * minutes). The truth follows no one source (README "Quality" -> "Metadata"), so the share of pages where
 * some source equals it is the ceiling of every rule that picks among them.
 */
import { readArticle } from '../engine/index';
import { parsePage } from '../cli/parse-page';
import { listWcxbPages, loadHtml, loadWcxbTruth } from './eval/load-corpus';
import { sameTitle } from './eval/metadata';

/** Where sites join the article's title to their own name ("Title | Site", "Site - Title"). */
const SEPARATOR = /\s+[-|–—:·•»]\s+/;

/** The page's candidate titles by source, each whole and cut at its separators. */
function sourcesOf(document: Document, html: string): Record<string, string[]> {
  const withParts = (text: string) => [text, ...text.split(SEPARATOR)];
  const headline = html.match(/"headline"\s*:\s*"([^"]*)"/)?.[1];
  return {
    '<title>': withParts(document.querySelector('title')?.textContent ?? ''),
    'og:title': withParts(document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? ''),
    'JSON-LD headline': headline === undefined ? [] : [headline],
    h1: [...document.querySelectorAll('h1')].map((h1) => h1.textContent ?? ''),
  };
}

const { log } = console;
// The engine never logs, but the pages' own parsing may warn: keep the report readable.
console.warn = console.error = () => {};
let pages = 0;
let sift = 0;
let ceiling = 0;
const bySource = new Map<string, number>();
const misses = new Map<string, number>();
for (const page of listWcxbPages()) {
  const truth = loadWcxbTruth(page).title;
  if (!truth) continue;
  pages++;
  const html = loadHtml(page.htmlPath);
  const result = readArticle(parsePage(html), { url: page.url });
  const hit = sameTitle(result.ok ? result.article.title : undefined, truth) === true;
  if (hit) sift++;
  const matching = Object.entries(sourcesOf(parsePage(html), html))
    .filter(([, titles]) => titles.some((title) => sameTitle(title, truth)))
    .map(([source]) => source);
  for (const source of matching) bySource.set(source, (bySource.get(source) ?? 0) + 1);
  if (matching.length > 0) ceiling++;
  if (!hit) {
    const key = matching.length > 0 ? matching.join(' + ') : 'none of them';
    misses.set(key, (misses.get(key) ?? 0) + 1);
  }
}
const share = (n: number) => `${n} (${((100 * n) / pages).toFixed(1)}%)`;
log(`${pages} WCXB dev pages with a title truth. Sift's title equals it on ${share(sift)}; some title the page offers does on ${share(ceiling)}.`);
log('\nPages where a source (whole or a part cut at a separator) equals the truth:');
for (const [source, n] of [...bySource].sort((a, b) => b[1] - a[1])) log(`  ${source.padEnd(18)} ${share(n)}`);
log("\nSift's misses, by the sources that equal the truth:");
for (const [key, n] of [...misses].sort((a, b) => b[1] - a[1])) log(`  ${String(n).padStart(4)}  ${key}`);
