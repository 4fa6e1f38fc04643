// proseBound is an upper bound of the prose a cleaned copy reads: the read skips extracting a landmark on it.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockText, proseBound } from '../../../engine/block-text';
import { cleanContent, cloneParts } from '../../../engine/clean';
import { proseLength } from '../../../engine/dom';
import { trimHead } from '../../../engine/trim-head';
import { trimTail } from '../../../engine/trim-tail';
import { FIXTURES, loadFixture, parse } from './load';

/** The prose of `root` extracted as the read extracts its blocks: copied, cleaned, trimmed, written as block text. */
function extractedProse(root: Element): number {
  const copy = cloneParts([root]);
  cleanContent(copy, '', { body: root.localName === 'body' });
  trimHead(copy, []);
  trimTail(copy);
  return proseLength(blockText(copy));
}

describe('proseBound', () => {
  it('counts the marks block text adds: list numbers of any size and table cell separators', () => {
    const body = parse('<html><body><ol start="123456789012"><li>Alpha</li><li>Beta</li></ol><ul><li>Gamma</li></ul><table><tr><td>A</td><td>B</td><td>C</td></tr></table></body></html>').body;
    expect(proseLength(blockText(body))).toBe(proseLength('123456789012. Alpha 123456789013. Beta - Gamma A | B | C'));
    expect(proseBound(body)).toBeGreaterThanOrEqual(extractedProse(body));
  });

  it('leaves out the text of scripts and styles', () => {
    const body = parse(`<html><body><p>Short.</p><script>${'var data = 1;'.repeat(100)}</script><style>p { color: red }</style></body></html>`).body;
    expect(proseBound(body)).toBe(proseLength('Short.'));
  });

  it('is never below the prose of the cleaned copy, on every case fixture', () => {
    const cases = readdirSync(join(FIXTURES, 'cases')).filter((name) => name.endsWith('.html'));
    expect(cases.length).toBeGreaterThan(100);
    for (const name of cases) {
      const body = loadFixture(join('cases', name)).body;
      expect(proseBound(body), name).toBeGreaterThanOrEqual(extractedProse(body));
    }
  });
});
