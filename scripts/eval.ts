/** `npm run eval`: Sift beside Readability.js and Defuddle on the shared corpus; see scripts/eval/options.ts. */
import { listReadabilityPages, listWcxbPages, type ReadabilityPage, type WcxbPage } from './eval/load-corpus';
import { EVAL_USAGE, parseEvalOptions, type EvalOptions } from './eval/options';
import { regressionPages, scoreSift, writeBaseline, BASELINE_PATH } from './eval/regression';
import { detectionTable, metadataTable, qualityTable } from './eval/report';
import { readResults, worstPages, writeResults, RESULTS_PATH } from './eval/results-file';
import { stratifiedSample } from './eval/sample';
import { evaluateReadabilityPage, evaluateWcxbPage, type ReadabilityRecord, type WcxbRecord } from './eval/score-page';

const PROGRESS_EVERY = 100;

function selectWcxb(options: EvalOptions): WcxbPage[] {
  let pages = listWcxbPages();
  if (options.ids) pages = pages.filter((page) => options.ids!.includes(page.id));
  if (options.type) pages = pages.filter((page) => page.type === options.type);
  return options.limit ? stratifiedSample(pages, options.limit) : pages;
}

/** Readability's pages carry no type and no text truth: they join whole runs and --limit runs only. */
function selectReadability(options: EvalOptions): ReadabilityPage[] {
  if (options.ids || options.type) return [];
  const pages = listReadabilityPages();
  if (!options.limit || options.limit >= pages.length) return pages;
  const step = pages.length / options.limit;
  return Array.from({ length: options.limit }, (_, k) => pages[Math.floor(k * step)]);
}

function progress(done: number, total: number): void {
  if (done % PROGRESS_EVERY === 0 || done === total) process.stderr.write(`  ${done}/${total} pages\r`);
}

function run(options: EvalOptions): void {
  const wcxbPages = selectWcxb(options);
  const readabilityPages = selectReadability(options);
  const total = wcxbPages.length + readabilityPages.length;
  const wcxb: WcxbRecord[] = [];
  const readability: ReadabilityRecord[] = [];
  for (const page of wcxbPages) {
    wcxb.push(evaluateWcxbPage(page, options.systems));
    progress(wcxb.length, total);
  }
  for (const page of readabilityPages) {
    readability.push(evaluateReadabilityPage(page, options.systems));
    progress(wcxb.length + readability.length, total);
  }
  process.stderr.write('\n');
  writeResults({ wcxb, readability });
  console.log(`## Extraction (WCXB dev)\n\n${qualityTable(wcxb, options.systems)}\n`);
  console.log(`## Detection\n\n${detectionTable(wcxb, readability, options.systems)}\n`);
  console.log(`## Metadata\n\n${metadataTable(wcxb, readability, options.systems)}\n`);
  console.log(`Per-page results: ${RESULTS_PATH}`);
}

function main(): void {
  let options: EvalOptions;
  try {
    options = parseEvalOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`eval: ${(error as Error).message}\n\n${EVAL_USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (options.help) {
    console.log(EVAL_USAGE);
  } else if (options.worst) {
    console.log(worstPages(readResults(), options.systems[0], options.worst, options.type));
  } else if (options.writeBaseline) {
    const baseline = scoreSift(regressionPages());
    writeBaseline(baseline);
    console.log(`Wrote ${BASELINE_PATH}:\n${JSON.stringify(baseline, null, 2)}`);
  } else {
    run(options);
  }
}

main();
