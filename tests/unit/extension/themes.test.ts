import { describe, expect, it } from 'vitest';
import { PALETTES, contrastRatio, resolveTheme } from '../../../components/themes';

describe('themes', () => {
  it('computes WCAG contrast (black on white is 21:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  it.each(Object.entries(PALETTES))('%s: body text reaches 7:1 (WCAG AAA)', (_name, palette) => {
    expect(contrastRatio(palette.text, palette.background)).toBeGreaterThanOrEqual(7);
  });

  it.each(Object.entries(PALETTES))('%s: links and quiet text stay readable (4.5:1)', (_name, palette) => {
    expect(contrastRatio(palette.link, palette.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(palette.muted, palette.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(palette.accent, palette.background)).toBeGreaterThanOrEqual(4.5);
  });

  it('follows the system colour scheme only for "system"', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('sepia', true)).toBe('sepia');
  });
});
