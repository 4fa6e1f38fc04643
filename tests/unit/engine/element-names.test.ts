// tagOf and classOf: the names asked of every element, read without building strings where they can be.
import { describe, expect, it } from 'vitest';
import { classOf, tagOf } from '../../../engine/dom';
import { parse } from './load';

const document = parse(`<!DOCTYPE html><html><body>
<div id="plain" class="  card   card--wide card "><x-share-bar id="custom"></x-share-bar><h2 id="heading">Title</h2></div>
<svg id="drawing"><linearGradient id="gradient"></linearGradient><foreignObject id="foreign"></foreignObject></svg>
</body></html>`);
const byId = (id: string) => document.getElementById(id)!;

describe('tagOf', () => {
  it('gives HTML and custom elements their names as they are, and lowercases SVG camel-cased ones', () => {
    expect(['plain', 'custom', 'heading', 'drawing', 'gradient', 'foreign'].map((id) => tagOf(byId(id)))).toEqual([
      'div', 'x-share-bar', 'h2', 'svg', 'lineargradient', 'foreignobject',
    ]);
  });

  it('agrees with lowercasing the local name on every element', () => {
    for (const element of document.querySelectorAll('*')) expect(tagOf(element)).toBe(element.localName.toLowerCase());
  });
});

describe('classOf', () => {
  it('reads the class attribute as getAttribute does, and null without one', () => {
    expect(classOf(byId('plain'))).toBe(byId('plain').getAttribute('class'));
    expect(classOf(byId('plain'))).toMatch(/card--wide/);
    expect(classOf(byId('heading'))).toBeNull();
  });

  it('names the same classes as the element\'s class list', () => {
    const names = classOf(byId('plain'))!.split(/\s+/).filter(Boolean);
    expect(new Set(names)).toEqual(new Set(byId('plain').classList));
  });
});
