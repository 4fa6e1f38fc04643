// Articles rendered inside shadow roots: declarative (<template shadowrootmode>, left as a template by
// parsers) and open shadow roots attached by a page's script. Read with linkedom (the engine's Node DOM)
// and jsdom (the HTML standard's parser, real slots and assignment).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isArticlePage, type Article } from '../../../engine';
import { parseLikeABrowser } from '../security/jsdom';
import { FIXTURES, articleOf, parse } from './load';

const PARSERS = { linkedom: parse, jsdom: parseLikeABrowser };

function read(document: Document): Article {
  return articleOf(document, 'https://news.example.com/article/');
}

const fixture = (name: string) => readFileSync(join(FIXTURES, 'cases', name), 'utf8');

/** What the page's script does: an open shadow root on <article-body>, filled from the page's template. */
function attachArticleBody(document: Document): void {
  const template = document.getElementById('article-body-template') as HTMLTemplateElement;
  const host = document.querySelector('article-body')!;
  host.attachShadow({ mode: 'open' }).append(template.content.cloneNode(true));
}

describe.each(Object.entries(PARSERS))('declarative shadow DOM (%s)', (_name, parsePage) => {
  const article = read(parsePage(fixture('declarative-shadow-dom.html')));

  it('reads the shadow tree with the host\'s children in its slots, in rendered order', () => {
    const { text } = article;
    const order = [
      'The night ferry to the island returns on Friday',
      'The service was cut when the old vessel failed',
      'A refitted ship leased from a northern operator',
      'We heard from nurses, students and fishermen',
      'Tickets go on sale on Monday',
    ].map((sentence) => text.indexOf(sentence));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('keeps the nested component\'s quote as a quote and leaves out the shadow styles', () => {
    expect(article.html).toMatch(/<blockquote>\s*“We heard from nurses/);
    expect(article.text).not.toContain(':host');
  });

  it('is detected as an article: the badge looks inside the shadow root too', () => {
    const document = parsePage(fixture('declarative-shadow-dom.html'));
    expect(isArticlePage(document)).toBe(true);
    document.querySelector('story-page > template')!.remove();
    expect(isArticlePage(document)).toBe(false);
  });

  it('leaves out the chrome around the host', () => {
    expect(article.text).not.toMatch(/Popular|Bridge reopens|All rights reserved/);
  });
});

describe.each(Object.entries(PARSERS))('an open shadow root attached by the page (%s)', (_name, parsePage) => {
  it('reads the shadow tree and the slotted light children', () => {
    const document = parsePage(fixture('open-shadow-root.html'));
    attachArticleBody(document);
    const { text, html } = read(document);
    const first = text.indexOf('Fruit growers in the valley have started picking at night');
    const slotted = text.indexOf('Pickers wear head torches');
    const last = text.indexOf("The growers' association says it will review the trial");
    expect(first).toBeGreaterThanOrEqual(0);
    expect(slotted).toBeGreaterThan(first);
    expect(last).toBeGreaterThan(slotted);
    expect(html).not.toMatch(/<slot|<style|line-height/);
  });

  it('is detected as an article once the root is attached, not before', () => {
    const document = parsePage(fixture('open-shadow-root.html'));
    expect(isArticlePage(document)).toBe(false);
    attachArticleBody(document);
    expect(isArticlePage(document)).toBe(true);
  });

  it('reads a shadow root on a standard element attachShadow accepts (a <div>), not only on a custom element', () => {
    const document = parsePage(fixture('open-shadow-root.html'));
    const custom = document.querySelector('article-body')!;
    const host = document.createElement('div');
    host.append(...custom.childNodes);
    custom.replaceWith(host);
    const template = document.getElementById('article-body-template') as HTMLTemplateElement;
    host.attachShadow({ mode: 'open' }).append(template.content.cloneNode(true));
    expect(read(document).text).toContain('Fruit growers in the valley have started picking at night');
  });

  it('does not change the page it read: the host keeps its shadow root and its own children', () => {
    const document = parsePage(fixture('open-shadow-root.html'));
    attachArticleBody(document);
    const host = document.querySelector('article-body')!;
    const before = [host.shadowRoot!.childNodes.length, host.childNodes.length];
    read(document);
    expect([host.shadowRoot!.childNodes.length, host.childNodes.length]).toEqual(before);
  });
});

it('reads a slot\'s fallback content when the host assigns nothing to it', () => {
  const html = fixture('declarative-shadow-dom.html').replace('<span slot="headline">Night ferry returns to the island route</span>', '');
  const { text } = read(parse(html));
  expect(text).toContain('Untitled');
});

it('reads a page without shadow content in place, as before', () => {
  const document = parse(fixture('open-shadow-root.html'));
  // Never attached: the template stays inert markup, and only the light children are the article.
  const { text } = read(document);
  expect(text).toContain('Pickers wear head torches');
  expect(text).not.toContain('Fruit growers in the valley');
});
