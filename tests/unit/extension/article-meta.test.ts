import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../utils/i18n', () => import('./english-messages'));
import { formatDate, readingTime } from '../../../components/article-meta';

describe('readingTime', () => {
  it('rounds to whole minutes, never below one', () => {
    expect(readingTime(0, 230)).toBe('1 min read');
    expect(readingTime(412, 230)).toBe('2 min read');
    expect(readingTime(2300, 230)).toBe('10 min read');
  });

  it("follows the reader's speed", () => {
    expect(readingTime(2400, 100)).toBe('24 min read');
    expect(readingTime(2400, 400)).toBe('6 min read');
  });
});

describe('formatDate', () => {
  it('formats a date-time in the article language, on the day the publisher wrote', () => {
    expect(formatDate('2026-01-03T22:47:00-05:00', 'en-US')).toBe('January 3, 2026');
    expect(formatDate('2026-01-03T23:30:00+09:00', 'de')).toBe('3. Januar 2026');
    expect(formatDate('2026-01-03', 'fr')).toBe('3 janvier 2026');
  });

  it('keeps a bare date on its calendar day', () => {
    expect(formatDate('2026-01-03', 'en-US')).toBe('January 3, 2026');
  });

  it('gives nothing for an unreadable date, and survives a bad language tag', () => {
    expect(formatDate('yesterday-ish', 'en')).toBeUndefined();
    expect(formatDate('2026-13-45', 'en')).toBeUndefined();
    expect(formatDate('2026-01-03', 'not a tag!')).toMatch(/2026/);
  });
});
