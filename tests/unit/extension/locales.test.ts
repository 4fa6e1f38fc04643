import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import de from '../../../public/_locales/de/messages.json';
import { t } from './english-messages';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const placeholdersOf = (text: string) => [...text.matchAll(/\$\w+\$/g)].map((m) => m[0]).sort();

describe.each([
  ['fr', fr],
  ['de', de],
] as const)('the %s catalogue', (_lang, catalogue) => {
  it('translates every English message, with the same placeholders', () => {
    const english = en as Catalogue;
    const translated = catalogue as Catalogue;
    expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
    for (const [name, { message }] of Object.entries(english)) {
      expect(translated[name]!.message.trim(), name).not.toBe('');
      expect(placeholdersOf(translated[name]!.message), name).toEqual(placeholdersOf(message));
    }
  });
});

describe('English substitutions', () => {
  it('fill placeholders the way the browser does', () => {
    expect(t('minutesRead', 3)).toBe('3 min read');
    expect(t('savedFile', 'a.txt')).toBe('Saved a.txt');
  });
});
