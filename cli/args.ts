import { parseArgs } from 'node:util';

export const FORMATS = ['text', 'markdown', 'html', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export const USAGE = `Usage: npm run extract -- [--format text|markdown|html|json] [--url URL] [FILE|DIR|- ...]

Reads each page with Sift's engine and prints the article.
  FILE   an .html, .htm or .html.gz page (gzip is detected and decompressed)
  DIR    every *.html, *.htm and *.html.gz file in it, in sorted order
  -      the page on standard input
With no input, reads the bundled sample page.

Options:
  --format, -f  text (default, same as "Save as text"), markdown, html, json (one JSON object per line)
  --url, -u     the pages' URL, to resolve relative links and images (default: each file's file:// URL)
  --help, -h    this help

Exit status: 0 when every input gave an article, 1 when any failed, 2 on a usage error.`;

export type CliArgs =
  | { kind: 'run'; format: Format; url?: string; inputs: string[] }
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string };

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        url: { type: 'string', short: 'u' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return { kind: 'usage-error', message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (!isFormat(values.format)) {
    return { kind: 'usage-error', message: `unknown format "${values.format}" (expected ${FORMATS.join(', ')})` };
  }
  if (values.url !== undefined && !URL.canParse(values.url)) {
    return { kind: 'usage-error', message: `--url is not an absolute URL: "${values.url}"` };
  }
  return { kind: 'run', format: values.format, url: values.url, inputs: positionals };
}
