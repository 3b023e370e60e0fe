import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// WXT builds the Manifest V3 extension for Chrome, Edge and Firefox from `entrypoints/`.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ manifestVersion }) => ({
    name: 'Preflight',
    description:
      "Checks a social-media draft against your employer's social media procedure before you post it. Everything runs on your computer.",
    // storage: settings; scripting: the forum content script, registered for allowed hosts only;
    // activeTab: the popup may read the address of the tab it was opened on, and nothing else.
    permissions: ['storage', 'scripting', 'activeTab'],
    // The toolbar button: its badge counts the tab's errors and warnings.
    action: { default_title: 'Preflight' },
    // Forums and other sites are asked for one by one (popup "check this site", IT's list).
    // Manifest V2 (Firefox's default build) lists optional hosts among optional_permissions.
    ...(manifestVersion === 2 ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
  }),
});
