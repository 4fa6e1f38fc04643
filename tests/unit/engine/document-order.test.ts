// inDocumentOrder: the order the engine puts several chosen blocks in (a shop's intro and its product grid);
// textNodes: the order the cleaning reads an article's texts in.
import { describe, expect, it } from 'vitest';
import { inDocumentOrder, textNodes } from '../../../engine/dom';
import { parse } from './load';

const document = parse(`<!DOCTYPE html><html><body>
<div id="intro"><section><div><p id="deep-first">First, four levels down.</p></div></section></div>
<ul id="shallow-second"><li id="item">Second, one level down.</li></ul>
<div id="cousin"><p id="last">Last, at the same depth as the first paragraph's parent's sibling.</p></div>
</body></html>`);
const byId = (id: string) => document.getElementById(id)!;

describe('inDocumentOrder', () => {
  it('puts an earlier element first even when it is nested deeper (compareDocumentPosition in linkedom compares depths)', () => {
    const sorted = [byId('shallow-second'), byId('deep-first')].sort(inDocumentOrder);
    expect(sorted.map((element) => element.id)).toEqual(['deep-first', 'shallow-second']);
  });

  it('orders elements of the same depth under different parents by position', () => {
    const sorted = [byId('last'), byId('item'), byId('deep-first')].sort(inDocumentOrder);
    expect(sorted.map((element) => element.id)).toEqual(['deep-first', 'item', 'last']);
  });

  it('puts an ancestor before its descendants, and an element equal to itself', () => {
    expect([byId('item'), byId('shallow-second')].sort(inDocumentOrder).map((element) => element.id)).toEqual(['shallow-second', 'item']);
    expect(inDocumentOrder(byId('item'), byId('item'))).toBe(0);
  });
});

describe('textNodes', () => {
  it('gives the texts under an element, however deep, in document order, without comments or the text around the element', () => {
    const page = parse(`<!DOCTYPE html><html><body>before<div id="root">one<section><p>two <b>three</b></p><!-- not text --></section><ul><li>four</li></ul>five</div>after</body></html>`);
    const texts = textNodes(page.getElementById('root')!).map((text) => text.nodeValue);
    expect(texts).toEqual(['one', 'two ', 'three', 'four', 'five']);
  });

  it('gives none for an element without text', () => {
    const page = parse(`<!DOCTYPE html><html><body><div id="root"><img src="a.png"><br></div></body></html>`);
    expect(textNodes(page.getElementById('root')!)).toEqual([]);
  });
});
