// charCount counts without copying the text; it must agree with the whitespace `\s` matches, everywhere.
import { describe, expect, it } from 'vitest';
import { charCount, hasCharsAtMost } from '../../../engine/dom';

describe('charCount', () => {
  it('leaves out exactly the UTF-16 code units \\s matches', () => {
    const disagreeing: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const unit = String.fromCharCode(code);
      if (charCount(unit) !== (/\s/.test(unit) ? 0 : 1)) disagreeing.push(code.toString(16));
    }
    expect(disagreeing).toEqual([]);
  });

  it('counts a line of mixed scripts and spaces', () => {
    expect(charCount(' Ein  Satz,\n\t漢字\u00a0と\u3000 kana. ')).toBe(16);
  });
});

describe('hasCharsAtMost', () => {
  it('agrees with charCount at, under and over the bound, however much whitespace the text holds', () => {
    for (const text of ['', 'Dec 17, 2025', ' \n\t December  17,\u00a02025 \n ', 'x'.repeat(40), 'x'.repeat(41), ` ${'x '.repeat(40)}`, ` ${'x '.repeat(41)}`]) {
      for (const max of [0, 1, 12, 40]) expect(hasCharsAtMost(text, max), `${JSON.stringify(text)} <= ${max}`).toBe(charCount(text) <= max);
    }
  });
});
