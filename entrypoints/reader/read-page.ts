/** The page's article, read by the engine when the reader asks, never throwing into the page. */
import { readArticle, type ReadResult } from '../../engine';
import { t } from '../../utils/i18n';

export function readPage(): ReadResult {
  try {
    return readArticle(document, { url: location.href });
  } catch (error) {
    // The engine reports instead of throwing; should it ever throw, the reader still says why.
    console.warn('Sift could not read this page:', error);
    return { ok: false, reason: 'error', message: t('readFailed') };
  }
}
