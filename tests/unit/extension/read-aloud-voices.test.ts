import { describe, expect, it } from 'vitest';
import { chooseVoice, primaryLanguage, sortVoices, type Voice } from '../../../components/read-aloud-voices';

const voice = (name: string, lang: string, localService = true, isDefault = false): Voice => ({
  voiceURI: `uri:${name}`,
  name,
  lang,
  localService,
  default: isDefault,
});

const VOICES = [
  voice('Google français', 'fr-FR', false),
  voice('Zira', 'en-US'),
  voice('Hazel', 'en-GB'),
  voice('Google UK English', 'en-GB', false),
  voice('Amélie', 'fr_CA'),
  voice('Anna', 'de-DE', true, true),
  voice('Aaron', 'en-US'),
];
const names = (voices: Voice[]) => voices.map((v) => v.name);

describe('primaryLanguage', () => {
  it.each([
    ['en-GB', 'en'],
    ['fr_CA', 'fr'],
    ['DE', 'de'],
    [undefined, ''],
  ])('%s → %s', (lang, primary) => expect(primaryLanguage(lang)).toBe(primary));
});

describe('sortVoices', () => {
  it('puts installed voices first, then the article’s regional variant, then by name; others by language', () => {
    const { own, other } = sortVoices(VOICES, 'en-GB');
    expect(names(own)).toEqual(['Hazel', 'Aaron', 'Zira', 'Google UK English']);
    expect(names(other)).toEqual(['Anna', 'Amélie', 'Google français']);
  });

  it('ranks the platform’s default voice before others of the same kind', () => {
    const { own } = sortVoices([voice('B', 'de-DE'), voice('C', 'de-AT', true, true), voice('A', 'de-AT')], 'de');
    expect(names(own)).toEqual(['C', 'A', 'B']);
  });

  it('has no own voices for an article without a language', () => {
    expect(sortVoices(VOICES, undefined).own).toEqual([]);
  });
});

describe('chooseVoice', () => {
  it('keeps the voice the reader picked when it speaks the article’s language, even online', () => {
    expect(chooseVoice(VOICES, 'en', 'uri:Google UK English')?.name).toBe('Google UK English');
  });

  it('ignores a picked voice of another language and takes the best installed one', () => {
    expect(chooseVoice(VOICES, 'en-US', 'uri:Anna')?.name).toBe('Aaron');
  });

  it('ignores a picked voice that is no longer installed', () => {
    expect(chooseVoice(VOICES, 'de', 'uri:Gone')?.name).toBe('Anna');
  });

  it('never picks an online voice by itself, so an article is not sent anywhere unasked', () => {
    expect(chooseVoice(VOICES.filter((v) => v.name !== 'Amélie'), 'fr', '')).toBeUndefined();
  });

  it('picks nothing when no voice speaks the language', () => {
    expect(chooseVoice(VOICES, 'ja', '')).toBeUndefined();
    expect(chooseVoice([], 'en', '')).toBeUndefined();
  });
});
