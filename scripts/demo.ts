// Try the built extension by hand on the end-to-end fixture pages, served at the sites' real
// URLs, in a visible Chromium window (needs a display):
//
//   npm run build && node scripts/demo.ts [x | facebook | linkedin | phpbb | wordpress | discourse | mastodon | wiki | profile]
//
// Every request that is not a fixture page is blocked, as in the tests. Close the window to stop.
import { chromium } from '@playwright/test';
import globalSetup, { grantForumHosts } from '../tests/e2e/global-setup.ts';
import { EXTENSION_PATH, FORUM_HOSTS, URLS, routeFixtures } from '../tests/e2e/harness.ts';

const PAGES: Record<string, string> = {
  x: URLS.xHome,
  facebook: URLS.facebook,
  linkedin: URLS.linkedin,
  phpbb: URLS.phpbbReply,
  wordpress: URLS.wordpress,
  discourse: URLS.discourse,
  mastodon: URLS.mastodon,
  wiki: URLS.wikipedia,
  profile: URLS.xScreenName,
};
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !PAGES[w]);
if (unknown.length) {
  console.error(`Unknown page ${unknown.join(', ')}; choose from ${Object.keys(PAGES).join(', ')}.`);
  process.exit(2);
}

await globalSetup();
const extension = grantForumHosts(EXTENSION_PATH, FORUM_HOSTS);
const context = await chromium.launchPersistentContext('', {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: false,
  args: [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    '--disable-sync',
  ],
  viewport: null,
});
await routeFixtures(context);
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
// The fixture forums are "enabled forums", as if IT had listed them.
await worker.evaluate((forums) => {
  const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
  return api.storage.local.set({ config: { forums } });
}, FORUM_HOSTS);
await new Promise((resolve) => setTimeout(resolve, 500));
for (const name of wanted.length ? wanted : Object.keys(PAGES)) {
  const page = await context.newPage();
  await page.goto(PAGES[name]!);
}
console.log('Type a draft and press Post. Close the browser window to stop.');
await new Promise((resolve) => context.on('close', resolve));
