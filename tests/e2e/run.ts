/**
 * `npm run test:e2e`: builds the Chrome extension, then runs every tests/e2e/*.e2e.ts with node:test
 * in Debian's Chromium, one file at a time (one browser each), and prints a one-line summary.
 * SIFT_E2E_SKIP_BUILD=1 reuses an existing .output/chrome-mv3 (the README's test command builds first).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';

const HERE = import.meta.dirname;
const ROOT = join(HERE, '..', '..');

if (process.env.SIFT_E2E_SKIP_BUILD !== '1') {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

const files = readdirSync(HERE)
  .filter((name) => name.endsWith('.e2e.ts'))
  .map((name) => join(HERE, name));

let passed = 0;
let failed = 0;
const stream = run({ files, concurrency: 1, timeout: 120_000 });
stream.on('test:pass', (event) => {
  if (event.details.type !== 'suite') passed++;
});
stream.on('test:fail', (event) => {
  if (event.details.type !== 'suite') failed++;
});
stream.compose(new spec()).pipe(process.stdout);
stream.on('end', () => {
  console.log(`\ne2e (Chromium): ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
});
