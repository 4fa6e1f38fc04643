import { fileURLToPath } from 'node:url';
import { readArticle } from '../engine/index';
import { parseCliArgs, USAGE, type Format } from './args';
import { decodePage, NotAPageError } from './decode-page';
import { formatArticle, separator, toJsonError } from './formats';
import { describeFsError, expandInputs, type PageInput } from './inputs';
import { parsePage } from './parse-page';

/** What a newcomer sees with no arguments: the bundled page reproducing seed 004. */
const SAMPLE_PAGE = fileURLToPath(new URL('../tests/fixtures/pages/sample-news.html', import.meta.url));

export interface CliIo {
  stdin: AsyncIterable<Buffer | string>;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

type Outcome = { output: string } | { error: string };

/** Waits for a full pipe to drain, so thousands of results stream without piling up in memory. */
function write(stream: NodeJS.WritableStream, text: string): Promise<void> | void {
  if (!stream.write(text)) return new Promise((resolve) => stream.once('drain', () => resolve()));
}

async function extract(input: PageInput, format: Format, url: string | undefined): Promise<Outcome> {
  let bytes: Buffer;
  try {
    bytes = await input.load();
  } catch (error) {
    return { error: describeFsError(error) };
  }
  try {
    const document = parsePage(decodePage(bytes));
    const result = readArticle(document, { url: url ?? input.url });
    if (!result.ok) return { error: `no article (${result.reason}): ${result.message}` };
    return { output: formatArticle(format, input.name, result.article) };
  } catch (error) {
    if (error instanceof NotAPageError) return { error: error.message };
    // The engine promises never to throw; if the parser or a formatter does, this input still fails alone.
    return { error: `failed: ${(error as Error).message}` };
  }
}

/** Runs the command line; resolves to the exit status. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.kind === 'help') {
    await write(io.stdout, `${USAGE}\n`);
    return 0;
  }
  if (args.kind === 'usage-error') {
    await write(io.stderr, `sift: ${args.message}\n\n${USAGE}\n`);
    return 2;
  }
  const paths = args.inputs.length > 0 ? args.inputs : [SAMPLE_PAGE];
  let failed = false;
  let printed = 0;
  for await (const input of expandInputs(paths, io.stdin)) {
    const outcome: Outcome = 'error' in input ? input : await extract(input, args.format, args.url);
    if ('error' in outcome) {
      failed = true;
      await write(io.stderr, `sift: ${input.name}: ${outcome.error}\n`);
      if (args.format === 'json') await write(io.stdout, toJsonError(input.name, outcome.error));
      continue;
    }
    const several = paths.length > 1 || ('fromDirectory' in input && input.fromDirectory);
    if (args.format !== 'json' && several) await write(io.stdout, `${printed > 0 ? '\n' : ''}${separator(input.name)}`);
    await write(io.stdout, outcome.output);
    printed += 1;
  }
  return failed ? 1 : 0;
}
