/**
 * Counts words the way readers do: space-separated tokens with a letter or digit in them ("Mar-a-Lago"
 * and "$23.5" are one word each), and each CJK character as one word since those scripts use no spaces.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function countWords(text: string): number {
  let words = 0;
  for (const token of text.split(/\s+/)) {
    const cjk = token.match(CJK)?.length ?? 0;
    words += cjk + (LETTER_OR_DIGIT.test(token.replace(CJK, '')) ? 1 : 0);
  }
  return words;
}
