/**
 * `npm run test:e2e`: builds the Chrome extension (shipped, and the browser tests' build that
 * auto-open.e2e.ts needs: .output/chrome-mv3-e2e), then runs every tests/e2e/*.e2e.ts with node:test
 * in Debian's Chromium, one file at a time (one browser each), and prints a one-line summary.
 * `npm run test:e2e:firefox` (this script with `firefox`) does the same with the Firefox browser tests'
 * build (.output/firefox-mv2-e2e, see utils/e2e-toggle.ts) and tests/e2e/firefox/*.e2e.ts in Firefox ESR.
 * SIFT_E2E_SKIP_BUILD=1 reuses an existing build (the README's test command builds first).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';

const HERE = import.meta.dirname;
const ROOT = join(HERE, '..', '..');

// Chromium runs the shipped build, and the browser tests' build for what needs host access granted.
const BROWSERS = {
  chromium: { name: 'Chromium', builds: [['wxt', 'build'], ['wxt', 'build', '--mode', 'e2e']], dir: HERE },
  firefox: { name: 'Firefox', builds: [['wxt', 'build', '-b', 'firefox', '--mode', 'e2e']], dir: join(HERE, 'firefox') },
} as const;
const choice = process.argv[2] ?? 'chromium';
if (!(choice in BROWSERS)) throw new Error(`unknown browser "${choice}": ${Object.keys(BROWSERS).join(' or ')}`);
const target = BROWSERS[choice as keyof typeof BROWSERS];

if (process.env.SIFT_E2E_SKIP_BUILD !== '1') {
  for (const build of target.builds) execFileSync('npx', build, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

const files = readdirSync(target.dir)
  .filter((name) => name.endsWith('.e2e.ts'))
  .map((name) => join(target.dir, name));

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
  console.log(`\ne2e (${target.name}): ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
});
