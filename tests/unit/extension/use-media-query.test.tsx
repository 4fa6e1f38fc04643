import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';

// WXT's Vitest plugin does not load under the jsdom environment, so this file brings its own window.
const { window } = new JSDOM('<!doctype html><html><body></body></html>');
/** A media query list whose answer the test flips without firing 'change', as when it flips before a listener exists. */
let dark = false;
const matchMedia = () => ({ get matches() { return dark; }, addEventListener() {}, removeEventListener() {} });
Object.assign(globalThis, { window, matchMedia, document: window.document, Node: window.Node });
const { render } = await import('preact');
const { act } = await import('preact/test-utils');
const { useMediaQuery } = await import('../../../components/use-media-query');

function Scheme() {
  return <p>{useMediaQuery('(prefers-color-scheme: dark)') ? 'dark' : 'light'}</p>;
}

describe('useMediaQuery', () => {
  it('catches a change between the first render and its listener (the popup opening as the system turns dark)', async () => {
    const root = document.createElement('div');
    await act(() => {
      render(<Scheme />, root);
      dark = true; // after the first render read the query, before the effect subscribed
    });
    expect(root.textContent).toBe('dark');
  });
});
