/**
 * Properties of the engine on generated pages: it never throws, answers in its typed shapes, never
 * changes the page it reads, and what it returns passes the one sanitiser without losing text.
 * A fixed seed keeps runs reproducible; fast-check prints the seed and the shrunk page on failure.
 */
// First: the sanitiser needs a (jsdom) window at import; pages are parsed by linkedom, as the CLI does.
import { parseLikeABrowser } from '../security/jsdom-globals';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../cli/parse-page';
import { sanitizeArticle } from '../../../components/sanitize';
import { isArticlePage, readArticle, toText, type ReadResult } from '../../../engine';
import { pageArbitrary } from './document-arbitrary';
import { canonicalHtml, canonicalWithoutHookAttributes, htmlOf, normalise, textOfHtml } from './fragment-text';

const SEED = 20261123;
const RUNS = 200;
const PAGE_URL = 'https://herald.example/2026/03/story';
const REASONS = ['no-content', 'too-large', 'error'];

const settings = { seed: SEED, numRuns: RUNS };
const serialise = (doc: Document) => doc.documentElement.outerHTML;

function read(html: string): ReadResult {
  return readArticle(parsePage(html), { url: PAGE_URL });
}

describe('engine properties on generated pages', () => {
  it('readArticle never throws and answers an article or a typed reason, never its own failure', () => {
    fc.assert(
      fc.property(pageArbitrary, (html) => {
        const result = read(html);
        if (result.ok) {
          const { article } = result;
          expect(typeof article.html).toBe('string');
          expect(typeof article.text).toBe('string');
          expect(article.title.trim() || article.text.trim()).not.toBe('');
          expect(['ltr', 'rtl']).toContain(article.dir);
        } else {
          // "error" is the engine's safety net for its own failures: on any page, that is a bug.
          expect(result.reason, result.message).not.toBe('error');
          expect(REASONS).toContain(result.reason);
          expect(typeof result.message).toBe('string');
          expect(result.message.trim()).not.toBe('');
        }
      }),
      settings,
    );
  });

  // Both DOMs: the CLI's (linkedom) and one that builds the tree as the browser does (jsdom).
  it.each([
    ['linkedom', parsePage],
    ['jsdom', parseLikeABrowser],
  ] as const)('readArticle and isArticlePage never change the document they read (%s)', (_, parse) => {
    fc.assert(
      fc.property(pageArbitrary, (html) => {
        const doc = parse(html);
        const before = serialise(doc);
        readArticle(doc, { url: PAGE_URL });
        expect(serialise(doc)).toBe(before);
        isArticlePage(doc);
        expect(serialise(doc)).toBe(before);
      }),
      settings,
    );
  });

  it('isArticlePage answers a boolean and never throws', () => {
    fc.assert(
      fc.property(pageArbitrary, (html) => {
        expect(typeof isArticlePage(parsePage(html))).toBe('boolean');
      }),
      settings,
    );
  });

  it('toText answers a string ending in a newline', () => {
    fc.assert(
      fc.property(pageArbitrary, (html) => {
        const result = read(html);
        if (result.ok) expect(toText(result.article)).toMatch(/\n$/);
      }),
      settings,
    );
  });

  it('the article html passes the sanitiser unchanged, stably and without losing text', () => {
    fc.assert(
      fc.property(pageArbitrary, (html) => {
        const result = read(html);
        if (!result.ok) return;
        const first = sanitizeArticle(result.article.html);
        const expected = canonicalHtml(first);
        const once = htmlOf(first);
        // Idempotent in effect: sanitising what the sanitiser produced changes nothing more.
        expect(canonicalHtml(sanitizeArticle(once))).toBe(expected);
        // Nothing the engine kept as article text is removed by the sanitiser.
        expect(normalise(textOfHtml(once))).toBe(normalise(textOfHtml(result.article.html)));
        // Stronger: on ordinary pages the engine's html passes the sanitiser unchanged, apart from
        // the target/rel/loading/decoding the sanitiser's hook sets on links and images.
        const engineTree = new DOMParser().parseFromString(`<body>${result.article.html}`, 'text/html').body;
        const sanitisedTree = new DOMParser().parseFromString(`<body>${once}`, 'text/html').body;
        expect(canonicalWithoutHookAttributes(sanitisedTree)).toBe(canonicalWithoutHookAttributes(engineTree));
      }),
      settings,
    );
  });

  // Guards the property above against passing vacuously: the generator must yield articles.
  it('the generated pages include articles the engine finds', () => {
    const results = fc.sample(pageArbitrary, settings).map(read);
    const found = results.filter((r) => r.ok).length;
    expect(found, `${found} of ${RUNS} pages read as articles`).toBeGreaterThanOrEqual(RUNS / 5);
  });
});
