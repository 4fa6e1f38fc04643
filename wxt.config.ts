import { defineConfig, type WxtViteConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Manifest strings come from public/_locales (English, French, German).
const TOOLBAR_TITLE = '__MSG_toolbarTitle__';

// Web pages: where the content script runs, and the host access auto-open may ask for.
const SITES = ['http://*/*', 'https://*/*'];

// Permissions are the minimum that works; README "Permissions" says why each is here.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // @preact/preset-vite is typed against the project's Vite 8, WXT 0.20 builds with its own Vite 7;
  // the plugin runs on both, only the two type trees differ.
  vite: () => ({ plugins: [preact()] }) as unknown as WxtViteConfig,
  hooks: {
    // WXT makes entrypoints/popup the toolbar button's popup. Sift's button toggles the reader in one
    // click instead, and popup.html opens from the button's "Settings" menu.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const button of [manifest.action, manifest.browser_action]) {
        if (!button) continue;
        delete button.default_popup;
        button.default_title = TOOLBAR_TITLE;
      }
    },
  },
  manifest: ({ browser, manifestVersion, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    // "Always open articles on this site" (utils/auto-open.ts): opening without a click needs host
    // access, asked for one site at a time from the popup's click, never at install. MV2 (the Firefox
    // build) lists optional hosts among its optional permissions.
    ...(manifestVersion === 2 ? { optional_permissions: SITES } : { optional_host_permissions: SITES }),
    // The browser tests' builds only (`--mode e2e`, .output/*-e2e), which hold that host access from
    // the start: Firefox's test-only toggle (utils/e2e-toggle.ts) comes with no user gesture, hence no
    // activeTab grant, and headless Chromium cannot answer auto-open's access prompt
    // (tests/e2e/auto-open.e2e.ts). The shipped builds ask for it per site.
    ...(mode === 'e2e' && { host_permissions: SITES }),
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandToggle__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'sift@sift.example',
          // 140 (the current ESR) is the first desktop Firefox that reads data_collection_permissions.
          strict_min_version: '140.0',
          // Sift sends nothing anywhere: reading happens in the page, settings stay in storage.local.
          data_collection_permissions: { required: ['none'] },
        },
        // The first Firefox for Android that reads data_collection_permissions.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
