// What the reader must show, and must not, for tests/fixtures/pages/sample-news.html: shared by both browsers.
import assert from 'node:assert/strict';

export const TITLE = 'Carney to Travel to France to Discuss Ukraine Ceasefire With Allies';
export const FIRST_SENTENCE = 'Prime Minister Mark Carney will travel to France early next week';
export const LAST_SENTENCE = 'accused Russia of trying to throw the ceasefire negotiations off track.';
export const CLUTTER = ['You Might Also Like', 'Sign In', '5 + 6', 'Reading:', 'Subscribe to Our Newsletter', 'Privacy Policy'];

/** The overlay's text holds the whole article, its reading time, and none of the page's clutter. */
export function assertSampleArticle(text: string): void {
  assert.ok(text.includes(TITLE), 'title shown');
  assert.ok(text.includes('Ceasefire'), 'subhead kept');
  assert.ok(text.includes(FIRST_SENTENCE), 'first sentence kept');
  assert.ok(text.includes(LAST_SENTENCE), 'last sentence kept');
  assert.match(text, /\d+ min read/);
  for (const clutter of CLUTTER) assert.ok(!text.includes(clutter), `clutter "${clutter}" is gone`);
}
