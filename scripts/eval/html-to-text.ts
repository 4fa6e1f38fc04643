import { parsePage } from '../../cli/parse-page';
import { blockText } from '../../engine/block-text';

/**
 * A peer's HTML output as text, made by the engine's own block-aware conversion (the one that makes
 * Sift's `article.text`), so every system is scored on text of the same shape: blocks apart, so the
 * words of adjacent blocks never run together, table cells apart, <pre> kept.
 */
export function htmlToText(html: string): string {
  return blockText(parsePage(`<!doctype html><html><body>${html}</body></html>`).body);
}
