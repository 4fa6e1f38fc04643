// charCount counts without copying the text; it must agree with the whitespace `\s` matches, everywhere.
import { describe, expect, it } from 'vitest';
import { charCount, charsUpTo, hasCharsAtMost, textLengthUpTo } from '../../../engine/dom';
import { parse } from './load';
import { shadowByControls } from './shadow-form';

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

describe('charsUpTo and textLengthUpTo', () => {
  const document = parse(
    '<div id="a"> <p>Ein <b>Satz, <i>kursiv</i></b>\n und mehr.</p><!-- not text --><ul><li>one</li><li> two </li></ul><span></span>漢字 </div><div id="empty"><br></div>',
  );
  it('agree with the whole textContent at, under and over the bound, answering any count over the bound only as over it', () => {
    for (const element of [...document.querySelectorAll('div, p, ul, b')]) {
      const text = element.textContent ?? '';
      for (const max of [0, 1, 5, charCount(text) - 1, charCount(text), text.length - 1, text.length, 1000]) {
        const chars = charsUpTo(element, max);
        const length = textLengthUpTo(element, max);
        expect(chars <= max ? chars === charCount(text) : charCount(text) > max, `${element.outerHTML} chars <= ${max}`).toBe(true);
        expect(length <= max ? length === text.length : text.length > max, `${element.outerHTML} length <= ${max}`).toBe(true);
      }
    }
  });

  // On a hostile page `form.parentNode` is the <input name="parentNode"> (DOM clobbering, see
  // shadow-form.ts), and a walk by those getters never ended (the XSS corpus hung Chromium's tab).
  it('count the text of a form whose controls shadow its tree getters', () => {
    const page = parse('<main><p>Before</p><form><input name="parentNode"><input name="nextSibling"><input name="firstChild">Form text</form><p>After</p></main>');
    shadowByControls(page.querySelector('form')!);
    const main = page.querySelector('main')!;
    expect(charsUpTo(main, 1000)).toBe(charCount('BeforeForm textAfter'));
    expect(textLengthUpTo(main, 1000)).toBe('BeforeForm textAfter'.length);
  });
});
