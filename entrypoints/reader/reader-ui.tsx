/**
 * Opens and closes the reader overlay in a shadow root. The page's DOM is never changed while
 * reading except for the one host element, which closing removes again: scrolling is contained by
 * the overlay's own scroller (overscroll-behavior), not by styling the page's html or body.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { readArticle } from '../../engine';
import { ReaderOverlay } from '../../components/reader-overlay';
import { saveArticleAsText } from './save-as-text';
import { READER_HOST } from '../../utils/messages';
import overlayCss from '../../assets/overlay.css?inline';
import settingsFormCss from '../../assets/settings-form.css?inline';

export function createReader(ctx: ContentScriptContext) {
  let ui: ShadowRootContentScriptUi<void> | undefined;
  let opening = false;
  let returnFocus: Element | null = null;

  function close(): void {
    ui?.remove();
    ui = undefined;
    if (returnFocus instanceof HTMLElement || returnFocus instanceof SVGElement) {
      returnFocus.focus({ preventScroll: true });
    }
    returnFocus = null;
  }

  async function open(): Promise<void> {
    returnFocus = document.activeElement;
    const result = readArticle(document, { url: location.href });
    ui = await createShadowRootUi<void>(ctx, {
      name: READER_HOST,
      // Inlined: the reader is injected by scripting.executeScript, which has no CSS of its own to load.
      css: `${overlayCss}\n${settingsFormCss}`,
      position: 'modal',
      // Keys typed in the reader must not trigger the page's own shortcuts.
      isolateEvents: true,
      onMount(container) {
        render(<ReaderOverlay result={result} onClose={close} onSave={() => saveArticleAsText(result)} />, container);
      },
      onRemove() {
        if (ui) render(null, ui.uiContainer);
      },
    });
    ui.mount();
  }

  return {
    /** Opens or closes the reader; answers whether it is now open. */
    async toggle(): Promise<boolean> {
      if (opening) return true;
      if (ui) {
        close();
        return false;
      }
      opening = true;
      try {
        await open();
      } finally {
        opening = false;
      }
      return true;
    },
  };
}
