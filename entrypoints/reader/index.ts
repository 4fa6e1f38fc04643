/**
 * The reader, injected by the background into the page's isolated world the first time the reader
 * is opened or the article saved in a tab (see utils/tab-actions.ts). Wiring only.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { READER_SCRIPT_FLAG, onMessage } from '../../utils/messages';
import { createReader } from './reader-ui';
import { articleFile, saveArticleAsText } from './export-article';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[READER_SCRIPT_FLAG] = true;
  const reader = createReader(new ContentScriptContext('reader'));
  onMessage('toggleReader', () => reader.toggle());
  onMessage('openReader', () => reader.show());
  onMessage('saveAsText', () => saveArticleAsText());
  onMessage('articleFile', ({ data }) => articleFile(data));
  onMessage('printArticle', () => reader.print());
});
