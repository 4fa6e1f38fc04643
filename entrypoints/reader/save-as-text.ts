/** "Save as text": the article as a UTF-8 .txt, downloaded without the downloads permission. */
import { readArticle, toText, type ReadResult } from '../../engine';
import { textFileName } from '../../utils/text-file-name';

/** Downloads the article; answers false when the page has no article to save. */
export function saveArticleAsText(result: ReadResult = readArticle(document, { url: location.href })): boolean {
  if (!result.ok) return false;
  const blob = new Blob([toText(result.article)], { type: 'text/plain;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  // A detached link: clicking it downloads the file without adding anything to the page.
  const link = document.createElement('a');
  link.href = url;
  link.download = textFileName(result.article.title);
  link.click();
  // The click has started the download synchronously; the URL is no longer needed after this task.
  setTimeout(() => URL.revokeObjectURL(url));
  return true;
}
