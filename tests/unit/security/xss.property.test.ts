/**
 * XSS vectors scattered through generated pages (random trees and article paragraphs), parsed as
 * the CLI does and as a browser does: whatever the engine returns carries no script, and what the
 * one sanitiser makes of it is clean. Complements xss.test.ts, whose pages have a fixed shape.
 */
// First: the sanitiser needs a (jsdom) window at import.
import { parseLikeABrowser } from './jsdom-globals';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../cli/parse-page';
import { sanitizeArticle } from '../../../components/sanitize';
import { readArticle } from '../../../engine';
import { pagesWith } from '../properties/document-arbitrary';
import { XSS_VECTORS } from '../../fixtures/xss/vectors';
import { findUnsafeMarkup, scriptsInEngineHtml } from './unsafe-markup';

const settings = { seed: 20261123, numRuns: 200 };
const hostilePages = pagesWith(fc.constantFrom(...XSS_VECTORS.map((v) => v.html)));

describe.each([
  ['linkedom', parsePage],
  ['jsdom', parseLikeABrowser],
] as const)('XSS vectors anywhere in generated pages (%s)', (_, parse) => {
  it('the engine returns no script and the sanitised article is clean', () => {
    let articles = 0;
    fc.assert(
      fc.property(hostilePages, (html) => {
        const result = readArticle(parse(html), { url: 'https://herald.example/story' });
        if (!result.ok) return;
        articles++;
        expect(scriptsInEngineHtml(result.article.html)).toEqual([]);
        expect(findUnsafeMarkup(sanitizeArticle(result.article.html))).toEqual([]);
      }),
      settings,
    );
    // Not vacuous: enough pages read as articles for the checks above to have run.
    expect(articles).toBeGreaterThanOrEqual(settings.numRuns / 5);
  });
});
