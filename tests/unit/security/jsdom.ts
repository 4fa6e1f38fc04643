/**
 * jsdom, typed for the two things these tests need from it: a window, and parsing a page with the
 * HTML standard's parser (the tree a browser builds; linkedom's parser differs on foreign content
 * and misnesting, exactly where hostile markup lives). No side effects: see jsdom-globals.ts.
 */
import { createRequire } from 'node:module';

// jsdom ships no types and @types/jsdom is not a dependency; these are the two constructors used.
interface Jsdom {
  JSDOM: new (html: string, options?: { virtualConsole?: object }) => { window: Window & typeof globalThis };
  VirtualConsole: new () => object;
}
const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as Jsdom;

/** A window whose console is silent: jsdom complains about hostile CSS it cannot parse. */
export function quietWindow(html: string): Window & typeof globalThis {
  return new JSDOM(html, { virtualConsole: new VirtualConsole() }).window;
}

export function parseLikeABrowser(html: string): Document {
  return quietWindow(html).document;
}
