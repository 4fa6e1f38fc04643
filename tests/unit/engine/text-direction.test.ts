// The article's language and direction, stated nearest its content, else by a right-to-left language.
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../engine';
import { writingOf } from '../../../engine/text-direction';
import { parse, readFixture } from './load';

/** The <p> inside `markup`'s element with id "content", read with the given page-level language. */
function writing(markup: string, pageLang?: string) {
  return writingOf(parse(markup).querySelector('#content p'), pageLang);
}

describe('writingOf', () => {
  it('reads left to right with no language when nothing is stated', () => {
    expect(writing('<html><body><div id="content"><p>Text</p></div></body></html>')).toEqual({ lang: undefined, dir: 'ltr' });
  });

  it('takes dir and lang from <html>', () => {
    expect(writing('<html lang="he" dir="rtl"><body><div id="content"><p>טקסט</p></div></body></html>')).toEqual({ lang: 'he', dir: 'rtl' });
  });

  it('takes them from the content root when it differs from the page (an Arabic article on an English site)', () => {
    const markup = '<html lang="en" dir="ltr"><body><article id="content" lang="ar" dir="rtl"><p>نص</p></article></body></html>';
    expect(writing(markup)).toEqual({ lang: 'ar', dir: 'rtl' });
  });

  it('and back: an English article on a right-to-left page reads left to right', () => {
    const markup = '<html lang="fa" dir="rtl"><body><article id="content" lang="en" dir="ltr"><p>Text</p></article></body></html>';
    expect(writing(markup)).toEqual({ lang: 'en', dir: 'ltr' });
  });

  it('reads a right-to-left language without a stated direction right to left, whatever its region or case', () => {
    for (const lang of ['ar', 'he', 'fa', 'ur', 'ar-EG', 'FA-IR', 'iw']) {
      expect(writing(`<html lang="${lang}"><body><div id="content"><p>x</p></div></body></html>`).dir, lang).toBe('rtl');
    }
    for (const lang of ['en', 'fr-CA', 'de', 'arn', 'hy']) {
      expect(writing(`<html lang="${lang}"><body><div id="content"><p>x</p></div></body></html>`).dir, lang).toBe('ltr');
    }
  });

  it('lets a stated direction win over the language, and ignores dir="auto" and empty values', () => {
    expect(writing('<html lang="ar" dir="ltr"><body><div id="content"><p>x</p></div></body></html>').dir).toBe('ltr');
    expect(writing('<html lang="ar"><body dir="RTL"><div id="content" dir="auto"><p>x</p></div></body></html>').dir).toBe('rtl');
    expect(writing('<html lang="he"><body><div id="content" dir="auto" lang=""><p>x</p></div></body></html>')).toEqual({ lang: 'he', dir: 'rtl' });
  });

  it('falls back on the language the page states outside its markup (JSON-LD, og:locale)', () => {
    expect(writing('<html><body><div id="content"><p>x</p></div></body></html>', 'ur-PK')).toEqual({ lang: 'ur-PK', dir: 'rtl' });
    expect(writing('<html lang="en"><body><div id="content"><p>x</p></div></body></html>', 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
  });
});

describe('readArticle', () => {
  const PROSE = '<p>في صباح يوم الثلاثاء اجتمع المجلس البلدي لمناقشة مستقبل الجسر القديم الذي يقف فوق النهر منذ عام ألف وتسعمئة وأحد عشر، واستمع إلى المهندسين الذين فحصوه بعد فيضان الربيع.</p>'.repeat(4);

  it('gives the article the language and direction of the block it was taken from', () => {
    const result = readArticle(parse(`<html lang="en"><body><nav><a href="/">Home</a></nav><main><article lang="ar" dir="rtl">${PROSE}</article></main></body></html>`));
    expect(result.ok && { lang: result.article.lang, dir: result.article.dir }).toEqual({ lang: 'ar', dir: 'rtl' });
  });
});

describe('right-to-left fixture pages', () => {
  it('an Arabic news page (lang and dir on <html>) reads right to left, whole and without its clutter', () => {
    const article = readFixture('pages/rtl-arabic.html');
    expect({ lang: article.lang, dir: article.dir, title: article.title }).toEqual({ lang: 'ar', dir: 'rtl', title: 'مكتبة المدينة القديمة تفتح أبوابها من جديد' });
    expect(article.text).toContain('بعد ست سنوات من الترميم');
    expect(article.text).toContain('أسماء قديمة عادت بعد غياب طويل.');
    for (const clutter of ['فيسبوك', 'قد يعجبك أيضاً', 'اشترك في نشرتنا', 'ملفات تعريف الارتباط', 'تسجيل الدخول', 'الخصوصية']) {
      expect(article.text, clutter).not.toContain(clutter);
    }
  });

  it('a Hebrew page that states only lang="he" reads right to left', () => {
    const article = readFixture('pages/rtl-hebrew-lang-only.html');
    expect({ lang: article.lang, dir: article.dir }).toEqual({ lang: 'he', dir: 'rtl' });
    expect(article.text).toContain('הקו החדש של הרכבת הקלה נפתח הבוקר');
  });
});
