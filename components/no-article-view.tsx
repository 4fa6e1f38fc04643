/** What the overlay shows when the engine finds no article: a clear message, never a blank page. */
const HEADING = 'No article found on this page';

/** Letters only, so "No article found on this page." matches the heading. */
const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}]+/gu, '');

interface Props {
  message: string;
  onClose: () => void;
}

export function NoArticleView({ message, onClose }: Props) {
  return (
    <section class="sift-empty" aria-labelledby="sift-empty-title">
      <h1 id="sift-empty-title">{HEADING}</h1>
      {/* The engine's reason, unless it only repeats the heading. */}
      {letters(message) !== letters(HEADING) && <p>{message}</p>}
      <p class="sift-empty-hint">Sift works best on a single story or blog post, not on home pages or listings.</p>
      <button type="button" class="sift-button" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
