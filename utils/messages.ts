/**
 * The one typed home for messages between the background, the content script, the reader script
 * (injected on demand) and the popup.
 * Every message names who sends it and who answers.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { TextFile } from './text-file';

export interface ProtocolMap {
  /** background -> reader script: open the reader, or close it when open. Answers whether it is open. */
  toggleReader(): boolean;
  /** background -> reader script: download the article as a .txt. Answers whether a file was saved. */
  saveAsText(): boolean;
  /** popup -> content script: is the reader open? */
  readerState(): boolean;
  /** content -> background: the page was judged an article (or not); marks the toolbar icon. */
  articleDetected(isArticle: boolean): void;
  /**
   * popup -> background: toggle the reader in a tab, through the same path as a toolbar click.
   * Answers whether it is now open, or null when Sift could not reach the page.
   */
  toggleReaderInTab(tabId: number): boolean | null;
  /** background -> reader script: the article as a .txt file, or null without an article. */
  articleTextFile(): TextFile | null;
  /**
   * popup -> background: a tab's article as a .txt file. The popup downloads it itself, from the
   * reader's click, because browsers hold back repeated downloads a page starts without one.
   */
  articleTextFileInTab(tabId: number): TextFile | null;
  /**
   * content -> background, in the Firefox browser tests' build only (utils/e2e-toggle.ts): toggle the
   * reader in the sender's tab, as a toolbar click would.
   */
  e2eToggle(): boolean | null;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** The reader script raises this flag in the page's isolated world, so the background injects it once. */
export const READER_SCRIPT_FLAG = 'siftReaderScript';

/** The reader overlay's host element (a fallback name if a page claims this one). */
export const READER_HOST = 'sift-reader';

/** Marks the host, whatever its name: present in the page exactly while the reader is open. */
export const READER_HOST_ATTRIBUTE = 'data-sift-reader';
