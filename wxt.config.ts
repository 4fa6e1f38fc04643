import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Permissions are the minimum that works; README "Permissions" says why each is here.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Sift',
    description: 'Clutter-free reading: one click turns a news page into a calm, readable article.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    action: { default_title: 'Open in Sift' },
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Open or close the Sift reader',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'sift@sift.example', strict_min_version: '115.0' },
      },
    }),
  }),
});
