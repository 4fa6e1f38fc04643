/**
 * `npm run screenshots`: builds the Chrome extension (SIFT_E2E_SKIP_BUILD=1 reuses the last build),
 * then takes the README's screenshots (tests/e2e/readme-shots.ts) into docs/screenshots/.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { launchSift } from '../tests/e2e/browser';
import { startFixtureServer } from '../tests/e2e/fixture-server';
import { README_SHOTS, takeShot } from '../tests/e2e/readme-shots';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs', 'screenshots');

if (process.env.SIFT_E2E_SKIP_BUILD !== '1') {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
await mkdir(OUT, { recursive: true });
const server = await startFixtureServer();
const sift = await launchSift();
try {
  await sift.worker.evaluate(() => chrome.storage.local.clear());
  for (const shot of README_SHOTS) {
    const path = await takeShot(sift, server, shot, OUT);
    console.log(`${relative(ROOT, path)}  ${Math.round((await stat(path)).size / 1024)} KB  ${shot.caption}`);
  }
} finally {
  await sift.close();
  await server.close();
}
