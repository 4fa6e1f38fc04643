/** The XSS corpus itself: big enough, well formed, and placed where the tests think it is. */
import { describe, expect, it } from 'vitest';
import { buildPage, SLOTS } from '../../fixtures/xss/build-page';
import { rotatedPages } from '../../fixtures/xss/page-plan';
import { XSS_VECTORS } from '../../fixtures/xss/vectors';
import { call, frameCall, XSS_MESSAGE_PREFIX } from '../../fixtures/xss/vector';

// Vectors that cannot run code: they test link targets, clobbering and layout hijacking instead.
const INERT_GROUPS = new Set(['clobbering', 'link-target']);
const INERT_IDS = new Set(['base-target', 'style-behavior-binding', 'style-fixed-cover', 'declarative-shadowroot-style']);

describe('XSS corpus', () => {
  it('holds at least 100 vectors with unique kebab-case ids', () => {
    const ids = XSS_VECTORS.map((v) => v.id);
    expect(ids.length).toBeGreaterThanOrEqual(100);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('makes every code-bearing vector report its own id', () => {
    for (const vector of XSS_VECTORS) {
      if (INERT_GROUPS.has(vector.group) || INERT_IDS.has(vector.id)) continue;
      // Base64 payloads are read decoded; entity-encoded calls keep at least "_siftXss('<id>')" or the message.
      const html = vector.html.replace(/base64,([A-Za-z0-9+/=]+)/g, (_, b64: string) => atob(b64));
      const reports = [call(vector.id), frameCall(vector.id), `_siftXss('${vector.id}')`, `${XSS_MESSAGE_PREFIX}${vector.id}`];
      expect(reports.some((r) => html.includes(r)), vector.id).toBe(true);
    }
  });

  it('places a vector in each slot of the page', () => {
    const vector = { id: 'probe', group: 'script' as const, html: '<b id="probe">"probe"</b>' };
    for (const slot of SLOTS) {
      const page = buildPage([{ slot, vector }]);
      // Markup slots carry the markup itself; text slots (alt) carry it escaped.
      expect(page, slot).toContain(slot === 'alt' ? '&lt;b id=&quot;probe&quot;&gt;' : vector.html);
    }
  });

  it('plans browser pages that put every vector in every slot, none twice on a page', () => {
    const placed = new Set<string>();
    for (const page of rotatedPages(XSS_VECTORS)) {
      const ids = page.map((p) => p.vector.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const { slot, vector } of page) placed.add(`${slot}:${vector.id}`);
    }
    expect(placed.size).toBe(XSS_VECTORS.length * SLOTS.length);
  });
});
