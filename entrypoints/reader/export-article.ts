/**
 * Export of the page's article: its file in each format (the engine's `toText` and `toMarkdown`),
 * downloaded or copied, and printing. Wiring only.
 */
import { toText, type Article, type ReadResult } from '../../engine';
import { toMarkdown } from '../../engine/to-markdown';
import { articleFileName, downloadTextFile, type FileFormat, type TextFile } from '../../utils/text-file';
import { FILE_ACTIONS, deliverFile, type ExportAction } from '../../utils/export-actions';
import { loadSettings } from '../../utils/settings';
import { printArticle } from '../../components/print-article';
import { t } from '../../utils/i18n';
import { readPage } from './read-page';

const CONVERTERS: Record<FileFormat, (article: Article) => string> = { text: toText, markdown: toMarkdown };

/** The article as a file of the format, or null when the page has no article. */
export function articleFile(format: FileFormat, result: ReadResult = readPage()): TextFile | null {
  if (!result.ok) return null;
  return { name: articleFileName(result.article.title, format), text: CONVERTERS[format](result.article), format };
}

/** Downloads the article as text from the page (its context menu); answers false without an article. */
export function saveArticleAsText(): boolean {
  const file = articleFile('text');
  if (file) downloadTextFile(file);
  return file !== null;
}

/**
 * Runs an export action of the overlay; answers what to tell the reader. Printing happens in a frame
 * inside `printHost` (the overlay's shadow root), so the page itself is never touched.
 */
export async function exportArticle(action: ExportAction, result: ReadResult, printHost: ParentNode): Promise<string> {
  if (!result.ok) return t('noArticle');
  if (action === 'print') {
    await printArticle(result.article, (await loadSettings()).showImages, printHost);
    return '';
  }
  const { format, copy } = FILE_ACTIONS[action];
  return deliverFile(articleFile(format, result)!, copy);
}
