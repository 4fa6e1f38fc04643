/** Counts words the way readers do: runs of letters and digits, and each CJK character as one word. */

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
const WORD = new RegExp(`[${CJK}]|(?:(?![${CJK}])[\\p{L}\\p{N}\\p{M}])+`, 'gu');

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
