/** "Save as text" for the page's article: the file from the engine's `toText`, and its download. */
import { toText, type ReadResult } from '../../engine';
import { downloadTextFile, textFileName, type TextFile } from '../../utils/text-file';
import { readPage } from './read-page';

/** The article as a .txt file, or null when the page has no article. */
export function articleTextFile(result: ReadResult = readPage()): TextFile | null {
  return result.ok ? { name: textFileName(result.article.title), text: toText(result.article) } : null;
}

/** Downloads the article from the page; answers false when there is no article to save. */
export function saveArticleAsText(result: ReadResult = readPage()): boolean {
  const file = articleTextFile(result);
  if (file) downloadTextFile(file);
  return file !== null;
}
