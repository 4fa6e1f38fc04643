/**
 * Opens and closes the reader overlay in a shadow root. The page's DOM is never changed while
 * reading except for the one host element, which closing removes again: scrolling is contained by
 * the overlay's own scroller (overscroll-behavior), not by styling the page's html or body.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { ReaderOverlay } from '../../components/reader-overlay';
import { exportArticle } from './export-article';
import { readPage } from './read-page';
import { READER_HOST, READER_HOST_ATTRIBUTE } from '../../utils/messages';
import type { ReadResult } from '../../engine';
import { loadSettings, type Settings } from '../../utils/settings';
import overlayCss from '../../assets/overlay.css?inline';
import settingsFormCss from '../../assets/settings-form.css?inline';
import readAloudCss from '../../assets/read-aloud.css?inline';

export function createReader(ctx: ContentScriptContext) {
  let ui: ShadowRootContentScriptUi<void> | undefined;
  let shown: ReadResult | undefined;
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

  function mountOverlay(result: ReadResult, settings: Settings, name: string) {
    return createShadowRootUi<void>(ctx, {
      name,
      // Inlined: the reader is injected by scripting.executeScript, which has no CSS of its own to load.
      css: `${overlayCss}\n${settingsFormCss}\n${readAloudCss}`,
      position: 'modal',
      // Keys typed in the reader must not trigger the page's own shortcuts.
      isolateEvents: true,
      onMount(container, shadow, host) {
        host.setAttribute(READER_HOST_ATTRIBUTE, '');
        render(
          <ReaderOverlay result={result} initialSettings={settings} onClose={close} onExport={(action) => exportArticle(action, result, shadow)} />,
          container,
        );
      },
      onRemove() {
        if (ui) render(null, ui.uiContainer);
      },
    });
  }

  async function open(): Promise<void> {
    returnFocus = document.activeElement;
    // Asked first, so storage answers while the page is read: the first frame shows the reader's own
    // theme and type, never the defaults for a frame (a white flash for a reader who chose dark).
    const loading = loadSettings();
    const result = readPage();
    shown = result;
    const settings = await loading;
    try {
      ui = await mountOverlay(result, settings, READER_HOST);
    } catch (error) {
      if (!(error instanceof DOMException)) throw error;
      // The page defined its own <sift-reader> and took its shadow root: use a name it cannot know.
      ui = await mountOverlay(result, settings, `${READER_HOST}-${Math.random().toString(36).slice(2, 10)}`);
    }
    ui.mount();
  }

  return {
    /**
     * Prints the article (the popup's "Print"), opening the reader first: the print frame lives in its
     * shadow root. Answers whether there was an article to print.
     */
    async print(): Promise<boolean> {
      await this.show();
      if (!ui || !shown?.ok) return false;
      await exportArticle('print', shown, ui.shadow);
      return true;
    },

    /** Opens the reader unless it is open already; answers true. */
    async show(): Promise<boolean> {
      return ui ? true : this.toggle();
    },

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
