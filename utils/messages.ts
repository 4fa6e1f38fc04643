/**
 * The one typed home for messages between the background, the content script, the reader script
 * (injected on demand) and the popup.
 * Every message names who sends it and who answers.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { FileFormat, TextFile } from './text-file';

export interface ProtocolMap {
  /** background -> reader script: open the reader, or close it when open. Answers whether it is open. */
  toggleReader(): boolean;
  /** background -> reader script: open the reader if it is not open (auto-open). Answers true. */
  openReader(): boolean;
  /** popup -> content script: the page's address, for the popup's per-site switch (it cannot read tab URLs). */
  pageUrl(): string;
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
  /** background -> reader script: the article as a file of the format, or null without an article. */
  articleFile(format: FileFormat): TextFile | null;
  /**
   * popup -> background: a tab's article as a file. The popup downloads or copies it itself, from the
   * reader's click, because browsers hold back repeated downloads and clipboard writes without one.
   */
  articleFileInTab(request: { tabId: number; format: FileFormat }): TextFile | null;
  /** background -> reader script: print the article, opening the reader for it. Answers whether there was one. */
  printArticle(): boolean;
  /** popup -> background: print a tab's article. Answers null when Sift could not reach the page. */
  printArticleInTab(tabId: number): boolean | null;
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
