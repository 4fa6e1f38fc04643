// The eval's own helpers: peers' HTML to text, the stratified sample, metadata matching.
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../scripts/eval/html-to-text';
import { sameByline, sameDate, sameTitle } from '../../scripts/eval/metadata';
import { stratifiedSample } from '../../scripts/eval/sample';

describe('htmlToText', () => {
  it('turns a peer\'s HTML into block-aware text, so words of adjacent blocks never merge', () => {
    expect(htmlToText('<div><h2>Title</h2><p>end</p><p>start <b>bold</b></p><ul><li>one</li><li>two</li></ul></div>')).toBe(
      'Title\n\nend\n\nstart bold\n\n- one\n- two',
    );
  });

  it('keeps table cells apart and drops scripts', () => {
    expect(htmlToText('<table><tr><td>a</td><td>b</td></tr></table><p>x<script>y()</script></p>')).toBe('a | b\n\nx');
  });
});

describe('stratifiedSample', () => {
  const pages = [
    ...Array.from({ length: 10 }, (_, i) => ({ id: `a${i}`, type: 'a' })),
    ...Array.from({ length: 2 }, (_, i) => ({ id: `b${i}`, type: 'b' })),
    ...Array.from({ length: 5 }, (_, i) => ({ id: `c${i}`, type: 'c' })),
  ];

  it('shares the size round-robin over types and spreads picks evenly, in corpus order', () => {
    // Quotas a4 b2 c3; a: indices 1 3 6 8 of 10; c: indices 0 2 4 of 5.
    expect(stratifiedSample(pages, 9).map((p) => p.id)).toEqual(['a1', 'a3', 'a6', 'a8', 'b0', 'b1', 'c0', 'c2', 'c4']);
  });

  it('never returns more than there is', () => {
    expect(stratifiedSample(pages, 100)).toHaveLength(17);
  });
});

describe('metadata matching', () => {
  it('titles match exactly after whitespace normalisation', () => {
    expect(sameTitle('  Carney  to\nTravel ', 'Carney to Travel')).toBe(true);
    expect(sameTitle('carney to travel', 'Carney to Travel')).toBe(false);
    expect(sameTitle('anything', undefined)).toBeNull();
  });

  it('titles and bylines read typographic quotes as ASCII ones', () => {
    expect(sameTitle('Apple’s “Vision” Pro', 'Apple\'s "Vision" Pro')).toBe(true);
    expect(sameByline('Conan O’Brien', "Conan O'Brien")).toBe(true);
    expect(sameTitle('Apple’s Vision Pro', 'Apples Vision Pro')).toBe(false);
  });

  it('bylines compare names as a list, whatever joins them', () => {
    expect(sameByline('Jared Newman, Sam Singleton', 'Jared Newman and Sam Singleton')).toBe(true);
    expect(sameByline('Ann Lee, Bo Chan, Cy Diaz', 'Ann Lee, Bo Chan, and Cy Diaz')).toBe(true);
    expect(sameByline('Ann Lee & Bo Chan', 'Ann Lee and Bo Chan')).toBe(true);
    expect(sameByline('Ann Lee, Bo Chan', 'Bo Chan, Ann Lee')).toBe(false);
    expect(sameByline('Ann Lee', 'Ann Lee and Bo Chan')).toBe(false);
  });

  it('bylines ignore case and a leading "By"', () => {
    expect(sameByline('By Jane  Doe', 'jane doe')).toBe(true);
    expect(sameByline('Jane Doe, Reuters', 'Jane Doe')).toBe(false);
  });

  it('dates compare the day only', () => {
    expect(sameDate('2025-09-04T12:50:36+00:00', '2025-09-04')).toBe(true);
    expect(sameDate('2025-09-05', '2025-09-04T00:00:00Z')).toBe(false);
    expect(sameDate(undefined, '2025-09-04')).toBe(false);
    expect(sameDate('2025-09-04', 'September 2025')).toBeNull();
  });
});
