/**
 * Installs a jsdom window as globals, for tests that import the sanitiser in Node.
 *
 * Why by hand: components/sanitize.ts binds DOMPurify to the global `window` when it is imported,
 * and Vitest's own jsdom environment does not start under the WxtVitest plugin ("The URL must be of
 * scheme file"). Import this module before anything that imports the sanitiser.
 */
import { quietWindow } from './jsdom';

export { parseLikeABrowser } from './jsdom';

const window = quietWindow('<!doctype html><html><head></head><body></body></html>');

// What the sanitiser and these tests reach for as globals (instanceof checks, DOMParser, document).
const NAMES = ['document', 'DOMParser', 'Node', 'Element', 'HTMLElement', 'HTMLAnchorElement', 'HTMLImageElement', 'HTMLTemplateElement'] as const;

Object.assign(globalThis, { window }, Object.fromEntries(NAMES.map((name) => [name, window[name]])));
