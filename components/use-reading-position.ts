/** Scrolls the reader back to where it was left on this page, and remembers it when it closes. */
import { useEffect } from 'preact/hooks';
import type { RefObject } from 'preact';
import { recallPosition, rememberPosition } from '../utils/reading-positions';

export function useReadingPosition(scroller: RefObject<HTMLElement>, url: string | undefined): void {
  useEffect(() => {
    const element = scroller.current;
    if (!element || !url) return;
    const range = () => element.scrollHeight - element.clientHeight;
    let restored = false;
    void recallPosition(url).then((ratio) => {
      // Only if the reader has not started scrolling on their own meanwhile.
      if (ratio !== undefined && element.scrollTop === 0) element.scrollTop = ratio * range();
      restored = true;
    });
    return () => {
      if (restored && range() > 0) void rememberPosition(url, element.scrollTop / range());
    };
  }, [scroller, url]);
}
