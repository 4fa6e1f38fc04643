// Code the tests evaluate inside the extension's service worker uses its `chrome` global.
import type { Browser } from '@wxt-dev/browser';

declare global {
  const chrome: typeof Browser;
}
