// Failure modes found on real pages, each reproduced by a fixture in tests/fixtures/cases/.
import { describe, expect, it } from 'vitest';
import { isArticlePage, readArticle } from '../../../engine';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, articleOf, loadFixture, parse, readFixture } from './load';

/** A text's first three words: enough to tell a fixture's blocks apart. */
const firstWords = (text: string) => text.trim().split(/\s+/).slice(0, 3).join(' ');

describe('an article split over page-builder sections', () => {
  const { text } = readFixture('cases/split-sections.html');

  it('keeps every section, not just the best one', () => {
    for (const part of ['Part 1', 'Part 2', 'Part 3', 'Part 4']) expect(text).toContain(part);
    expect(text).toContain('The regional water board approved a plan on Monday');
    expect(text.endsWith('help crews find leaks before they become bursts.')).toBe(true);
  });

  it('leaves out the sidebar, menu and footer', () => {
    expect(text).not.toMatch(/Popular|Bridge reopens|New bus routes|News|All rights reserved/);
  });
});

describe("a page builder's sections, each block of copy deep in wrappers of its own", () => {
  const { text } = readFixture('cases/page-builder-section-wrappers.html');

  it('keeps the sections beside the longest one', () => {
    expect(text).toContain('One of the easiest houseplants to grow');
    expect(text).toContain('Our greenhouse manager walks through six plants');
    expect(text).toContain('How to read your light');
    expect(text.endsWith('The plants above all do well in low light.')).toBe(true);
  });

  it("leaves out the customers' reviews beside them, the menu and the footer", () => {
    expect(text).not.toMatch(/What our customers say|basement flat|Care guides|Mill Lane|Privacy/);
  });

  it("reads the chosen block alone on a shop's product page: the blocks beside a description are its buy box and delivery terms", () => {
    const document = loadFixture('cases/page-builder-section-wrappers.html');
    const ogType = document.createElement('meta');
    ogType.setAttribute('property', 'og:type');
    ogType.setAttribute('content', 'product');
    document.head.append(ogType);
    const read = readArticle(document);
    expect(read.ok && read.article.text).toContain('One of the easiest houseplants to grow');
    expect(read.ok && read.article.text).not.toMatch(/greenhouse manager|How to read your light/);
  });
});

describe("an award list split into sections by category, one of them longer than an article", () => {
  const { text } = readFixture('cases/award-list-sections.html');

  it('keeps every category: the long list was reached by widening from one short entry, not chosen as an article on its own', () => {
    expect(text).toContain('A boathouse rebuilt on its old stone footings');
    expect(text).toContain('The Net Loft');
    expect(text).toContain('Furniture');
    expect(text).toContain('A kitchen chair made from the offcuts of a joinery workshop');
    expect(text).toContain('The Long Dresser');
  });

  it('leaves out the menu and the footer', () => {
    expect(text).not.toMatch(/Subscribe|Published in Leeds|Privacy/);
  });
});

describe('a recipe index made of alike lists of links that its theme names recirculation', () => {
  const { text } = readFixture('cases/recipe-index-recirc-lists.html');

  it('reads the lists: together they hold most of the page, so they are what it lists', () => {
    expect(text).toContain('Dinner on the table in under an hour');
    expect(text).toContain('Crispy Lemon Chicken Thighs with Potatoes');
    expect(text).toContain('Tomato Butter Pasta with Basil');
  });

  it('leaves out the menu and the footer', () => {
    expect(text).not.toMatch(/Guides|Newsletter|tested in a home kitchen|Privacy/);
  });
});

describe("a topic page's sections, each a box holding a heading over a list of headlines", () => {
  const { text } = readFixture('cases/topic-page-section-boxes.html');

  it('keeps the last sections: a box made like the list of headlines before it is one more of the page, not recirculation', () => {
    expect(text).toContain('Our science desk follows research');
    for (const heading of ['Ocean and coast', 'Space', 'Health research', 'Wildlife']) expect(text).toContain(heading);
    expect(text).toContain('Hospital joins a trial of a nasal flu vaccine for children');
    expect(text).toContain('Farmers put up two hundred barn owl boxes this winter');
  });

  it('leaves out the menu and the footer', () => {
    expect(text).not.toMatch(/Climate|independent local news|Privacy/);
  });
});

describe("a recipe index's sections, each classed apart but holding cards made alike", () => {
  const { text } = readFixture('cases/recipe-index-sections-classed-apart.html');

  it('keeps the last section: cards made like those of the list before it are one more of the page, whatever the classes', () => {
    expect(text).toContain('Put it on in the morning');
    expect(text).toContain('Red Lentil and Carrot Soup');
    expect(text).toContain('All Slow Cooker Recipes');
    expect(text).toContain('Slow Cooker Chicken Tikka Masala');
    expect(text).toContain('Braised Short Ribs with Red Wine');
  });

  it('leaves out the menu and the footer', () => {
    expect(text).not.toMatch(/Meal Plans|coastal kitchen|Privacy/);
  });
});

describe("a shop's shelves of cards around its grid of products, each shelf classed by its own hash", () => {
  const { text } = readFixture('cases/shop-shelves-around-product-grid.html');

  it('keeps the grid and the last shelf: cards made like those of a shelf before it are one more of the page', () => {
    expect(text).toContain('Thin enough to wear under a shell.');
    expect(text).toContain('Down Expedition Mitt');
    expect(text).toContain('$145');
    expect(text).toContain('Made for');
    expect(text).toContain('A grip that stays put on the bars.');
  });

  it('leaves out the menu and the footer', () => {
    expect(text).not.toMatch(/Stores|since 1978|Returns/);
  });
});

describe('a shop whose products are list items each classed by its own product', () => {
  const { text } = readFixture('cases/shop-products-classed-by-product.html');

  it('keeps every product: the items of a list are never trailing recirculation one by one', () => {
    expect(text).toContain('Speckled Stoneware Mug, 12oz');
    expect(text).toContain('Round Teapot with Cane Handle');
    expect(text).toContain('Pair of Handleless Tea Bowls');
    expect(text).toContain('$40.00');
  });

  it('leaves out the menu and the footer', () => {
    expect(text).not.toMatch(/Workshops|Welsh hills|Privacy/);
  });
});

describe("a documentation page whose sections are anchored by their headings' words", () => {
  const { text } = readFixture('cases/docs-sections-anchored-by-heading.html');

  it('keeps the sections whose anchors read like clutter names (`cookies`, `sharing-…`): the id names the subject', () => {
    expect(text).toContain('A minimal Pebble application is a single file.');
    expect(text).toContain('To read the cookies a browser sent');
    expect(text).toContain('Each request gets a fresh context.');
  });

  it('leaves out the navigation and the footer', () => {
    expect(text).not.toMatch(/Changes|Copyright/);
  });
});

describe("an article whose headings are anchored by their own words", () => {
  const { text } = readFixture('cases/headings-anchored-by-their-words.html');

  it('keeps the headings whose anchors hold a clutter name (`what-share-of-…`, `…-social-housing-…`, `related-costs-…`): the id names the subject', () => {
    expect(text).toContain('What share of renters spend more than a third of their income?');
    expect(text).toContain('How long are social housing waiting lists?');
    expect(text).toContain('Related costs: heating and repairs');
  });

  it('leaves out the comments, the menu and the footer', () => {
    expect(text).not.toMatch(/2 comments|Great summary|Topics|All rights reserved/);
  });
});

describe('a forum whose posts are rendered inside <noscript> for readers without scripts', () => {
  const { text, title } = readFixture('cases/noscript-forum.html');

  it('reads every post', () => {
    expect(text).toContain('I upgraded the router firmware last night');
    expect(text).toContain('Rolling back to the previous firmware fixed it for me');
    expect(text).toContain('The connection has been stable all morning.');
    expect(title).toBe('Wireless drops after firmware update');
  });

  it('leaves out the loading shell and the forum footer', () => {
    expect(text).not.toMatch(/Loading|Powered by Discourse|Guidelines/);
  });
});

it('reads a page whose markup has a stray empty <body> before the real one', () => {
  const { text } = readFixture('cases/second-body.html');
  expect(text).toContain('The regional water board approved a plan on Monday');
  expect(text).toContain('with a phone line open for questions throughout the project.');
});

describe('a product page with no long paragraph', () => {
  const { text, title } = readFixture('cases/product.html');

  it('reads the main landmark: price, description, details, size chart', () => {
    expect(title).toBe('Trail Runner 2');
    expect(text).toContain('$129.00');
    expect(text).toContain('Built for rocky singletrack and wet roots');
    expect(text).toContain('- 4 mm drop');
    expect(text).toContain('Hand wash cold, air dry away from heat.');
    expect(text).toContain('EU | US\n42 | 8.5');
  });

  it('leaves out the announcement bar, header menu and footer', () => {
    expect(text).not.toMatch(/Free shipping|Stride Co|Women|Sale|Returns|All rights reserved/);
  });

  it('leaves out calls to action, app badges and policy links inside the main landmark', () => {
    expect(text).not.toMatch(/Add to cart|Notify me|Free shipping on orders|Google Play|Privacy Policy|Find your fit/);
  });

  it('is not detected as an article', () => {
    expect(isArticlePage(loadFixture('cases/product.html'))).toBe(false);
  });
});

describe('lazy images', () => {
  const { html } = readFixture('cases/lazy-images.html', 'https://news.example.com/pipes/');

  it.each([
    ['data-src', 'https://news.example.com/img/lazy-data-src.jpg'],
    ['data-srcset, largest', 'https://news.example.com/img/lazy-1200.jpg'],
    ['srcset only, largest density', 'https://news.example.com/img/srcset-2x.jpg'],
    ['<picture> source', 'https://news.example.com/img/picture-1600.webp'],
    ['<noscript> fallback', 'https://news.example.com/img/noscript-real.jpg'],
  ])('resolves %s to an absolute src', (_, src) => {
    expect(html).toContain(`src="${src}"`);
  });

  it('drops placeholders, tracking pixels and leftover <source> and <noscript> elements', () => {
    expect(html).not.toMatch(/data:image|placeholder\.png|tracker\.example|<source|<noscript| data-src=/);
  });
});

describe('an article in Chinese (no spaces between words)', () => {
  const result = readFixture('cases/cjk.html');

  it('is read, measured in characters rather than words', () => {
    expect(result.text).toContain('市政府周一宣布');
    expect(result.text).toContain('通过水费逐步分摊。');
    expect(result.text).not.toMatch(/首页|版权所有/);
    expect(result.title).toBe('老城区供水管道将全面更换');
    expect(result.lang).toBe('zh-CN');
  });

  it('counts each Chinese character as a word', () => {
    expect(result.wordCount).toBeGreaterThan(150);
  });

  it('is detected as an article', () => {
    expect(isArticlePage(loadFixture('cases/cjk.html'))).toBe(true);
  });
});

describe('a forum thread of short posts beside a sidebar paragraph longer than any post', () => {
  const { text } = readFixture('cases/forum-thread.html');

  it('reads every post, not the sidebar', () => {
    expect(text).toContain('Has anyone fitted the LED liftgate lights to the 2024 model?');
    expect(text).toContain('No resistor needed on mine.');
    expect(text).toContain('I will post photos once they are in.');
    expect(text).not.toMatch(/About this community|independent enthusiast community|XenForo|What's new/);
  });

  it('leaves out the controls and member details around each post', () => {
    expect(text).not.toMatch(/\bReply\b|\bQuote\b|\bReport\b|Joined|Posts|1,284|Ask Question/);
    expect(text).not.toMatch(/member|Original poster/i);
  });
});

describe('a forum reply quoting an earlier post of the thread', () => {
  const { text } = readFixture('cases/forum-quoted-reply.html', 'https://forum.example.com/threads/sourdough-starter/');

  it('reads the quoted post once, where it was posted, and keeps the reply', () => {
    expect(text.split('My starter doubled every day for two weeks').length - 1).toBe(1);
    expect(text).not.toContain('crumbshot said:');
    expect(text).toContain('A pantry is often several degrees cooler than a kitchen counter.');
  });

  it('keeps a quote the thread does not hold elsewhere', () => {
    expect(text).toContain('Warmth is the cheapest ingredient in any loaf.');
  });
});

describe('a forum reply quoting an earlier post under its poster\'s name, on a page that does not say it is a discussion', () => {
  const { text } = readFixture('cases/forum-headed-quotes.html', 'https://forum.example.com/viewtopic.php?t=77');

  it('reads the quoted post once, where it was posted, and keeps the reply', () => {
    expect(text.split('only ramps up under real load.').length - 1).toBe(1);
    expect(text).not.toContain('marit wrote');
    expect(text).toContain('Set a hysteresis of five degrees');
  });

  it('keeps a quote the thread does not hold elsewhere', () => {
    expect(text).toContain('A fan that never stops lasts longer');
  });
});

it("replaces a forum post's preview cards of the pages it links (Discourse's onebox) by their titles", () => {
  const { text } = readFixture('cases/forum-link-cards.html', 'https://forum.example.com/t/where-to-read-easy-news-in-spanish/4410');
  expect(text).toContain('both let you listen to each article as well:\n\nNoticias Fáciles - Daily news for learners\n\nRadio Lenta\n\nStart with the first level');
  expect(text).not.toMatch(/news\.example\.org|radio\.example\.com|Thousands of graded articles|free for ever/);
});

it("keeps an article's pull quote that repeats its own paragraph", () => {
  const line = 'The river has never been this low in the hundred years that anyone has measured it.';
  const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the report on the drought tells how farmers along the valley cope with the dry summer and the cost of water.</p>`).join('');
  const page = `<html><head><title>A dry summer</title></head><body><article><h1>A dry summer</h1><p>${line} Farmers say so.</p>${paragraphs}<blockquote><p>${line}</p></blockquote>${paragraphs}</article></body></html>`;
  const result = readArticle(parse(page), { url: 'https://news.example.com/dry-summer' });
  expect(result.ok && result.article.text.split(line).length - 1).toBe(2);
});

it('leaves out the rank a forum prints under each poster (Well-known member, Original poster), keeping every post', () => {
  const { text } = readFixture('cases/forum-member-ranks.html');
  expect(text).toContain('Has anyone replaced the chain on a 2019 trail bike');
  expect(text).toContain('only buy the longer cage if the shifting is still poor after a week of riding.');
  expect(text).not.toMatch(/member|Original poster|Chainring whisperer|Feb 8, 2017|5,421/i);
  expect(text).toContain('ridgeline');
});

describe('an article with a video and a call to action written with a character reference', () => {
  const { text, html } = readFixture('cases/video-fallback.html');

  it('keeps the video but not the text shown only where it cannot play', () => {
    expect(html).toContain('<video');
    expect(text).not.toContain('does not support the video tag');
  });

  it('reads the button\'s words as one line, as browsers do, and leaves them out', () => {
    expect(text).toContain('run two full tanks of clean water through it');
    expect(text).not.toMatch(/Filter|Sort/);
  });
});

it("keeps a carousel's slides once each, leaving out the copies its script made of them to loop (Slick's slick-cloned)", () => {
  const { text } = readFixture('rules/placeholder.html');
  expect(text.match(/The north arch/g)).toHaveLength(1);
  expect(text.match(/The east bank deck/g)).toHaveLength(1);
});

describe('an article with footnotes, a link to a later section and permalinks on its headings', () => {
  const { html, text } = readFixture('cases/footnotes-and-permalinks.html');

  it('writes the ids its own links jump to, so footnotes and "further down" work in the reader, and no other id', () => {
    expect(html).toContain('<sup id="ref-1"><a href="#note-1">1</a></sup>');
    expect(html).toContain('<li id="note-1">Baker');
    expect(html).toContain('<a href="#ref-2">Back</a>');
    // The section's wrapper is not written: its id marks where it began.
    expect(html).toContain('<span id="method"></span>\n<h2>Shaping and proofing');
    expect(html).not.toMatch(/id="(?:intro|microbes|shaping)"/);
  });

  it("writes a heading's permalink as the heading's words, and drops a permalink mark", () => {
    expect(html).toContain('<h2>The microbes</h2>');
    expect(html).not.toContain('heading-anchor');
    expect(html).toMatch(/<h2>Shaping and proofing\s*<\/h2>/);
    expect(text).toMatch(/^Shaping and proofing$/m);
  });
});

it('writes an embedded YouTube or Vimeo video as a link to it (the reader shows no frames), titled when the frame names the video, and drops other frames', () => {
  const { html, text } = readFixture('cases/video-embeds.html');
  expect(html).toContain('<p><a href="https://www.youtube.com/embed/Pr0n1ngW1nt" target="_blank" rel="noopener noreferrer">Watch on YouTube: Pruning an old apple tree, step by step</a></p>');
  expect(html).toContain('shown slowly: <a href="https://player.vimeo.com/video/123456789" target="_blank" rel="noopener noreferrer">Watch on Vimeo</a></p>');
  expect(html).not.toMatch(/<iframe|ads\.example-network|Advertisement/);
  expect(text).not.toContain('Watch on');
});

it('gives every video and audio player its controls: the reader plays nothing on its own, so a clip the page played muted in a loop is started by the reader', () => {
  const { html } = readFixture('cases/video-without-controls.html');
  expect(html).toMatch(/<video controls poster="[^"]*frost\.jpg"><source type="video\/mp4" src="[^"]*frost\.mp4"><\/video>/);
  expect(html).toMatch(/<audio controls><source type="audio\/mpeg" src="[^"]*interview\.mp3"><\/audio>/);
  expect(html).not.toMatch(/autoplay|muted|loop/);
});

it("leaves out a player that names nothing to play (a script's player fills it in on the page): it would be an empty box", () => {
  const { html } = readFixture('cases/video-without-controls.html');
  expect(html.match(/<video/g)).toHaveLength(1);
  expect(html).not.toContain('dahlias.jpg');
});

it("leaves out a forum poster's rank, post count and join date and the reply button (phpBB), keeping the name and every post", () => {
  const { text } = readFixture('cases/forum-poster-stats.html');
  expect(text).toContain('I just got my new board and I want to disable all of its LEDs.');
  expect(text).toContain('The network lights are controlled by the switch chip and need a separate setting.');
  expect(text).toContain('jahboater');
  expect(text).not.toMatch(/Lamp lighter|Wire bender|Posts:|9179|Joined|Feb 04, 2015|likes this|Post a reply/);
});

it("leaves out the line over phpBB's code box (\"Code: Select all\"), keeping the code", () => {
  const { text } = readFixture('cases/forum-poster-stats.html');
  expect(text).toContain('power_led_trigger=none\npower_led_activelow=off');
  expect(text).not.toMatch(/Code:|Select all/);
});

it("leaves out Stack Exchange's vote counts, tags and count of answers, keeping the question and every answer", () => {
  const { text } = readFixture('cases/qa-vote-column.html');
  expect(text).toContain('knead by hand for ten minutes.');
  expect(text).toContain('rest the dough twenty minutes before shaping.');
  expect(text).toContain('rather than one hard pull.');
  expect(text).not.toMatch(/^\d+$|^- (?:bread|dough|kneading)$|Answers|Sorted by|Up vote/m);
});

it("reads a page builder's call-to-action banner filled with the page's paragraphs, and still leaves out a real call to action", () => {
  const { text } = readFixture('cases/call-to-action-prose.html');
  expect(text).toContain('so the bill follows the work.');
  expect(text).toContain('with one set of permissions for both.');
  expect(text).toContain('running old and new side by side until the numbers match to the cent.');
  expect(text).not.toMatch(/Ready to plan your move|Contact us/);
});

it('leaves out the messages a Webflow form shows once sent or failed, keeping the text around the form', () => {
  const { text } = readFixture('cases/form-sent-messages.html');
  expect(text).toContain('we will call you back within a working day');
  expect(text).toContain('on the fifth working day of every month.');
  expect(text).not.toMatch(/Thank you!|Oops!/);
});

it("leaves out the subject phpBB heads each post with, the thread's title again", () => {
  const { text } = readFixture('cases/forum-poster-stats.html');
  expect(text).toContain('Wed Dec 27, 2023 10:00 am');
  expect(text).not.toContain('Turning off the LEDs');
});

it("leaves out forum posters' counts named for what they are (post-count, join-date), keeping their names", () => {
  const { text } = readFixture('cases/forum-message-cards.html');
  expect(text).toContain('My old projector finally died after nine years.');
  expect(text).toContain('list a range wide enough to fit your mount.');
  expect(text).toContain('ines');
  expect(text).not.toMatch(/25,064|410 posts|Joined/);
});

it("leaves out each XenForo post's number, thread-starter tag, edit note, reactions and votes, keeping its date and every post", () => {
  const { text } = readFixture('cases/forum-post-attribution.html');
  expect(text).toContain('my hand planes rust within a week.');
  expect(text).toContain('so I never have to carry the bucket up the stairs.');
  expect(text).toContain('while the air dries out over the first few weeks.');
  expect(text).toContain('joiner_kate');
  expect(text).toContain('Mar 3, 2024');
  expect(text).not.toMatch(/#\d|Thread starter|Last edited|Reactions|dovetail|Upvote|Downvote/);
});

it("leaves out the likes and the post numbers of Discourse's crawler view, keeping each post's author and date", () => {
  const { text } = readFixture('cases/forum-crawler-view-likes.html');
  expect(text).toContain('the nightly backup stops at the database step');
  expect(text).toContain('tonight\'s took its usual eleven minutes again.');
  expect(text).toMatch(/obadiah June 11, 2024, 9:47am\n/);
  expect(text).not.toMatch(/Likes?\b|am ?\d/);
});

it("reads each Invision Community 4 poster's name once, without the pane's group, reputation, counts and fields or the reactions", () => {
  const { text } = readFixture('cases/forum-author-panes.html');
  expect(text).toContain('Is it dying, or only hungry?');
  expect(text).toContain('it will be back to sour and fruity within the week.');
  expect(text.match(/\bwren\b/g)).toHaveLength(1);
  expect(text).toContain('Posted September 3, 2024');
  expect(text).not.toMatch(/214|3,905|posts|Moderators|Proofing|Location|^- \d/m);
  // The counts of posts and reputation some Invision Community 4 themes print under the pane.
  expect(text).not.toMatch(/12k|871/);
});

it("leaves out Invision Community 5's author column, short dates, signatures and thread summary, keeping every post", () => {
  const { text } = readFixture('cases/forum-author-column.html');
  expect(text).toContain('What should I change first?');
  expect(text).toContain('open every radiator valve fully.');
  expect(text).toContain('yesterday it used a third less than the day before the change.');
  expect(text).toContain('corran');
  expect(text).toContain('October 16, 2024');
  expect(text).not.toMatch(/1 yr|Members|Installers|Reputation|posts|Heat source|Victorian terrace|MCS certified|Replies|Views|Popular Days|Author/);
});

it("leaves out NodeBB's reply previews, post numbers, avatar letters and \"wrote on\", keeping every post and its poster", () => {
  const { text } = readFixture('cases/forum-nodebb-posts.html');
  expect(text.match(/Since I moved my small electric kiln to the garage/g)).toHaveLength(1);
  expect(text).toContain('a warm plug means a loose contact.');
  expect(text).toContain('the glaze firing ran to the end.');
  expect(text).toContain('tobiasw');
  expect(text).not.toMatch(/wrote on|#\d|^- [MT]$|^[MT]$/m);
});

it("leaves out Invision Community 4's post tools, author badge, edit notes and the thread's events between posts", () => {
  const { text } = readFixture('cases/forum-invision-post-tools.html', 'https://community.example.com/topic/8810-shore-excursions/');
  expect(text).toContain('Which did you choose, and would you again?');
  expect(text).toContain('rather than forty.');
  expect(text).toContain("keep the ship's number at hand.");
  expect(text).toContain('gideon');
  expect(text).toContain('Posted May 2, 2024');
  expect(text).not.toMatch(/#\d|^Author$|Edited|later\.\.\./m);
});

it("reads old Reddit's comments with one score each, without the toggles, reply counts and links under each", () => {
  const { text } = readFixture('cases/forum-old-reddit-comments.html', 'https://old.reddit.com/r/birding/comments/x1/swifts/');
  expect(text).toContain('so the birds can come and go.');
  expect(text).toContain('though swifts scream past the gable every evening.');
  expect(text).toContain('keep it going until late July.');
  expect(text).toMatch(/^ployer 212 points 9 hours ago$/m);
  expect(text).not.toMatch(/211 points|213 points|children|\[–\]|permalink|embed|parent$/m);
});

it("leaves out FluxBB's breadcrumb and page bars, post numbers, repeated subjects and online status, keeping each post's date", () => {
  const { text } = readFixture('cases/forum-fluxbb-posts.html', 'https://forums.example.org/viewtopic.php?id=3012');
  expect(text).toContain('it settled down within a minute.');
  expect(text).toContain('set the speed again after each resume.');
  expect(text).toContain('a few seconds after every resume.');
  expect(text).toContain('2024-08-03 12:14:02');
  expect(text).not.toMatch(/Index|Pages:|#\d|Re: |Laptop fan runs|Online|Offline/);
});

it("leaves out Stack Exchange's user cards and the comments under each post, keeping the question and its answers", () => {
  const { text } = readFixture('cases/qa-user-cards.html', 'https://cooking.example.com/questions/7702/cast-iron-preheat');
  expect(text).toContain('on a gas hob?');
  expect(text).toContain('before the steak goes in.');
  expect(text).toContain('for the first minute.');
  expect(text).not.toMatch(/asked|answered|badges|1,204|48\.2k|Comments|Which burner|full flame/);
});

describe("a thread's posts, each opened with a rule once the posters' cards are gone", () => {
  const raw = readFileSync(join(FIXTURES, 'cases/qa-user-cards.html'), 'utf8');
  /** The thread read from `page`, cut at its rules, each part reduced to its first words. */
  const partsOf = (page: string) =>
    articleOf(parse(page), 'https://cooking.example.com/questions/7702/cast-iron-preheat')
      .html.split('<hr>')
      .map((part) => firstWords(part.replace(/<[^>]*>/g, ' ')));
  const QUESTION_AND_ANSWERS = ['My steaks come', 'Two minutes heats', 'Pat the steak'];
  const withoutJsonLd = raw.replace(/<script type="application\/ld\+json">.*?<\/script>/, '');

  it('puts a rule between the question and each answer (the page states a QAPage in JSON-LD), none above the question', () => {
    expect(partsOf(raw)).toEqual(QUESTION_AND_ANSWERS);
  });

  it('does the same on a page that states its QAPage in microdata on <html>, as Stack Exchange does', () => {
    expect(partsOf(withoutJsonLd.replace('<html lang="en">', '<html lang="en" itemscope itemtype="https://schema.org/QAPage">'))).toEqual(QUESTION_AND_ANSWERS);
  });

  it("adds none between the lines of one long post (a word processor's classed paragraphs pasted into the question)", () => {
    const line = '<p class="MsoNormal">I have tried every burner on the hob, both pans I own and three cuts of steak from two butchers, and the edges still come out grey.</p>';
    const pasted = raw.replace(/<p>My steaks come out grey.*?<\/p>/, line.repeat(8));
    expect(partsOf(pasted)).toHaveLength(1);
  });

  it('adds none to a page that states no discussion: alike blocks there are sections of one text', () => {
    expect(partsOf(withoutJsonLd)).toHaveLength(1);
    expect(readFixture('cases/split-sections.html').html).not.toContain('<hr');
  });
});

it("leaves out the post numbers and avatar letters of XenForo's California theme, keeping each post's date", () => {
  const { text } = readFixture('cases/forum-message-card-positions.html');
  expect(text).toContain('into the fork or the frame?');
  expect(text).toContain('through the upgrades that follow.');
  expect(text).toMatch(/^Jun 3, 2024$/m);
  expect(text).not.toMatch(/#\d|·|^[LR]$/m);
});

it("leaves out the menus Invision Community hides until a script opens them and each poster's signature", () => {
  const { text } = readFixture('cases/forum-invision-menus.html', 'https://forum.example.com/topic/7100-quiet-case-fans/');
  expect(text).toContain("should they all run from the board's headers?");
  expect(text).toContain('quieter than three fast 120 mm ones.');
  expect(text).toContain('lowpitch');
  expect(text).not.toMatch(/Motherboard|Link to comment|Share on|second opinion|Quiet builds since/);
});

it("leaves out vBulletin 4's post numbers and posters' ranks when the theme shows no avatars, keeping each post's date and poster", () => {
  const { text } = readFixture('cases/forum-vbulletin-posts.html', 'https://forum.example.com/showthread.php?t=900');
  expect(text).toContain('behind a content delivery network anyway?');
  expect(text).toContain('a third faster for our customers.');
  expect(text).toContain('slower from the far data centre.');
  expect(text).toContain('orsolya');
  expect(text).toContain('11-29-2024, 01:50 PM');
  expect(text).not.toMatch(/#\d|Master|Wannabe/);
});

it("reads a post quoted in vBulletin 4's quote box once, where it was posted", () => {
  const { text } = readFixture('cases/forum-vbulletin-posts.html', 'https://forum.example.com/showthread.php?t=900');
  expect(text.split('a third faster for our customers.').length - 1).toBe(1);
  expect(text).not.toContain('Originally Posted by');
  expect(text).toContain('That matches what we measured');
});

it("leaves out Simple Machines Forum's poster groups, post counts, \"Logged\", repeated subjects and post numbers", () => {
  const { text } = readFixture('cases/forum-smf-posts.html', 'https://forum.example.com/community/index.php?topic=5120.0');
  expect(text).toContain('without breaking the links in old posts?');
  expect(text).toContain('so nothing in them has to change.');
  expect(text).toContain('Oriane');
  expect(text).toContain('June 04, 2024, 01:02:10 PM');
  expect(text).not.toMatch(/Moderator|SMF|Posts:|Logged|Re: |#\d/);
});

it('leaves out the post numbers XenForo 1 and MyBB print beside each post, keeping the posts and their dates', () => {
  const xenforo = readFixture('cases/forum-xenforo1-posts.html', 'https://forum.example.com/threads/starter-travelling.700/').text;
  expect(xenforo).toContain('should someone feed it for me?');
  expect(xenforo).toContain('Expect two feeds before it is lively again.');
  expect(xenforo).not.toMatch(/#\d/);
  const mybb = readFixture('cases/forum-mybb-posts.html', 'https://forum.example.com/thread-700.html').text;
  expect(mybb).toContain('need a particular kind?');
  expect(mybb).toContain('is all you need.');
  expect(mybb).toContain('2024-05-20, 09:40 PM');
  expect(mybb).not.toMatch(/#\d/);
});

it("reads a California thread's opening post above its replies when the sidebar's blurb outscores each post, without the thread's counts and the starter's tag", () => {
  const { text } = readFixture('cases/forum-thread-beside-sidebar-blurb.html', 'https://forum.example.com/threads/first-trail-bike.5001/');
  expect(text).toContain('or should I save for full suspension?');
  expect(text).toContain('it teaches you to pick a line.');
  expect(text).toContain('the wrong place to save on the first bike.');
  expect(text).not.toMatch(/largest community|views|participants|Discussion starter/);
});

describe('a consent dialog of a platform the rules do not name, longer than the article', () => {
  const { text } = readFixture('cases/unknown-consent.html');

  it('is never chosen: the article behind it is read', () => {
    expect(text).toContain('The regional water board approved a plan on Monday');
    expect(text).toContain('The first phase is expected to be finished by the end of next year.');
    expect(text).not.toMatch(/812 partners|About your privacy|Accept all|More options/);
  });
});

describe('a listing page whose content is a list of links', () => {
  const { text } = readFixture('cases/link-listing.html');

  it('keeps the list: trailing-recirculation trimming never takes most of the content', () => {
    expect(text).toContain('- Hospital opens new cardiac wing Jan 1, 2026');
    expect(text).toContain('- Telehealth visits double in a year Jan 12, 2026');
    expect(text).not.toMatch(/Care|© 2026/);
  });
});

describe('a shop category made of shelves of linked product cards', () => {
  const { text } = readFixture('cases/shelves-of-links.html');

  it('keeps every shelf: alike blocks at the end are the page\'s own, and trimming never takes most of it', () => {
    expect(text.split('\n')).toEqual(expect.arrayContaining(['Ankle', 'Calf', 'Knee high']));
    expect(text).toContain('- Ankle sock in grey marl $14.00');
    expect(text).toContain('- Knee high sock in black $14.00');
    expect(text).not.toMatch(/Sock Works|Women|© 2026/);
  });
});

it('keeps every token of highlighted code, also the same token on consecutive lines (three closing braces)', () => {
  const { text } = readFixture('cases/highlighted-code.html');
  expect(text).toContain('    }\n  }\n}');
});

it('keeps the comments in highlighted code, whose tokens are classed by role', () => {
  const { text } = readFixture('cases/highlighted-code.html');
  expect(text).toContain('// the children first, then the node itself');
});

describe('a product grid whose cards print each name and price more than once', () => {
  const { text } = readFixture('cases/repeated-card-names.html');

  it('says each card\'s name and price once, also when the name holds a character reference', () => {
    expect(text).toContain('- Dark roast coffee\n  $19.99\n- Espresso roast coffee');
    expect(text).toContain('- Decaf coffee & chicory\n  $17.99\n');
  });

  it('keeps equal answers in neighbouring table cells', () => {
    expect(text).toContain('Dark | Yes | Yes');
  });
});

it('reads a grid of linked product cards when the page\'s only <main> is a slide-out panel\'s', () => {
  const { text } = readFixture('cases/grid-beside-panel-main.html');
  expect(text).toContain('Matte olive\n\nAluminium, powder coated\n\n$76');
  expect(text).toContain('Sandstone');
  expect(text).not.toMatch(/Carry Co|Bags|© 2026/);
});

it('reads once an article the page prints twice, the second time with fewer wrappers around it', () => {
  const { text } = readFixture('cases/copied-article-deeper.html');
  expect(text.match(/We will always need plumbers/g)).toHaveLength(1);
  expect(text.match(/Smart fittings/g)).toHaveLength(1);
  expect(text).toContain('turns that question into a booked job.');
});

describe('a product page whose carousel holds one slide per colour with the same words', () => {
  const { text } = readFixture('cases/copied-slides.html');

  it('reads the slide once', () => {
    expect(text.match(/Colours that suit you/g)).toHaveLength(1);
    expect(text).toContain('Choose grey, mint, silver or lavender, each with a matching pen.');
  });

  it('keeps code as written, a code block the writer repeated and a paragraph too', () => {
    expect(text.match(/if \(pressed\) \{\n  if \(held\) \{\n    openNotes\(\);\n  \}\n\}/g)).toHaveLength(2);
    expect(text.match(/a writer may repeat a line on purpose/g)).toHaveLength(2);
  });
});

it('reads a page whose streamed data sits after </html> (Node DOMs keep it as a top-level element with more text than the page)', () => {
  const { text } = readFixture('cases/data-after-html.html');
  expect(text).toContain('Full-grain leather that wears in and darkens with use');
  expect(text).toContain('- Works with magnetic chargers');
  expect(text).not.toMatch(/Rugged case|gid:/);
});

it('reads a page built from Adobe Core Components (every block named cmp-*, which is no consent platform)', () => {
  const { text } = readFixture('cases/aem-components.html');
  expect(text).toContain('Valley Hospital will open a new cardiac wing in March');
  expect(text).toContain('sixty nurses and technicians expected to join the staff before the opening.');
  expect(text).not.toMatch(/Care & Services|Locations/);
});

describe('a stray <![CDATA[ at the top of <body> (forum themes print one)', () => {
  const document = loadFixture('cases/stray-cdata.html');

  it('ends at the next ">" as in browsers, so the page after it is read', () => {
    const { text } = readFixture('cases/stray-cdata.html');
    expect(text).toContain('I am building a new machine for games at 1440p');
    expect(text).toContain('some of the triple-fan versions will not fit in a small case at all.');
    expect(text).not.toMatch(/CDATA|Builders Forum|vendor/);
  });

  it('leaves CDATA in scripts and SVG as it was', () => {
    expect(document.querySelector('script')?.textContent).toContain('//<![CDATA[');
    expect(document.querySelector('svg style')?.textContent).toContain('<![CDATA[ .a { fill: red } ]]>');
  });
});

it('reads markup without an <html> tag (Node DOMs then hold head and body as separate top-level elements)', () => {
  const { text } = readFixture('cases/no-html-tag.html');
  expect(text).toContain('I have been teaching myself to rebuild old radios this winter');
  expect(text).toContain('found a station on the first evening.');
});

it('reads the article after a stray </html> (Node DOMs leave it beside an <html> whose head holds more script than the page has text)', () => {
  const { text } = readFixture('cases/content-after-html-end.html');
  expect(text).toContain('Running payroll for a small company takes more hours than most founders expect');
  expect(text).toContain('so a clear contract matters most of all.');
  expect(text).not.toMatch(/siteSettings|initTracking|Privacy/);
});

it('reads an article body wrapped in a block named like clutter (share-container), not the author box beside it', () => {
  const { text } = readFixture('cases/clutter-named-wrapper.html');
  expect(text).toContain('A fridge or a washing machine is expected to last fifteen years');
  expect(text).toContain('switch off remote features they do not use.');
  expect(text).not.toMatch(/Dana Whitfield|Home Tech Review/);
});

it('reads a page parked in a hidden block until its scripts run (React streamed rendering)', () => {
  const { text } = readFixture('cases/streamed-hidden.html');
  expect(text).toContain('Databases slow down as tables grow');
  expect(text).toContain('touches only a few pages on disk.');
  expect(text).not.toMatch(/Loading|Pricing/);
});

describe('an article whose paragraphs stream in as React segments after a visible opening', () => {
  const { text } = readFixture('cases/streamed-paragraphs.html');

  it('reads each segment where its placeholder is, in order, nested ones too', () => {
    const order = ['its return follows the market', 'the fees are low', 'What a one percent fee costs', 'trade once a day', 'never beats its market'];
    const at = order.map((part) => text.indexOf(part));
    expect(at.every((index) => index >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('leaves out the fallbacks the segments replace, and a segment with no placeholder', () => {
    expect(text).not.toMatch(/Loading|orphaned|All rights reserved/);
  });
});

describe("an article whose steps are folded in an accordion's panels", () => {
  const { text } = readFixture('cases/folded-accordion.html');

  it('reads each folded panel under its heading, as a reader unfolding them would', () => {
    expect(text).toContain('1. Understand your electric bill\n\nGather twelve months of bills');
    expect(text).toContain('2. Check your roof\n\nShade, the roof');
    expect(text).toContain('3. Compare quotes\n\nAsk three installers');
    expect(text).toContain('installs everything in a single day.');
  });

  it('still leaves out a hidden menu that a button unfolds', () => {
    expect(text).not.toMatch(/Installers, reviewed|All rights reserved/);
  });
});

describe("a guide whose steps for each system sit in a tab set's panels", () => {
  const { text } = readFixture('cases/tabbed-steps.html');

  it("reads every tab's panel, hidden or shown, in turn", () => {
    expect(text).toContain('every new terminal.\n\nInstall it with Homebrew');
    expect(text).toContain('on your path.\n\nUse the package for your distribution');
    expect(text).toContain('released in the last ten years.\n\nConnect your account');
  });

  it("does not let a notifications prompt's tab set win on its hidden tabs", () => {
    expect(text).not.toMatch(/adjust your preference|Turn on notifications|All rights reserved/);
  });
});

it("reads an article's opening section beside a body nested deep in a grid's rows and columns", () => {
  const { text } = readFixture('cases/intro-beside-deep-body.html');
  expect(text.startsWith('Nothing will make your car last longer')).toBe(true);
  expect(text).toContain('Brake pads and rotors: typically every 25,000 to 50,000 miles');
  expect(text).not.toMatch(/Road Notes|Tires|All rights reserved/);
});

describe("a newsletter's issue in a block named for the newsletter", () => {
  const { text } = readFixture('cases/issue-in-newsletter-block.html');

  it('reads the issue: the block holds the page\'s headline, so its name does not make it clutter', () => {
    expect(text).toContain('Thank you for joining the monthly newsletter');
    expect(text).toContain('keep the heaviest sets short so recovery stays quick.');
  });

  it('leaves out the readers\' testimonials beside it', () => {
    expect(text).not.toMatch(/What readers say|cannot stop listening|All rights reserved/);
  });
});

describe('a page whose byline and date are only written in the page, under generated class names', () => {
  const { byline, published, title } = readFixture('cases/byline-date-in-page.html');

  it('reads the "By" label and the name beside the headline, and the written date as an ISO day', () => {
    expect(title).toBe('Volunteers reopen the ridge trail');
    expect(byline).toBe('Daryl Austin');
    expect(published).toBe('2026-03-09');
  });
});

describe('JSON-LD wrapped in CDATA whose headline is a description', () => {
  const { byline, published, title } = readFixture('cases/cdata-json-ld.html');

  it('reads the block, and prefers the h1 the <title> confirms over the description', () => {
    expect(byline).toBe('Contributors to the Open Encyclopedia');
    expect(published).toBe('2003-02-28T21:51:08Z');
    expect(title).toBe('Hermitian matrix');
  });
});

describe('a short news item that states its publication time', () => {
  it('is marked as an article although its prose is below the undeclared threshold', () => {
    const document = loadFixture('cases/short-declared-news.html');
    expect(isArticlePage(document)).toBe(true);
    document.querySelector('meta[property="article:published_time"]')?.remove();
    expect(isArticlePage(document)).toBe(false);
  });
});

describe('a shop category page with a long description under its product grid', () => {
  it('is not marked as an article: its grid names a price on every card', () => {
    const document = loadFixture('cases/shop-grid-with-description.html');
    expect(isArticlePage(document)).toBe(false);
    for (const card of [...document.querySelectorAll('.product-card')].slice(3)) card.remove();
    expect(isArticlePage(document)).toBe(true);
  });
});

describe('a sign-up box under generated class names after the article', () => {
  const { text } = readFixture('cases/sign-up-box.html');

  it('keeps the article and drops the whole box around the email field, heading and consent line included', () => {
    expect(text).toContain('Even so, about four in five customers still visit the counter');
    expect(text).not.toMatch(/Get more road content|free weekly letter|By subscribing|Submit/);
  });
});

describe('rules (<hr>) around boxes the cleaning removes: a share bar, a newsletter box, related posts', () => {
  const { html, text } = readFixture('cases/rules-around-removed-boxes.html');
  /** What stands between the article's rules, each block reduced to its first words. */
  const blocks = [...parse(`<!doctype html><html><body>${html}</body></html>`).querySelectorAll('body > *')].map((block) => (block.localName === 'hr' ? 'hr' : firstWords(block.textContent ?? '')));

  it('keeps one rule where two stood around a removed box, and the rules that part the article; none opens or closes it', () => {
    expect(blocks).toEqual(['For thirty years', 'The maples are', 'hr', 'This spring the', 'hr', 'What residents can', 'Residents can ask']);
  });

  it('still drops the boxes themselves', () => {
    expect(text).not.toMatch(/Share|Get the Gazette|Subscribe|You might also like|Parks budget/);
  });
});

it('reads the name after a "Text by" label, not the label or the update line', () => {
  const { byline, published } = readFixture('cases/byline-labels.html');
  expect(byline).toBe('Hunter Dukes');
  expect(published).toBe('2025-11-03');
});

it('reads the byline from a link to the author\'s page, not from the columnists in the menu', () => {
  expect(readFixture('cases/author-link.html').byline).toBe('Hazel Sheffield');
});

it('reads a name written with character references whole (a Node DOM may split its text at each one)', () => {
  expect(readFixture('cases/accented-author.html').byline).toBe('João Poças');
});

describe('the byline line as sites write it: a date beside the name, labels, tags, comments and reviews around it', () => {
  const html = readFileSync(join(FIXTURES, 'cases/byline-with-date.html'), 'utf8');
  const LINE = /<div class="publish-date-author">.*<\/div>/;
  /** The fixture with its byline line replaced by `line`, and `after` put after its <main>. */
  const read = (line: string, after = '') => articleOf(parse(html.replace(LINE, line).replace('</main>', `</main>${after}`)));

  it('reads the name after the date ("Dec. 19, 2025 · Name on behalf of ...")', () => {
    expect(readFixture('cases/byline-with-date.html').byline).toBe('Hazel Sheffield');
  });

  it('reads the name without the separator before the date ("By Name • <span>date</span>")', () => {
    const { byline, published } = read('<div class="post-detail-byline-date">By Hazel Sheffield &bull; <span>March 12, 2025</span></div>');
    expect(byline).toBe('Hazel Sheffield');
    expect(published).toBe('2025-03-12');
  });

  it('takes no reading time for a name ("Written By" over "Feb 11, 2019 · 3 min read")', () => {
    const line = '<div class="blog-author"><span class="author-name">Written By </span><span class="post-date">Feb 11, 2019 &middot; 3 min read</span></div>';
    expect(read(line).byline).toBeUndefined();
  });

  it('takes no category for a name (a byline block showing the date and the article\'s section)', () => {
    const line =
      '<section class="byline"><span class="byline__release-date"><time datetime="2023-03-20">March 20, 2023</time></span>' +
      '<span class="byline__separator"> | </span><span class="byline__category"><a href="/wellness">Wellness &amp; Prevention</a></span></section>';
    const { byline, published } = read(line);
    expect(byline).toBeUndefined();
    expect(published).toBe('2023-03-20');
  });

  it('takes no tag for a name (a byline block showing the article\'s tag beside its date)', () => {
    const line = '<div class="blog-post__byline"><span class="byline__tag"><a href="/blog/tag/ferries">Ferries</a></span> <span class="byline__date">January 27, 2025</span></div>';
    const { byline, published } = read(line);
    expect(byline).toBeUndefined();
    expect(published).toBe('2025-01-27');
  });

  it('takes the article\'s author, not a comment\'s shown before it (a block theme\'s comments, a comment form\'s "Name")', () => {
    const comments =
      '<ol class="wp-block-comment-template"><li class="comment"><div class="wp-block-comment-author-name">ferryfan1dbb6551f4</div>' +
      '<div class="wp-block-comment-content"><p>About time.</p></div></li></ol>' +
      '<p class="comment-form-author"><label for="author">Name</label> <input id="author" name="author"></p>';
    const author = '<div class="wp-block-post-author"><p class="wp-block-post-author__byline">Written by</p><p class="wp-block-post-author__name">Hazel Sheffield</p></div>';
    expect(read(comments + author).byline).toBe('Hazel Sheffield');
    expect(read(comments).byline).toBeUndefined();
  });

  it('reads the name without the role after a dash, and no description of the writer for one', () => {
    expect(read('<div class="Card_cardAuthor__Ro5A1">Hazel Sheffield - Author/Reviewer</div>').byline).toBe('Hazel Sheffield');
    expect(read('<div class="dynamic-author-description">Licensed Q Arabica Grader, M.A. Journalism</div>').byline).toBeUndefined();
  });

  it('takes no reviewer of a product for a name (a review card under the page)', () => {
    const reviews = '<section class="reviews"><div class="review-card"><p>Smooth crossing.</p><div class="review-card__author"><span>Andrew Park</span></div></div></section>';
    expect(read('<p class="meta">Feb 11, 2019</p>', reviews).byline).toBeUndefined();
  });

  it('reads a stated name without the "By" its publisher wrote into it ("name": "By Hazel Sheffield")', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"By Hazel Sheffield"}}</script>';
    expect(articleOf(parse(html.replace(LINE, '').replace('</head>', `${ld}</head>`))).byline).toBe('Hazel Sheffield');
  });

  it('takes no copyright line for a byline (a footer list named "copybyline")', () => {
    const footer = '<footer><ul class="copybyline"><li class="copyright">The Harbour University &copy; 2025</li></ul></footer>';
    expect(read('<p class="meta">Feb 11, 2019</p>', footer).byline).toBeUndefined();
  });
});

describe('a forum thread (phpBB)', () => {
  const html = readFileSync(join(FIXTURES, 'cases/forum-date-after-name.html'), 'utf8');
  /**
   * The thread without the "by <a>name</a> » date" line above each post (which names the poster too), and
   * each post's profile written as `profile` does.
   */
  const bylineOf = (profile: (name: string) => string) => {
    const page = html
      .replace(/<p class="author">.*?<\/p>/g, '')
      .replace(/<dl class="postprofile">.*?class="username">([^<]*)<\/a><\/dt>.*?<\/dl>/g, (_, name: string) => profile(name));
    return articleOf(parse(page), 'https://forum.example.com/viewtopic.php?t=20').byline;
  };

  it('reads a post\'s date after the separator that follows its author ("by <a>name</a> » Tue Aug 27, 2019 1:47 am")', () => {
    expect(readFixture('cases/forum-date-after-name.html').published).toBe('2019-08-27');
  });

  it('takes the opening post\'s author for the byline where phpBB, FluxBB, Flarum and vBulletin print it, not a reply\'s', () => {
    expect(bylineOf((name) => `<dl class="postprofile"><dt><a href="./memberlist.php" class="username">${name}</a></dt></dl>`)).toBe('Outer Armatonisdaristan');
    expect(bylineOf((name) => `<div class="postleft"><dl><dt><strong>${name}</strong></dt><dd class="usertitle">Member</dd></dl></div>`)).toBe('Outer Armatonisdaristan');
    expect(bylineOf((name) => `<div class="PostUser"><h3 class="PostUser-name">${name}</h3></div>`)).toBe('Outer Armatonisdaristan');
    expect(bylineOf((name) => `<td class="alt2"><div id="postmenu_1"><a class="bigusername" href="member.php?u=224387">${name}</a></div></td>`)).toBe('Outer Armatonisdaristan');
  });
});

describe('a live blog: short timestamped entries under a long pinned summary', () => {
  const entries = ['Ferries cancelled until Thursday', 'Power has been restored to 12,000 homes', 'A lorry has overturned', 'Forty schools in the west', 'Gusts of 90 mph were recorded', 'crews from neighbouring counties are on their way to help.'];
  const read = (change: (document: Document) => void) => {
    const document = loadFixture('cases/live-blog.html');
    change(document);
    return articleOf(document, 'https://news.example.com/live/').text;
  };

  it.each([
    ['found from the JSON-LD LiveBlogPosting, entries without timestamps', (document: Document) => document.querySelectorAll('time').forEach((time) => time.remove())],
    ['found from the timestamps on alike entries, without JSON-LD', (document: Document) => document.querySelector('script')?.remove()],
  ])('keeps every entry: %s', (_, change) => {
    const text = read(change);
    for (const entry of entries) expect(text).toContain(entry);
    expect(text).not.toMatch(/Most read|harbour wall|Weather|© 2026/);
  });
});

it('reads the main article, not the next one appended below it (infinite scroll)', () => {
  const { text } = readFixture('cases/next-article-appended.html');
  expect(text).toContain('The council approved a new harbour wall on Monday evening');
  expect(text).toContain('spoke for more than three hours about the cost, the design and the effect on the beach.');
  expect(text).not.toMatch(/Next story|Five walks|geese/);
});

it("reads a story's <article> alone, not the column of teasers with excerpts under it", () => {
  const { text } = readFixture('cases/article-above-teasers.html');
  expect(text).toContain('has begun enrolment for new students');
  expect(text).toContain('all of them open to its students.');
  expect(text).not.toMatch(/Front Page|Food bank|hampers|Webmaster|ferry/);
});

it("keeps the article's sources at its end: links that print their addresses are no headlines", () => {
  const { text } = readFixture('cases/sources-at-end.html');
  expect(text).toContain('Sources');
  expect(text).toContain('- https://nodejs.org/api/inspector.html');
  expect(text).toContain('- www.npmjs.com/package/inspector-api');
});

describe('a page whose only content is a comment thread (a link aggregator\'s story page)', () => {
  const { text } = readFixture('cases/comment-thread-page.html');

  it('reads the whole thread, nested replies included', () => {
    expect(text).toContain('The list of accepted goals is longer than last year');
    expect(text).toContain('I clone shared pointers everywhere in my services');
    expect(text).toContain('harder to see when you read the code later.');
    expect(text).toContain('I expect most of these to land by the end of the year.');
  });

  it('leaves out the site header and footer', () => {
    expect(text).not.toMatch(/Recent|Login|Privacy/);
  });
});

const phonePage = (copies: string) =>
  `<html><body><article><h1>Staple Tee</h1>${'<p>A long paragraph about the tee, its cotton, its cut and its colours, written for the page and long enough to be read as the article.</p>'.repeat(4)}${copies}</article></body></html>`;

describe('a product page that parks data in blocks hidden by CSS utility classes', () => {
  const { text } = readFixture('cases/hidden-utility-classes.html');

  it('leaves out what hide, d-none, sr-only, visuallyhidden, Webflow\'s w-condition-invisible and a toolkit\'s prefixed display-none (display--none) and visually-hidden hide', () => {
    expect(text).toContain('Our everyday tee, cut in a regular fit');
    expect(text).toContain('Rated 4.8 by our buyers.');
    expect(text).not.toMatch(/opens the reviews/);
    expect(text).toContain('Seventy colours, from White to Bottle Green.');
    expect(text).toContain('- Preshrunk to minimise shrinkage');
    expect(text).not.toMatch(/cat_thumb|retail_price|5001-STAPLE|Opens a size guide|colour chart|Report this item|what is wrong|Members save|Gift wrapping/);
  });

  it('keeps what a class shows again from some screen width on', () => {
    expect(text).toContain('sizes XS to 5XL');
    expect(text).toContain('made in a certified factory');
    expect(text).toContain('dyed without azo dyes');
  });

  it('leaves out the phone\'s copy of a block (hidden on a desktop\'s screen: md:hidden, d-lg-none) the article holds elsewhere', () => {
    expect(text.match(/Our everyday tee/g)).toHaveLength(1);
    expect(text.match(/\$20\.00/g)).toHaveLength(1);
  });

  it('keeps a phone\'s block with no copy, and one the widest breakpoint shows again', () => {
    expect(text).toContain('Phone layout only: swipe for more colours');
    expect(text.match(/180 gsm/g)).toHaveLength(2);
  });

  it("knows other frameworks' names for a phone's block: Bootstrap 3's, Foundation's, Bulma's, a theme's plain ones", () => {
    const desktop = '<h3>Made in Porto.</h3><p>Knitted and sewn in one family workshop since 1968, twenty minutes from the port.</p>';
    for (const className of ['visible-xs', 'hidden-md hidden-lg', 'show-for-small-only', 'hide-for-large', 'is-hidden-desktop', 'mobile-only', 'large-hide small-show']) {
      const result = readArticle(parse(phonePage(`<div class="${className}">${desktop}</div>${desktop}`)));
      expect(result.ok && result.article.text.match(/Made in Porto/g), className).toHaveLength(1);
    }
  });

  it('keeps one of two phone copies when the desktop prints none', () => {
    const twice = readArticle(parse(phonePage('<p class="md:hidden">Only on phones: swipe for colours</p>'.repeat(2))));
    expect(twice.ok && twice.article.text.match(/Only on phones/g)).toHaveLength(1);
  });

  it('stops removing phone copies after the first hundred: thousands are no shop\'s layout', () => {
    const copies = Array.from({ length: 3000 }, (_, index) => `<p class="md:hidden">Phone line ${index % 1000}</p>`).join('');
    const result = readArticle(parse(phonePage(copies)));
    expect(result.ok && result.article.text.match(/Phone line 50\b/g)).toHaveLength(2);
    expect(result.ok && result.article.text.match(/Phone line 500\b/g)).toHaveLength(3);
  });
});

it('drops a shop\'s "People who viewed this item also viewed" carousel, whose cards link only their pictures', () => {
  const { text } = readFixture('cases/similar-items-carousel.html');
  expect(text).toContain('The pack holds one black, one white and one green top');
  expect(text).toContain('will be folded and wrapped in tissue paper before posting.');
  expect(text).not.toMatch(/also viewed|tie-neck|Private seller|delivery\n|\$8\.03/);
});

describe("a product page with a carousel of other products under a heading no rule knows", () => {
  const html = readFileSync(join(FIXTURES, 'cases/product-other-products.html'), 'utf8');
  const textOf = (page: string) => {
    const result = readArticle(parse(page), { url: 'https://shop.example.com/faux-leather-jacket' });
    return result.ok ? result.article.text : '';
  };

  it("drops the other products' pictured, priced cards with their heading and 'See more' link, and keeps the product's own text", () => {
    const text = textOf(html);
    expect(text).toContain('A cropped biker jacket in a soft faux leather');
    expect(text).toContain('Care: machine wash at 30 °C');
    expect(text).toContain('Sleeves: long');
    expect(text).not.toMatch(/How about these|See more|bomber jacket|€39\.99|gilet/);
  });

  it('keeps the cards on a page about a group of products (Open Graph product.group: a category)', () => {
    const group = html.replace('</title>', '</title>\n<meta property="og:type" content="product.group">');
    expect(textOf(group)).toContain('North Row bomber jacket, olive');
  });
});

it("drops a product page's carousel of other products whose prices run into the words before them ('HardcoverEUR18.75')", () => {
  const { text } = readFixture('cases/product-carousel-glued-prices.html');
  expect(text).toContain('A naturalist walks one hedgerow through a year');
  expect(text).toContain('Paperback, 256 pages');
  expect(text).not.toMatch(/Readers also bought|Meadowland|Wood in Winter|EUR/);
});

it("keeps a product's specifications in a Bootstrap tab pane that is hidden while another tab is chosen", () => {
  const { text } = readFixture('cases/product-spec-tab-pane.html');
  expect(text).toContain('A fast, accurate panel for work by day');
  expect(text).toContain('1 ms (GtG)');
  expect(text).toContain('2 x HDMI 2.0, 1 x DisplayPort 1.4');
});

it("keeps a product's description folded in an accordion's panels and a 'Read more' expander, hidden until the reader opens them", () => {
  const { text } = readFixture('cases/product-folded-description.html');
  expect(text).toContain('A double-walled stainless steel fire pit');
  expect(text).toContain('Diameter: 48 cm');
  expect(text).toContain('ships with a weather cover and a poker');
});

it("drops a product's grid of variants, the product's own card among them, though it outweighs the short description", () => {
  const { text } = readFixture('cases/product-variants-grid.html');
  expect(text).toContain('A light ash body under a walnut sunburst finish');
  expect(text).toContain('- Colour: walnut sunburst');
  expect(text).toContain('In stock, ready to ship');
  expect(text).not.toMatch(/Other finishes|Gloss Black|to the product|£629/);
});

it('drops a shop\'s "Similar items" carousel whose heading is followed by a "Sponsored" label spelt out between UUID filler, and an "Explore related items" one', () => {
  const { text } = readFixture('cases/sponsored-label-filler.html');
  expect(text).toContain('will be folded and wrapped in tissue paper before posting.');
  expect(text).not.toMatch(/Similar items|See all|tie-neck|Private seller|Explore related|vest|Business seller|[0-9a-f]{8}-[0-9a-f]{4}/);
});

it('reads a forum thread held in a block named "comments" rather than a short popover the strict pass found', () => {
  const { text } = readFixture('cases/forum-posts-named-comments.html');
  expect(text).toContain('Is there a way to change the payment method on an order');
  expect(text).toContain('I will mark the thread as solved so that others find the answer.');
  expect(text).not.toMatch(/Add to Home Screen|Powered by/);
});

it("reads a forum thread of short posts, never the consent platform's preference centre that outweighs it", () => {
  const { text } = readFixture('cases/forum-beside-consent-centre.html');
  expect(text).toContain('does anyone know what the two ports on the new case are for?');
  expect(text).toContain('I will ask support about the one under the bottom fans and report back here.');
  expect(text).not.toMatch(/Privacy Preference Center|cookies|Allow All/);
});

it('reads the whole thread when each forum post is an <article> in it, not the one post the lenient pass found', () => {
  const { text } = readFixture('cases/forum-post-articles.html');
  expect(text).toContain('Is there a public roadmap anywhere');
  expect(text).toContain('whose members hear about new features early.');
  expect(text).not.toContain('Add to Home Screen');
});

it('reads a forum thread whose posts are named comments, never the topic list in the sidebar beside it', () => {
  const { text } = readFixture('cases/forum-sidebar.html');
  expect(text).toContain('long time watcher, new forum member');
  expect(text).toContain('post the final build here once the parts arrive.');
  expect(text).not.toMatch(/Featured topics|warranty|Motherboard confusion/);
});

it('reads every post of a thread whose post text sits deep in each post\'s card, not the one long reply', () => {
  const { text } = readFixture('cases/forum-deep-posts.html');
  expect(text).toContain('what do you think will be the trend next year?');
  expect(text).toContain('I am predicting a continuation and evolution of current trends');
  expect(text).toContain('In-house movements, and more of them in watches under two thousand.');
});

it("reads a forum's opening post and the replies made like it, though the platform names the replies comments", () => {
  const { text } = readFixture('cases/forum-replies-named-comments.html');
  expect(text).toContain('the company has decided to end it.');
  expect(text).toContain('would be glad to see them merged somewhere.');
  expect(text).toContain('or only the public discussions and comments?');
  expect(text).not.toMatch(/Powered by/);
});

it("leaves out an article's comments, though its theme prints them through the article's own template", () => {
  const { text } = readFixture('cases/comments-made-like-article.html');
  expect(text).toContain('Web design is often judged by the standards of print');
  expect(text).toContain('what the reader came for and how to get it to them.');
  expect(text).not.toMatch(/Thanks for writing this|architecture comparison|Sharing this with my students/);
});

it('reads a short article in its <article>, not the longer comment thread under it', () => {
  const { text } = readFixture('cases/short-article-long-comments.html');
  expect(text).toContain('These ten projects need only a saw, a drill and a free afternoon');
  expect(text).toContain('lined with plastic so the wood lasts.');
  expect(text).not.toMatch(/Reader \d says|Thanks for sharing|sanding between coats/);
});

it("reads a product page whose short blocks lose to a consent platform's preference dialog (Ensighten), not the dialog", () => {
  const { text } = readFixture('cases/product-behind-consent-modal.html');
  expect(text).toContain('$1,245.00');
  expect(text).toContain('Expected availability: 3-5 Weeks');
  expect(text).toContain('Casters | 4 x 100 mm, 2 with brakes');
  expect(text).toContain('Be the first to ask a question about this item');
  expect(text).not.toMatch(/Cookie|strictly necessary|online activity/);
  // The shop's invitation to chat with its staff, above the product.
  expect(text).not.toMatch(/Video Chat|Chat Now/);
});

describe('a product page with its customers\' reviews', () => {
  const html = readFileSync(join(FIXTURES, 'cases/product-reviews.html'), 'utf8');
  const textOf = (page: string) => {
    const result = readArticle(parse(page), { url: 'https://shop.example.com/day-pack' });
    return result.ok ? result.article.text : '';
  };

  it('reads the description and details, not the reviews, when the page states a schema.org Product', () => {
    const text = textOf(html);
    expect(text).toContain('A waxed-canvas day pack with a padded laptop sleeve');
    expect(text).toContain('Capacity: 20 litres');
    expect(text).not.toMatch(/Customer Reviews|212 reviews|every day for a year|Priya/);
  });

  it('leaves out the fine print under the product (a disclaimer)', () => {
    expect(textOf(html)).not.toContain('Colours may differ');
  });

  const withoutJsonLd = html.replace(/<script type="application\/ld\+json">.*<\/script>/, '');

  it('keeps blocks named reviews on other pages (a service\'s testimonials are what it says)', () => {
    expect(textOf(withoutJsonLd)).toContain('every day for a year');
    expect(textOf(withoutJsonLd)).toContain('Colours may differ');
  });

  it('knows the product page by a schema.org Product in microdata, or by WooCommerce\'s single-product body', () => {
    expect(textOf(withoutJsonLd.replace('<div class="product">', '<div class="product" itemscope itemtype="https://schema.org/Product">'))).not.toContain('every day for a year');
    expect(textOf(withoutJsonLd.replace('<body>', '<body class="product-template-default single single-product woocommerce">'))).not.toContain('every day for a year');
  });

  it("knows the product page by the product a WebPage's main entity offers (eBay states it only as offers.itemOffered)", () => {
    const offered = '{"@context": "https://schema.org", "@type": "WebPage", "mainEntity": {"@type": "WebPageElement", "offers": {"@type": "Offer", "price": "89.00", "itemOffered": [{"@type": "Product", "name": "Canvas Day Pack 20 L"}]}}}';
    const page = withoutJsonLd.replace('</head>', `<script type="application/ld+json">${offered}</script>\n</head>`);
    expect(textOf(page)).toContain('A waxed-canvas day pack with a padded laptop sleeve');
    expect(textOf(page)).not.toContain('every day for a year');
  });

  it('does not take a category page stating each of its products in microdata for a product page', () => {
    const items = '<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Pack</span></div>'.repeat(2);
    expect(textOf(withoutJsonLd.replace('<main>', `<main>${items}`))).toContain('every day for a year');
  });
});

it("keeps a product's editorial reviews (the press's words its publisher chose) and leaves out its customers' reviews", () => {
  const { text } = readFixture('cases/product-editorial-reviews.html');
  expect(text).toContain('A patient, generous book that made me look at the trees');
  expect(text).toContain('worked as a gardener in public parks for twenty years');
  expect(text).not.toMatch(/Customer Reviews|pear tree in the dark/);
});

describe('a product page that states its product nowhere but shows its buy button', () => {
  const html = readFileSync(join(FIXTURES, 'cases/product-buy-button.html'), 'utf8');
  const textOf = (page: string) => {
    const result = readArticle(parse(page), { url: 'https://shop.example.com/enamel-mug' });
    return result.ok ? result.article.text : '';
  };

  it("reads it as a product page: the description and details, not the customers' reviews or the other products' cards", () => {
    const text = textOf(html);
    expect(text).toContain('A steel mug under a glossy enamel coat');
    expect(text).toContain('Weight: 190 g');
    expect(text).not.toMatch(/Customer reviews|cliff ledge|Pairs well with|titanium spork|\$34\.00/);
  });

  it('does not count the buy buttons of cards (<article>), nor a page showing more of them than one product has', () => {
    const inCard = html.replace('<div id="buybox">', '<article id="buybox">').replace('</div>\n<p>A steel mug', '</article>\n<p>A steel mug');
    expect(textOf(inCard)).toContain('cliff ledge');
    const many = html.replace('<div class="carousel">', `<div class="carousel">${'<button>Add to cart</button>'.repeat(4)}`);
    expect(textOf(many)).toContain('cliff ledge');
  });
});

it("reads a shop's whole collection, not only the short description above its grid of products", () => {
  const { text } = readFixture('cases/collection-grid-under-intro.html');
  expect(text).toContain('our power stations keep your devices running wherever you go');
  for (const item of ['Weekender 80W Power Station', '$69.99', 'Utility 600W Power Station', 'Solar Panel 100W Foldable']) expect(text).toContain(item);
  expect(text).not.toMatch(/Cart|© 2026/);
});

it("reads a listing's cards without prices (recipes, posts) under its intro, which alone wins the scoring", () => {
  const { text } = readFixture('cases/recipe-cards-under-intro.html');
  expect(text).toContain('makes everything crispy in record time');
  for (const item of ['Crispy Air Fryer Chickpeas with Smoked Paprika', 'Zucchini Chips with Garlic Yogurt Dip', 'Baked Apples with Oats and Cinnamon']) expect(text).toContain(item);
  expect(text).not.toMatch(/Next page|© 2026|About/);
});

it("reads a shop's grid whose cards are each classed by their own product (WooCommerce), not only the text above it", () => {
  const { text } = readFixture('cases/grid-cards-classed-by-product.html');
  expect(text).toContain('Every cup is thrown by hand in our studio');
  for (const item of ['Stoneware Mug 8oz', '$24.95', 'Travel Cup Glass 6oz', 'Bamboo Lid Pair', '$9.95']) expect(text).toContain(item);
  expect(text).not.toMatch(/Cart|© 2026/);
});

it("reads a category's grid of many products, not the buying guide under it that outweighs it", () => {
  const { text } = readFixture('cases/category-grid-above-guide.html');
  for (const item of ['Trail Runner Low', '$89.00', 'Prairie Runner Mid', 'Summit Runner Mid GTX', '$194.00']) expect(text).toContain(item);
  expect(text).not.toMatch(/How to choose|lugged outsole|Waterproof or breathable|© 2026/);
});

it("drops a product card's own buttons and keeps the card, though it opens with one", () => {
  const { text } = readFixture('cases/product-card-buttons.html');
  expect(text).toContain('Pick its volume by the length of your trips');
  for (const item of ['Ridgeline 65 Backpack', '$289.95', '65 litres, two sizes', 'Hydration Pack 12L', '$99.00']) expect(text).toContain(item);
  expect(text).not.toMatch(/Quick view|Compare/);
});

it("reads a taxonomy-like class prefix as a block's name off a WordPress post (author-bio), and drops it on the post's own element", () => {
  const { text } = readFixture('cases/taxonomy-prefixed-names.html');
  // The post's element is classed category-comments and tag-share: its filing, not its role.
  expect(text).toContain('A three-way switch lets you turn one light on and off from two places');
  expect(text.endsWith('restore the power to test both switches.')).toBe(true);
  expect(text).not.toContain('Dana Reyes');
});

it("drops a product card's merchandising badge (\"Best Seller\", \"Top Rated\") and keeps the card and its stock note", () => {
  const { text } = readFixture('cases/product-card-badges.html');
  expect(text).toContain('Canister stoves are light and simple');
  for (const item of ['PocketFlame Canister Stove', '$49.95', 'Alpine Liquid-Fuel Stove', 'Stove and one-litre pot that nest together', 'Sold out']) expect(text).toContain(item);
  expect(text).not.toMatch(/Top Rated|Best Seller|New Arrival|Award Winner/);
});

it('reads a category page\'s grid of pictured, priced product cards beside its description, outside any landmark', () => {
  const { text } = readFixture('cases/category-grid-beside-intro.html');
  expect(text).toContain('The mesh office chairs in this category pair a breathable mesh back');
  for (const item of ['Ridge High Back Mesh Task Chair', '$403.00', 'Seatworks', 'Tilt Compact Mesh Chair\n  $299.00 $199.00']) expect(text).toContain(item);
  expect(text.indexOf('breathable mesh back')).toBeLessThan(text.indexOf('Ridge High Back'));
  expect(text).not.toMatch(/Sign in|Shop by brand|Mill Lane|© 2026/);
});

it("reads a category's intro and buying guide with its grid of cards, when the guide won the scoring and the grid holds most of the prose", () => {
  const { text } = readFixture('cases/category-grid-between-intro-and-guide.html');
  expect(text).toContain('Trowels, pruners, weeders and knives for the work done on your knees');
  for (const item of ['Forged Hand Trowel', 'Carbon steel blade, ash handle', '$24.00', 'Kneeling Pad and Tool Belt', '$27.00']) expect(text).toContain(item);
  expect(text).toContain('How to choose hand tools');
  expect(text.endsWith('a sheath or a hook to keep it dry.')).toBe(true);
  expect(text).not.toMatch(/Sign in|Cart \(0\)|Orchard Row|© 2026/);
});

it("finds no article on a page whose content did not load, rather than reading the site's footer", () => {
  expect(readArticle(loadFixture('cases/footer-only.html'))).toMatchObject({ ok: false, reason: 'no-content' });
});

describe('a collection page whose JSON-LD writes its type as a list', () => {
  it('is not marked as an article: ["CollectionPage"] declares a listing as "CollectionPage" does', () => {
    const document = loadFixture('cases/recipe-collection-typed-as-list.html');
    expect(isArticlePage(document, 'https://kitchen.example.com/recipes/soup')).toBe(false);
    document.querySelector('script[type="application/ld+json"]')!.remove();
    expect(isArticlePage(document, 'https://kitchen.example.com/recipes/soup')).toBe(true);
  });
});

describe('a WooCommerce product page that its SEO plugin dates like a post', () => {
  it('is not marked as an article: WordPress names the product post type in the body class', () => {
    const document = loadFixture('cases/woocommerce-product.html');
    expect(isArticlePage(document, 'https://shop.example.com/product/walnut-board/')).toBe(false);
    document.body.classList.remove('single-product');
    expect(isArticlePage(document, 'https://shop.example.com/product/walnut-board/')).toBe(true);
  });
});

describe('a blog category page: an introduction above ten dated post cards', () => {
  it('is not marked as an article: a card\'s date dates the card, not the page', () => {
    const document = loadFixture('cases/blog-category-cards.html');
    expect(isArticlePage(document, 'https://lowwaste.example.com/category/beginners/')).toBe(false);
    for (const card of [...document.querySelectorAll('article')].slice(2)) card.remove();
    expect(isArticlePage(document, 'https://lowwaste.example.com/category/beginners/')).toBe(true);
  });
});

describe('a shop category page whose cards give their prices in schema.org microdata only', () => {
  it('is not marked as an article: an itemprop="price" on every card makes it a shop', () => {
    const document = loadFixture('cases/shop-grid-microdata.html');
    expect(isArticlePage(document, 'https://shop.example.com/men/boots')).toBe(false);
    for (const card of [...document.querySelectorAll('.card')].slice(3)) card.remove();
    expect(isArticlePage(document, 'https://shop.example.com/men/boots')).toBe(true);
  });
});

it('reads the byline and date after the headline, not the first pieces of a long menu above it', () => {
  const { byline, published } = readFixture('cases/byline-after-long-menu.html');
  expect(byline).toBe('Eliz');
  expect(published).toBe('2018-11-21');
});

it('reads a date and byline line shown above the headline', () => {
  const { byline, published } = readFixture('cases/byline-date-above-headline.html');
  expect(byline).toBe('Nicole Burke');
  expect(published).toBe('2023-08-07');
});

it("reads a forum thread's author and date from the post its page states as main entity, not a reply shown first", () => {
  const { byline, published } = readFixture('cases/forum-main-entity.html');
  expect(byline).toBe('felix_m');
  expect(published).toBe('2022-07-09T22:10:31+00:00');
});

it('reads the thread starter named in a forum thread\'s header, not the first member card (a moderator\'s pinned solution)', () => {
  const { byline, published } = readFixture('cases/forum-thread-starter.html');
  expect(byline).toBe('samuel_m');
  expect(published).toBe('2025-06-14T08:33:11-0400');
});

it('skips an "Insights from" heading in an author box and reads the name after it', () => {
  expect(readFixture('cases/byline-insights-from.html').byline).toBe('Liza Burke');
});

it("reads a section's story feed whose wrapper is named for the ad slots between its stories, leaving the slots out", () => {
  const { text } = readFixture('cases/story-feed-named-ads.html');
  expect(text).toContain('Fish market moves to the old rail yard');
  expect(text).toContain('the bypass opened.');
  expect(text).not.toMatch(/Advertisement|Cheap flights|Harbour Daily/);
});

it("reads a list whose cards are a page builder's call-to-action widgets, leaving out their buttons and a lone call to action", () => {
  const { text } = readFixture('cases/call-to-action-cards.html');
  for (const trail of ['Anthills', 'Burroughs Park', 'Carl Barton', 'Cypress Creek']) expect(text).toContain(trail);
  expect(text).toContain('Length: 3.5 miles');
  expect(text).not.toMatch(/View trail map|Ride with us|Become a member|Riverside Mountain Bike Club/);
});

it('reads call-to-action cards each held alone in its own slide of a carousel as the cards of a list', () => {
  const { text } = readFixture('cases/call-to-action-cards-in-slides.html');
  expect(text).toContain('Keeping the lights on through a cold snap');
  expect(text).toContain('A wind farm financed in nine months');
  expect(text).toContain('outages there fell by a third.');
  expect(text).not.toMatch(/Read the story|Talk to an adviser|Contact us|Fenwick Partners LLP/);
});

it('reads once a summary the page prints beside its headline and again at the top of the article, in blocks that are not siblings', () => {
  const { text } = readFixture('cases/summary-printed-twice.html');
  expect(text.match(/an independent nonprofit that funds civil legal aid/g)).toHaveLength(1);
  expect(text).toContain('enter your address below to find the legal aid office');
  expect(text).toContain('someone will call you back.');
  // A short line said twice may be meant twice.
  expect(text.match(/Call us\./g)).toHaveLength(2);
});

it('reads a page written in filler text as its filler (a theme demo, a test page for reader views), never as "No article"', () => {
  const { text } = readFixture('cases/filler-page.html');
  expect(text.match(/Lorem ipsum dolor sit amet/g)).toHaveLength(3);
  expect(text).toContain('Caption of the figure');
  expect(text).toContain('Duis aute irure dolor');
});

describe("a company's legal fine print after the article", () => {
  const { text } = readFixture('cases/fine-print-after-article.html');

  it('keeps the article and the caveat inside it', () => {
    expect(text).toContain('An index fund buys every stock or bond in a market benchmark');
    expect(text).toContain('A low cost is not a promise of a good return');
    expect(text).toContain('many investors start with a broad index fund and add to it over time.');
  });

  it('leaves out the disclaimers and disclosures that close the page', () => {
    expect(text).not.toMatch(/subject to risk|Past performance|Harbor Brokerage Services/);
  });
});

describe('a link aggregator laid out in one table, its site header a row of that table', () => {
  const { text } = readFixture('cases/table-layout-header.html');

  it('keeps the intro and every story', () => {
    expect(text).toContain('Stories readers shared today about fixing, building and restoring things by hand.');
    expect(text).toContain('A field guide to lead-free solder joints');
    expect(text).toContain('How a crystal radio works, explained with nothing but a coil and a diode');
  });

  it("leaves out the header row's logo, menu and login link", () => {
    expect(text).not.toMatch(/Tinker News|new \| past|login/);
  });
});

it("leaves out links named as buttons, whatever words a page builder adds to the button's classes", () => {
  const { text } = readFixture('cases/page-builder-buttons.html');
  expect(text).toContain('A piano is a heavy, delicate instrument');
  expect(text).toContain('In the truck it rides upright against the front wall');
  expect(text).toContain("the wood needs time to settle into the room's temperature and humidity.");
  expect(text).not.toMatch(/Contact us for more details|Request a quote|Get started free/);
});

describe('a forum thread whose members sign each post', () => {
  const { text } = readFixture('cases/forum-signatures.html');

  it('keeps every post', () => {
    expect(text).toContain('it skips on the smallest cog whenever I climb out of the saddle');
    expect(text).toContain('the smallest cogs wear first because every tooth carries more of the load');
    expect(text).toContain('A new cassette fixed it, and the shifting is crisp again on every cog.');
  });

  it('leaves out the signatures under them', () => {
    expect(text).not.toMatch(/Riding since 1998|My bikes|wheel-building shop|Sent from the workshop/);
  });

  it('leaves out a mobile app\'s signature line in a post, in its own element or as a line after a break', () => {
    expect(text).not.toContain('Sent from my Pixel 7');
    expect(text).toContain('check the new chain every thousand kilometres and it will save the next cassette.');
    expect(text).not.toMatch(/SM-S908U|mobile app/);
  });
});

it("leaves out a call to action's lone link closing the article, and keeps a one-link list under its heading", () => {
  const { text } = readFixture('cases/call-to-action-link-at-end.html');
  expect(text).toContain('A ship solves the hardest part of a retreat before it starts');
  expect(text).toContain('See also\n\n- Budgeting a retreat');
  expect(text.endsWith('a few quiet hours to reset the rooms.')).toBe(true);
  expect(text).not.toContain('Plan your retreat with our team');
});

describe("an article with the site's boilerplate lines among its blocks", () => {
  const { text } = readFixture('cases/boilerplate-lines.html');

  it('keeps the article', () => {
    expect(text).toContain('Winter trails punish shoes that were made for dry summer dirt.');
    expect(text).toContain('the mesh upper drained in minutes after every river crossing.');
    expect(text).toContain('Choose it if your runs rarely end in a river.');
  });

  it("leaves out the sponsor's line, members-only prompts, affiliate disclosure, shop controls, follow, rating and donation prompts", () => {
    expect(text).not.toMatch(/In partnership with|exclusive to|Log in to save|affiliate links|Select a size|calculated at checkout|Facebook group|Follow the author|Did you make this|funded by readers|Give today/);
  });

  it('reads a button or a note as its words, without trailing punctuation or a footnote mark', () => {
    expect(text).not.toMatch(/No products in the cart|subscribe & save/i);
  });

  it('leaves out affiliate buttons, loading placeholders, picture sources, calls to explore, shop pickers, reply counts and sign-in prompts', () => {
    expect(text).not.toMatch(/See price at|Loading|Image source|Tell me more|Keep exploring|Deliver to|select a size|View in list|20 replies|Sign in or create/);
  });

  it('leaves out the whole paragraph a clutter sentence opens, its opening words set apart', () => {
    expect(text).not.toMatch(/one of my recipes|Pinterest/);
  });
});

describe('a landing page: a short pitch above many headed sections of a line each', () => {
  const { text } = readFixture('cases/landing-page-sections.html');

  it('reads every section of the main landmark, not only the pitch', () => {
    expect(text).toContain('Teamboard brings your tasks, files, discussions and deadlines together');
    expect(text).toContain('Everything your team needs');
    for (const line of ['Kanban board', 'Drag work to done.', 'Two-step login', 'Keep accounts safe.']) expect(text).toContain(line);
  });

  it('leaves out the header and footer', () => {
    expect(text).not.toMatch(/Pricing|Log in|Privacy|Teamboard Inc/);
  });
});

describe("a service's landing page whose page builder names every section a promo", () => {
  const { text } = readFixture('cases/landing-page-promo-sections.html');

  it('reads every section: alike blocks named as clutter that together hold most of the page are the page', () => {
    for (const line of ['Monthly bookkeeping', 'chase the missing receipts', 'Payroll', 'Pension enrolment', 'VAT returns', 'Year-end accounts', 'We work with any firm of accountants'])
      expect(text).toContain(line);
  });

  it('leaves out the menu, the newsletter box and the footer', () => {
    expect(text).not.toMatch(/About us|monthly tax tips|Subscribe|registered in England/);
  });
});

describe("a link aggregator's discussion: the thread in the main region, the community's rules in a side column beside it", () => {
  const { text } = readFixture('cases/link-aggregator-side-column.html');

  it('reads the thread, which the strict pass skipped for its names, not the side column it chose instead', () => {
    expect(text).toContain('printed already meshed inside the housing');
    expect(text).toContain('how far the result carries.');
    expect(text).not.toMatch(/Posting guidelines|Stay on the topic of the submission|user agreement/);
  });

  it('keeps a short comment the platform prints inside the form that edits it: a form with no field to fill is no form', () => {
    expect(text).toContain('Bookmarked for the clock I have been meaning to build.');
  });
});

describe("a Q&A platform's question read by a guest", () => {
  const { text } = readFixture('cases/qa-guest-notices.html');

  it('reads the question and every answer', () => {
    expect(text).toContain('the second run overwrote the first archive');
    expect(text).toContain('run the cron daemon in UTC');
    expect(text).toContain('start the job with flock');
  });

  it("leaves out the answer form and the notices to guests under the answers", () => {
    expect(text).not.toMatch(/Your Answer|Thanks for contributing|Post Your Answer|You must|Start asking to get answers|Find the answer to your question/);
  });
});

describe("an FAQ whose accordion folds each answer with an inline style and generated class names", () => {
  const { text } = readFixture('cases/faq-folded-answers.html');

  it('keeps every answer, hidden right after its question until the reader opens it', () => {
    expect(text).toContain('How long is a walk?');
    expect(text).toContain('counted from the moment the walker collects your dog');
    expect(text).toContain('walkers take at most three dogs at a time');
    expect(text).toContain('the walker is paid half the price of the walk.');
  });

  it('leaves out a short hidden message after a question, and the menu and footer', () => {
    expect(text).not.toMatch(/Thanks for your feedback|Sitting|Pawpath Ltd/);
  });
});

describe("an FAQ whose questions are buttons inside headings (the WAI-ARIA accordion)", () => {
  const { text } = readFixture('cases/faq-heading-buttons.html');

  it('keeps each question above its answer: the button says the heading\'s words', () => {
    expect(text).toContain('Do I need any experience?\n\nNone at all');
    expect(text).toContain('What should I wear?\n\nClothes you do not mind');
  });

  it("leaves out a question whose answer the page does not hold, a button beside a heading's words or outside any heading, the menu and the footer", () => {
    expect(text).not.toMatch(/Can I bring a friend|Expand all|Book a place|Gift cards|4 Kiln Lane/);
  });
});

describe("Instagram's embed code: the placeholder card its script replaces with the post", () => {
  const { text } = readFixture('cases/instagram-embed-card.html');

  it('leaves out the card ("View this post on Instagram", "A post shared by ...") and keeps the sections around it', () => {
    expect(text).not.toMatch(/View this post on Instagram|A post shared by/);
    expect(text).toContain('get there before eight for the seeded loaf.\n\n2. Little Crumb');
  });
});

describe("a service page's links to the whole of a list it shows the start of, and a folded text's toggle", () => {
  const { text } = readFixture('cases/section-show-more-links.html');

  it('leaves out "View all", "See more" and "Read less" on lines of their own', () => {
    expect(text).not.toMatch(/View all|See more|Read less/);
  });

  it('keeps the sections they close, and the same words in a sentence', () => {
    expect(text).toContain('which our own crews carry out.');
    expect(text).toContain('Raised oak beds and a small pond in a space eight metres square.\n\nWhat our clients say');
    expect(text).toContain('left it spotless every evening.');
    expect(text).toContain('see more of them on our Instagram.');
  });
});

describe("an FAQ in a tab widget whose list of tabs is named a menu (`faq-tabs-menu`)", () => {
  const { text } = readFixture('cases/tab-menu-panels.html');

  it("keeps each question and its answer: a tab widget's menu is the page's own panels, not the site's navigation", () => {
    expect(text).toContain('How long does an audit take?\n\nAbout three hours for a typical house');
    expect(text).toContain('the findings are worth hearing in person.');
  });

  it("leaves out a tab list that holds only the tabs' labels, the menu and the footer", () => {
    expect(text).toContain('In a flat we test the shared walls');
    expect(text).not.toMatch(/Houses|Flats|Solar|Contact|12 Mill Road/);
  });
});

describe("a tab set whose tabs are headings naming their panels in aria-controls, without ARIA's tab roles", () => {
  const { text } = readFixture('cases/tabs-unfolded-by-headings.html');

  it("reads every tab's panel, the hidden ones too, as a reader choosing each tab would", () => {
    expect(text).toContain('Our audits compare your controls');
    expect(text).toContain('Our testers attack your network');
    expect(text).toContain('with a practice phishing campaign a month later to see what stuck.');
  });

  it('still leaves out a hidden block a plain button opens (a search box), the menu and the footer', () => {
    expect(text).not.toMatch(/Search our services|About|Harrow & Vale Ltd/);
  });
});

describe("a service's cards, each with a \"Learn more\" link, and its latest insights", () => {
  const { text } = readFixture('cases/service-cards-learn-more.html');

  it("leaves out each card's link and the insights' teaser cards", () => {
    expect(text).toContain('worked out for you.\n\nAuto-enrolment pensions');
    expect(text).toContain('done before the deadline.\n\nWhich plan suits you');
    expect(text).not.toMatch(/Latest insights|Holiday pay for irregular hours|two hundred owners/);
  });

  it('keeps the cards, and the same words in a sentence, a list of links and a heading', () => {
    expect(text).toContain('Monthly payroll\n\nPayslips for every employee');
    expect(text).toContain('P60s for your staff and the final submission of the tax year, done before the deadline.');
    expect(text).toContain('Learn more: what to prepare for your first payroll.');
    expect(text).toContain('checked by a qualified accountant. Learn more');
    expect(text).toContain('- Learn more\n- See the full comparison');
    expect(text).toContain('Learn more\n\nOur free guide to running your first payroll');
  });
});

describe("the page's own byline, date and reading time repeated under the headline", () => {
  const { text, html, byline } = readFixture('cases/byline-lines-in-body.html');

  it('leaves them and the avatar out: the reader shows the byline and the date above the article', () => {
    expect(byline).toBe('Jane Doe');
    expect(text).not.toMatch(/Staff Writer|March 3, 2024|5 min read|Updated 2 hours ago|Transport/);
    expect(html).not.toContain('avatars/jane-doe.jpg');
  });

  it('keeps the standfirst, the photo credit and a sentence that names the author', () => {
    expect(text.startsWith('Crossings to the islands are cancelled until Thursday.')).toBe(true);
    expect(text).toContain('Photo by Jane Doe');
    expect(text).toContain('Jane Doe reports from the harbour, where the ferries stopped on Monday.');
  });
});

it("keeps the article's first part laid out in a row beside a sidebar of popular posts, leaving the sidebar out", () => {
  const { text } = readFixture('cases/article-beside-popular-posts.html');
  expect(text.startsWith('This year the garden taught us patience.')).toBe(true);
  expect(text).toContain('a frost pattern on the water butt.');
  expect(text).not.toMatch(/Popular posts|focaccia|pruning saws/);
});

it('reads every rich-text block of a CMS article split by a call-to-action box, the first one full of linked company names too', () => {
  const { text } = readFixture('cases/rich-text-split-by-call-to-action.html');
  expect(text.startsWith('Electrical contractors build the substations')).toBe(true);
  expect(text).toContain('Northline Electric Group | $7.7B');
  expect(text).toContain('which graduates about two hundred electricians a year.');
  expect(text).not.toMatch(/Free download|fastest-paying/);
});

describe('a page whose chosen block holds its main column and a sidebar beside it', () => {
  const { text } = readFixture('cases/sidebar-in-content-area.html');

  it('keeps the main column and leaves out the block named sidebar', () => {
    expect(text).toContain('The Trail Pack 65 carries a week of food');
    expect(text).toContain('measure from the bony bump');
    expect(text).not.toMatch(/Store reviews|amazing place to rent|family camping set/);
  });
});

describe('a product page rendered by scripts: the markup holds no description, its JSON-LD states one', () => {
  const result = readArticle(loadFixture('cases/product-rendered-by-scripts.html'));

  it('reads the stated description, a paragraph a line, its markup read as line breaks', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toBe(
      'Knitted from fine merino wool, these quarter socks sit just above the ankle bone, high enough for boots and low enough for trainers.\n\n' +
        'A ribbed arch band keeps them in place on long walks, and the seamless toe leaves no ridge across the foot. Machine wash cold, dry flat.',
    );
  });

  it('finds no article when the page states no description', () => {
    const html = readFileSync(join(FIXTURES, 'cases/product-rendered-by-scripts.html'), 'utf8').replace(/"description":"[^"]*",/, '');
    expect(readArticle(parse(html)).ok).toBe(false);
  });
});

describe('a block whose name opens with a content word and ends with a clutter name', () => {
  const { text } = readFixture('cases/content-word-before-clutter-name.html');

  it('reads the last words of the name: a rich-text call to action goes, a rich-text newsletter body stays', () => {
    expect(text).toContain('Most back pain at a desk comes from a screen set too low.');
    expect(text).toContain('a footrest is cheaper than a new desk.');
    expect(text).toContain('long before it tires the hands.');
    expect(text).not.toMatch(/Built to last|Here at Grain Works|dream workspace/);
  });
});

describe("an article closing with the writer's bio under a heading that names her", () => {
  const { text } = readFixture('cases/writer-heading-bio.html');

  it('leaves out the heading and the bio, and keeps a paragraph that opens with the same words', () => {
    expect(text).toContain('Written by hand in a notebook, a budget is easier to keep');
    expect(text.endsWith('it lets you say no to a bad job offer.')).toBe(true);
    expect(text).not.toMatch(/Cassidy Horton|finance writer/);
  });
});

describe("a link aggregator laid out as one table, the site's links in its last row", () => {
  const { text } = readFixture('cases/layout-table-site-links.html');

  it("keeps the list and leaves out the last row's links", () => {
    expect(text).toContain('The most discussed links of the week');
    expect(text).toContain('What we learned running a print shop on a single laptop');
    expect(text).not.toMatch(/Guidelines|Security|Contact/);
  });
});

it('leaves out clutter blocks whose label is decorated with symbols or dashes ("♥ Donate today! ♥", "Advertisement - ")', () => {
  const { text } = readFixture('cases/decorated-donate-heading.html');
  expect(text.endsWith('You can also ask for a hearing to explain your situation in person.')).toBe(true);
  expect(text).not.toMatch(/DONATE TODAY|free guides helpful|see this ad/);
  // A bracketed aside that opens with a label's word is part of its sentence.
  expect(text).toContain('(Recommended. The online form checks your answers as you go.)');
});

it('leaves out a blog post\'s footer line ("Posted by Martin at December 16, 2025 11:15 AM")', () => {
  const { text } = readFixture('cases/post-footer-line.html');
  expect(text.endsWith('a simple latch made from an offcut of oak.')).toBe(true);
  expect(text).not.toMatch(/Posted by/);
});

it("leaves out an author card laid out as the article's last paragraphs, from the portrait on", () => {
  const { text } = readFixture('cases/author-portrait-paragraphs.html');
  expect(text.endsWith('and the collections followed.')).toBe(true);
  expect(text).not.toMatch(/Tim|Independent Writer|Email/);
});

it("keeps a listing's last cards whose linked picture is named like the card's title: teasers, not an author card", () => {
  const { text } = readFixture('cases/titled-picture-cards.html');
  expect(text).toContain('SPACE CAPITAL');
  expect(text).toContain('backs launch and satellite companies.');
});

it("leaves out a section's <header> left at the end of the article once its list of other posts went", () => {
  const { text } = readFixture('cases/header-left-at-end.html');
  expect(text.endsWith('keep the ground as a dark band.')).toBe(true);
  expect(text).not.toMatch(/Five Tips" series|night skies/);
});

it("leaves out a short <aside> closing the article: the publisher's or the writer's box beside it", () => {
  const { text } = readFixture('cases/closing-aside-bio.html');
  expect(text.endsWith('are the rest.')).toBe(true);
  expect(text).not.toMatch(/Staff of College Compass|twenty years/);
});

it("keeps the teasers of other posts beside the article out when widening: their titles are all links, the article's never", () => {
  const { text } = readFixture('cases/article-beside-teaser-excerpts.html');
  expect(text).toContain('A solid oak worktop drinks oil for its first few months');
  expect(text.endsWith('whenever water stops beading on the surface.')).toBe(true);
  expect(text).not.toMatch(/desk height|Cable trays|Walnut or oak|monitor stand|linseed|workshop|March 3, 2026/);
});

it("leaves out a script's data printed as JSON text outside a <script> (a buy box's prices, a widget's settings), never a code block's", () => {
  const { text } = readFixture('cases/script-data-text.html');
  expect(text).toContain('As a rule of thumb, {"key": "value"} pairs stay in a sentence');
  expect(text).toContain('{"capacityMl": 750');
  expect(text).not.toMatch(/displayPrice|statementLink/);
});

it("leaves out a run of other stories' headlines set in the body as linked paragraphs, never the writer's own links", () => {
  const { text } = readFixture('cases/inline-linked-headlines.html');
  expect(text).not.toMatch(/Lighthouse Keeper|Cycle Path|Rowing Club/);
  expect(text).toContain('Read the harbour trust\'s refit report');
  expect(text).toContain('See the winter timetable');
  expect(text).toContain('See the fares for islanders');
  expect(text).toContain('if its funding bid succeeds.');
});

describe("a product page whose chosen description leaves out the buy box beside the product's heading", () => {
  const { text } = readFixture('cases/product-buy-box-summary.html');

  it("opens with the buy box's short description, once, before the long description", () => {
    const summary = 'A steel mug that keeps coffee hot through a long morning commute. Fits in most cupholders.';
    expect(text.startsWith(summary)).toBe(true);
    expect(text.split(summary)).toHaveLength(2);
    expect(text).toContain('Its sliding lid closes with a magnet');
  });

  it("leaves out the box's prices, delivery terms and option picker", () => {
    expect(text).not.toMatch(/\$32|Original price|Free shipping|Colour|Add to cart|Recently viewed/);
  });

  it('knows a price by any currency a shop may print, as a grid knows its cards', () => {
    expect(text).not.toContain('CHF 29.90');
  });
});

it("leaves out a link's note to screen readers that it opens a new window, keeping the link's words and the prose", () => {
  const { text } = readFixture('cases/link-new-window-hint.html');
  expect(text).toContain('businesses said that the new tools');
  expect(text).toContain('compare the plans before the change');
  // The same words in a sentence of the article are the writer's.
  expect(text).toContain('who open the new feature in a new window will see it');
  expect(text).not.toMatch(/opens a new window|opens in a new tab/i);
});

it("drops an editor's spacer paragraph, a line break alone, rather than open the article with a blank", () => {
  const { html } = readFixture('cases/link-new-window-hint.html');
  expect(html).toContain('<p>The company that hosts videos');
  expect(html).not.toMatch(/<p>\s*<br>\s*<\/p>/);
});

it('keeps the space an inline element held alone between two words, rather than joining them', () => {
  const { text } = readFixture('cases/space-only-inline.html');
  expect(text).toContain('Rain gardens are shallow beds of hardy plants');
  expect(text).toContain('read our soil test guide before choosing plants');
});

it("keeps a rich-text field's opening paragraphs, written as divs, beside the wrappers nested around the rest of its body", () => {
  const { text } = readFixture('cases/intro-beside-nested-body.html');
  expect(text).toContain('Every few months somebody asks why we have not swapped');
  expect(text).toContain('The short answer is the crust.');
  expect(text).toContain('The fire is lit at three.');
  expect(text).not.toMatch(/Opening hours|All rights reserved/);
});

describe('a listing whose cards set their fields side by side with no space between them', () => {
  const { text } = readFixture('cases/card-fields-side-by-side.html', 'https://news.example.com/transport/');

  it("keeps each card's author and date, and its tags, apart", () => {
    expect(text).toContain('Ana Lindqvist Mar 6');
    expect(text).toContain('Priya Raman Mar 5');
    expect(text).toContain('Bridges Roadworks');
    expect(text).not.toMatch(/LindqvistMar|BridgesRoadworks/);
  });

  it('leaves the words of running text whole: a drop cap, a word styled in two parts', () => {
    expect(text).toContain('Every story from our transport desk');
    expect(text).toContain('about overcrowded routes');
  });
});

describe('a page laid out by a table holding the table of its items', () => {
  const { text } = readFixture('cases/layout-table-page.html', 'https://tinker.example.com/newest');

  it('reads the outer table as blocks and the items table row by row', () => {
    expect(text).toContain('1. | A hand loom built from bicycle parts (example.org)\n | 12 points by weaver');
    expect(text).toContain('2. | Restoring a railway station clock');
    expect(text).not.toMatch(/comments2\.|comments 2\./);
  });
});

describe('a table whose cells stack blocks: a title, its authors and its journal', () => {
  const { text } = readFixture('cases/table-cell-blocks.html', 'https://profiles.example.com/okafor');

  it('keeps the blocks of a cell apart on its line', () => {
    expect(text).toContain('Sediment pulses after dam removal M Okafor, J Reyes, T Nakamura Water Resources Research 58 (4) | 412 | 2022');
  });
});

describe("a marketplace's grid whose cards label their fields for screen readers only", () => {
  const { text } = readFixture('cases/marketplace-screen-reader-labels.html', 'https://shop.example.com/market/handmade-wallets');

  it("keeps each card's name, maker and prices", () => {
    expect(text).toContain('Slim bifold wallet with coin pocket');
    expect(text).toContain('by Fennick Leather');
    expect(text).toContain('USD 71.84 USD 97.08');
  });

  it('leaves out the labels a prefixed screen-reader-only class hides, the count of results and the links to related searches', () => {
    expect(text).not.toMatch(/Sale price|Original price|Sold by the shop|Related searches|Gifts for him|6 products/);
    expect(text).toContain('How our makers work');
  });
});

it("drops a product page's tooltips and popovers (a spec's glossary, the returns policy behind 'Details') and its legal notice", () => {
  const { text } = readFixture('cases/product-tooltips-legal.html');
  expect(text).toContain('Cup style');
  expect(text).toContain('Planar magnetic');
  expect(text).toContain('Free 60-day returns');
  expect(text).toContain('ships with a braided cable');
  expect(text).not.toMatch(/Open-back designs sound|small speaker inside|Return any item|registered trademark|licence terms/);
});

it("says a product's selling points once, though the page prints them in its hero, again on a flavour's slide and in a closing strip", () => {
  const { text } = readFixture('cases/product-repeated-selling-points.html');
  expect(text).toContain('Morning Oats is a complete breakfast');
  for (const point of ['No artificial sweeteners', 'Gluten-free oats', 'keeps you going until lunch']) expect(text.split(point)).toHaveLength(2);
});

it("drops a shop's categories menu named by its plural (categories_menu), which is no post's category class", () => {
  const { text } = readFixture('cases/shop-categories-menu.html');
  expect(text).toContain('Every set below is turned from seasoned boxwood');
  expect(text).toContain('Ebonised Staunton Chess Set');
  expect(text).not.toMatch(/Back View all|Folding Chess Boards|Inlaid Chess Boards/);
});

it("drops a product page's long list of short links to the shop's brands, with its heading, and keeps the product's own lists", () => {
  const { text } = readFixture('cases/product-shop-link-lists.html');
  expect(text).toContain('Outer: 100% waxed cotton canvas');
  expect(text).toContain('Rewaxing instructions');
  expect(text).not.toMatch(/Brands we stock|Ashby|Juniper|Larch/);
});

describe("a Shopify Dawn product page: the quick view's link and the price badges its stylesheet hides", () => {
  it("drops 'View full details' and the Sale and Sold out badges of a price neither on sale nor sold out", () => {
    const { text } = readFixture('cases/shopify-dawn-product.html');
    expect(text).toContain('$48.00');
    expect(text).toContain('A full-length apron cut from stonewashed Baltic linen');
    expect(text).toContain('The linen is spun from flax grown in Normandy');
    expect(text).not.toMatch(/View full details|Sale|Sold out/);
  });

  it('keeps the badge the price is marked for', () => {
    const document = loadFixture('cases/shopify-dawn-product.html');
    document.querySelector('.price')!.classList.add('price--sold-out');
    const read = readArticle(document);
    expect(read.ok && read.article.text).toContain('Sold out');
    expect(read.ok && read.article.text).not.toMatch(/\bSale\b/);
  });
});

it("drops the text Korean sites class 'blind', for screen readers only (a video's scenes described), as it does sr-only's", () => {
  const { text } = readFixture('cases/korean-blind-text.html');
  expect(text).toContain('keeps its colours and its faces keep their detail');
  expect(text).toContain('Charging to half takes twenty minutes');
  expect(text).not.toMatch(/walks her dog|calendar flips/);
});

describe("a clutter label's word set in bold inside a sentence", () => {
  const { text } = readFixture('cases/label-word-in-sentence.html');

  it('keeps the word: it is the sentence\'s, not a heading', () => {
    expect(text).toContain('layover length with the filter panel on the left.');
    expect(text).toContain('the flights operated by a single airline filter. It keeps connections on one ticket');
  });

  it('still drops a capitalised label standing alone on its line', () => {
    expect(text).not.toMatch(/\bShare\b/);
  });
});

it("drops a post's reading time, by its title and beside a section, and keeps a step's minutes", () => {
  const { text } = readFixture('cases/reading-time-lines.html');
  expect(text).toContain('wake up within 5 minutes of soaking in warm water.');
  expect(text).toContain('Listen to this section');
  expect(text).not.toMatch(/min read/);
});

it("reads every post of a forum thread whose opening post sits in a block of its own, the posts alike only by their anchors' numbered ids", () => {
  const { text } = readFixture('cases/forum-first-post-apart.html');
  expect(text).toContain('I am putting together a small build in a mini tower');
  expect(text).toContain('A top exhaust right behind the front fans steals their air');
  expect(text).toContain('Add a top exhaust at the back corner only if the card runs hot under load.');
  expect(text).toContain("I will try the two front intakes first and watch the card's temperature.");
  expect(text).not.toMatch(/Latest threads|Quiet power supplies|Terms and rules/);
});

it('reads the short question of a Q&A above the block of its long answers (Stack Exchange), with the answers', () => {
  const { text } = readFixture('cases/qa-short-question.html');
  expect(text).toContain('What size of fuse should go in the line');
  expect(text).toContain('a six amp slow-blow fuse rides through the start');
  expect(text).toContain('which matches the rule of thumb above');
  expect(text).not.toMatch(/Wire gauge for a anchor windlass|Site design/);
});

it('reads a short story posted for discussion with the comment thread many times its length under it', () => {
  const { text } = readFixture('cases/story-under-long-thread.html');
  expect(text).toContain('A six year old mailing list discussion about converting the kernel');
  expect(text).toContain('The kernel already accepted Rust for drivers');
  expect(text).toContain('turning them on across the tree would get much of the benefit');
  expect(text).not.toMatch(/Submit|Trademarks property|Privacy/);
});

it("leaves out a forum's list of similar threads under the thread", () => {
  const { text } = readFixture('cases/forum-first-post-apart.html');
  expect(text).toContain("I will try the two front intakes first and watch the card's temperature.");
  expect(text).not.toMatch(/Similar threads|Quiet fans for a mini tower|Case airflow basics|Replies 12/);
});

it("leaves out the bars XenForo prints above and below a block of posts: the sort tabs and the thread's status", () => {
  const { text } = readFixture('cases/forum-first-post-apart.html');
  expect(text).toContain('A top exhaust right behind the front fans steals their air');
  expect(text).not.toMatch(/Sort by|Status|Not open for further replies/);
});

it("reads a forum thread's opening post that holds the thread's title (XenForo's California), with the replies", () => {
  const { text } = readFixture('cases/forum-title-in-first-post.html');
  expect(text).toContain('What should I build first to learn the basics without wasting a lot of wood?');
  expect(text).toContain('Start with a cutting board.');
  expect(text).toContain('Keep the shelf short, under a metre, so that it does not sag under books.');
  expect(text).toContain('buy one good square and one good chisel');
  expect(text).not.toMatch(/Trending|Best glue for oak|Terms and rules/);
});

it("leaves out the version and source link rustdoc prints beside each item of an API page", () => {
  const { text } = readFixture('cases/rustdoc-item-versions.html');
  expect(text).toContain('pub fn level(&self, bus: &Bus) -> Result<Level, ReadError>');
  expect(text).toContain('Reads the current water level in centimetres above the river bed.');
  expect(text).toContain('which keeps the warning lights on the bridge from blinking on every wake.');
  expect(text).not.toMatch(/0\.3\.0|0\.4\.2|0\.5\.0|Source/);
});

describe('a byline printed under the standfirst, with the role and the date', () => {
  const { text, byline } = readFixture('cases/byline-after-standfirst.html');

  it('leaves the byline lines out and keeps the standfirst and the body', () => {
    expect(byline).toBe('Maria Okafor');
    expect(text).not.toMatch(/Senior Food Writer|February 11, 2025/);
    expect(text.startsWith('After reading this guide you will know how to feed a starter')).toBe(true);
    expect(text).toContain('A starter is flour and water that wild yeast and bacteria have made their home.');
  });
});

describe('a byline set as a small heading', () => {
  const { text, byline } = readFixture('cases/byline-in-heading.html');

  it('leaves the byline heading out and keeps the headings of the body', () => {
    expect(byline).toBe('Tom Reyes');
    expect(text).not.toContain('By Tom Reyes');
    expect(text.startsWith('A rail pass can save money')).toBe(true);
    expect(text).toContain('Tom Reyes and the pass question');
  });
});

it("leaves out the blocks a script framework keeps hidden until it has compiled them (AngularJS's ng-cloak, Alpine's x-cloak)", () => {
  const { text } = readFixture('cases/forum-cloaked-templates.html', 'https://forum.example.com/threads/paid-course-first-shop.5100/');
  expect(text).toContain('Save the money for photographs.');
  expect(text).toContain('see how far the free guides take me before I pay for anything.');
  expect(text).not.toMatch(/\{\{|Board\.errors|Drafts are kept/);
});

it("leaves out each post's number beside its date on vBulletin 3 and in a phpBB post's permalink", () => {
  const vbulletin = readFixture('cases/forum-vbulletin3-post-numbers.html', 'https://forum.example.com/showthread.php?t=710').text;
  expect(vbulletin).toContain('where they were not.');
  expect(vbulletin).toContain('in the middle of the season?');
  expect(vbulletin).toContain('Feb 14, 2026 | 9:41 pm');
  expect(vbulletin).not.toMatch(/#\s*\d|^\s*[123]\s*$/m);
  const phpbb = readFixture('cases/forum-phpbb-permalink-numbers.html', 'https://forum.example.com/viewtopic.php?t=18').text;
  expect(phpbb).toContain('swim about without struggling against the current.');
  expect(phpbb).toContain('Aug 09, 2006');
  expect(phpbb).not.toMatch(/#\d/);
});

it('reads the role a test id names when the classes are hashes: a shop\'s ad and rating summary in the buy box go', () => {
  const { text } = readFixture('cases/product-test-ids.html', 'https://shop.example.com/ip/countertop-blender/1400');
  expect(text).toContain('crushes ice into snow in seconds');
  expect(text).toContain('Motor: 1400 W');
  expect(text).not.toMatch(/people's carts|Compact Blender Duo|1935 reviews/);
  // A test id naming a control the tests press says nothing of the block's role.
  expect(text).toContain('Every blender carries a two-year warranty');
});
