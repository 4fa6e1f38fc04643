/**
 * Installs a jsdom window as globals, for tests that import the sanitiser in Node, and parses pages
 * with jsdom's spec-following parser when a test needs the tree a browser would build.
 *
 * Why by hand: components/sanitize.ts binds DOMPurify to the global `window` when it is imported,
 * and Vitest's own jsdom environment does not start under the WxtVitest plugin ("The URL must be of
 * scheme file"). Import this module before anything that imports the sanitiser.
 */
import { createRequire } from 'node:module';

// jsdom ships no types and @types/jsdom is not a dependency; these are the two constructors used.
interface Jsdom {
  JSDOM: new (html: string, options?: { virtualConsole?: object }) => { window: Window & typeof globalThis };
  VirtualConsole: new () => object;
}
const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as Jsdom;

const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>');

// What the sanitiser and these tests reach for as globals (instanceof checks, DOMParser, document).
const NAMES = ['document', 'DOMParser', 'Node', 'Element', 'HTMLElement', 'HTMLAnchorElement', 'HTMLImageElement', 'HTMLTemplateElement'] as const;

Object.assign(globalThis, { window }, Object.fromEntries(NAMES.map((name) => [name, window[name]])));

/**
 * The tree a browser builds (linkedom's parser is not the HTML standard's: it differs on foreign
 * content and misnesting, exactly where hostile markup lives). A silent console keeps jsdom's CSS
 * parse complaints about hostile styles out of the test output.
 */
export function parseLikeABrowser(html: string): Document {
  return new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
}
