// The shipped Chrome build, as `npm test` builds it before this runs: permissions pinned, content script small.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const BUILD = join(import.meta.dirname, '..', '..', '..', '.output', 'chrome-mv3');
// Every page loads the content script, so it must stay small; the reader is injected on first use.
const CONTENT_SCRIPT_BUDGET_GZIP = 40 * 1024;

function manifest() {
  const path = join(BUILD, 'manifest.json');
  expect(existsSync(path), `${path} is missing: run npm run build`).toBe(true);
  return JSON.parse(readFileSync(path, 'utf8'));
}

describe('the built Chrome manifest', () => {
  it('asks for exactly the permissions README explains', () => {
    const { permissions, host_permissions, optional_permissions, optional_host_permissions } = manifest();
    expect([...permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(host_permissions ?? []).toEqual([]);
    expect(optional_permissions ?? []).toEqual([]);
    // Asked for one site at a time, from the popup's "Always open articles on this site".
    expect(optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });

  it('runs its content script on web pages only', () => {
    const scripts = manifest().content_scripts;
    expect(scripts).toHaveLength(1);
    expect([...scripts[0].matches].sort()).toEqual(['http://*/*', 'https://*/*']);
  });

  it('keeps the content script under its gzipped budget', () => {
    for (const file of manifest().content_scripts[0].js as string[]) {
      const gzipped = gzipSync(readFileSync(join(BUILD, file))).length;
      expect(gzipped, `${file} is ${gzipped} bytes gzipped`).toBeLessThan(CONTENT_SCRIPT_BUDGET_GZIP);
    }
  });
});
