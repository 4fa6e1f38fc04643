/** How the reader scrolls to a place (a contents entry, the block read aloud): it glides, or jumps for readers who ask for reduced motion. */
export function scrollBehavior(): ScrollBehavior {
  return matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}
