/**
 * UI strings, from public/_locales/<language>/messages.json through the browser's i18n API: English,
 * French and German, following the browser's language.
 */
import { browser } from 'wxt/browser';

/** A message name of the default (English) catalogue. */
export type MessageName = Exclude<keyof typeof import('../public/_locales/en/messages.json'), 'default'>;

export function t(name: MessageName, ...substitutions: (string | number)[]): string {
  // WXT types getMessage as one overload per name; a name from the union is checked above instead.
  return browser.i18n.getMessage(name as 'noArticle', substitutions.map(String));
}
