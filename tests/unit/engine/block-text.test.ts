// The body's plain text keeps the shape of its blocks: paragraphs, headings, lists, tables, code.
import { describe, expect, it } from 'vitest';
import { articleOf, parse } from './load';

const PROSE = '<p>The council met on Tuesday evening to discuss the future of the old bridge, which has stood over the river since 1911, and to hear the engineers who inspected it after the spring flood.</p>';

function textOf(body: string): string {
  return articleOf(parse(`<html><body><article>${PROSE}${body}${PROSE}</article></body></html>`)).text;
}

describe('article text', () => {
  it('separates paragraphs by a blank line and puts headings on their own lines', () => {
    expect(textOf('<h2>The vote</h2><p>It passed.</p>')).toContain('1911, and to hear the engineers who inspected it after the spring flood.\n\nThe vote\n\nIt passed.\n\nThe council');
  });

  it('prefixes list items, numbers ordered lists from their start, and indents nested lists', () => {
    const text = textOf('<ul><li>Stone <b>arches</b></li><li>Deck<ul><li>Railings</li></ul></li></ul><ol start="3"><li>Third</li><li>Fourth</li></ol>');
    expect(text).toContain('\n\n- Stone arches\n- Deck\n  - Railings\n\n3. Third\n4. Fourth\n\n');
  });

  it('writes table rows with cells separated by " | "', () => {
    const text = textOf('<table><tr><th>Option</th><th>Cost</th></tr><tr><td>Restore</td><td>$4.2 million</td></tr></table>');
    expect(text).toContain('\n\nOption | Cost\nRestore | $4.2 million\n\n');
  });

  it('keeps preformatted whitespace and decodes entities', () => {
    const text = textOf('<pre>if (a &lt; b) {\n    swap(a, b);\n}</pre><p>Fish &amp; chips&nbsp;today.</p>');
    expect(text).toContain('if (a < b) {\n    swap(a, b);\n}');
    expect(text).toContain('Fish & chips\u00a0today.'.replace('\u00a0', ' '));
  });

  it("breaks a preformatted block's lines at its line breaks, as some editors write code", () => {
    const text = textOf('<pre>import os<br>import time<br><br><span>print(time.time())</span></pre>');
    expect(text).toContain('import os\nimport time\n\nprint(time.time())');
  });

  it('keeps figure captions on their own line', () => {
    const text = textOf('<figure><img src="https://example.com/b.jpg" alt=""><figcaption>The bridge in 1911.</figcaption></figure>');
    expect(text).toContain('\n\nThe bridge in 1911.\n\n');
  });

  it('turns line breaks into new lines', () => {
    expect(textOf('<p>Line one<br>Line two</p>')).toContain('\n\nLine one\nLine two\n\n');
  });
});
