/**
 * The ways out of the reader, shared by the overlay's "Export" menu and the popup: each name is also
 * its label's message name.
 */
import { downloadTextFile, type FileFormat, type TextFile } from './text-file';
import { t } from './i18n';

export const EXPORT_ACTIONS = ['saveAsMarkdown', 'saveAsText', 'copyAsMarkdown', 'copyAsText', 'print'] as const;

export type ExportAction = (typeof EXPORT_ACTIONS)[number];

/** What a file action makes: which format, and whether it is downloaded or copied. */
export const FILE_ACTIONS: Record<Exclude<ExportAction, 'print'>, { format: FileFormat; copy: boolean }> = {
  saveAsMarkdown: { format: 'markdown', copy: false },
  saveAsText: { format: 'text', copy: false },
  copyAsMarkdown: { format: 'markdown', copy: true },
  copyAsText: { format: 'text', copy: true },
};

/**
 * Downloads the file or puts its text on the clipboard; answers the notice to show. Call it from the
 * reader's click: browsers allow clipboard writes and repeated downloads only then.
 */
export async function deliverFile(file: TextFile, copy: boolean): Promise<string> {
  if (!copy) {
    downloadTextFile(file);
    return t('savedFile', file.name);
  }
  if (!(await copyText(file.text))) return t('copyFailed');
  return t(file.format === 'markdown' ? 'copiedMarkdown' : 'copied');
}

/** Puts text on the clipboard; answers whether it got there. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // http:// pages have no Clipboard API (not a secure context): the copy command still works from
    // a click, with the text handed to its event instead of a selection, so the page is not touched.
    const fill = (event: ClipboardEvent) => {
      event.clipboardData?.setData('text/plain', text);
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    document.addEventListener('copy', fill, { capture: true });
    try {
      return document.execCommand('copy');
    } finally {
      document.removeEventListener('copy', fill, { capture: true });
    }
  }
}
