/**
 * Serves the engine's fixture pages (tests/fixtures/pages) and the browser tests' own pages
 * (tests/e2e/pages: layout samples) from 127.0.0.1 on a random port, as a real site would, and any
 * generated pages a test passes in (megabyte pages are built on demand rather than committed).
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

const PAGE_DIRS = [join(import.meta.dirname, '..', 'fixtures', 'pages'), join(import.meta.dirname, 'pages')];

// Fixture pages reference their site's images; a calm stand-in keeps screenshots realistic offline.
const STAND_IN_IMAGE = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#8fa9b8"/><stop offset="1" stop-color="#3f5e6e"/></linearGradient></defs>
<rect width="1200" height="800" fill="url(#g)"/><circle cx="880" cy="250" r="90" fill="#f3e3c3" opacity=".8"/>
<path d="M0 620 L300 430 L520 580 L760 380 L1200 640 L1200 800 L0 800 Z" fill="#2c4452"/></svg>`;

/**
 * A page asked for with `?csp=NAME` is served under that Content-Security-Policy header, as strict
 * sites send it: the reader must open, styled, without loosening the page's policy.
 */
export const POLICIES = {
  strict: "default-src 'none'; style-src 'self'; img-src 'self'",
  'trusted-types': "require-trusted-types-for 'script'; trusted-types 'none'",
} as const;

export interface FixtureServer {
  origin: string;
  url(page: string): string;
  close(): Promise<void>;
}

/** Page names (`name.html`) and the functions that build them, each called once, on first request. */
export type GeneratedPages = Record<string, () => string>;

export async function startFixtureServer(generated: GeneratedPages = {}): Promise<FixtureServer> {
  const built = new Map<string, string>();
  const server: Server = createServer(async (request, response) => {
    const { pathname: path, searchParams } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const policy = POLICIES[searchParams.get('csp') as keyof typeof POLICIES];
    if (/\.(jpe?g|png|webp)$/.test(path)) {
      response.writeHead(200, { 'content-type': 'image/svg+xml' }).end(STAND_IN_IMAGE);
      return;
    }
    const name = path.replace(/^\/+/, '');
    if (!/^[\w-]+\.html$/.test(name)) {
      response.writeHead(404).end();
      return;
    }
    const headers = { 'content-type': 'text/html; charset=utf-8', ...(policy && { 'content-security-policy': policy }) };
    const build = Object.hasOwn(generated, name) ? generated[name] : undefined;
    if (build) {
      if (!built.has(name)) built.set(name, build());
      response.writeHead(200, headers).end(built.get(name));
      return;
    }
    for (const dir of PAGE_DIRS) {
      const html = await readFile(join(dir, name)).catch(() => undefined);
      if (html) {
        response.writeHead(200, headers).end(html);
        return;
      }
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (page) => `${origin}/${page}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
