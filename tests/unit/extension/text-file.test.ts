import { describe, expect, it } from 'vitest';
import { articleFileName, slugify } from '../../../utils/text-file';

describe('articleFileName', () => {
  it('slugs the seed article title', () => {
    const title = 'Carney to Travel to France to Discuss Ukraine Ceasefire With Allies';
    expect(articleFileName(title, 'text')).toBe('carney-to-travel-to-france-to-discuss-ukraine-ceasefire-with-allies.txt');
    expect(articleFileName(title, 'markdown')).toBe('carney-to-travel-to-france-to-discuss-ukraine-ceasefire-with-allies.md');
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
    expect(articleFileName('', 'text')).toBe('article.txt');
    expect(articleFileName('../../etc/passwd', 'text')).toBe('etc-passwd.txt');
    expect(articleFileName('???', 'markdown')).toBe('article.md');
  });

  it('caps long titles without a trailing dash', () => {
    const slug = slugify('word '.repeat(60));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).not.toMatch(/-$/);
  });
});
