/**
 * axe-core in the browser tests: injected from node_modules into the page under test (never fetched),
 * run on the whole page or only on Sift's overlay inside its shadow root, violations listed readably.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import type { AxeResults, ElementContext } from 'axe-core';

declare global {
  const axe: typeof import('axe-core');
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The overlay only: axe follows the selector into the host's shadow root. Page clutter is not Sift's to fix. */
const OVERLAY: ElementContext = { include: { fromShadowDom: ['sift-reader', '.sift-root'] } };

/**
 * Every rule axe runs by default (WCAG 2.0-2.2 A and AA, best practices), one line per failing
 * element: rule, impact, what it checks, where, and why it failed. Empty when the page passes.
 */
export async function axeViolations(page: Page, context: ElementContext = { include: ['html'] }): Promise<string[]> {
  // Evaluated through the debugging protocol, so an extension page's own CSP does not refuse it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results: AxeResults = await page.evaluate((where) => axe.run(where, { resultTypes: ['violations'] }), context);
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n    at ${JSON.stringify(node.target)}\n    ${node.failureSummary?.replace(/\n/g, '\n    ')}`,
    ),
  );
}

/** Fails with the list of violations, one block per element, so the report says what to fix. */
export function assertNoViolations(violations: string[], where: string): void {
  if (violations.length > 0) {
    throw new Error(`axe found ${violations.length} violation(s) ${where}:\n  ${violations.join('\n  ')}`);
  }
}

/**
 * axe on the overlay, the whole article at once: axe skips text scrolled out of the overlay's own
 * scroller (it is not visible), so the viewport is made as tall as the overlay's content for the run.
 */
export async function overlayViolations(page: Page): Promise<string[]> {
  const viewport = page.viewport()!;
  const height = await page.evaluate(() => document.querySelector('sift-reader')!.shadowRoot!.querySelector('.sift-scroll')!.scrollHeight);
  await page.setViewport({ ...viewport, height: Math.max(viewport.height, height) });
  try {
    return await axeViolations(page, OVERLAY);
  } finally {
    await page.setViewport(viewport);
  }
}
