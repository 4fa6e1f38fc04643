import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePage } from '../../cli/decode-page';

/** The shared corpus lives beside the project, read in place (see ../shared/README.md). */
export const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const WCXB_DEV = join(CORPUS, 'wcxb', 'dev');
const READABILITY_PAGES = join(CORPUS, 'readability', 'pages');
/** Readability's own test suite gives its pages this address; links resolve against it. */
const READABILITY_PAGE_URL = 'http://fakehost/test/page.html';

export const PAGE_TYPES = ['article', 'documentation', 'forum', 'service', 'product', 'collection', 'listing'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export interface WcxbTruth {
  /** Null on the few pages whose truth has no main_content: they are left out of F1, not scored as empty. */
  mainContent: string | null;
  with: string[];
  without: string[];
  title?: string;
  author?: string;
  date?: string;
}

export interface WcxbPage {
  id: string;
  type: PageType;
  url: string;
  htmlPath: string;
  truthPath: string;
}

export interface ReadabilityPage {
  id: string;
  url: string;
  htmlPath: string;
  expected: { title?: string; byline?: string; publishedTime?: string; readerable: boolean };
}

const orUndefined = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);

interface TruthFile {
  url: string;
  _internal: { page_type: { primary: PageType } };
}

export function listWcxbPages(): WcxbPage[] {
  const metadata = JSON.parse(readFileSync(join(CORPUS, 'wcxb', 'metadata.json'), 'utf8')) as {
    files: Record<string, { page_type: PageType } | undefined>;
  };
  return readdirSync(join(WCXB_DEV, 'ground-truth'))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const id = name.replace(/\.json$/, '');
      const truthPath = join(WCXB_DEV, 'ground-truth', name);
      const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as TruthFile;
      // metadata.json lacks 139 dev ids; their truth files carry the same page type (they agree where both exist).
      const type = metadata.files[id]?.page_type ?? truth._internal.page_type.primary;
      return { id, type, url: truth.url, htmlPath: join(WCXB_DEV, 'html', `${id}.html.gz`), truthPath };
    });
}

export function loadWcxbTruth(page: WcxbPage): WcxbTruth {
  const truth = (JSON.parse(readFileSync(page.truthPath, 'utf8')) as { ground_truth: Record<string, unknown> }).ground_truth;
  return {
    mainContent: typeof truth.main_content === 'string' ? truth.main_content : null,
    with: (truth.with as string[] | undefined) ?? [],
    without: (truth.without as string[] | undefined) ?? [],
    title: orUndefined(truth.title),
    author: orUndefined(truth.author),
    date: orUndefined(truth.publish_date),
  };
}

export function listReadabilityPages(): ReadabilityPage[] {
  return readdirSync(READABILITY_PAGES)
    .sort()
    .map((id) => {
      const expected = JSON.parse(readFileSync(join(READABILITY_PAGES, id, 'expected-metadata.json'), 'utf8'));
      return {
        id,
        url: READABILITY_PAGE_URL,
        htmlPath: join(READABILITY_PAGES, id, 'source.html'),
        expected: {
          title: orUndefined(expected.title),
          byline: orUndefined(expected.byline),
          publishedTime: orUndefined(expected.publishedTime),
          readerable: expected.readerable === true,
        },
      };
    });
}

/** The page's HTML, decoded the same way as the CLI does (gzip, charset). */
export function loadHtml(path: string): string {
  return decodePage(readFileSync(path));
}
