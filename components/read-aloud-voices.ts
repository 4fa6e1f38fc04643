/**
 * Which of the browser's voices read an article: the voices in the article's language first, those
 * installed on the device before online ones, and an automatic choice that never sends the article to
 * an online voice unless the reader picked that voice.
 */

/** The fields of SpeechSynthesisVoice this module reads. */
export type Voice = Pick<SpeechSynthesisVoice, 'voiceURI' | 'name' | 'lang' | 'localService' | 'default'>;

/** "en" for "en-GB", "en_gb" or "EN"; '' for no language. */
export function primaryLanguage(lang: string | undefined): string {
  return (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
}

const sameTag = (a: string, b: string | undefined) => a.replace('_', '-').toLowerCase() === (b ?? '').toLowerCase();

/**
 * The voices split in two lists: those speaking the article's language (installed before online, then
 * its exact regional variant first, the platform's default first, then by name) and the others (by
 * language, then by name), for a reader who wants to hear a text in another voice anyway.
 */
export function sortVoices<V extends Voice>(voices: readonly V[], lang: string | undefined): { own: V[]; other: V[] } {
  const primary = primaryLanguage(lang);
  const own = voices.filter((voice) => primary !== '' && primaryLanguage(voice.lang) === primary);
  const rank = (voice: V) => [voice.localService ? 0 : 1, sameTag(voice.lang, lang) ? 0 : 1, voice.default ? 0 : 1];
  const byRank = (a: V, b: V) => {
    const [ra, rb] = [rank(a), rank(b)];
    const index = ra.findIndex((value, i) => value !== rb[i]);
    return index === -1 ? a.name.localeCompare(b.name) : ra[index]! - rb[index]!;
  };
  return {
    own: own.toSorted(byRank),
    other: voices
      .filter((voice) => !own.includes(voice))
      .toSorted((a, b) => a.lang.localeCompare(b.lang) || a.name.localeCompare(b.name)),
  };
}

/**
 * The voice to read with: the one the reader picked if it is there and speaks the article's language
 * (a French voice reading English is hard to follow), else the best installed voice of that language.
 * Undefined when the language has only online voices, or none: the reader then picks one.
 */
export function chooseVoice<V extends Voice>(voices: readonly V[], lang: string | undefined, picked: string): V | undefined {
  const { own } = sortVoices(voices, lang);
  return own.find((voice) => voice.voiceURI === picked) ?? own.find((voice) => voice.localService);
}
