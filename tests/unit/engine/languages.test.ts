// The rule set's words cover en, fr, de, es, it, pt and nl: in each, a consent notice and a "read also"
// list of links after the article go, and the article stays. A neutral heading over the same list is the
// control: without a matching word the list is not taken for recirculation by its heading.
import { describe, expect, it } from 'vitest';
import { articleOf, parse } from './load';

/** Per language: the consent notice's opening words and the heading of a "read also" list. */
const LANGUAGES = {
  en: { consent: 'We use cookies to improve your experience.', readAlso: 'Read next' },
  fr: { consent: 'Nous utilisons des cookies pour améliorer votre expérience.', readAlso: 'Lire aussi' },
  de: { consent: 'Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.', readAlso: 'Lesen Sie auch' },
  es: { consent: 'Utilizamos cookies para mejorar su experiencia.', readAlso: 'Lee también' },
  it: { consent: 'Utilizziamo i cookie per migliorare la tua esperienza.', readAlso: 'Leggi anche' },
  pt: { consent: 'Este site utiliza cookies para melhorar a sua experiência.', readAlso: 'Leia também' },
  nl: { consent: 'Wij gebruiken cookies om uw ervaring te verbeteren.', readAlso: 'Lees ook' },
};

const PARAGRAPH = 'The harbour ferries left the north pier at six this morning, as they have for ninety years, and the crews, as ever, checked every rope twice.';
const LINKS = ['Council approves the new bridge', 'Schools reopen after the storm', 'Market moves to the old station'];

function page(lang: string, consent: string, heading: string): Document {
  const related = `<div><h3>${heading}</h3><ul>${LINKS.map((text, i) => `<li><a href="/story-${i}">${text}</a>, this week</li>`).join('')}</ul></div>`;
  const paragraphs = `<p>${PARAGRAPH}</p>`.repeat(4);
  return parse(`<!doctype html><html lang="${lang}"><head><title>Ferries</title></head><body>
    <div class="notice"><p>${consent} <button>OK</button> <button>No</button></p></div>
    <article><h1>Ferries</h1>${paragraphs}${related}${paragraphs}</article></body></html>`);
}

function textOf(document: Document): string {
  return articleOf(document, 'https://news.example.com/ferries').text;
}

describe.each(Object.entries(LANGUAGES))('in %s', (lang, { consent, readAlso }) => {
  it(`drops the consent notice and the "${readAlso}" list, and keeps the article`, () => {
    const text = textOf(page(lang, consent, readAlso));
    expect(text).toContain(PARAGRAPH);
    expect(text).not.toContain(consent);
    expect(text).not.toContain(readAlso);
    expect(text).not.toContain(LINKS[0]);
  });
});

it('keeps a list under a heading no rule names (the control)', () => {
  const text = textOf(page('en', LANGUAGES.en.consent, 'Timetable changes'));
  expect(text).toContain('Timetable changes');
  expect(text).toContain(LINKS[0]);
});
