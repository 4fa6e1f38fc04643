import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parsePage } from '../../../cli/parse-page';

/** Each text node's value, in document order: how a parser cut the page's text. */
function textNodes(document: Document): string[] {
  const walker = document.createTreeWalker(document, 4 /* NodeFilter.SHOW_TEXT */);
  const values: string[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) values.push(node.nodeValue ?? '');
  return values;
}

describe('parsePage cuts text into nodes as a browser\'s parser does (jsdom follows the HTML standard)', () => {
  const pages = {
    'character references in a name': '<p><a href="/u/1">Eduardo Po&#231;as</a> &middot; Caf&eacute; &amp; bar</p>',
    'references beside comments and elements': '<p>A&nbsp;B<!-- note -->C&lt;D<b>E&gt;</b>F&#x2014;G</p>',
    'references in a table cell and a title': '<title>Tom &amp; Jerry</title><table><tr><td>R&eacute;sum&eacute;</td></tr></table>',
  };

  for (const [name, html] of Object.entries(pages)) {
    it(name, () => {
      const markup = `<!doctype html><html><head></head><body>${html}</body></html>`;
      expect(textNodes(parsePage(markup))).toEqual(textNodes(new JSDOM(markup).window.document));
    });
  }
});
