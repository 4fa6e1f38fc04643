/** A thin bar under the toolbar showing how far through the article the reader is. */
import { useEffect, useRef } from 'preact/hooks';
import type { RefObject } from 'preact';

interface Props {
  scroller: RefObject<HTMLElement>;
}

export function ReadingProgress({ scroller }: Props) {
  const bar = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    // Styled directly rather than through state: scrolling must not re-render the article.
    const update = () => {
      const range = element.scrollHeight - element.clientHeight;
      const share = range > 1 ? Math.min(1, element.scrollTop / range) : 0;
      bar.current?.style.setProperty('transform', `scaleX(${share})`);
    };
    update();
    element.addEventListener('scroll', update, { passive: true });
    return () => element.removeEventListener('scroll', update);
  }, [scroller]);

  return <div ref={bar} class="sift-progress" aria-hidden="true" />;
}
