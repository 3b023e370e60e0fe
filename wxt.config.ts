import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { STATIC_MATCHES } from './entrypoints/content/adapters/index.ts';
import { CHROME_PUBLIC_KEY, FIREFOX_ID } from './scripts/extension-identity.ts';

/**
 * The extension pages' and service worker's content security policy: code only from the
 * package (no remote code, no eval, no inline script), no plugins, and no network connection at
 * all (`connect-src 'none'` stops fetch, XHR, WebSocket and EventSource). Chrome and Firefox
 * both accept it for Manifest V3.
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// WXT builds the Manifest V3 extension for Chrome, Edge and Firefox from `entrypoints/`.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  zip: {
    // The sources AMO asks for: what `npm ci && npx wxt zip -b firefox --mv3` needs, nothing built.
    excludeSources: ['tests/**', 'test-results/**', 'playwright-report/**', 'dist/**', '**/*.log'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Preflight',
    description:
      "Checks a social-media draft against your employer's social media procedure before you post it. Everything runs on your computer.",
    // storage: settings; scripting: the forum content script, registered for allowed hosts only;
    // activeTab: the popup may read the address of the tab it was opened on, and nothing else.
    permissions: ['storage', 'scripting', 'activeTab'],
    // The sites the always-on content script runs on, and no others.
    host_permissions: STATIC_MATCHES,
    // The toolbar button: its badge counts the tab's errors and warnings.
    action: { default_title: 'Preflight' },
    // Forums and other sites are asked for one by one (popup "check this site", IT's list).
    // Manifest V2 (only if someone builds with --mv2) lists optional hosts among optional_permissions.
    ...(manifestVersion === 2 ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    // IT's settings (`storage.managed`, SPEC §4): Chrome and Edge validate the policy against this schema.
    storage: { managed_schema: 'managed_schema.json' },
    ...(manifestVersion === 3 && { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_ID,
              // 140 (ESR): CSS Custom Highlights and data_collection_permissions; MV3, scripting
              // and storage.managed are older.
              strict_min_version: '140.0',
              // Preflight collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // Chrome and Edge only: Firefox identifies the add-on by its gecko id.
        { key: CHROME_PUBLIC_KEY }),
  }),
});
