// proseLength weighs CJK characters (engine/dom.ts): its cheap range test must let every one through.
import { describe, expect, it } from 'vitest';
import { CJK_WEIGHT, proseLength } from '../../../engine/dom';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

describe('proseLength', () => {
  it('weighs every Han, Hiragana, Katakana and Hangul character, supplementary planes included', () => {
    const missed: string[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const character = String.fromCodePoint(codePoint);
      // Lengths are in UTF-16 units, as the engine counts them: a supplementary character is two.
      if (CJK.test(character) && proseLength(character) !== character.length - 1 + CJK_WEIGHT) missed.push(codePoint.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('counts other characters once (UTF-16 units), whitespace not at all', () => {
    expect(proseLength('“Déjà vu” — naïve café… 42')).toBe(21);
    expect(proseLength('Москва и ‘Ελλάδα’ 😀')).toBe(17);
    expect(proseLength('東京 は ソウル と 서울')).toBe(9 * CJK_WEIGHT);
  });
});
