// statedElements: one walk for the page's <base>, meta tags, JSON-LD blocks and h1s, as the selector list found them.
import { describe, expect, it } from 'vitest';
import { statedElements } from '../../../engine/stated-elements';
import { parse } from './load';

const SELECTOR = 'base[href], meta[content], script[type="application/ld+json"], h1';

const document = parse(`<!DOCTYPE html><html><head>
<base target="_blank"><base href="/first/"><base href="/second/">
<meta charset="utf-8"><meta name="author" content="Ann"><meta property="og:title" content="T">
<script type="Application/LD+JSON">{"@type":"NewsArticle"}</script><script type="text/javascript">x()</script>
<template><h1>Not shown</h1><meta name="x" content="y"></template>
</head><body><h1 id="one">Headline</h1><svg><text>s</text></svg><h1 id="two">Second</h1></body></html>
<script type="application/ld+json">{"@type":"Person"}</script>`);

describe('statedElements', () => {
  it('finds what the selector list finds, in document order, template content left out and elements after </html> read', () => {
    const stated = statedElements(document);
    const expected = [...document.querySelectorAll(SELECTOR)];
    expect(stated.base?.getAttribute('href')).toBe('/first/');
    expect(stated.metas.map((meta) => meta.getAttribute('content'))).toEqual(['Ann', 'T']);
    expect(stated.jsonLd.map((script) => script.textContent)).toEqual(['{"@type":"NewsArticle"}', '{"@type":"Person"}']);
    expect(stated.h1s.map((h1) => h1.id)).toEqual(['one', 'two']);
    expect([...stated.metas, ...stated.jsonLd, ...stated.h1s].every((element) => expected.includes(element))).toBe(true);
  });
});
