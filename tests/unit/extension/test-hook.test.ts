// The Firefox browser tests' toggle (utils/e2e-toggle.ts) exists only in the `--mode e2e` build: the
// shipped builds, which `npm test` builds before this runs, must hold no trace of it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { E2E_TOGGLE } from '../../../utils/e2e-toggle';

const OUTPUT = join(import.meta.dirname, '..', '..', '..', '.output');
const SHIPPED_BUILDS = ['chrome-mv3', 'firefox-mv2'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe.each(SHIPPED_BUILDS)('the shipped build .output/%s', (build) => {
  const dir = join(OUTPUT, build);

  it('exists (npm run build first)', () => {
    expect(existsSync(join(dir, 'manifest.json')), `${dir} is missing: run npm run build`).toBe(true);
  });

  it('contains neither the test toggle nor its message', () => {
    const code = existsSync(dir) ? files(dir).filter((file) => /\.(js|html)$/.test(file)) : [];
    expect(code.length).toBeGreaterThan(2);
    for (const file of code) {
      const text = readFileSync(file, 'utf8');
      expect(text.includes(E2E_TOGGLE), `${file} holds "${E2E_TOGGLE}"`).toBe(false);
      expect(text.includes('e2eToggle'), `${file} holds the e2eToggle message`).toBe(false);
    }
  });

  it('asks for no host permissions (activeTab is enough for a click)', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const asked = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])];
    expect(asked.filter((permission: string) => permission.includes('://'))).toEqual([]);
  });

  it('may ask for host access only as an optional permission (auto-open, one site at a time)', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const optional = manifest.manifest_version === 2 ? manifest.optional_permissions : manifest.optional_host_permissions;
    expect(optional).toEqual(['http://*/*', 'https://*/*']);
  });
});
