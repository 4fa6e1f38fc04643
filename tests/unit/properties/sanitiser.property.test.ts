/**
 * The one sanitiser on generated page markup, independent of the engine: a second pass changes
 * nothing (no mutation-XSS style drift when its output is parsed again).
 */
// First: the sanitiser needs a (jsdom) window at import.
import '../security/jsdom-globals';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeArticle } from '../../../components/sanitize';
import { pageArbitrary } from './document-arbitrary';
import { canonicalHtml, htmlOf } from './fragment-text';

const settings = { seed: 20261123, numRuns: 200 };

const bodyOf = (page: string) => page.slice(page.indexOf('<body>') + 6, page.lastIndexOf('</body>'));

describe('sanitiser properties on generated markup', () => {
  it('is idempotent in effect: sanitising its own output changes nothing but attribute order', () => {
    fc.assert(
      fc.property(pageArbitrary, (page) => {
        const first = sanitizeArticle(bodyOf(page));
        const expected = canonicalHtml(first);
        expect(canonicalHtml(sanitizeArticle(htmlOf(first)))).toBe(expected);
      }),
      settings,
    );
  });
});
