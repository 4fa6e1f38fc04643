/**
 * `npm run bench [-- --limit N] [-- --no-browser | --detection]`: figures printed as tables. In Node: engine
 * throughput beside Readability.js, linkedom vs jsdom parse time. In Chromium with the built extension
 * (30 fixed pages, a few minutes): click to overlay painted beside Readability.parse, and detection
 * beside isProbablyReaderable. And the built extension's gzipped size per entrypoint. `--detection`
 * prints only the Chromium detection figures (about a minute), to work on the detector.
 */
import { parseArgs } from 'node:util';
import { measureBundles } from './bench/bundle-sizes';
import { browserPages, measureInBrowser } from './bench/browser-speed';
import { measureThroughput } from './bench/node-throughput';
import { measureParsers } from './bench/parse-speed';
import { listWcxbPages } from './eval/load-corpus';
import { stratifiedSample } from './eval/sample';

/** jsdom takes ~0.2 s a page: a stratified sample is enough to compare the parsers. */
const PARSE_SAMPLE_SIZE = 60;

const USAGE = [
  'usage: npm run bench [-- --limit N] [-- --no-browser | --detection]',
  '  --limit N     Node figures on N pages spread across page types (default: all of WCXB dev)',
  '  --no-browser  skip the Chromium figures (they need npm run build and /usr/bin/chromium)',
  '  --detection   only detection in Chromium (isArticlePage beside isProbablyReaderable), nothing else',
].join('\n');

function options() {
  try {
    return parseArgs({ args: process.argv.slice(2), options: { limit: { type: 'string' }, 'no-browser': { type: 'boolean' }, detection: { type: 'boolean' }, help: { type: 'boolean' } } }).values;
  } catch (error) {
    console.error(`bench: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}
const values = options();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const limit = values.limit === undefined ? undefined : Number(values.limit);
if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
  console.error(`bench: --limit wants a positive whole number, not "${values.limit}"`);
  process.exit(2);
}
if (values.detection && (values['no-browser'] || limit !== undefined)) {
  console.error(`bench: --detection runs the Chromium detection alone; it takes neither --no-browser nor --limit\n${USAGE}`);
  process.exit(2);
}
const all = listWcxbPages();
if (values.detection) {
  console.log(`## In Chromium: detection\n\n${await measureInBrowser(browserPages(all), true)}`);
  process.exit(0);
}
const pages = limit ? stratifiedSample(all, limit) : all;

console.log(`## Engine throughput in Node (linkedom)\n\n${measureThroughput(pages)}\n`);
console.log(`## Parse time: linkedom vs jsdom\n\n${measureParsers(stratifiedSample(all, Math.min(PARSE_SAMPLE_SIZE, pages.length)))}\n`);
if (!values['no-browser']) console.log(`## In Chromium: click to paint and detection\n\n${await measureInBrowser(browserPages(all))}\n`);
console.log(`## Bundle sizes (.output/chrome-mv3)\n\n${measureBundles()}`);
