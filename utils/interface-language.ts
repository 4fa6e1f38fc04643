/**
 * The language of the strings shown (the catalogue in use, not the browser's language: a Spanish
 * browser gets the English one) and its direction, for the reader's own controls: inside a page in
 * another language or direction they keep theirs, while the article takes its own.
 */
import { directionOfLanguage } from '../engine/text-direction';
import { t } from './i18n';

export function interfaceLanguage(): { lang: string; dir: 'ltr' | 'rtl' } {
  const lang = t('uiLanguage');
  return { lang, dir: directionOfLanguage(lang) };
}
