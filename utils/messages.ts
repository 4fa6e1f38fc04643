/**
 * The one typed home for messages between the background, the content script and the popup.
 * Every message names who sends it and who answers.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';

export interface ProtocolMap {
  /** background -> reader script: open the reader, or close it when open. Answers whether it is open. */
  toggleReader(): boolean;
  /** background -> reader script: download the article as a .txt. Answers whether a file was saved. */
  saveAsText(): boolean;
  /** popup -> content script: is the reader open? */
  readerState(): boolean;
  /** content -> background: the page was judged an article (or not); marks the toolbar icon. */
  articleDetected(isArticle: boolean): void;
  /** popup -> background: toggle the reader in a tab, through the same path as a toolbar click. */
  toggleReaderInTab(tabId: number): void;
  /** popup -> background: save the article of a tab as text. */
  saveAsTextInTab(tabId: number): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** The reader script raises this flag in the page's isolated world, so the background injects it once. */
export const READER_SCRIPT_FLAG = 'siftReaderScript';

/** The reader overlay's host element: present in the page exactly while the reader is open. */
export const READER_HOST = 'sift-reader';
