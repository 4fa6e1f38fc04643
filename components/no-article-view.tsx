/** What the overlay shows when the engine finds no article: a clear message, never a blank page. */
import { t } from '../utils/i18n';
/** Letters only, so "No article found on this page." matches the heading. */
const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}]+/gu, '');

interface Props {
  message: string;
  onClose: () => void;
}

export function NoArticleView({ message, onClose }: Props) {
  const heading = t('noArticle');
  return (
    <section class="sift-empty" aria-labelledby="sift-empty-title">
      <h1 id="sift-empty-title">{heading}</h1>
      {/* The engine's reason, unless it only repeats the heading. */}
      {letters(message) !== letters(heading) && <p>{message}</p>}
      <p class="sift-empty-hint">{t('noArticleHint')}</p>
      <button type="button" class="sift-button" onClick={onClose}>
        {t('close')}
      </button>
    </section>
  );
}
