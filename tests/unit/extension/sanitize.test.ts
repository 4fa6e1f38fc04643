import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';

// WXT's Vitest plugin does not load under the jsdom environment, so this file brings its own window.
const { window } = new JSDOM('<!doctype html><html><body></body></html>');
Object.assign(globalThis, {
  window,
  document: window.document,
  DocumentFragment: window.DocumentFragment,
  HTMLAnchorElement: window.HTMLAnchorElement,
  HTMLImageElement: window.HTMLImageElement,
});
const { sanitizeArticle } = await import('../../../components/sanitize');

function html(fragment: DocumentFragment): string {
  const box = document.createElement('div');
  box.append(fragment);
  return box.innerHTML;
}

describe('sanitizeArticle (the one DOMPurify boundary)', () => {
  it('returns a fragment keeping the reading structure', () => {
    const fragment = sanitizeArticle(
      '<h2>Ceasefire</h2><p>Text <em>here</em>.</p><figure><img src="https://x.test/a.jpg" alt="A"><figcaption>Cap</figcaption></figure><table><tr><td>1</td></tr></table><pre><code>x</code></pre>',
    );
    expect(fragment).toBeInstanceOf(DocumentFragment);
    const out = html(fragment);
    for (const tag of ['<h2>', '<em>', '<figure>', '<figcaption>', '<table>', '<pre>', '<code>']) expect(out).toContain(tag);
  });

  it("keeps a player's controls and poster, which the engine writes on every video and audio", () => {
    const out = html(
      sanitizeArticle('<video controls poster="https://x.test/p.jpg"><source type="video/mp4" src="https://x.test/c.mp4"></video><audio controls><source src="https://x.test/a.mp3"></audio>'),
    );
    expect(out).toBe('<video controls="" poster="https://x.test/p.jpg"><source type="video/mp4" src="https://x.test/c.mp4"></video><audio controls=""><source src="https://x.test/a.mp3"></audio>');
  });

  it('removes scripts, handlers, javascript: links, styles, frames and forms', () => {
    const out = html(
      sanitizeArticle(
        '<p onclick="alert(1)" style="color:red">a</p><script>alert(2)</script><a href="javascript:alert(3)">b</a>' +
          '<img src=x onerror="alert(4)"><iframe src="https://evil.test"></iframe><style>p{}</style><form><input></form>' +
          '<svg><script>alert(5)</script></svg>',
      ),
    );
    expect(out).not.toMatch(/alert|onclick|onerror|style|<script|<iframe|<form|<input|javascript:/i);
    expect(out).toContain('<p>a</p>');
  });

  it('opens links in a new tab without opener access', () => {
    const out = html(sanitizeArticle('<a href="https://news.example.com/x" target="_top">x</a>'));
    expect(out).toContain('target="_blank"');
    expect(out).toContain('rel="noopener noreferrer"');
    expect(out).not.toContain('_top');
  });

  it('strips the overlay\'s own ids and classes from page content', () => {
    const out = html(sanitizeArticle('<div id="sift-settings-panel" class="sift-root lead">x</div><span name="sift-x">y</span>'));
    expect(out).not.toMatch(/sift-/);
    expect(out).toContain('class="lead"');
  });

  it('loads images lazily', () => {
    expect(html(sanitizeArticle('<img src="https://x.test/a.jpg" alt="">'))).toContain('loading="lazy"');
  });
});
