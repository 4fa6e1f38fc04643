/**
 * `npm run bench [-- --limit N]`: Node figures, printed as tables. Engine throughput beside
 * Readability.js, linkedom vs jsdom parse time, and the built extension's gzipped size per entrypoint.
 */
import { parseArgs } from 'node:util';
import { measureBundles } from './bench/bundle-sizes';
import { measureThroughput } from './bench/node-throughput';
import { measureParsers } from './bench/parse-speed';
import { listWcxbPages } from './eval/load-corpus';
import { stratifiedSample } from './eval/sample';

/** jsdom takes ~0.2 s a page: a stratified sample is enough to compare the parsers. */
const PARSE_SAMPLE_SIZE = 60;

const USAGE = 'usage: npm run bench [-- --limit N]   (N pages spread across page types; default: all of WCXB dev)';

function options() {
  try {
    return parseArgs({ args: process.argv.slice(2), options: { limit: { type: 'string' }, help: { type: 'boolean' } } }).values;
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
const all = listWcxbPages();
const pages = limit ? stratifiedSample(all, limit) : all;

console.log(`## Engine throughput in Node (linkedom)\n\n${measureThroughput(pages)}\n`);
console.log(`## Parse time: linkedom vs jsdom\n\n${measureParsers(stratifiedSample(all, Math.min(PARSE_SAMPLE_SIZE, pages.length)))}\n`);
console.log(`## Bundle sizes (.output/chrome-mv3)\n\n${measureBundles()}`);
