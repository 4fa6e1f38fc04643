import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { markdownTable } from '../eval/table';

export const CHROME_BUILD = fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));

interface Manifest {
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { js?: string[]; css?: string[] }[];
}

/** Scripts and stylesheets an HTML page loads (module preloads included): its share of the bundle. */
function pageAssets(page: string): string[] {
  const html = readFileSync(join(CHROME_BUILD, page), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return refs.map((ref) => ref.replace(/^\//, ''));
}

/** Each entrypoint with the JS and CSS files it loads; shared chunks count in every entrypoint using them. */
function entrypoints(): Record<string, string[]> {
  const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as Manifest;
  const groups: Record<string, string[]> = {};
  const background = manifest.background?.service_worker ? [manifest.background.service_worker] : manifest.background?.scripts;
  if (background) groups.background = background;
  for (const script of manifest.content_scripts ?? []) {
    for (const js of script.js ?? []) {
      // WXT ships a content script's CSS beside it for the shadow root to load, not in the manifest.
      const css = js.replace(/\.js$/, '.css');
      const name = js.replace(/^content-scripts\//, '').replace(/\.js$/, '');
      groups[name] = [js, ...(script.css ?? []), ...(existsSync(join(CHROME_BUILD, css)) ? [css] : [])];
    }
  }
  // The reader is no manifest entry: the background injects it (scripting.executeScript) on first use.
  if (existsSync(join(CHROME_BUILD, 'reader.js'))) groups['reader (injected on first use)'] = ['reader.js'];
  for (const page of ['popup.html', 'options.html']) {
    if (existsSync(join(CHROME_BUILD, page))) groups[page.replace(/\.html$/, '')] = pageAssets(page);
  }
  return groups;
}

export function measureBundles(): string {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) return `No build at ${CHROME_BUILD}: run npm run build first.`;
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const rows = Object.entries(entrypoints()).map(([name, files]) => {
    const bytes = files.map((file) => readFileSync(join(CHROME_BUILD, file)));
    const raw = bytes.reduce((sum, b) => sum + b.length, 0);
    const gzipped = bytes.reduce((sum, b) => sum + gzipSync(b).length, 0);
    return [name, files.join(', '), kb(raw), kb(gzipped)];
  });
  return markdownTable(['entrypoint', 'files', 'KB', 'KB gzipped'], rows);
}
