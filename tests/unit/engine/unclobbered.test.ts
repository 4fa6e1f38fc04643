// A page whose form shadows the members the engine walks by (DOM clobbering, see engine/unclobbered.ts)
// is read from a copy; the live page is left as it was. tests/e2e/robustness.e2e.ts checks it in Chromium.
// jsdom here, not linkedom: linkedom's own code reads the members shadowed on an element (its cloneNode
// reads localName), where jsdom's works on inner nodes as a browser's does (but for its selector
// engine's closest, which climbs by parentElement: the detector's test below shadows parentNode only).
import { describe, expect, it } from 'vitest';
import { isArticlePage, readArticle } from '../../../engine';
import { unclobbered } from '../../../engine/unclobbered';
import { parseLikeABrowser as parse } from '../security/jsdom';
import { parse as parseWithLinkedom } from './load';
import { shadowByControls } from './shadow-form';

const ARTICLE = `<article><h1>The lock keepers of the Severn</h1><p class="byline">By Ada Brook</p>
${[
  'Every lock on the river has a keeper, and every keeper has a logbook that goes back to the day the lock first opened.',
  'The logbooks record every boat, every flood and every repair, in the handwriting of the keeper on duty that day.',
  'Some keepers have kept the same lock for thirty years and know each boat that passes by the sound of its engine.',
  'When the river rises in winter the keepers open the weirs by hand, working through the night in shifts of four hours.',
  'The oldest logbook still in use was opened in 1842, when the first steam tug passed through the lock at Gloucester.',
  'Keepers are trained by the keeper before them, and most of what they know has never been written down anywhere else.',
  'The canal trust plans to scan every logbook next year, so that historians can read them without travelling to the locks.',
  'Until then the books stay where they have always been: on a shelf in each lock house, beside the kettle and the tide tables.',
].map((text) => `<p>${text}</p>`).join('')}</article>
<aside class="related"><h2>You might also like</h2><ul><li><a href="/a">Canal boats</a></li><li><a href="/b">River floods</a></li></ul></aside>`;

/** The whole page in one form, as ASP.NET lays pages out, with hidden controls of these names. */
function pageInForm(names: string[], parsePage = parse): Document {
  const controls = names.map((name) => `<input type="hidden" name="${name}" value="1">`).join('');
  return parsePage(`<!doctype html><html lang="en"><head><title>The lock keepers of the Severn</title></head><body><form id="page" action="/article">${controls}${ARTICLE}</form></body></html>`);
}

/** The members whose shadowing hung (parentElement, nextElementSibling) or broke (the rest) the engine in Chromium. */
const WALKED_MEMBERS = ['parentElement', 'nextElementSibling', 'localName', 'getAttribute', 'hasAttribute', 'children', 'closest', 'querySelector', 'remove', 'ownerDocument'];

describe('a page whose form shadows the members the engine reads', () => {
  it('reads the same article and verdict as the page without the shadowing', () => {
    const plain = pageInForm([...WALKED_MEMBERS, '__VIEWSTATE']);
    const hostile = pageInForm([...WALKED_MEMBERS, '__VIEWSTATE']);
    shadowByControls(hostile.querySelector('form')!);
    const read = readArticle(hostile, { url: 'https://news.example/locks' });
    expect(read.ok ? read.article.text : read.message).toBe((readArticle(plain, { url: 'https://news.example/locks' }) as { article: { text: string } }).article.text);
    expect(isArticlePage(plain, 'https://news.example/locks')).toBe(true);
    expect(isArticlePage(hostile, 'https://news.example/locks')).toBe(true);
  });

  // The detector judges the live page first and a copy only when it throws (see isArticlePage). On a page
  // with no <article> it places the headings against the title and the first paragraph by walking up
  // from each: from a title in a form whose parentNode is shadowed, that walk must end rather than loop.
  it('judges the page without looping up through a form whose parentNode is shadowed', () => {
    const paragraphs = ARTICLE.match(/<p>[^<]+<\/p>/g)!.join('');
    const page = parse(`<!doctype html><html><head><title>Locks</title></head><body>
      <form><input type="hidden" name="parentNode"><h1>The lock keepers of the Severn</h1>${'<h2>A section</h2>'.repeat(12)}</form>
      <div class="text">${paragraphs}</div></body></html>`);
    const shadowing = shadowByControls(page.querySelector('form')!);
    isArticlePage(page, 'https://news.example/locks');
    expect(shadowing.looped).toBe(false);
  });

  it('leaves the live page as it was: its controls keep their names, its form its shadowing', () => {
    const page = pageInForm([...WALKED_MEMBERS, '__VIEWSTATE']);
    const form = page.querySelector('form')!;
    shadowByControls(form);
    const before = page.documentElement.outerHTML;
    readArticle(page, { url: 'https://news.example/locks' });
    isArticlePage(page, 'https://news.example/locks');
    expect(page.documentElement.outerHTML).toBe(before);
    expect(Object.hasOwn(form, 'parentElement')).toBe(true);
  });

  it('copies the page with only the shadowing names removed', () => {
    const page = pageInForm(['parentElement', 'localName', '__VIEWSTATE']);
    shadowByControls(page.querySelector('form')!);
    const copy = unclobbered(page);
    expect(copy).not.toBe(page);
    expect([...copy.querySelectorAll('input')].map((input) => input.getAttribute('name'))).toEqual([null, null, '__VIEWSTATE']);
    expect(copy.querySelector('form')!.parentElement).toBe(copy.body);
  });
});

describe('pages read in place', () => {
  it('a form that shadows nothing the engine reads: its own members, HTML elements\', and `id`, which the engine reads as an attribute', () => {
    // WordPress's comment form names a control `submit`, Shopify's cart form one `id`.
    const names = ['submit', 'action', 'title', 'lang', 'hidden', 'id', '__VIEWSTATE'];
    const page = pageInForm(names);
    shadowByControls(page.querySelector('form')!);
    expect(unclobbered(page)).toBe(page);
    const read = readArticle(page, { url: 'https://news.example/locks' });
    expect(read.ok ? read.article.text : read.message).toBe((readArticle(pageInForm(names), { url: 'https://news.example/locks' }) as { article: { text: string } }).article.text);
  });

  // linkedom keeps fields on its elements (parentNode, localName, ownerDocument): a form has those as
  // its own members, but they are no controls. Read as shadowing, every page with a form was copied.
  it.each([
    ['jsdom', parse],
    ['linkedom', parseWithLinkedom],
  ])('%s\'s, whose forms shadow nothing whatever their controls are named', (_, parsePage) => {
    const page = pageInForm(WALKED_MEMBERS, parsePage);
    expect(unclobbered(page)).toBe(page);
  });
});
