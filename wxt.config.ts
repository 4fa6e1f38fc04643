import { defineConfig, type WxtViteConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Manifest strings come from public/_locales (English, French, German).
const TOOLBAR_TITLE = '__MSG_toolbarTitle__';

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
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    // The Firefox browser tests' build only (`--mode e2e`, .output/firefox-mv2-e2e): its test-only
    // toggle (utils/e2e-toggle.ts) comes with no user gesture, hence no activeTab grant, so injecting
    // the reader needs the host access the content script's matches already have. The shipped builds
    // keep activeTab alone.
    ...(mode === 'e2e' && { host_permissions: ['http://*/*', 'https://*/*'] }),
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
