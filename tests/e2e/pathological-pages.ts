/**
 * Pages built to strain a reader extension, generated on demand (megabytes that are not worth
 * committing): 200,000 elements, 500 levels of nesting, a 10 MB text node, 5,000 images, a page
 * that rewrites itself all the time, and a page whose form shadows every member an element has. Each
 * holds the same short article, so the reader has something to find, and a page script that counts
 * timer ticks and animation frames, so a test can tell whether the page's own scripts keep running.
 */
import type { GeneratedPages } from './fixture-server';

export const ARTICLE_TITLE = 'Why the Harbour Ferries Still Run on Time';
export const ARTICLE_FIRST_SENTENCE = 'Every morning at six the first ferry leaves the north pier';

/** The page's own counters: `pageTicks` (setInterval), `pageFrames` (requestAnimationFrame). */
export const COUNTER_SCRIPT = `<script>
window.pageTicks = 0;
setInterval(() => { window.pageTicks++; }, 20);
window.pageFrames = 0;
requestAnimationFrame(function frame() { window.pageFrames++; requestAnimationFrame(frame); });
</script>`;

/** Elements a page changes on its own; a DOM comparison before and after the reader leaves them out. */
export const CHURN_ATTRIBUTE = 'data-churn';

const PARAGRAPHS = [
  `${ARTICLE_FIRST_SENTENCE}, and it has done so, give or take a storm, for ninety years. The crews say the secret is dull: the same checks, in the same order, every single day, whatever the weather is doing.`,
  'The timetable has barely changed since the fifties. Passengers set their watches by the horn, and the café on the quay opens five minutes before the first crossing because it always has, and nobody remembers why.',
  'When the city tried to replace the old boats with faster ones, the commuters objected. Speed, they argued, was never the point; the ferries were reliable, and the twenty minutes on the water were the calmest of the day.',
  'Maintenance happens at night, in a yard most residents have never seen. Engineers replace parts long before they wear out, keep a spare engine for every boat, and log each repair in a ledger that goes back decades.',
  'The newest captain joined last spring. She says the hardest part was learning patience: waiting for the last runner on the gangway, holding the boat against the tide, and leaving exactly on the minute anyway.',
];

function article(): string {
  return `<article><h1>${ARTICLE_TITLE}</h1><p class="byline">By Mira Holm</p>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
}

function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${ARTICLE_TITLE}</title>${COUNTER_SCRIPT}${head}</head><body>${body}</body></html>`;
}

/** 200,000 elements in an archive beside the article (the engine's own limit is 150,000). */
function manyNodes(): string {
  const row = '<li><a href="#">Archive entry</a></li>'.repeat(50);
  const list = `<ul>${row}</ul>`; // 101 elements
  return page(`${article()}<nav class="archive">${list.repeat(1980)}</nav>`);
}

/** The article at the bottom of 500 nested blocks. */
function deepNesting(): string {
  return page(`${'<div class="wrap">'.repeat(500)}${article()}${'</div>'.repeat(500)}`);
}

/** A single 10 MB text node (a raw data dump) after the article. */
function hugeTextNode(): string {
  const line = 'sensor=harbour-3 reading=0.4471 status=ok\n'; // 42 bytes
  return page(`${article()}<pre class="dump">${line.repeat(Math.ceil((10 * 1024 * 1024) / line.length))}</pre>`);
}

/** A 1x1 GIF of the given colour: a distinct image (URL and pixels) that costs nothing to decode. */
function gif(rgb: number): string {
  const bytes = Buffer.from([
    ...Buffer.from('GIF89a'), 1, 0, 1, 0, 0x80, 0, 0, // 1x1 screen, a 2-colour global table
    (rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255, 0, 0, 0,
    0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, // the image: 1x1 at 0,0
    2, 2, 0x44, 1, 0, // LZW data for one pixel of colour 0
    0x3b,
  ]);
  return `data:image/gif;base64,${bytes.toString('base64')}`;
}

/**
 * 5,000 distinct images in a gallery under the article, inline: served (or SVG) images keep a busy
 * machine's Chromium fetching and rasterising for minutes before the page even finishes loading.
 */
function manyImages(): string {
  const image = (i: number) => gif(i * 2654435 & 0xffffff);
  const images = Array.from({ length: 5000 }, (_, i) => `<img src="${image(i)}" width="48" height="32" alt="">`).join('');
  return page(`${article()}<section class="gallery">${images}</section>`);
}

/**
 * A departures board that appends and removes rows every 10 ms and rewrites a status line, forever
 * (short rows, as such boards have: this page tests churn, not which text wins).
 */
function mutatingPage(): string {
  const script = `<script>
document.addEventListener('DOMContentLoaded', () => {
  const ticker = document.getElementById('ticker');
  const status = document.getElementById('status');
  let n = 0;
  setInterval(() => {
    for (let i = 0; i < 20; i++) {
      const item = document.createElement('li');
      item.textContent = 'Pier ' + (++n % 9) + ' · on time';
      ticker.append(item);
    }
    while (ticker.childElementCount > 200) ticker.firstElementChild.remove();
    status.textContent = n + ' departures';
  }, 10);
});
</script>`;
  return page(
    `${article()}<aside ${CHURN_ATTRIBUTE}><p id="status"></p><ul id="ticker"></ul></aside>`,
    script,
  );
}

/**
 * The whole page inside one form, as ASP.NET lays pages out, holding a hidden control named after each
 * member an element inherits (Element's, Node's, EventTarget's, Object's, listed by the page itself from
 * its browser's prototypes): DOM clobbering makes the form's `parentElement`, `localName`, `getAttribute`
 * and the rest those controls, for the content script too. A walk up through the form by them never ends.
 */
function clobberingForms(): string {
  const script = `<script>
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('page-form');
  for (let prototype = Element.prototype; prototype !== null; prototype = Object.getPrototypeOf(prototype)) {
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const control = document.createElement('input');
      control.type = 'hidden';
      control.name = name;
      form.prepend(control);
    }
  }
});
</script>`;
  return page(`<form id="page-form" action="/article">${article()}<input type="hidden" name="__VIEWSTATE" value="dDwtMTA4"></form>`, script);
}

export const PATHOLOGICAL_PAGES: GeneratedPages = {
  'many-nodes.html': manyNodes,
  'deep-nesting.html': deepNesting,
  'huge-text-node.html': hugeTextNode,
  'many-images.html': manyImages,
  'mutating-page.html': mutatingPage,
  'clobbering-forms.html': clobberingForms,
};
