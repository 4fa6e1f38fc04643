import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { MAX_CHUNK, chunkText, planReading } from '../../../components/read-aloud-plan';

/** The title and body of an article as the overlay renders them. */
function rendered(body: string): Element[] {
  const { document } = parseHTML(`<html><body><article>
    <header><p class="sift-site">Site</p><h1 class="sift-title">The title</h1><p class="sift-meta">4 min read</p></header>
    <div class="sift-body">${body}</div></article></body></html>`);
  return [document.querySelector('.sift-title')!, document.querySelector('.sift-body')!] as unknown as Element[];
}

const texts = (body: string) => planReading(rendered(body), 'en').map((block) => block.text);

describe('planReading', () => {
  it('reads the title, then headings, paragraphs, list items, quotes and captions in document order', () => {
    const body = `<h2>First part</h2><p>One paragraph.</p><ul><li>An item</li><li>Another</li></ul>
      <blockquote><p>A quoted line.</p></blockquote><figure><img src="a.jpg" alt="x"><figcaption>A caption</figcaption></figure>
      <h3>Second part</h3><dl><dt>Term</dt><dd>Meaning</dd></dl>`;
    expect(texts(body)).toEqual([
      'The title',
      'First part',
      'One paragraph.',
      'An item',
      'Another',
      'A quoted line.',
      'A caption',
      'Second part',
      'Term',
      'Meaning',
    ]);
  });

  it('leaves out the site name and the metadata line above the title', () => {
    expect(texts('<p>Body.</p>')).not.toContain('Site');
    expect(texts('<p>Body.</p>').join(' ')).not.toContain('min read');
  });

  it('skips code blocks, tables and hidden elements, keeping inline code', () => {
    const body = `<p>Run <code>npm test</code> first.</p><pre><code>const a = 1;</code></pre>
      <table><caption>Figures</caption><tr><td>1</td></tr></table><p hidden>Hidden</p><div aria-hidden="true"><p>Decor</p></div><p>After.</p>`;
    expect(texts(body)).toEqual(['The title', 'Run npm test first.', 'After.']);
  });

  it('reads a list item’s own text before its nested list, each nested item on its own', () => {
    expect(texts('<ul><li>Fruit:<ul><li>apples</li><li>pears</li></ul></li></ul>')).toEqual(['The title', 'Fruit:', 'apples', 'pears']);
  });

  it('reads a quote without paragraphs as one block and loose text in a wrapper as its own block', () => {
    expect(texts('<blockquote>Short quote.</blockquote><div>Loose text<p>Inner.</p></div>')).toEqual([
      'The title',
      'Short quote.',
      'Loose text',
      'Inner.',
    ]);
  });

  it('highlights the element it reads, collapses whitespace, and turns line breaks into spaces', () => {
    const [, block] = planReading(rendered('<p id="p1">Line one<br>line   two\n and <em>three</em>.</p>'), 'en');
    expect(block!.element.id).toBe('p1');
    expect(block!.text).toBe('Line one line two and three.');
  });

  it('gives empty blocks and images no turn', () => {
    expect(texts('<p> </p><p><img src="a.jpg" alt="A photo"></p><h2></h2>')).toEqual(['The title']);
  });

  it('cuts a long paragraph into chunks, keeping every character', () => {
    const long = Array.from({ length: 12 }, (_, i) => `Sentence number ${i} runs on for a while to make it long.`).join(' ');
    const [, block] = planReading(rendered(`<p>${long}</p>`), 'en');
    expect(block!.chunks.length).toBeGreaterThan(1);
    expect(block!.chunks.join('')).toBe(long);
    for (const chunk of block!.chunks) expect(chunk.length).toBeLessThanOrEqual(MAX_CHUNK);
  });
});

describe('chunkText', () => {
  it('keeps a short text whole', () => {
    expect(chunkText('One. Two.', 'en')).toEqual(['One. Two.']);
  });

  it('packs whole sentences up to the limit', () => {
    expect(chunkText('Aaa aaa. Bbb bbb. Ccc ccc.', 'en', 18)).toEqual(['Aaa aaa. Bbb bbb. ', 'Ccc ccc.']);
  });

  it('cuts a sentence longer than the limit at spaces', () => {
    const chunks = chunkText('one two three four five six seven', 'en', 10);
    expect(chunks).toEqual(['one two ', 'three ', 'four five ', 'six seven']);
  });

  it('cuts a run without spaces anywhere, and segments by the article’s language', () => {
    const japanese = 'これは長い文です。'.repeat(4);
    const chunks = chunkText(japanese, 'ja', 12);
    expect(chunks.join('')).toBe(japanese);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThanOrEqual(12);
    expect(chunks[0]).toBe('これは長い文です。');
  });

  it('survives a malformed language tag', () => {
    expect(chunkText('One. Two.', 'not a tag!')).toEqual(['One. Two.']);
  });
});
