import { parsePage } from '../../cli/parse-page';

/**
 * Block-aware text of a peer's HTML output, so peers are scored on text shaped like Sift's
 * `article.text`: each block on its own lines, so words of adjacent blocks never run together
 * ("<p>end</p><p>start</p>" is "end\n\nstart", not "endstart"), table cells apart, <pre> kept as is.
 * The engine exports no HTML-to-text helper, so the eval holds this one, applied to every peer alike.
 */

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL', 'CAPTION',
]);
const CELLS = new Set(['TD', 'TH']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function collect(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      out.push(child.nodeValue ?? '');
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const tag = (child as Element).tagName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    if (tag === 'BR') out.push('\n');
    else if (tag === 'PRE') out.push('\n\n', `\u0000${child.textContent ?? ''}\u0000`, '\n\n');
    else if (BLOCKS.has(tag)) {
      out.push('\n\n');
      collect(child, out);
      out.push('\n\n');
    } else if (CELLS.has(tag)) {
      out.push('\t');
      collect(child, out);
      out.push('\t');
    } else collect(child, out);
  }
}

/** Collapses inline whitespace, keeps line breaks, and leaves <pre> contents (marked by NULs) untouched. */
function tidy(raw: string): string {
  return raw
    .split('\u0000')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[ \t\r\f\v\u00a0]+/g, ' ').replace(/ *\n */g, '\n')))
    .join('')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function htmlToText(html: string): string {
  const document = parsePage(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  collect(document.body, out);
  return tidy(out.join(''));
}
