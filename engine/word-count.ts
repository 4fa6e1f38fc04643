/**
 * Counts words the way readers do: space-separated tokens with a letter or digit in them ("Mar-a-Lago"
 * and "$23.5" are one word each), and each CJK character as one word since those scripts use no spaces.
 */
import { MAYBE_CJK, hasWords } from './dom';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

export function countWords(text: string): number {
  let words = 0;
  const tokens = text.split(/\s+/);
  // Text without a character of those scripts (most) has its tokens tested for a letter alone.
  if (!MAYBE_CJK.test(text)) return tokens.reduce((count, token) => (hasWords(token) ? count + 1 : count), 0);
  for (const token of tokens) {
    const cjk = token.match(CJK)?.length ?? 0;
    words += cjk + (hasWords(token.replace(CJK, '')) ? 1 : 0);
  }
  return words;
}
