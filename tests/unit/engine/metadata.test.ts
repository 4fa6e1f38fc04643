// Metadata in order of trust: JSON-LD, OpenGraph, other meta tags, then the page itself.
import { describe, expect, it } from 'vitest';
import { readArticle, type Article } from '../../../engine';
import { articleOf, parse } from './load';

const PROSE = '<p>The council met on Tuesday evening to discuss the future of the old bridge, which has stood over the river since 1911, and to hear the engineers who inspected it after the spring flood.</p>'.repeat(3);

function read(head: string, body = ''): Article {
  return articleOf(parse(`<html><head>${head}</head><body>${body}<article>${PROSE}</article></body></html>`), 'https://example.com/a/b');
}

describe('metadata', () => {
  it('trusts JSON-LD over OpenGraph over meta tags', () => {
    const article = read(
      '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"From JSON-LD","author":[{"name":"Ann Lee"},{"name":"Bo Chen"}],"datePublished":"2026-01-03T22:47:00-05:00"}]}</script>' +
        '<meta property="og:title" content="From OpenGraph"><meta name="author" content="Meta Author"><meta property="og:site_name" content="The Site">',
    );
    expect(article.title).toBe('From JSON-LD');
    expect(article.byline).toBe('Ann Lee, Bo Chen');
    expect(article.published).toBe('2026-01-03T22:47:00-05:00');
    expect(article.siteName).toBe('The Site');
  });

  it("follows a JSON-LD author's @id to the Person the graph names (Yoast), ahead of the login name a meta tag states", () => {
    const graph =
      '{"@graph":[{"@type":"Article","headline":"Teen mental health","author":[{"@id":"https://example.com/#/schema/person/5380ba"}]},' +
      '{"@type":"Person","@id":"https://example.com/#/schema/person/5380ba","name":"Nirmita Panchal"}]}';
    expect(read(`<script type="application/ld+json">${graph}</script><meta name="author" content="kffnirmitap">`).byline).toBe('Nirmita Panchal');
  });

  it('reads the date of any JSON-LD object when none is an article (a WebPage in a Yoast graph)', () => {
    const graph = '{"@graph":[{"@type":"WebSite","name":"The Site"},{"@type":"WebPage","datePublished":"2024-03-17T19:47:39+00:00","dateModified":"2025-01-02T10:00:00+00:00"}]}';
    expect(read(`<script type="application/ld+json">${graph}</script>`).published).toBe('2024-03-17T19:47:39+00:00');
  });

  it('falls back to the date the page was last modified, after any published date, stated or shown', () => {
    const modified = '<meta property="article:modified_time" content="2025-12-12T17:55:18+00:00">';
    expect(read(modified).published).toBe('2025-12-12T17:55:18+00:00');
    expect(read(`${modified}<meta name="date" content="2025-06-01">`).published).toBe('2025-06-01');
    expect(read(modified, '<time datetime="2025-07-04">4 July 2025</time>').published).toBe('2025-07-04');
    expect(read('<script type="application/ld+json">{"@type":"WebPage","dateModified":"2025-10-21 15:52:08"}</script>').published).toBe('2025-10-21T15:52:08');
  });

  it('reads the name after a label shown beside the headline ("Written by", "Author:", "by:")', () => {
    for (const label of ['Written by', 'Author:', 'by:', 'Authors']) {
      expect(read('', `<h1>Bridge to close</h1><div><p>Last updated</p><time>Aug 04, 2025</time></div><div><p>${label}</p><p>Edzel Tabing</p></div>`).byline, label).toBe('Edzel Tabing');
    }
    expect(read('', '<h1>Bridge to close</h1><div><p>Story</p><p>Edzel Tabing</p></div>').byline).toBeUndefined();
  });

  it('reads the name after a "Contributors:" label, and a "by Name - date" line beside the headline', () => {
    expect(read('', '<h1>Low-light houseplants</h1><div class="tags"><strong>Contributors:</strong> Janet Loughrey</div>').byline).toBe('Janet Loughrey');
    expect(read('', '<h1>Survival guide to SysV init</h1><p>by Jon Foster - 2025-09-13<br>Updated: 2025-09-13</p>').byline).toBe('Jon Foster');
  });

  it('takes no sentence for a byline: a "by" line or an author block holding words no name holds', () => {
    expect(read('', '<h1>Creating types from types</h1><p>Help us improve these pages</p><p>by sending a Pull Request</p>').byline).toBeUndefined();
    expect(read('', '<h1>Gearing up</h1><div class="post-author">This review is posted in</div>').byline).toBeUndefined();
    expect(read('', '<h1>Gearing up</h1><div class="post-author"><a href="#main">Skip to main content</a></div>').byline).toBeUndefined();
    // Names join with "and" and "of"; a team's byline keeps its "the".
    expect(read('', '<h1>Gearing up</h1><p>by the Lavazza Team</p>').byline).toBe('the Lavazza Team');
    expect(read('', '<h1>Gearing up</h1><div class="post-author">Ann Lee and Bo Chen</div>').byline).toBe('Ann Lee and Bo Chen');
  });

  it('ends a name at "on behalf of" and skips a weekday-first date in a byline element', () => {
    expect(read('', '<div class="publish-date-author"><span>Dec. 19, 2025</span> · <span>Niko Matsakis on behalf of</span> <a href="/team">Vision Doc group</a></div>').byline).toBe('Niko Matsakis');
    expect(read('', '<div class="byline">Sat, 20 Dec, 2025 - 06:36</div>').byline).toBeUndefined();
  });

  it('survives a broken JSON-LD block', () => {
    expect(read('<script type="application/ld+json">{"@type": "Article",</script><meta property="og:title" content="Still here">').title).toBe('Still here');
  });

  it('reads a JSON-LD block whose strings hold raw line breaks, as a template pastes a multi-line description', () => {
    const block = '{"@type":"DiscussionForumPosting","description":"First line\nsecond line\ttabbed","author":{"name":"Need2KnowLion"},"datePublished":"2024-02-21 13:00:00"}';
    const article = read(`<script type="application/ld+json">${block}</script>`);
    expect(article.byline).toBe('Need2KnowLion');
    expect(article.published).toBe('2024-02-21T13:00:00');
  });

  it('prefers the h1 that matches the meta title, and drops a " | Site" suffix otherwise', () => {
    expect(read('<title>Bridge to be restored - Valley Times</title>', '<h1>Bridge to be restored</h1>').title).toBe('Bridge to be restored');
    expect(read('<title>Council votes to restore the old bridge | Valley Times</title>').title).toBe('Council votes to restore the old bridge');
  });

  it('reads the Dublin Core title ahead of OpenGraph\'s, and Parse.ly\'s title when the page states no other', () => {
    expect(read('<title>Valley Times</title><meta property="og:title" content="Bridge news"><meta name="DC.title" content="Council votes to restore the old bridge">').title).toBe(
      'Council votes to restore the old bridge',
    );
    expect(read('<meta name="parsely-title" content="Council votes to restore the old bridge">', '<h1>Valley Times</h1>').title).toBe('Council votes to restore the old bridge');
  });

  it('ends the title at a pipe, after which sites put their section, their name or search keywords', () => {
    expect(read('<title>How to help toddlers sleep | Patient Education | City Hospital</title>', '<h1>How to help toddlers sleep | Patient Education | City Hospital</h1>').title).toBe(
      'How to help toddlers sleep',
    );
    expect(read('<meta property="og:title" content="12 data analysis tools for 2026 | Python, SQL & AI | Acme">').title).toBe('12 data analysis tools for 2026');
  });

  it('reads a meta title opening with a separator as a template\'s left without its article part', () => {
    expect(read('<title>| Valley Times</title>', '<h1>Bridge to be restored</h1>').title).toBe('Bridge to be restored');
  });

  it('never takes an h1 that is a short link to a front page (the site\'s logo), and ends a " / " trail at its first part', () => {
    const trail = '<title>Which lathe for a small shop? / Tools Discussion / Metal Workers Forums</title>';
    expect(read(trail, '<h1><a href="https://metalworkers.example/">Metal Workers</a></h1>').title).toBe('Which lathe for a small shop?');
    // One slash is the title's own; a long linked h1 is a title, whatever it links to.
    expect(read('<title>Tech conferences in the Americas 2026 / 2027 - Events</title>', '<h1><a href="/">Tech conferences in the Americas 2026 / 2027</a></h1>').title).toBe(
      'Tech conferences in the Americas 2026 / 2027',
    );
  });

  it('takes no logo for the title: an h1 classed as a logo, linking to an index page, or linking home around an image', () => {
    const title = '<title>Submitting patches: the essential guide to getting your code in \u2014 The Kernel documentation</title>';
    const article = '<h1>Submitting patches: the essential guide to getting your code in</h1>';
    expect(read(title, `<h1 class="site-logo">The Kernel</h1>${article}`).title).toBe('Submitting patches: the essential guide to getting your code in');
    // Sphinx's pages link their logo to the folder's index page rather than to "/".
    expect(read(title, `<h1><a href="../index.html">The Kernel</a></h1>${article}`).title).toBe('Submitting patches: the essential guide to getting your code in');
    // An image makes a link home a logo whatever its caption's length; the site's name in the title does not confirm it.
    const logo = '<h1><a href="/"><span>Archive of Fan Works</span> <sup>beta</sup><img alt="Archive of Fan Works" src="/logo.png"></a></h1>';
    expect(read('<title>Letters to a Cryptid - Chapter 1 [Archive of Fan Works]</title>', logo).title).toBe('Letters to a Cryptid - Chapter 1 [Archive of Fan Works]');
  });

  it("leaves out of an h1's title the date set in it and a heading nested in it", () => {
    const head = '<meta property="og:title" content="Preparing a transition in Debusine">';
    const dated = '<h1><a href="/blog/transitions.html"><time datetime="2025-12-18">Dec <span>18</span> 2025</time> Preparing a transition in&nbsp;Debusine</a></h1>';
    expect(read(head, dated).title).toBe('Preparing a transition in Debusine');
    // And the heading, date and all, is the title the reader shows above the body, not repeated in it.
    const { text } = articleOf(parse(`<html><head>${head}</head><body><article>${dated}${PROSE}</article></body></html>`));
    expect(text).not.toContain('Preparing a transition');
    // Browsers close the h1 before the h3; Node parsers nest it, and the h3's byline is no part of the title.
    const nested = '<h1>Preparing a transition in Debusine <h3>Posted by Colin</h3></h1>';
    expect(read(head, nested).title).toBe('Preparing a transition in Debusine');
  });

  it('reads a headline cut to a length limit in full from the title that continues it', () => {
    const full = 'Fix It Friday: We Help 4 Readers Arrange Their Living Rooms (Including One Universal Trick That Works)';
    const cut = full.slice(0, full.indexOf(' One'));
    expect(read(`<script type="application/ld+json">{"@type":"Article","headline":"${cut}"}</script><title>${full} - Emily Henderson</title>`).title).toBe(full);
    // A shorter title the page also states in full is not cut: the site's name after a separator is no continuation.
    expect(read('<meta property="og:title" content="Council votes to restore the old bridge over the river in spring"><title>Council votes to restore the old bridge over the river in spring | Valley Times</title>').title).toBe(
      'Council votes to restore the old bridge over the river in spring',
    );
  });

  it('never takes an h1 that is the site\'s name for the title, and drops the site\'s name an h1 ends with', () => {
    expect(read('<title>What to look for before buying new fish - TFH Online Forum</title>', '<h1>TFH Online Forum</h1><h1>What to look for before buying new fish</h1>').title).toBe('What to look for before buying new fish');
    expect(read('<meta property="og:site_name" content="Artlyst"><title>Best UK Art Exhibitions 2025 – Artlyst - Artlyst</title>', '<h1>Best UK Art Exhibitions 2025 – Artlyst</h1>').title).toBe('Best UK Art Exhibitions 2025');
    // "Site | Article": the long last part is the article, and the h1 saying it is the title.
    expect(read('<meta property="og:title" content="Leadfeeder | State of SEO in 2026: Trends and Predictions">', '<h1>State of SEO in 2026: Trends and Predictions</h1>').title).toBe('State of SEO in 2026: Trends and Predictions');
  });

  it('takes the h1 over a title that is only the site\'s brand and slogan', () => {
    const slogan = '<title>Threadly - The front page of everything</title>';
    expect(read(slogan, '<h1>Which enameled cast iron pan should I buy?</h1>').title).toBe('Which enameled cast iron pan should I buy?');
    // A short h1 names a section ("About This Site"); a two-word brand ("Daring Fireball: Colophon") is a title's part.
    expect(read(slogan, '<h1>About this site</h1>').title).toBe('Threadly - The front page of everything');
    expect(read('<title>Daring Fireball: Colophon</title>', '<h1>About the making of this site</h1>').title).toBe('Daring Fireball: Colophon');
  });

  it('takes for the title an h2 that says a later part of the title, on a page without an h1 (phpBB\'s topics)', () => {
    const topic = '<title>Metal Workers \u2022 View topic - Which lathe for a small shop?</title>';
    expect(read(topic, '<h2><a href="./viewtopic.php?t=1">Which lathe for a small shop?</a></h2>').title).toBe('Which lathe for a small shop?');
    // An h2 that only shares words with the title is one of its sections, and the title's first part is the site's.
    expect(read(topic, '<h2>Which lathe</h2><h2>Metal Workers</h2>').title).toBe('Metal Workers \u2022 View topic - Which lathe for a small shop?');
  });

  it('reads an h1 split over lines with a space at each break, and one set in capitals as the meta title writes it', () => {
    expect(read('<title>Remote Full Stack Programming Jobs</title>', '<h1><span>Remote</span><br><span>Full Stack Programming Jobs</span></h1>').title).toBe('Remote Full Stack Programming Jobs');
    expect(read('<title>Weekend Coding Agent | TheFocus.AI Labs</title>', '<h1>WEEKEND<br>CODING<br><span>AGENT</span></h1>').title).toBe('Weekend Coding Agent');
    // An h1 in the page's own capitalisation is the title as readers see it, whatever the meta title's case.
    expect(read('<title>Data analytics services | Acme</title>', '<h1>Data Analytics Services</h1>').title).toBe('Data Analytics Services');
  });

  it('reads Dublin Core creators and page bylines marked with itemprop lists', () => {
    expect(read('<meta name="DC.creator" content="Dana Scott">').byline).toBe('Dana Scott');
    expect(read('', '<p itemprop="author creator">By <span>Corey Kilgannon</span></p>').byline).toBe('Corey Kilgannon');
  });

  it('turns a parseable date into ISO 8601 and drops an unparseable one', () => {
    expect(read('<meta property="article:published_time" content="2026-01-03">').published).toBe('2026-01-03');
    expect(read('<meta name="date" content="January 3, 2026 UTC">').published).toBe('2026-01-03T00:00:00.000Z');
    expect(read('<meta name="date" content="sometime last week">').published).toBeUndefined();
  });

  it('reads meta properties listing several names, and scholarly "Last, First" authors as "First Last"', () => {
    expect(read('<meta property="dc:creator twitter:site_name" content="Creator Name"><meta name="author" content="Someone Else">').byline).toBe('Creator Name');
    expect(read('<meta name="citation_author" content="Roy, Aniruddha">').byline).toBe('Aniruddha Roy');
  });

  it('names every author of a scholarly page, one citation_author tag each, ahead of a Dublin Core first author', () => {
    const tags = '<meta name="DC.Creator" content="Ann Lee"><meta name="citation_author" content="Ann Lee"><meta name="citation_author" content="Chen, Bo">';
    expect(read(tags).byline).toBe('Ann Lee, Bo Chen');
  });

  it('prefers the writer the page shows to an organisation stated as the JSON-LD author, which it keeps otherwise', () => {
    const ld = '<script type="application/ld+json">{"@type":"BlogPosting","headline":"Bridge","author":{"@type":"Organization","name":"Bridge Co"}}</script>';
    expect(read(ld, '<span class="byline">Ann Lee</span>').byline).toBe('Ann Lee');
    expect(read(ld).byline).toBe('Bridge Co');
  });

  it('finds the byline in each kind of author element the page may mark', () => {
    const marks = ['rel="author"', 'itemprop="author"', 'class="story-byline"', 'class="Author-Name"', 'class="authorName"', 'class="c-author__name"',
      'class="Post-Author"', 'class="post_author"', 'class="meta-author"', 'class="author"', 'href="/author/ann-lee"', 'href="/authors/ann-lee"',
      'class="post-hero__author"', 'class="the-author"'];
    for (const mark of marks) expect(read('', `<a ${mark}>Ann Lee</a>`).byline, mark).toBe('Ann Lee');
    expect(read('', '<a class="link" href="/about">Ann Lee</a>').byline).toBeUndefined();
  });

  it('reads the names after an "Authors:" label or a "The author" heading in the author element', () => {
    expect(read('', '<p class="byline">Authors: Ann Lee and Bo Chen</p>').byline).toBe('Ann Lee and Bo Chen');
    expect(read('', '<div class="post-author"><h4>The Author</h4><p>Ann Lee</p></div>').byline).toBe('Ann Lee');
  });

  it('skips a byline element\'s label text and reads the name after it', () => {
    expect(read('', '<p class="author"><span>Post</span> by <strong><a>galitsyn</a></strong> » 11 Sep 2024</p>').byline).toBe('galitsyn');
    expect(read('', '<h1>Bridge works begin</h1><p>by ibby</p>').byline).toBe('ibby');
    expect(read('', '<h1>Bridge works begin</h1><p>By continuing you agree to our terms and conditions of use.</p>').byline).toBeUndefined();
  });

  it('skips "Text by", "Updated ..." and "By clicking ..." pieces, and decodes or unquotes stated names', () => {
    expect(read('', '<div class="byline"><span>Text by</span> <a>Hunter Dukes</a></div>').byline).toBe('Hunter Dukes');
    expect(read('', '<div class="byline"><span>Updated November 3, 2025</span> <a>April Fulton</a></div>').byline).toBe('April Fulton');
    expect(read('', '<div class="author"><p>By clicking Follow you agree to our terms</p><a>Matteo Laratta</a></div>').byline).toBe('Matteo Laratta');
    expect(read('<meta name="author" content="Maria &amp;amp; Katerina">').byline).toBe('Maria & Katerina');
    expect(read('<meta name="author" content="&quot;David Kim&quot;">').byline).toBe('David Kim');
  });

  it('reads the name after a "<kind> by" label, and never a date or a call to action, in a byline element', () => {
    expect(read('', '<div class="byline"><span class="type">Guide</span> <span>by</span> <span class="author"><a href="/authors/wj">Will Judd</a></span></div>').byline).toBe('Will Judd');
    expect(read('', '<div class="post-author">Authored by: <a href="/team/ej">Dr. Ehsan Jazini</a></div>').byline).toBe('Dr. Ehsan Jazini');
    expect(read('', '<div class="author"><div>Updated <span>January 08, 2026</span></div><a href="/author/mn">Meghan Neville</a></div>').byline).toBe('Meghan Neville');
    expect(read('', '<h3>Paramita Ghosh</h3><a class="btn" href="/author/paramita-ghosh/">Learn More</a>').byline).toBeUndefined();
  });

  it('reads the name in a post-author block, its avatar and label aside', () => {
    expect(read('', '<div class="post_author"><img alt=""><strong>By <a href="/team/vo">Dr. Vahid Osman</a></strong> - Mar 27, 2024</div>').byline).toBe('Dr. Vahid Osman');
  });

  it('reads the author Yoast states as a Twitter card label, and class names that hold the author\'s name', () => {
    expect(read('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jayesh Shinde">').byline).toBe('Jayesh Shinde');
    expect(read('<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">').byline).toBeUndefined();
    expect(read('', '<p class="authorName">Podium Staff</p>').byline).toBe('Podium Staff');
  });

  it('reads written dates as ISO days, in meta tags and on the page', () => {
    expect(read('<meta name="citation_date" content="2025/12/18">').published).toBe('2025-12-18');
    expect(read('<meta name="published" content="July 17, 2025">').published).toBe('2025-07-17');
    expect(read('', '<span itemprop="published-date" content="Published Oct 20, 2025 at 5:00 PM">Oct 20, 2025</span>').published).toBe('2025-10-20');
    expect(read('', '<div class="dateline">[Submitted on 18 Dec 2025]</div>').published).toBe('2025-12-18');
    expect(read('', '<time>11. Sep 2024, 16:36</time>').published).toBe('2024-09-11');
    expect(read('', '<span class="date">23.07.2025</span>').published).toBe('2025-07-23');
    expect(read('', '<p class="Author_author">Nick van Mead</p><p><span class="Author_publicationTime__F2lab">2022-11-23T08:10+02:00</span></p>').published).toBe('2022-11-23T08:10+02:00');
    expect(read('', '<div class="post-date">Date: 31/31/2025</div>').published).toBeUndefined();
  });

  it('reads a date written with slashes when its day tells the order, and leaves it unread when nothing does', () => {
    expect(read('', '<span class="date">Updated: 10/31/2024</span>').published).toBe('2024-10-31');
    expect(read('', '<span class="date">31/10/2024</span>').published).toBe('2024-10-31');
    expect(read('', '<span class="date">3/4/2025</span>').published).toBeUndefined();
  });

  it('reads the year-first dates of scholarly citation tags, and the published-date meta name', () => {
    expect(read('<meta name="citation_publication_date" content="2023 Jan 7">').published).toBe('2023-01-07');
    expect(read('<meta name="published-date" content="2021-02-16"><meta name="modified-date" content="2024-07-30">').published).toBe('2021-02-16');
  });

  it('reads the dateTime attribute React writes on <time>, which the Node DOM keeps in its case', () => {
    expect(read('', '<p>Last updated <time dateTime="2024-09-17T06:16:41.347Z">1 year ago</time></p>').published).toBe('2024-09-17T06:16:41.347Z');
  });

  it('reads a short date line shown right after the headline in an element named for nothing', () => {
    expect(read('', '<h1>The old bridge</h1><div class="text-sm"><span>Ann Lee</span><span>Published on Dec 17, 2025</span></div>').published).toBe('2025-12-17');
    // A date in a sentence of the body is not the article's date.
    expect(read('', '<h1>The old bridge</h1><p>The council first met about the bridge on December 17, 2025, and again in spring.</p>').published).toBeUndefined();
  });

  it('reads the day of a dated address when the page states and shows no date, and a stated UTC instant on that day', () => {
    const at = (url: string, head = '') => {
      const result = readArticle(parse(`<html><head>${head}</head><body><article>${PROSE}</article></body></html>`), { url });
      return result.ok ? result.article.published : undefined;
    };
    expect(at('https://example.com/2025/12/18/the-old-bridge/')).toBe('2025-12-18');
    expect(at('https://example.com/articles/2025-12-15+The+old+bridge')).toBe('2025-12-15');
    // Not a date: a number too long, or a date in the query rather than the path.
    expect(at('https://example.com/items/2025-12-150')).toBeUndefined();
    expect(at('https://example.com/a?from=/2025/12/18/')).toBeUndefined();
    // A post written on the 18th in the evening, west of Greenwich: its instant is the 19th in UTC.
    const utc = '<meta property="article:published_time" content="2025-12-19T02:41:41+00:00">';
    expect(at('https://example.com/2025/12/18/the-old-bridge/', utc)).toBe('2025-12-18');
    expect(at('https://example.com/a/b', utc)).toBe('2025-12-19T02:41:41+00:00');
    // An address's day no time zone can give the instant is another date (the post was moved): the instant stays.
    expect(at('https://example.com/2025/12/16/the-old-bridge/', utc)).toBe('2025-12-19T02:41:41+00:00');
    expect(at('https://example.com/2025/12/18/the-old-bridge/', '<meta property="article:published_time" content="2025-12-19T02:41:41-05:00">')).toBe('2025-12-19T02:41:41-05:00');
  });

  it('reads, on a page that states no date and shows none beside its headline, the first text that is a date line alone', () => {
    expect(read('', '<div class="x1"><span>Posted on April 13, 2023</span></div>').published).toBe('2023-04-13');
    expect(read('', '<p style="text-align:right">Last updated: November 13, 2025</p>').published).toBe('2025-11-13');
    // A forum post's header: a weekday or a time beside the date is still a date line.
    expect(read('', '<td><a name="post1"></a> 30th March 2025, 16:26 </td>').published).toBe('2025-03-30');
    expect(read('', '<p class="x2">by <a href="/u/1">ann</a> » Sun Dec 17, 2023 11:18 am</p><dd>Sun Dec 17, 2023 11:18 am</dd>').published).toBe('2023-12-17');
    // Text that holds a date among other words, and a reader's review, give no date.
    expect(read('', '<p>Member since February 16, 2016</p><p>Offer valid Dec. 17, 2025</p>').published).toBeUndefined();
    expect(read('', '<div class="product-reviews"><span>Jan 20, 2026</span></div>').published).toBeUndefined();
    // A field labelled for another date (a poster's profile) is not the post's; a publication's label is.
    const post = '<p><a href="/u/1">ann</a></p><p>Tue Aug 27, 2019 1:47 am</p>';
    expect(read('', `<dl><dd><strong>Founded:</strong> Dec 11, 2021</dd></dl>${post}`).published).toBe('2019-08-27');
    expect(read('', '<dl><dd><strong>Posted:</strong> Dec 11, 2021</dd></dl>').published).toBe('2021-12-11');
  });

  it('reads the date line beside the headline of a page written without <html>, whose body Node DOMs leave empty', () => {
    // linkedom gives such a page an empty body of its own, apart from the parsed h1 and text (davidbau.com's blog).
    const result = readArticle(parse(`<!DOCTYPE html>\n<head><title>The old bridge</title></head>\n<body><h1>The old bridge</h1><p>Published on Dec 17, 2025</p>${PROSE}</body>`), { url: 'https://example.com/a/b' });
    expect(result.ok && result.article.published).toBe('2025-12-17');
  });

  it("reads a Q&A thread's question author (QAPage's main entity) and a microdata author's name tag", () => {
    expect(read('<script type="application/ld+json">{"@type":"QAPage","mainEntity":{"@type":"Question","name":"Which Qt6 version?","author":{"@type":"Person","name":"JonB"},"dateCreated":"2024-04-17T10:58:44Z"}}</script>').byline).toBe('JonB');
    expect(read('', '<div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="julian"><meta itemprop="url" content="/user/julian"></div>').byline).toBe('julian');
  });

  it('reads the name after a link aggregator\'s "via"', () => {
    expect(read('', '<div class="byline"><span>via</span> <a href="/~scvalex">scvalex</a></div>').byline).toBe('scvalex');
  });

  it('reads the writer a "Written by" text names anywhere on the page: an author box, a post footer', () => {
    expect(read('', '<div class="bio"><p>This post was written by Danielle Padula, Head of Marketing.</p></div>').byline).toBe('Danielle Padula');
    expect(read('', '<footer><p>Posted by <a href="/me">Colin Watson</a> on <time>Dec 18</time></p></footer>').byline).toBe('Colin Watson');
    expect(read('', '<div><div>Written by</div><div>Jack Shepherd</div></div>').byline).toBe('Jack Shepherd');
    expect(read('', '<h2>Article by</h2><div>Matias Heikkilä</div>').byline).toBe('Matias Heikkilä');
    expect(read('', '<p>Posted by Alon Zakai.</p>').byline).toBe('Alon Zakai');
    expect(read('', '<p>Written by Angela Holliday-Bell, MD, FAAP</p>').byline).toBe('Angela Holliday-Bell, MD, FAAP');
  });

  it('takes no "Written by" name from comments, reviews, a sentence, a date or a machine', () => {
    for (const body of [
      '<div class="comments"><p>Posted by: <a href="mailto:x@y.z">John</a> at December 16</p></div>',
      '<div class="review-meta">Written by Faith Cox on Jul 5th 2022</div>',
      '<p>It was originally written by Mark Pilgrim, who also wrote books.</p>',
      '<div><span>Written By </span><span>Feb 11, 2019 · 3 min read</span></div>',
      '<span>Perfectly written by AI</span><span>Written by AI</span>',
      '<div><div>Written By <a href="/a"></a></div></div><p>I went home.</p>',
    ]) {
      expect(read('', body).byline, body).toBeUndefined();
    }
  });

  it('keeps the qualifications after a name (", DVM"), and reads "Author" in a camel-cased class name', () => {
    expect(read('', '<span class="post-author">Shelby Loos, DVM</span>').byline).toBe('Shelby Loos, DVM');
    expect(read('', '<span class="post-author">Jane Doe, Editor</span>').byline).toBe('Jane Doe');
    expect(read('', '<div class="styles_dateAndAuthorContainer__JAvHP"><span>Dec 17, 2025</span><span>Julian K. Arni</span></div>').byline).toBe('Julian K. Arni');
    expect(read('', '<div class="about-author"><h4>From the author</h4><span>Ann Lee</span></div>').byline).toBe('Ann Lee');
  });

  it('takes no byline that is not a name: a post number, a profile id, a template key, a name whose writer is missing, a date', () => {
    expect(read('', '<div class="author"><span>#1</span> <a href="/user/julian">julian</a></div>').byline).toBe('julian');
    expect(read('<meta property="article:author" content="262588213843476">', '<p class="byline">By Daniel Lee</p>').byline).toBe('Daniel Lee');
    expect(read('<meta name="author" content="page.head.extra.author">', '<p class="byline">By Tim Enwall</p>').byline).toBe('Tim Enwall');
    // A username may be dotted.
    expect(read('<meta name="author" content="sara.r.peter">').byline).toBe('sara.r.peter');
    expect(read('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":", USA TODAY"}}</script><meta name="author" content="Brian Truitt">').byline).toBe('Brian Truitt');
    expect(read('', '<p class="author"><a href="#p1">Sun Dec 17, 2023 11:23 am</a></p>').byline).toBeUndefined();
  });

  it('drops the soft hyphens an h1 carries as hints where its words may break', () => {
    expect(read('<title>City of Marion: Home Repair Assistance Program</title>', '<h1>Home Repair Assis&shy;tance Program</h1>').title).toBe('Home Repair Assistance Program');
  });

  it('drops a one-word label the h1 opens with when no meta title has it, and keeps one the meta title confirms', () => {
    expect(read('<title>Which web host should I pick? | Hosting Talk</title>', '<h1>Thread: Which web host should I pick?</h1>').title).toBe('Which web host should I pick?');
    expect(read('<title>Review: The bridge reopens | Valley Times</title>', '<h1>Review: The bridge reopens</h1>').title).toBe('Review: The bridge reopens');
  });

  it('leaves out the prefix label a forum sets before a thread\'s title', () => {
    const h1 = '<h1 class="p-title-value"><span class="label label--primary" dir="auto">Tips/Techniques</span><span class="label-append">&nbsp;</span>Which lathe for a small shop?</h1>';
    expect(read('<title>Tips/Techniques - Which lathe for a small shop? | Metal Workers Forum</title>', h1).title).toBe('Which lathe for a small shop?');
  });

  it('drops the permalink mark documentation generators append to headings', () => {
    expect(read('<title>Logging HOWTO — Python 3 documentation</title>', '<h1>Logging HOWTO<a class="headerlink" href="#">¶</a></h1>').title).toBe('Logging HOWTO');
  });

  it('decodes entities left encoded twice in meta tags', () => {
    expect(read('<meta property="og:title" content="Fish &amp;amp; chips, a guide&amp;hellip;">').title).toBe('Fish & chips, a guide…');
    expect(read('<meta property="og:title" content="The Cream&amp;reg; and Lotion&amp;trade;">').title).toBe('The Cream® and Lotion™');
  });

  it('takes the direction from the page, or from a right-to-left language', () => {
    expect(read('').dir).toBe('ltr');
    const rtl = readArticle(parse(`<html lang="ar"><body><article>${PROSE}</article></body></html>`));
    expect(rtl.ok && rtl.article.dir).toBe('rtl');
  });

  it('resolves the canonical URL against the page URL', () => {
    expect(read('<link rel="canonical" href="/canonical/">').url).toBe('https://example.com/canonical/');
    expect(read('').url).toBe('https://example.com/a/b');
  });
});
