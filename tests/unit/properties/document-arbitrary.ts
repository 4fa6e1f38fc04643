/**
 * fast-check arbitraries for whole HTML pages: random trees of the elements news pages are made of,
 * with clutter-like class and id tokens, hiding attributes, and text in many scripts and sizes.
 * Half of the pages also carry a block of long paragraphs, so the engine finds an article often
 * enough for the properties about its output to be exercised.
 */
import fc from 'fast-check';

const CONTAINERS = ['div', 'article', 'section', 'nav', 'aside', 'header', 'footer', 'figure', 'span', 'p', 'pre', 'a'];
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
// Tokens the engine's rules may react to, mixed with neutral ones.
const TOKENS = [
  'related', 'share', 'cookie', 'newsletter', 'comment', 'ad', 'ads', 'promo', 'nav', 'footer', 'sidebar',
  'content', 'article', 'story', 'body', 'post', 'main', 'entry', 'text', 'x1', 'col', 'wrapper',
];

const escapeText = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

const WORDS = ['harbour', 'council', 'storm', 'wall', 'the', 'of', 'and', 'voted', 'engineers', 'said', 'town'];
export const textArbitrary = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }).map((w) => w.join(' ')),
  fc.constantFrom('港口委员会周二投票决定重建海堤。', 'これは日本語の文です。', '항구 위원회는 화요일에 투표했다.'),
  fc.constantFrom('صوّت مجلس الميناء على إعادة بناء الجدار البحري.', 'מועצת הנמל הצביעה על בניית החומה מחדש.'),
  fc.constantFrom('🌊🏗️ storm 👩‍🔧', '👍🏽👨‍👩‍👧‍👦', '\u202e reversed \u202c'),
  fc.integer({ min: 50, max: 3000 }).map((n) => 'w'.repeat(n)),
  fc.string({ maxLength: 40 }),
  fc.constant(''),
);

// Zero to two attributes per element, so hiding attributes mark some subtrees rather than most.
const attributeArbitrary = fc.oneof(
  fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 3 }).map((t) => ` class="${t.join(' ')}"`),
  fc.constantFrom(...TOKENS).map((t) => ` id="${t}"`),
  fc.constantFrom(' hidden', ' aria-hidden="true"', ' style="display:none"', ' style="visibility:hidden"'),
  fc.constantFrom(' data-src="/img/a.jpg"', ' data-src="https://cdn.example/b.png"', ' style="color:red"'),
  fc.constantFrom(' lang="en"', ' lang="ar"', ' lang="x-bogus"', ' dir="rtl"', ' dir="auto"'),
);
const attributesArbitrary = fc.array(attributeArbitrary, { maxLength: 2 }).map((a) => a.join(''));

// Metadata as sites write it, and as they get it wrong: entities escaped twice (some out of
// range), markup in values, broken JSON-LD.
const metaTextArbitrary = fc.oneof(
  textArbitrary,
  fc.constantFrom('&amp;#x110000;', '&amp;#99999999;', '&amp;#xD800;', '&amp;#0;', '&amp;lt;b&amp;gt;', '&amp;amp;amp;', 'Storms &amp;#8217; end'),
  fc.constantFrom('<b>bold</b>', '"quoted"', '  '),
);
const escapeAttr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
// Values that arrive escaped twice stay so: "&amp;#x110000;" above is already the attribute text.
const attrValue = (s: string) => (s.includes('&amp;') ? s : escapeAttr(s));
const headTagArbitrary = fc.oneof(
  fc.tuple(fc.constantFrom('og:title', 'og:site_name', 'article:published_time'), metaTextArbitrary).map(
    ([property, value]) => `<meta property="${property}" content="${attrValue(value)}">`,
  ),
  fc.tuple(fc.constantFrom('author', 'description'), metaTextArbitrary).map(([name, value]) => `<meta name="${name}" content="${attrValue(value)}">`),
  fc.tuple(fc.constantFrom('headline', 'author', 'datePublished', 'publisher'), metaTextArbitrary).map(
    ([key, value]) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', [key]: value }).replaceAll('<', '\\u003c')}</script>`,
  ),
  fc.constantFrom('<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>', '<script type="application/ld+json">[null, 1, "x"]</script>'),
);

/**
 * Pages of random trees, half of them with an article block. `extra` adds a kind of leaf (hostile
 * markup, say) that may appear anywhere in the trees and after any paragraph of the article.
 */
export function pagesWith(extra?: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const extraLeaves = extra ? [extra] : [];

  // One element and its subtree, as HTML; structure-bound elements get their required children.
  const { node } = fc.letrec<{ node: string; element: string; leaf: string }>((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('element')),
    leaf: fc.oneof(
      textArbitrary.map(escapeText),
      fc.tuple(attributesArbitrary, fc.constantFrom('', ' alt="photo"')).map(([a, alt]) => `<img src="/i/p.jpg"${alt}${a}>`),
      ...extraLeaves,
    ),
    element: fc
      .tuple(
        fc.constantFrom(...CONTAINERS, ...HEADINGS, 'ul', 'table'),
        attributesArbitrary,
        fc.array(tie('node'), { maxLength: 5 }),
      )
      .map(([tag, attrs, children]) => {
        if (tag === 'ul') return `<ul${attrs}>${children.map((c) => `<li>${c}</li>`).join('')}</ul>`;
        if (tag === 'table') return `<table${attrs}><tbody>${children.map((c) => `<tr><td>${c}</td></tr>`).join('')}</tbody></table>`;
        const href = tag === 'a' ? ' href="/story/1"' : '';
        return `<${tag}${href}${attrs}>${children.join('')}</${tag}>`;
      }),
  }));

  // Long paragraphs of prose, the shape every engine recognises as an article body.
  const paragraphArbitrary = fc
    .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 40, maxLength: 90 }), fc.option(fc.oneof(...extraLeaves, fc.constant('')), { nil: '' }))
    .map(([words, after]) => `<p>${words.join(' ')}.</p>${after}`);
  const articleBlockArbitrary = fc
    .array(paragraphArbitrary, { minLength: 3, maxLength: 8 })
    .map((paragraphs) => `<article><h1>Harbour wall</h1>${paragraphs.join('')}</article>`);

  return fc
    .tuple(
      fc.option(textArbitrary, { nil: undefined }),
      fc.array(node, { maxLength: 6 }),
      fc.option(articleBlockArbitrary, { nil: undefined }),
      fc.nat({ max: 6 }),
      fc.array(headTagArbitrary, { maxLength: 3 }),
    )
    .map(([title, nodes, article, at, headTags]) => {
      const body = [...nodes];
      if (article) body.splice(Math.min(at, body.length), 0, article);
      const head = (title === undefined ? '' : `<title>${escapeText(title)}</title>`) + headTags.join('');
      return `<!doctype html><html><head>${head}</head><body>${body.join('\n')}</body></html>`;
    });
}

export const pageArbitrary = pagesWith();
