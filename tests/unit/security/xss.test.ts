/**
 * Every XSS vector in every slot of a realistic article: the engine still finds the article, its
 * HTML carries no script, and what the one sanitiser makes of it cannot run code or hijack the overlay.
 */
// First: the sanitiser needs a (jsdom) window at import. The engine reads linkedom pages, as the CLI does.
import { parseLikeABrowser } from './jsdom-globals';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../cli/parse-page';
import { sanitizeArticle } from '../../../components/sanitize';
import { readArticle } from '../../../engine';
import { ARTICLE_URL, FIRST_SENTENCE } from '../../fixtures/xss/article-text';
import { buildPage, SLOTS, type Placement } from '../../fixtures/xss/build-page';
import { rotatedPages } from '../../fixtures/xss/page-plan';
import { XSS_VECTORS } from '../../fixtures/xss/vectors';
import { findUnsafeMarkup, scriptsInEngineHtml } from './unsafe-markup';

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

// engine/metadata.ts deliberately decodes entities "left encoded twice" in meta tags (sites that
// double-escape "&amp;#39;"), so a meta value may come back decoded once more than the parser did.
const ENTITY = /&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeOnceMore(text: string): string {
  return text.replace(ENTITY, (entity, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? entity;
    const code = name[1]!.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/** Text the page states as metadata, read independently of the engine (before it runs). */
function metadataSources(doc: Document): string[] {
  const texts = [doc.title];
  doc.querySelectorAll('meta[content]').forEach((m) => {
    const content = m.getAttribute('content') ?? '';
    texts.push(content, decodeOnceMore(content));
  });
  doc.querySelectorAll('h1, .byline, [rel~="author"]').forEach((e) => texts.push(e.textContent ?? ''));
  return texts.map(normalise);
}

/** The article moved into a web component's declarative shadow root, which the engine composes back in. */
const inShadowRoot = (html: string) =>
  html.replace('<article class="article">', '<story-body><template shadowrootmode="open"><article class="article">').replace('</article>', '</article></template></story-body>');

function checkPage(placements: readonly Placement[], parse: (html: string) => Document = parsePage, shadow = false): void {
  const page = buildPage(placements);
  const doc = parse(shadow ? inShadowRoot(page) : page);
  const sources = metadataSources(doc);
  const result = readArticle(doc, { url: ARTICLE_URL });
  expect(result.ok, result.ok ? '' : `${result.reason}: ${result.message}`).toBe(true);
  if (!result.ok) return;
  const { article } = result;

  expect.soft(normalise(article.text)).toContain(FIRST_SENTENCE);
  expect.soft(scriptsInEngineHtml(article.html), 'engine html').toEqual([]);
  expect.soft(findUnsafeMarkup(sanitizeArticle(article.html)), 'sanitised html').toEqual([]);

  // Metadata is shown as text (Preact escapes it): it must be the page's text, never its markup
  // (innerHTML), so each value appears in what the page states as text.
  for (const key of ['title', 'byline', 'siteName'] as const) {
    const value = article[key];
    if (value === undefined) continue;
    expect.soft(typeof value, key).toBe('string');
    expect.soft(sources.some((s) => s.includes(normalise(value))), `${key} "${value}" is page text`).toBe(true);
  }
  // The lead image is rendered outside the sanitiser (components/article-view.tsx).
  if (article.leadImage) {
    expect.soft(article.leadImage.src, 'lead image src').toMatch(/^https?:\/\//);
    expect.soft(findUnsafeMarkup(leadImageElement(article.leadImage)), 'lead image').toEqual([]);
  }
}

function leadImageElement(image: { src: string; alt: string }): HTMLElement {
  const img = document.createElement('img');
  img.setAttribute('src', image.src);
  img.setAttribute('alt', image.alt);
  return img;
}

// The worst case, independent of the engine: each vector handed to the sanitiser verbatim.
describe('the sanitiser alone on each vector', () => {
  it.each(XSS_VECTORS.map((vector) => [vector.id, vector] as const))('%s', (_, vector) => {
    expect(findUnsafeMarkup(sanitizeArticle(`<p>${FIRST_SENTENCE}</p>${vector.html}`))).toEqual([]);
  });
});

describe.each(SLOTS)('XSS vectors in the %s slot', (slot) => {
  it.each(XSS_VECTORS.map((vector) => [vector.id, vector] as const))('%s', (_, vector) => {
    checkPage([{ slot, vector }]);
  });
});

// Shadow content goes through the same boundary: vectors in a shadow-rooted article never slip past it.
describe.each([
  ['linkedom', parsePage],
  ['a spec parser (jsdom)', parseLikeABrowser],
] as const)('XSS vectors in an article inside a declarative shadow root, parsed by %s', (_, parse) => {
  it.each(XSS_VECTORS.map((vector) => [vector.id, vector] as const))('%s', (_, vector) => {
    checkPage([{ slot: 'body', vector }], parse, true);
  });
});

// The pages the browser test opens (several vectors per slot each): they must all still read,
// parsed as the CLI does and as the browser does.
describe.each([
  ['linkedom', parsePage],
  ['a spec parser (jsdom)', parseLikeABrowser],
] as const)('XSS pages for the browser run, parsed by %s', (_, parse) => {
  it.each(rotatedPages(XSS_VECTORS).map((page, i) => [i, page] as const))('page %i', (_, page) => {
    checkPage(page, parse);
  });
});
