// charCount counts without copying the text; it must agree with the whitespace `\s` matches, everywhere.
import { describe, expect, it } from 'vitest';
import { charCount } from '../../../engine/dom';

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
