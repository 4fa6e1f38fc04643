import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../utils/i18n', () => import('./english-messages'));
import { JSDOM } from 'jsdom';

// WXT's Vitest plugin does not load under the jsdom environment, so this file brings its own window.
const { window } = new JSDOM('<!doctype html><html><body></body></html>', { url: 'https://news.example.com/a' });
// jsdom has no matchMedia; a narrow screen without motion preferences.
const matchMedia = () => ({ matches: false, addEventListener() {}, removeEventListener() {} });
Object.assign(globalThis, {
  window,
  matchMedia,
  document: window.document,
  Node: window.Node,
  Event: window.Event,
  DocumentFragment: window.DocumentFragment,
  HTMLAnchorElement: window.HTMLAnchorElement,
  HTMLImageElement: window.HTMLImageElement,
});
const { render } = await import('preact');
const { act } = await import('preact/test-utils');
const { ArticleView } = await import('../../../components/article-view');
const { NoArticleView } = await import('../../../components/no-article-view');
type Article = import('../../../engine').Article;

const LEAD = 'https://news.example.com/lead.jpg';
const article = (html: string): Article => ({
  title: 'A title',
  byline: 'Ana Lindqvist',
  published: '2026-03-14T08:00:00+01:00',
  siteName: 'The Slow Review',
  lang: 'en',
  dir: 'ltr',
  leadImage: { src: LEAD, alt: 'Lead' },
  html,
  text: '',
  wordCount: 460,
});

function show(view: preact.VNode): HTMLElement {
  const container = document.createElement('div');
  act(() => render(view, container));
  return container;
}

describe('ArticleView', () => {
  it('shows site, title, byline, date and reading time above the body', () => {
    const view = show(<ArticleView scroller={{ current: null }} wordsPerMinute={230} article={article('<p>Body text.</p>')} />);
    expect(view.querySelector('.sift-site')?.textContent).toBe('The Slow Review');
    expect(view.querySelector('h1')?.textContent).toBe('A title');
    expect(view.querySelector('.sift-byline')?.textContent).toBe('Ana Lindqvist');
    expect(view.querySelector('time')?.textContent).toBe('March 14, 2026');
    expect(view.querySelector('.sift-meta')?.textContent).toContain('2 min read');
    expect(view.querySelector('.sift-body')?.textContent).toBe('Body text.');
  });

  it('shows the lead image above the body when the body does not hold it', () => {
    const view = show(<ArticleView scroller={{ current: null }} wordsPerMinute={230} article={article('<p>Body.</p>')} />);
    expect([...view.querySelectorAll('img')].map((img) => img.src)).toEqual([LEAD]);
    expect(view.querySelector('.sift-lead img')).not.toBeNull();
  });

  it('does not show the lead image twice when the body opens with it', () => {
    const view = show(<ArticleView scroller={{ current: null }} wordsPerMinute={230} article={article(`<figure><img src="${LEAD}" alt=""></figure><p>Body.</p>`)} />);
    expect(view.querySelectorAll('img')).toHaveLength(1);
    expect(view.querySelector('.sift-lead')).toBeNull();
  });

  it('hides an image that fails to load, with its figure', () => {
    const view = show(<ArticleView scroller={{ current: null }} wordsPerMinute={230} article={article('<figure><img src="https://x.test/gone.jpg" alt=""><figcaption>Cap</figcaption></figure>')} />);
    const image = view.querySelector('.sift-body img')!;
    act(() => void image.dispatchEvent(new window.Event('error')));
    expect(view.querySelector<HTMLElement>('.sift-body figure')!.hidden).toBe(true);
  });
});

describe('contents', () => {
  const withHeadings = (count: number) =>
    Array.from({ length: count }, (_, i) => `<h2>Part ${i + 1}</h2><p>Text.</p>`).join('');

  it('lists three or more headings, each linked to its heading', () => {
    const view = show(<ArticleView scroller={{ current: null }} wordsPerMinute={230} article={article(withHeadings(3))} />);
    const links = [...view.querySelectorAll<HTMLAnchorElement>('.sift-toc a')];
    expect(links.map((link) => link.textContent)).toEqual(['Part 1', 'Part 2', 'Part 3']);
    for (const link of links) expect(view.querySelector(`.sift-body h2[id="${link.hash.slice(1)}"]`)).not.toBeNull();
  });

  it('leaves out a heading with neither letters nor digits (a "* * *" divider, a stray bracket)', () => {
    const body = `${withHeadings(3)}<h3>* * *</h3><p>Text.</p><h2>(</h2><p>Text.</p>`;
    const view = show(<ArticleView scroller={{ current: null }} wordsPerMinute={230} article={article(body)} />);
    expect([...view.querySelectorAll('.sift-toc a')].map((link) => link.textContent)).toEqual(['Part 1', 'Part 2', 'Part 3']);
  });

  it("lists the article's two highest heading ranks: h1 sections and their h2s where the writer starts at h1", () => {
    const body = '<h1>One</h1><p>Text.</p><h2>One, first part</h2><p>Text.</p><h3>A detail</h3><p>Text.</p><h1>Two</h1><p>Text.</p><h1>Three</h1><p>Text.</p>';
    const view = show(<ArticleView scroller={{ current: null }} wordsPerMinute={230} article={article(body)} />);
    const entries = [...view.querySelectorAll('.sift-toc li')].map((item) => `${item.className} ${item.textContent}`);
    expect(entries).toEqual(['sift-toc-level-2 One', 'sift-toc-level-3 One, first part', 'sift-toc-level-2 Two', 'sift-toc-level-2 Three']);
  });

  it('leaves out a lone heading above all the others: the title again in other words', () => {
    const body = `<h1>How night trains came back</h1><p>Text.</p>${withHeadings(3)}`;
    const view = show(<ArticleView scroller={{ current: null }} wordsPerMinute={230} article={article(body)} />);
    const entries = [...view.querySelectorAll('.sift-toc li')].map((item) => `${item.className} ${item.textContent}`);
    expect(entries).toEqual(['sift-toc-level-2 Part 1', 'sift-toc-level-2 Part 2', 'sift-toc-level-2 Part 3']);
  });

  it('reads a heading broken by <br> with a space at the break, as the title is read', () => {
    const body = `<h2>M5.<br>Creator.<br>Accelerator.</h2><p>Text.</p>${withHeadings(2)}`;
    const view = show(<ArticleView scroller={{ current: null }} wordsPerMinute={230} article={article(body)} />);
    expect([...view.querySelectorAll('.sift-toc a')].map((link) => link.textContent)).toEqual(['M5. Creator. Accelerator.', 'Part 1', 'Part 2']);
  });

  it('is left out for fewer headings', () => {
    const view = show(<ArticleView scroller={{ current: null }} wordsPerMinute={230} article={article(withHeadings(2))} />);
    expect(view.querySelector('.sift-toc')).toBeNull();
  });
});

describe('NoArticleView', () => {
  it('says no article was found and gives the engine reason when it adds something', () => {
    const view = show(<NoArticleView message="The page is too large to read." onClose={() => {}} />);
    expect(view.querySelector('h1')?.textContent).toBe('No article found on this page');
    expect(view.textContent).toContain('The page is too large to read.');
  });

  it('does not repeat the heading', () => {
    const view = show(<NoArticleView message="No article found on this page." onClose={() => {}} />);
    expect(view.textContent!.match(/No article found/g)).toHaveLength(1);
  });
});
