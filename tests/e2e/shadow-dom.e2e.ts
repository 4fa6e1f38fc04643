/**
 * An article inside a web component in Chromium: the body lives in the element's open shadow root
 * (attached by the page's script), its headline and two paragraphs are slotted light children, and a
 * pull quote is a nested component with a declarative shadow root. The badge and the overlay must
 * both find it. Screenshot in artifacts/screenshots/.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openWithToolbar, overlayText, tabIdOf, waitForDetection } from './reader-page';
import { SCREENSHOTS, server, sift, useSift } from './suite';

useSift();

it('marks and reads an article whose body is in open shadow roots, slotted children in place', async () => {
  const page = await sift.newPage(server.url('shadow-article.html'));
  assert.equal((await waitForDetection(sift, await tabIdOf(sift, page))).badge, '✓');
  await openWithToolbar(sift, page);
  const text = await overlayText(page);
  const order = [
    'Orchard growers switch to night picking',
    'Fruit growers in the valley have started picking at night',
    'Pickers wear head torches',
    'Several farms said the fruit picked',
    'We would rather pick by torchlight',
    'Night work brings its own risks',
    "The growers' association says it will review the trial",
  ].map((sentence) => text.indexOf(sentence));
  assert.ok(order.every((at) => at >= 0), `every part is read: ${JSON.stringify(order)}`);
  assert.deepEqual(order, [...order].sort((a, b) => a - b), 'in the order the page shows them');
  assert.doesNotMatch(text, /Popular|Bridge reopens|All rights reserved|line-height/);
  await page.screenshot({ path: join(SCREENSHOTS, 'shadow-article.png') });
  await page.close();
});
