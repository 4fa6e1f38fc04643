/**
 * `t` for unit tests, where WXT's fake browser has no i18n: the English catalogue the extension
 * ships, with $1-style substitutions as the browser applies them.
 */
import messages from '../../../public/_locales/en/messages.json';
import type { MessageName } from '../../../utils/i18n';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

export function t(name: MessageName, ...substitutions: (string | number)[]): string {
  const { message, placeholders = {} } = (messages as Record<string, Entry>)[name]!;
  return message.replace(/\$(\w+)\$/g, (_, placeholder: string) => {
    const content = placeholders[placeholder.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, index: string) => String(substitutions[Number(index) - 1] ?? ''));
  });
}
