// The Playwright harness for Preflight's end-to-end tests: a persistent Chromium context with the
// built extension loaded, every request routed (fixture pages are served at the real sites'
// URLs, anything else is aborted and recorded), and helpers that type and read like a user.
// See tests/e2e/README.md.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, chromium, expect } from '@playwright/test';
import type { BrowserContext, Locator, Page, Request, Worker } from '@playwright/test';
import type { Config } from '../../rules/config.ts';
import type { FixturePost } from './fixtures/src/record.ts';
import { E2E_EXTENSION, grantForumHosts } from './global-setup.ts';

export type { FixturePost };

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '..', '..');
/** The built extension; PREFLIGHT_EXTENSION_PATH points the tests at another unpacked build. */
export const EXTENSION_PATH = path.resolve(
  process.env.PREFLIGHT_EXTENSION_PATH ?? path.join(ROOT, '.output', 'chrome-mv3'),
);
const PAGES_DIR = path.join(here, 'fixtures', 'pages');
const BUNDLES_DIR = path.join(ROOT, 'test-results', 'e2e-fixtures');
const SCREENSHOTS_DIR = path.join(ROOT, 'test-results', 'screenshots');

// ---------------------------------------------------------------------------------------------
// Fixture URLs

/** The fixture pages, by the URL a test visits. */
export const URLS = {
  xHome: 'https://x.com/home',
  xCompose: 'https://x.com/compose/post',
  xMobile: 'https://mobile.x.com/compose/tweet',
  xProfile: 'https://x.com/settings/profile',
  xScreenName: 'https://x.com/settings/screen_name',
  facebook: 'https://www.facebook.com/',
  linkedin: 'https://www.linkedin.com/feed/',
  phpbbReply: 'https://forum.example.org/posting.php?mode=reply&f=2&t=7',
  phpbbRegister: 'https://forum.example.org/ucp.php?mode=register',
  phpbbTopic: 'https://forum.example.org/viewtopic.php?f=2&t=7',
  wordpress: 'https://blog.example.org/2026/11/summer-fete/',
  discourse: 'https://discourse.example.org/t/bus-timetable/42',
  mastodon: 'https://mastodon.example.social/home',
  wikipedia: 'https://en.wikipedia.org/w/index.php?title=Leighton_Buzzard&action=edit',
} as const;

/** origin + pathname (the query string is ignored) → the HTML file in fixtures/pages. */
const PAGES: Readonly<Record<string, string>> = {
  'https://x.com/home': 'x-app.html',
  'https://x.com/explore': 'x-app.html',
  'https://x.com/compose/post': 'x-app.html',
  'https://mobile.x.com/compose/tweet': 'x-mobile.html',
  'https://x.com/settings/profile': 'x-settings-profile.html',
  'https://x.com/settings/screen_name': 'x-settings-screen-name.html',
  'https://www.facebook.com/': 'facebook.html',
  'https://www.linkedin.com/feed/': 'linkedin.html',
  'https://forum.example.org/posting.php': 'phpbb-posting.html',
  'https://forum.example.org/ucp.php': 'phpbb-register.html',
  'https://forum.example.org/viewtopic.php': 'phpbb-viewtopic.html',
  'https://blog.example.org/2026/11/summer-fete/': 'wordpress.html',
  'https://discourse.example.org/t/bus-timetable/42': 'discourse.html',
  'https://mastodon.example.social/home': 'mastodon.html',
  'https://en.wikipedia.org/w/index.php': 'wikipedia.html',
};

/** Hosts that serve /__fixtures/<bundle>.js and the editors' own style sheets. */
const FIXTURE_HOSTS = new Set(Object.keys(PAGES).map((url) => new URL(url).host));

/** The editor libraries' style sheets, served at /__fixtures/<name> on every fixture host. */
const VENDOR_FILES: Readonly<Record<string, string>> = {
  'Draft.css': path.join(ROOT, 'node_modules', 'draft-js', 'dist', 'Draft.css'),
  'quill.core.css': path.join(ROOT, 'node_modules', 'quill', 'dist', 'quill.core.css'),
  'prosemirror.css': path.join(ROOT, 'node_modules', 'prosemirror-view', 'style', 'prosemirror.css'),
};

/** The forum hosts the extension must be told about (SPEC §4 `forums`). */
export const FORUM_HOSTS = [
  'forum.example.org',
  'blog.example.org',
  'discourse.example.org',
  'mastodon.example.social',
];

interface Served {
  path: string;
  contentType: string;
}

/** The file that answers a fixture URL, or null when the URL is not part of the fixtures. */
export function fixtureFile(rawUrl: string): Served | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  const page = PAGES[url.origin + url.pathname];
  if (page) return { path: path.join(PAGES_DIR, page), contentType: 'text/html; charset=utf-8' };
  if (!FIXTURE_HOSTS.has(url.host) || url.protocol !== 'https:') return null;
  const asset = /^\/__fixtures\/([\w.-]+)$/.exec(url.pathname)?.[1];
  if (!asset) return null;
  if (asset.endsWith('.js')) return { path: path.join(BUNDLES_DIR, asset), contentType: 'text/javascript' };
  const vendor = VENDOR_FILES[asset];
  return vendor ? { path: vendor, contentType: 'text/css' } : null;
}

/** Schemes that never reach the network. */
function isLocalScheme(url: string): boolean {
  return /^(chrome-extension|data|blob|about|chrome):/.test(url);
}

/** Headless Chromium on this machine: no sandbox as root, and none of its own network traffic. */
export const BROWSER_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Serves the fixture pages at the sites' real URLs and aborts every other request; the
 * extension's own pages load their own files. Used by the tests, the page benchmark and the demo.
 */
export async function routeFixtures(context: BrowserContext): Promise<void> {
  await context.route('**/*', async (route) => {
    if (route.request().url().startsWith('chrome-extension://')) return route.continue();
    const served = fixtureFile(route.request().url());
    if (served && existsSync(served.path)) {
      await route.fulfill({ status: 200, path: served.path, contentType: served.contentType });
    } else {
      await route.abort('blockedbyclient');
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Network log

export interface LoggedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Who made it: a page frame's URL, or `service worker <url>`. */
  initiator: string;
  /** Made by the extension's service worker or one of its pages. */
  byExtension: boolean;
}

export class NetworkLog {
  readonly requests: LoggedRequest[] = [];

  add(request: Request): void {
    const url = request.url();
    if (isLocalScheme(url)) return;
    let initiator = 'unknown';
    const worker = request.serviceWorker();
    if (worker) initiator = `service worker ${worker.url()}`;
    else {
      try {
        initiator = request.frame().url();
      } catch {
        // Requests of a service worker have no frame.
      }
    }
    const byExtension = /chrome-extension:\/\//.test(initiator);
    this.requests.push({ url, method: request.method(), resourceType: request.resourceType(), initiator, byExtension });
  }

  /** Every request that is not a fixture URL, and every request the extension made. */
  offenders(): LoggedRequest[] {
    return this.requests.filter((r) => r.byExtension || !fixtureFile(r.url));
  }

  report(offenders = this.offenders()): string {
    return offenders
      .map(
        (r) => `  ${r.method} ${r.url} (${r.resourceType}, from ${r.initiator}${r.byExtension ? ', EXTENSION' : ''})`,
      )
      .join('\n');
  }
}

// ---------------------------------------------------------------------------------------------
// Configuration

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends unknown[] ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K];
};
/** The user configuration document (SPEC §4); the extension merges it over the bundled default. */
export type UserConfig = DeepPartial<Config>;

/** The few `chrome.*` APIs the harness calls inside the extension's service worker. */
interface ChromeApi {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  scripting?: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
}

// ---------------------------------------------------------------------------------------------
// The test object

export interface HarnessOptions {
  /** false: plain Chromium without the extension (the `fixtures-only` project). */
  withExtension: boolean;
}

export interface HarnessFixtures {
  /** Every request made in this test (routed or not), with who made it. */
  network: NetworkLog;
  /** Automatic: fails the test if any request went anywhere but a fixture URL, or came from the extension. */
  offNetwork: void;
  serviceWorker: Worker;
  extensionId: string;
  /** Writes the user configuration document (`chrome.storage.local` key `config`), replacing the previous one. */
  setUserConfig: (doc: UserConfig) => Promise<void>;
  /**
   * Writes `{ ...extra, forums: FORUM_HOSTS }` and waits (≤10 s) until the extension has registered
   * a content script for every forum host. Call it before visiting a forum fixture.
   */
  enableForums: (extra?: UserConfig) => Promise<void>;
}

export const test = base.extend<HarnessFixtures & HarnessOptions>({
  withExtension: [true, { option: true }],

  // Playwright requires the destructuring pattern even when a fixture needs nothing.
  // eslint-disable-next-line no-empty-pattern
  network: async ({}, use) => {
    await use(new NetworkLog());
  },

  context: async ({ withExtension, network }, use) => {
    const args = [...BROWSER_ARGS];
    if (withExtension) {
      if (!existsSync(path.join(E2E_EXTENSION, 'manifest.json'))) grantForumHosts(EXTENSION_PATH, FORUM_HOSTS);
      args.unshift(`--disable-extensions-except=${E2E_EXTENSION}`, `--load-extension=${E2E_EXTENSION}`);
    }
    // Makes the extension service worker's requests visible to `context.on('request')` and routable.
    process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
    const context = await chromium.launchPersistentContext('', {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args,
      viewport: { width: 1280, height: 900 },
    });
    context.on('request', (request) => network.add(request));
    await routeFixtures(context);
    await use(context);
    await context.close();
  },

  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
    await use(page);
  },

  offNetwork: [
    async ({ network }, use) => {
      await use();
      const offenders = network.offenders();
      if (offenders.length) {
        throw new Error(`Requests left the fixtures (the extension must make none):\n${network.report(offenders)}`);
      }
    },
    { auto: true },
  ],

  serviceWorker: async ({ context, withExtension }, use) => {
    if (!withExtension) throw new Error('serviceWorker: this project runs without the extension');
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 10_000,
      }));
    await use(worker);
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },

  setUserConfig: async ({ serviceWorker }, use) => {
    await use(async (doc) => {
      await serviceWorker.evaluate(
        (config) => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.set({ config }),
        doc,
      );
    });
  },

  enableForums: async ({ serviceWorker, setUserConfig }, use) => {
    await use(async (extra = {}) => {
      await setUserConfig({ ...extra, forums: FORUM_HOSTS });
      const deadline = Date.now() + 10_000;
      let registered: string[] = [];
      let problem = '';
      while (Date.now() < deadline) {
        const result = await serviceWorker.evaluate(async () => {
          const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
          if (typeof chrome.scripting?.getRegisteredContentScripts !== 'function') {
            return { matches: [] as string[], problem: 'chrome.scripting is unavailable (no "scripting" permission?)' };
          }
          const scripts = await chrome.scripting.getRegisteredContentScripts();
          return { matches: scripts.flatMap((s) => s.matches ?? []), problem: '' };
        });
        registered = result.matches;
        problem = result.problem;
        if (FORUM_HOSTS.every((host) => registered.some((match) => match.includes(host)))) return;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(
        `enableForums: within 10 s of writing forums=${JSON.stringify(FORUM_HOSTS)}, the extension registered ` +
          `no content script for every forum host (registered matches: ${JSON.stringify(registered)}` +
          `${problem ? `; ${problem}` : ''}). The extension must register one per forum host once the host ` +
          'permission is granted; the harness does not grant host permissions.',
      );
    });
  },
});

export { expect };

// ---------------------------------------------------------------------------------------------
// Example drafts and what the engine says about them (checked with `npm run check`)

export const DRAFTS = {
  clean: 'Lovely morning for the Leighton Buzzard farmers market, see you there!',
  councilEmail: 'Email me at sam.jones@leightonlinslade-tc.gov.uk about the allotments',
  /** An insult aimed at someone: a warning, which gates. */
  swearing: 'The driver on this bus is a total wanker',
  /** Swearing aimed at nobody: a quiet note that does not gate (issue 9). */
  casualSwearing: 'This bloody shit bus service is late again',
  lookalikeHandle: 'LLTownCounci1',
  lookalikeHandle2: 'LeightonLinsladeTC',
  cleanHandle: 'samjones_lb',
} as const;

export const FINDINGS = {
  councilEmail: {
    rule: 'council-email',
    clause: '9.3',
    title: 'Council email address in a personal post',
    excerpt: 'sam.jones@leightonlinslade-tc.gov.uk',
  },
  offensive: { rule: 'offensive-language', clause: '13', title: 'Offensive language', excerpt: 'wanker' },
  lookalike: {
    rule: 'official-lookalike',
    clause: '9.3',
    title: 'Account that looks like an official council account',
    excerpt: 'LLTownCounci1',
  },
} as const;

export interface ExpectedFinding {
  clause: string;
  title: string;
}

/** The official account the lookalike tests need configured. */
export const OFFICIAL_ACCOUNTS_CONFIG: UserConfig = { organisation: { officialAccounts: ['LLTownCouncil'] } };

// ---------------------------------------------------------------------------------------------
// Helpers: the page's side

/** What the fixture page has posted so far (`window.__posts`, main world). */
export async function posts(page: Page): Promise<FixturePost[]> {
  return page.evaluate(() => (window as unknown as { __posts?: FixturePost[] }).__posts ?? []);
}

/** Waits until the page's posts match `expected` (each entry a subset of a post, same length). */
export async function expectPosts(page: Page, expected: Partial<FixturePost>[], timeout = 5_000): Promise<void> {
  await expect.poll(() => posts(page), { timeout, message: 'window.__posts' }).toMatchObject(expected);
}

/** Asserts that nothing was posted, after giving a stray post `settleMs` to arrive. */
export async function expectNothingPosted(page: Page, settleMs = 300): Promise<void> {
  await page.waitForTimeout(settleMs);
  expect(await posts(page), 'nothing should have been posted').toEqual([]);
}

/** Types like a user: clicks into the box, then real key presses with a 5 ms delay. */
export async function typeLikeUser(box: Locator, text: string): Promise<void> {
  await box.click();
  await box.page().keyboard.type(text, { delay: 5 });
}

/** Types into the box that already has focus. */
export async function typeIntoFocused(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 5 });
}

/** The draft in a box as the user sees it: a textarea's value, or an editor's innerText without the trailing newline. */
export async function editorText(box: Locator): Promise<string> {
  return box.evaluate((el) =>
    el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement
      ? el.value
      : (el as HTMLElement).innerText.replace(/\n$/, ''),
  );
}

/** Whether `box` is the focused element, looking through shadow roots (ours and the page's). */
export async function isFocused(box: Locator): Promise<boolean> {
  return box.evaluate((el) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === el;
  });
}

/** Whether the focused element (looking through shadow roots) is inside `container`. */
export async function focusIsInside(container: Locator): Promise<boolean> {
  return container.evaluate((el) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active !== null && el.contains(active);
  });
}

// ---------------------------------------------------------------------------------------------
// Helpers: Preflight's UI (the contract in the brief)

/** The element that holds all of Preflight's UI (an open shadow root). */
export function preflightHost(page: Page): Locator {
  return page.locator('[data-preflight-host]');
}

/** The live-check badge(s): "Preflight: 2 findings — show details". */
export function badge(page: Page): Locator {
  return preflightHost(page).getByRole('button', { name: /^Preflight: \d+ findings?/ });
}

/** A badge that reports at least one finding. */
export function badgeWithFindings(page: Page): Locator {
  return preflightHost(page).getByRole('button', { name: /^Preflight: [1-9]\d* findings?/ });
}

/** The findings panel the badge opens. */
export function findingsPanel(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Preflight findings' });
}

/** The post gate. */
export function gate(page: Page): Locator {
  return page.getByRole('alertdialog', { name: 'Check this post before it goes out' });
}

export function editPostButton(page: Page): Locator {
  return gate(page).getByRole('button', { name: 'Edit post' });
}

export function postAnywayButton(page: Page): Locator {
  return gate(page).getByRole('button', { name: 'Post anyway' });
}

/** Asserts the gate is open and lists each finding's clause number and rule title. */
export async function expectGate(page: Page, findings: readonly ExpectedFinding[]): Promise<Locator> {
  const dialog = gate(page);
  await expect(dialog, 'the post gate (role=alertdialog) should open').toBeVisible({ timeout: 5_000 });
  for (const finding of findings) {
    await expect(dialog).toContainText(finding.clause);
    await expect(dialog).toContainText(finding.title);
  }
  await expect(editPostButton(page)).toBeVisible();
  await expect(postAnywayButton(page)).toBeVisible();
  return dialog;
}

/** Asserts no gate opened (after a short settle). */
export async function expectNoGate(page: Page, settleMs = 300): Promise<void> {
  await page.waitForTimeout(settleMs);
  await expect(gate(page)).toHaveCount(0);
}

/**
 * The text of every range in a CSS Custom Highlight (`preflight-error` | `-warning` | `-info`), read
 * from the page's main world. Chromium shares `CSS.highlights` between the main world and the
 * content script's isolated world (verified with a scratch extension), so this sees the extension's.
 */
export async function highlightedTexts(
  page: Page,
  severity: 'error' | 'warning' | 'info' = 'error',
): Promise<string[]> {
  return page.evaluate(
    (name) => [...(CSS.highlights.get(name) ?? [])].map((range) => range.toString()),
    `preflight-${severity}`,
  );
}

/** Waits until the highlight `severity` covers (at least) the given texts. */
export async function expectHighlighted(
  page: Page,
  texts: readonly string[],
  severity: 'error' | 'warning' | 'info' = 'error',
): Promise<void> {
  await expect
    .poll(() => highlightedTexts(page, severity), { timeout: 5_000, message: `CSS.highlights preflight-${severity}` })
    .toEqual(expect.arrayContaining([...texts]));
}

/** The `mark`s of the overlay Preflight draws over a textarea. */
export function overlayMarks(page: Page): Locator {
  return preflightHost(page).locator('[data-preflight="overlay"] mark');
}

/** Saves test-results/screenshots/<site>-<what>.png. */
export async function screenshot(page: Page, site: string, what: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS_DIR, `${site}-${what}.png`) });
}

// ---------------------------------------------------------------------------------------------
// Navigation

/** Visits a fixture page and gives the content script a moment, as a user would before typing. */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForTimeout(250);
}

/** Asserts Preflight marks `texts`: CSS highlights in a contenteditable editor, overlay marks over a textarea. */
export async function expectMarked(
  page: Page,
  kind: 'contenteditable' | 'textarea',
  texts: readonly string[],
  severity: 'error' | 'warning' | 'info' = 'error',
): Promise<void> {
  if (kind === 'contenteditable') await expectHighlighted(page, texts, severity);
  else await expect(overlayMarks(page), 'overlay marks over the textarea').toContainText([...texts]);
}

// ---------------------------------------------------------------------------------------------
// The standard suite every compose box gets

export interface Composer {
  /** Screenshot prefix: test-results/screenshots/<site>-<what>.png. */
  site: string;
  /** Test title prefix, e.g. "home composer". */
  name: string;
  url: string;
  /** A forum host: the suite calls enableForums() before visiting. */
  forum?: boolean;
  kind: 'contenteditable' | 'textarea';
  /** After the page loaded: opens the composer (clicks "Start a post" …) and returns the box. */
  open: (page: Page) => Promise<Locator>;
  /** Posts the way a user would: clicks the site's Post control or presses its key. */
  submit: (page: Page) => Promise<void>;
  /** What the fixture records when `text` is posted. */
  posted: (text: string) => Partial<FixturePost>;
  /** false: only the gate round trip and the highlights (for secondary boxes). Default true. */
  full?: boolean;
}

/** Types `text` at the end of what the box already holds; returns the box's full text afterwards. */
export async function typeDraft(box: Locator, text: string): Promise<string> {
  const initial = await editorText(box);
  await box.click();
  if (initial) await box.page().keyboard.press('Control+End');
  await typeIntoFocused(box.page(), text);
  return initial + text;
}

/**
 * The tests every compose box gets: a clean draft posts at once; a draft with an error opens the gate;
 * Edit post keeps the text, returns focus and posts nothing; Post anyway posts exactly the text;
 * the offending words are marked and the badge opens the findings panel.
 */
export function composerSuite(c: Composer): void {
  const shot = c.name.replace(/\W+/g, '-').replace(/^-|-$/g, '').toLowerCase();
  const bad = DRAFTS.councilEmail;
  const finding = FINDINGS.councilEmail;

  test.describe(c.name, () => {
    test.beforeEach(async ({ page, enableForums }) => {
      if (c.forum) await enableForums();
      await visit(page, c.url);
    });

    if (c.full !== false) {
      test('a clean draft posts at once, without a dialog', async ({ page }) => {
        const box = await c.open(page);
        const text = await typeDraft(box, DRAFTS.clean);
        await c.submit(page);
        await expectPosts(page, [c.posted(text)]);
        await expect(gate(page)).toHaveCount(0);
      });

      test('a draft with an error opens the gate; Edit post keeps the text and posts nothing', async ({ page }) => {
        const box = await c.open(page);
        const text = await typeDraft(box, bad);
        await c.submit(page);
        await expectGate(page, [finding]);
        await screenshot(page, c.site, `${shot}-gate`);
        await editPostButton(page).click();
        await expect(gate(page)).toHaveCount(0);
        await expect.poll(() => isFocused(box), { message: 'focus returns to the editor' }).toBe(true);
        expect(await editorText(box), 'the draft is unchanged').toBe(text);
        await expectNothingPosted(page);
      });

      test('Post anyway posts exactly the text typed', async ({ page }) => {
        const box = await c.open(page);
        const text = await typeDraft(box, bad);
        await c.submit(page);
        await expectGate(page, [finding]);
        await postAnywayButton(page).click();
        await expectPosts(page, [c.posted(text)]);
        await expect(gate(page)).toHaveCount(0);
      });
    } else {
      test('gate round trip: Edit post keeps the text, then Post anyway posts it', async ({ page }) => {
        const box = await c.open(page);
        const text = await typeDraft(box, bad);
        await c.submit(page);
        await expectGate(page, [finding]);
        await screenshot(page, c.site, `${shot}-gate`);
        await editPostButton(page).click();
        await expect(gate(page)).toHaveCount(0);
        await expect.poll(() => isFocused(box), { message: 'focus returns to the editor' }).toBe(true);
        expect(await editorText(box), 'the draft is unchanged').toBe(text);
        await expectNothingPosted(page);
        await c.submit(page);
        await expectGate(page, [finding]);
        await postAnywayButton(page).click();
        await expectPosts(page, [c.posted(text)]);
      });
    }

    test('the offending words are marked and the badge opens the findings', async ({ page }) => {
      const box = await c.open(page);
      await typeDraft(box, bad);
      await expect(badgeWithFindings(page).first(), 'the live badge').toBeVisible({ timeout: 3_000 });
      await expectMarked(page, c.kind, [finding.excerpt]);
      await screenshot(page, c.site, `${shot}-highlights`);
      await badgeWithFindings(page).first().click();
      await expect(findingsPanel(page)).toBeVisible();
      await expect(findingsPanel(page)).toContainText(finding.clause);
      await expect(findingsPanel(page)).toContainText(finding.title);
      await expectNothingPosted(page, 0);
    });
  });
}

/** Replaces a field's text like a user: click, select all, type. */
export async function replaceText(box: Locator, text: string): Promise<void> {
  await box.click();
  await box.page().keyboard.press('Control+A');
  await typeIntoFocused(box.page(), text);
}

/** Pastes `text` into the focused box through the real clipboard (Ctrl+V), as a user would. */
export async function pasteLikeUser(page: Page, text: string): Promise<void> {
  const origin = new URL(page.url()).origin;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}
