/** What the overlay shows when the engine finds no article: a clear message, never a blank page. */
interface Props {
  message: string;
  onClose: () => void;
}

export function NoArticleView({ message, onClose }: Props) {
  return (
    <section class="sift-empty" aria-labelledby="sift-empty-title">
      <h1 id="sift-empty-title">No article found on this page</h1>
      <p>{message}</p>
      <p class="sift-empty-hint">Sift works best on a single story or blog post, not on home pages or listings.</p>
      <button type="button" class="sift-button" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
