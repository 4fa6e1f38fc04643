/** What the overlay shows when the engine finds no article: a clear message, never a blank page. */
import { t } from '../utils/i18n';
/** Letters only, so "No article found on this page." matches the heading. */
const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}]+/gu, '');

/** The heading's id: it names the section and the reader's dialog. */
export const EMPTY_TITLE_ID = 'sift-empty-title';

interface Props {
  message: string;
  onClose: () => void;
}

export function NoArticleView({ message, onClose }: Props) {
  const heading = t('noArticle');
  return (
    <section class="sift-empty" aria-labelledby={EMPTY_TITLE_ID}>
      <h1 id={EMPTY_TITLE_ID}>{heading}</h1>
      {/* The engine's reason, unless it only repeats the heading. */}
      {letters(message) !== letters(heading) && <p>{message}</p>}
      <p class="sift-empty-hint">{t('noArticleHint')}</p>
      <button type="button" class="sift-button" onClick={onClose}>
        {t('close')}
      </button>
    </section>
  );
}
