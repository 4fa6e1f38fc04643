// The toolbar badge's question, one signal at a time, on small pages built here.
import { describe, expect, it } from 'vitest';
import { isArticlePage } from '../../../engine';
import { parse } from './load';

/** 104 characters without spaces: prose, above the 80-character paragraph minimum. */
const SENTENCE = 'The harbour council voted on Tuesday night to rebuild the crumbling old sea wall before the first winter storms arrive here.';
const paragraphs = (count: number) => Array.from({ length: count }, () => `<p>${SENTENCE}</p>`).join('');
const page = (head: string, body: string) => parse(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const ARTICLE_LD = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Sea wall"}</script>';
const LIST_LD = '<script type="application/ld+json">{"@type":"ItemList","itemListElement":[]}</script>';
const PRODUCT_LD = '<script type="application/ld+json">{"@type":"Product","name":"Boots"}</script>';

describe('how much prose a page needs depends on what it states about itself', () => {
  it('an anonymous page needs a long run of prose', () => {
    expect(isArticlePage(page('', `<div>${paragraphs(5)}</div>`))).toBe(false);
    expect(isArticlePage(page('', `<div>${paragraphs(8)}</div>`))).toBe(true);
  });

  it('a page that shows a date or an author needs less', () => {
    expect(isArticlePage(page('', `<div><time datetime="2026-03-10">10 March</time>${paragraphs(5)}</div>`))).toBe(true);
    expect(isArticlePage(page('', `<div><span class="byline">Ann Lee</span>${paragraphs(5)}</div>`))).toBe(true);
    expect(isArticlePage(page('', `<div><span class="articleByline">Ann Lee</span>${paragraphs(5)}</div>`))).toBe(true);
    expect(isArticlePage(page('', `<div><a rel="author" href="/ann">Ann Lee</a>${paragraphs(5)}</div>`))).toBe(true);
    expect(isArticlePage(page('<meta name="author" content="Ann Lee">', `<div>${paragraphs(5)}</div>`))).toBe(true);
  });

  it('a datePublished in JSON-LD without an article type does not sign the page (SEO plugins date every page)', () => {
    const webPage = '<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2026-03-10"}]}</script>';
    expect(isArticlePage(page(webPage, `<div>${paragraphs(5)}</div>`))).toBe(false);
  });

  it('a page that declares an article needs only a few paragraphs', () => {
    expect(isArticlePage(page('', `<div>${paragraphs(3)}</div>`))).toBe(false);
    expect(isArticlePage(page(ARTICLE_LD, `<div>${paragraphs(3)}</div>`))).toBe(true);
    // JSON-LD may write a type as a list of names.
    const listed = '<script type="application/ld+json">{"@type":["WebPage","NewsArticle"]}</script>';
    expect(isArticlePage(page(listed, `<div>${paragraphs(3)}</div>`))).toBe(true);
    expect(isArticlePage(page('<meta property="article:published_time" content="2026-03-10">', `<div>${paragraphs(3)}</div>`))).toBe(true);
  });
});

describe('a site\'s front page', () => {
  const story = () => page(ARTICLE_LD, `<div>${paragraphs(8)}</div>`);

  it('is not an article, whatever it shows: it introduces the site and links to its pages', () => {
    expect(isArticlePage(story(), 'https://example.com/')).toBe(false);
    expect(isArticlePage(story(), 'https://example.com')).toBe(false);
    // An empty query and a hash that is no route (an anchor) name no page.
    expect(isArticlePage(story(), 'https://example.com/?')).toBe(false);
    expect(isArticlePage(story(), 'https://example.com/#top')).toBe(false);
    // Nor does a query of campaign and click tracking parameters only.
    expect(isArticlePage(story(), 'https://example.com/?srsltid=AfmBOor5vh')).toBe(false);
    expect(isArticlePage(story(), 'https://example.com/?utm_source=news&utm_medium=email#top')).toBe(false);
  });

  it('unless its address names a page: a path, a query, a hash route', () => {
    for (const url of ['https://example.com/news/sea-wall', 'https://example.com/?p=123', 'https://example.com/#/news/sea-wall', 'https://example.com/#!/news/sea-wall', 'https://example.com/?utm_source=news&p=123']) {
      expect(isArticlePage(story(), url), url).toBe(true);
    }
  });
});

describe('pages that declare a product or a listing', () => {
  it('are not articles, whatever their prose', () => {
    expect(isArticlePage(page(PRODUCT_LD, `<div>${paragraphs(12)}</div>`))).toBe(false);
    expect(isArticlePage(page(LIST_LD, `<div>${paragraphs(12)}</div>`))).toBe(false);
    expect(isArticlePage(page('<meta property="og:type" content="product.group">', `<div>${paragraphs(12)}</div>`))).toBe(false);
    expect(isArticlePage(page('<meta property="og:type" content="og:product">', `<div>${paragraphs(12)}</div>`))).toBe(false);
  });

  it('unless they also declare an article, as list articles ("10 best ...") do', () => {
    expect(isArticlePage(page(`${LIST_LD}${ARTICLE_LD}`, `<div>${paragraphs(3)}</div>`))).toBe(true);
  });
});

describe('a short intro among links', () => {
  const links = `<ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/s/${i}">Harbour repairs and moorings ${i}</a></li>`).join('')}</ul>`;

  it('is a service\'s or a section\'s page when links hold most of its text', () => {
    expect(isArticlePage(page('', `<div>${paragraphs(8)}</div>`))).toBe(true);
    expect(isArticlePage(page('', `<div>${paragraphs(8)}</div>${links}`))).toBe(false);
  });

  it('unless its prose runs longer, or the page states an article in Open Graph or JSON-LD', () => {
    expect(isArticlePage(page('', `<div>${paragraphs(10)}</div>${links}`))).toBe(true);
    expect(isArticlePage(page('<meta property="og:type" content="article">', `<div>${paragraphs(8)}</div>${links}`))).toBe(true);
    expect(isArticlePage(page(ARTICLE_LD, `<div>${paragraphs(8)}</div>${links}`))).toBe(true);
  });
});

describe('a landing page: headed sections under its title, then a few paragraphs', () => {
  const sections = (count: number) => Array.from({ length: count }, (_, i) => `<section><h2>What we offer ${i}</h2><span>One line on it.</span><a class="button" href="/o/${i}">More</a></section>`).join('');
  /** Paragraphs of three sentences, so that three of them reach an anonymous page's needed prose. */
  const long = (count: number) => Array.from({ length: count }, () => `<p>${SENTENCE} ${SENTENCE} ${SENTENCE}</p>`).join('');

  it('is no article when its longest prose sits below ten headed sections in a run of fewer than four paragraphs', () => {
    expect(isArticlePage(page('', `<h1>Harbour works</h1>${sections(10)}<div>${long(3)}</div>`))).toBe(false);
  });

  it('but an article\'s body starts under its title, runs on, or sits in its <article>', () => {
    expect(isArticlePage(page('', `<h1>Harbour works</h1>${sections(9)}<div>${long(3)}</div>`))).toBe(true);
    expect(isArticlePage(page('', `<h1>Harbour works</h1><div>${long(3)}</div>${sections(10)}`))).toBe(true);
    expect(isArticlePage(page('', `<h1>Harbour works</h1>${sections(10)}<div>${long(4)}</div>`))).toBe(true);
    expect(isArticlePage(page('', `<h1>Harbour works</h1>${sections(10)}<article><div>${long(3)}</div></article>`))).toBe(true);
  });
});

describe('a service\'s pitch: a few paragraphs on a page that asks the reader to act', () => {
  const long = (count: number) => Array.from({ length: count }, () => `<p>${SENTENCE} ${SENTENCE} ${SENTENCE}</p>`).join('');
  const calls = (texts: string[]) => texts.map((text) => `<a class="button" href="/go">${text}</a>`).join('');
  const four = calls(['Contact us', 'Get a free quote', 'Book now', 'Request a demo']);

  it('is no article when its largest block holds three long paragraphs or fewer and four calls to action stand around it', () => {
    expect(isArticlePage(page('', `<div>${long(3)}</div>${four}`))).toBe(false);
    expect(isArticlePage(page('', `<div>${long(3)}</div><button>Get started</button>${calls(['Contact Us', 'Learn more', 'Apply now'])}`))).toBe(false);
  });

  it('but an article runs longer, and a few buttons or a link in prose do not make a pitch', () => {
    expect(isArticlePage(page('', `<div>${long(4)}</div>${four}`))).toBe(true);
    expect(isArticlePage(page('', `<div>${long(3)}</div>${calls(['Contact us', 'Get a free quote', 'Book now'])}`))).toBe(true);
    const inProse = calls(Array.from({ length: 4 }, () => 'read how harbour towns contact us about their sea walls'));
    expect(isArticlePage(page('', `<div>${long(3)}</div>${inProse}`))).toBe(true);
    expect(isArticlePage(page(ARTICLE_LD, `<div>${long(3)}</div>${four}`))).toBe(true);
  });
});

describe('a shop', () => {
  const prices = Array.from({ length: 10 }, (_, i) => `<li class="product-price">$${i}9.00</li>`).join('');

  it('marks a price on every card: not an article, whatever its description says', () => {
    expect(isArticlePage(page('', `<div>${paragraphs(12)}</div><ul>${prices}</ul>`))).toBe(false);
  });

  it('is told by its classes as they are written: kebab-case, camelCase, cart buttons beside prices', () => {
    const camel = Array.from({ length: 10 }, () => '<span class="productPrice">$9.00</span>').join('');
    expect(isArticlePage(page('', `<div>${paragraphs(12)}</div>${camel}`))).toBe(false);
    const carts = (count: number) => Array.from({ length: count }, () => '<button class="add-to-cart">Add</button>').join('');
    const fewPrices = (count: number) => Array.from({ length: count }, () => '<b class="price">$9.00</b>').join('');
    expect(isArticlePage(page('', `<div>${paragraphs(12)}</div>${fewPrices(6)}${carts(4)}`))).toBe(false);
    // Cart buttons are counted only once the prices come close (each class query is a pass over the page).
    expect(isArticlePage(page('', `<div>${paragraphs(12)}</div>${fewPrices(4)}${carts(6)}`))).toBe(true);
  });

  it('is told by schema.org microdata too: an itemprop="price" on every card', () => {
    const offers = Array.from({ length: 10 }, () => '<span itemprop="price" content="9.00">$9.00</span>').join('');
    expect(isArticlePage(page('', `<div>${paragraphs(12)}</div>${offers}`))).toBe(false);
  });

  it('but an article that declares itself may quote many prices (a buying guide)', () => {
    expect(isArticlePage(page(ARTICLE_LD, `<div>${paragraphs(12)}</div><ul>${prices}</ul>`))).toBe(true);
    // Stated in Open Graph alone, it needs a long read: a shop's description stays what it is.
    const ogArticle = '<meta property="og:type" content="article">';
    expect(isArticlePage(page(ogArticle, `<div>${paragraphs(20)}</div><ul>${prices}</ul>`))).toBe(true);
    expect(isArticlePage(page(ogArticle, `<div>${paragraphs(12)}</div><ul>${prices}</ul>`))).toBe(false);
    expect(isArticlePage(page('', `<div>${paragraphs(20)}</div><ul>${prices}</ul>`))).toBe(false);
  });
});

describe('a page of ten or more <article> cards that declares no article', () => {
  const cards = (count: number) => Array.from({ length: count }, () => `<article><time datetime="2026-03-10">10 March</time><p>${SENTENCE}</p></article>`).join('');

  it('is a listing: it needs a long read in one block, and the cards\' dates do not sign it', () => {
    expect(isArticlePage(page('', `<div>${paragraphs(8)}</div>${cards(10)}`))).toBe(false);
    expect(isArticlePage(page('', `<div>${paragraphs(5)}</div>${cards(10)}`))).toBe(false);
    expect(isArticlePage(page('', `<div>${paragraphs(20)}</div>${cards(10)}`))).toBe(true);
    expect(isArticlePage(page('', `<div>${paragraphs(8)}</div>${cards(9)}`))).toBe(true);
  });

  it('unless it declares an article, as news pages with rows of related stories do', () => {
    expect(isArticlePage(page(ARTICLE_LD, `<div>${paragraphs(3)}</div>${cards(10)}`))).toBe(true);
  });
});

describe('a page with a field for the reader\'s phone number (a lead form, a checkout) that declares no article', () => {
  const leadForm = '<form><input name="name"><input type="tel" name="phone"><button>Get a free quote</button></form>';

  it('sells something: it needs a long read in one block, and its date or its one <article> does not sign it', () => {
    expect(isArticlePage(page('', `<div>${paragraphs(8)}</div>${leadForm}`))).toBe(false);
    expect(isArticlePage(page('', `<article><time datetime="2026-03-10">10 March</time>${paragraphs(6)}</article>${leadForm}`))).toBe(false);
    expect(isArticlePage(page('', `<div>${paragraphs(20)}</div>${leadForm}`))).toBe(true);
    // Comment and newsletter forms ask for an email, not a phone.
    expect(isArticlePage(page('', `<div>${paragraphs(8)}</div><form><input type="email"></form>`))).toBe(true);
  });

  it('unless it declares an article (a company\'s blog post beside its contact form)', () => {
    expect(isArticlePage(page(ARTICLE_LD, `<div>${paragraphs(3)}</div>${leadForm}`))).toBe(true);
  });
});

describe('where the prose sits', () => {
  it('counts paragraphs wrapped one by one in blocks of their own (page builders) for the block around them', () => {
    const wrapped = Array.from({ length: 8 }, () => `<div class="text-block"><p>${SENTENCE}</p></div>`).join('');
    expect(isArticlePage(page('', `<section>${wrapped}</section>`))).toBe(true);
  });

  it('does not count paragraphs in the header, menus, footer or forms', () => {
    for (const tag of ['header', 'nav', 'footer', 'aside', 'form']) {
      expect(isArticlePage(page('', `<${tag}><div>${paragraphs(12)}</div></${tag}>`)), tag).toBe(false);
    }
  });

  it('counts headers, asides and forms in the main landmark or around it as content (page builders, ASP.NET)', () => {
    expect(isArticlePage(page('', `<main><header class="section"><div>${paragraphs(8)}</div></header></main>`))).toBe(true);
    expect(isArticlePage(page('', `<form id="Form"><main><div>${paragraphs(8)}</div></main></form>`))).toBe(true);
    expect(isArticlePage(page('', `<main><h1>Title</h1></main><aside><div>${paragraphs(8)}</div></aside>`))).toBe(false);
    // A menu in the main landmark is still a menu, a header in it or not.
    expect(isArticlePage(page('', `<main><nav><header><div>${paragraphs(8)}</div></header></nav></main>`))).toBe(false);
  });

  it('does not count the answers of an FAQ, a service page\'s summary of what it offers', () => {
    const answers = (block: string) => Array.from({ length: 8 }, () => `<div class="${block}"><h3>How long does it take?</h3><p>${SENTENCE}</p></div>`).join('');
    for (const name of ['faq-item', 'homeFaqItem', 'FAQ']) {
      expect(isArticlePage(page('', `<main><section>${answers(name)}</section></main>`)), name).toBe(false);
    }
    // An article's own FAQ comes after its body, which counts as ever.
    expect(isArticlePage(page('', `<main><div>${paragraphs(8)}</div><section class="faqs">${answers('faq-item')}</section></main>`))).toBe(true);
  });

  it('reads prose written without paragraphs in the page\'s one <article>, less its links', () => {
    const lines = Array.from({ length: 6 }, () => `<div>${SENTENCE}</div>`).join('');
    expect(isArticlePage(page('', `<article>${lines}</article>`))).toBe(true);
    const links = Array.from({ length: 6 }, () => `<div><a href="/next">${SENTENCE}</a></div>`).join('');
    expect(isArticlePage(page('', `<article>${links}</article>`))).toBe(false);
    expect(isArticlePage(page('', `<article>${lines}</article><article>${lines}</article>`))).toBe(false);
  });
});

describe('shadow roots, which no selector reaches', () => {
  /** A component whose open shadow root holds the whole article, nothing slotted. */
  const withStory = (body: string) => {
    const document = page('', body);
    document.querySelector('news-story')!.attachShadow({ mode: 'open' }).innerHTML = `<div>${paragraphs(8)}</div>`;
    return document;
  };

  it('are looked for at the top of the body and of the main landmark, where pages put their app or article component', () => {
    expect(isArticlePage(withStory('<news-story></news-story>'))).toBe(true);
    expect(isArticlePage(withStory('<header>Site</header><main><news-story></news-story></main>'))).toBe(true);
  });

  it('deeper in the page, only through the long paragraphs a host shows in its slots', () => {
    expect(isArticlePage(withStory('<main><div class="column"><news-story></news-story></div></main>'))).toBe(false);
    const slotted = withStory(`<main><div class="column"><news-story>${paragraphs(1)}</news-story></div></main>`);
    expect(isArticlePage(slotted)).toBe(true);
  });

  it('are not looked for once the page\'s own paragraphs decide', () => {
    const document = withStory(`<main><news-story></news-story></main><div>${paragraphs(8)}</div>`);
    let asked = 0;
    const host = document.querySelector('news-story')!;
    const root = host.shadowRoot;
    Object.defineProperty(host, 'shadowRoot', { get: () => (asked++, root) });
    expect(isArticlePage(document)).toBe(true);
    expect(asked).toBe(0);
    document.querySelector('body > div')!.remove();
    expect(isArticlePage(document)).toBe(true);
    expect(asked).toBeGreaterThan(0);
  });
});
