import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The name that stands for standard input on the command line. */
const STDIN = '-';

const PAGE_FILE = /\.(html?|html\.gz)$/i;

/** A page to read: `url` is its file:// address, used when --url is not given. */
export interface PageInput {
  name: string;
  url?: string;
  fromDirectory: boolean;
  load: () => Promise<Buffer>;
}

/** One page to read, or the reason a path gives none (e.g. it is missing). */
export type Input = PageInput | { name: string; error: string };

async function readStdin(stdin: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

function fileInput(path: string, fromDirectory: boolean): PageInput {
  return { name: path, url: pathToFileURL(path).href, fromDirectory, load: () => readFile(path) };
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot read (${code ?? (error as Error).message})`;
}

/**
 * Expands the command line's paths into pages, lazily so the first result prints before later
 * directories are listed. Directories give their page files in sorted order (not recursive).
 */
export async function* expandInputs(paths: string[], stdin: AsyncIterable<Buffer | string>): AsyncGenerator<Input> {
  for (const path of paths) {
    if (path === STDIN) {
      yield { name: STDIN, fromDirectory: false, load: () => readStdin(stdin) };
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch (error) {
      yield { name: path, error: describeFsError(error) };
      continue;
    }
    if (!isDirectory) {
      yield fileInput(path, false);
      continue;
    }
    let names: string[];
    try {
      names = (await readdir(path)).filter((name) => PAGE_FILE.test(name)).sort();
    } catch (error) {
      yield { name: path, error: describeFsError(error) };
      continue;
    }
    if (names.length === 0) yield { name: path, error: 'directory has no .html, .htm or .html.gz files' };
    for (const name of names) yield fileInput(join(path, name), true);
  }
}
