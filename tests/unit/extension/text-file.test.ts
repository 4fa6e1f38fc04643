import { describe, expect, it } from 'vitest';
import { slugify, textFileName } from '../../../utils/text-file';

describe('textFileName', () => {
  it('slugs the seed article title', () => {
    expect(textFileName('Carney to Travel to France to Discuss Ukraine Ceasefire With Allies')).toBe(
      'carney-to-travel-to-france-to-discuss-ukraine-ceasefire-with-allies.txt',
    );
  });

  it('drops apostrophes and accents, collapses punctuation', () => {
    expect(slugify('Delaware Supreme Court Restores Elon Musk’s $55 Billion Tesla Pay Deal')).toBe(
      'delaware-supreme-court-restores-elon-musks-55-billion-tesla-pay-deal',
    );
    expect(slugify('  Café — “Déjà vu”: L’été!  ')).toBe('cafe-deja-vu-lete');
  });

  it('keeps letters of other scripts', () => {
    expect(slugify('Новости дня')).toBe('новости-дня');
    expect(slugify('東京の天気')).toBe('東京の天気');
  });

  it('never produces an empty or path-like name', () => {
    expect(textFileName('')).toBe('article.txt');
    expect(textFileName('../../etc/passwd')).toBe('etc-passwd.txt');
    expect(textFileName('???')).toBe('article.txt');
  });

  it('caps long titles without a trailing dash', () => {
    const slug = slugify('word '.repeat(60));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).not.toMatch(/-$/);
  });
});
