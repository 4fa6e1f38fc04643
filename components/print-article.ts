/**
 * Print: the article alone, black on white, laid out for paper (assets/print.css). It is printed from
 * a same-origin about:blank frame placed in the overlay's shadow root, built from the sanitised
 * article: the page behind is never touched, and nothing of the reader (toolbar, panels) prints.
 */
import type { Article } from '../engine';
import { sanitizeArticle } from './sanitize';
import { formatDate } from './article-meta';
import printCss from '../assets/print.css?inline';

export const PRINT_FRAME_CLASS = 'sift-print-frame';

// Images still loading when printing starts would print blank; a dead server must not stall it.
const IMAGE_WAIT_MS = 3000;

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string) {
  const node = doc.createElement(tag);
  node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** The print document's article: a header (site, title, byline, date, address) and the sanitised body. */
function fillDocument(doc: Document, article: Article, showImages: boolean): void {
  doc.title = article.title;
  if (article.lang) doc.documentElement.lang = article.lang;
  doc.documentElement.dir = article.dir;
  const style = doc.createElement('style');
  style.textContent = printCss;
  doc.head.append(style);

  const header = element(doc, 'header', 'print-header');
  if (article.siteName) header.append(element(doc, 'p', 'print-site', article.siteName));
  header.append(element(doc, 'h1', 'print-title', article.title));
  if (article.byline) header.append(element(doc, 'p', 'print-byline', article.byline));
  const date = article.published && formatDate(article.published, article.lang);
  const meta = [date, article.url].filter(Boolean).join(' · ');
  if (meta) header.append(element(doc, 'p', 'print-meta', meta));

  const body = element(doc, 'div', 'print-body');
  body.append(doc.importNode(sanitizeArticle(article.html), true));
  const root = element(doc, 'article', showImages ? 'print-article' : 'print-article print-no-images');
  root.append(header);
  const lead = article.leadImage;
  if (lead && ![...body.querySelectorAll('img')].some((img) => img.src === lead.src)) {
    const figure = element(doc, 'figure', 'print-lead');
    const image = doc.createElement('img');
    image.src = lead.src;
    image.alt = lead.alt;
    figure.append(image);
    root.append(figure);
  }
  root.append(body);
  doc.body.replaceChildren(root);
}

async function imagesReady(doc: Document): Promise<void> {
  const images = [...doc.images];
  // The overlay loads images lazily; on paper every one is needed now.
  for (const image of images) image.loading = 'eager';
  const decoded = Promise.allSettled(images.map((image) => image.decode()));
  await Promise.race([decoded, new Promise((resolve) => setTimeout(resolve, IMAGE_WAIT_MS))]);
}

/** Builds the print document in a fresh frame inside `host` and opens the browser's print dialog. */
export async function printArticle(article: Article, showImages: boolean, host: ParentNode): Promise<void> {
  // One print frame at a time: the previous one has done its work once its dialog closed.
  host.querySelector(`.${PRINT_FRAME_CLASS}`)?.remove();
  const frame = document.createElement('iframe');
  frame.className = PRINT_FRAME_CLASS;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  host.append(frame);
  const doc = frame.contentDocument!;
  fillDocument(doc, article, showImages);
  if (showImages) await imagesReady(doc);
  frame.contentWindow!.print();
}
