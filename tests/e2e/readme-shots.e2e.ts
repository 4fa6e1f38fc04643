/**
 * The README's screenshots (tests/e2e/readme-shots.ts), taken by the browser tests into
 * artifacts/screenshots/readme/: the same pictures `npm run screenshots` commits to docs/screenshots/.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { README_SHOTS, takeShot } from './readme-shots';
import { server, sift, useSift } from './suite';

// A folder of their own: other tests' shots of their own (overlay-light.png, popup.png) share names with these.
const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'artifacts', 'screenshots', 'readme');

useSift({
  afterStart: async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    await sift.worker.evaluate(() => chrome.storage.local.clear());
  },
});

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(path: string): Promise<{ width: number; height: number }> {
  const bytes = await readFile(path);
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', `${path} is a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the README screenshots', () => {
  for (const shot of README_SHOTS) {
    it(`${shot.name}: ${shot.caption}`, async () => {
      const { width, height } = await pngSize(await takeShot(sift, server, shot, SCREENSHOTS));
      assert.equal(width, shot.viewport.width, 'taken at device scale 1, at the viewport width');
      // The popup is shot whole (its page may be taller than the window); the overlay fills the viewport.
      if (shot.popup) assert.ok(height >= shot.viewport.height);
      else assert.equal(height, shot.viewport.height);
    });
  }
});
