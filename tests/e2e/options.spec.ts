// The options page (SPEC §2, §4): switching a site off, snoozing, forums and their permission,
// the effective configuration with where each setting came from, and the user's own document.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { DRAFTS, URLS, badgeWithFindings, expect, test, typeLikeUser, visit } from './harness.ts';

type ChromeApi = {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

async function getLocal(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(
    async (k) => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get(k))[k],
    key,
  );
}

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Settings in effect' })).toBeVisible();
  return page;
}

async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`),
    `axe: serious or critical violations on ${what}`,
  ).toEqual([]);
}

test('switching a site off stops the checks there', async ({ page, context, extensionId, serviceWorker }) => {
  const options = await openOptions(context, extensionId);
  const x = options.getByRole('checkbox', { name: 'Check drafts on x.com' });
  await expect(x).toBeChecked();
  await x.uncheck();
  await expect.poll(() => getLocal(serviceWorker, 'disabledSites')).toEqual(['x.com']);
  await options.getByRole('combobox', { name: 'Account I post from on www.facebook.com' }).selectOption('official');
  await expect.poll(() => getLocal(serviceWorker, 'siteModes')).toEqual({ 'www.facebook.com': 'official' });

  await page.bringToFront();
  await visit(page, URLS.xHome);
  await typeLikeUser(page.getByTestId('tweetTextarea_0'), DRAFTS.councilEmail);
  await page.waitForTimeout(800);
  await expect(badgeWithFindings(page)).toHaveCount(0);
});

test('snooze for an hour, then resume', async ({ context, extensionId, serviceWorker }) => {
  const options = await openOptions(context, extensionId);
  await options.getByRole('button', { name: 'Snooze for an hour' }).click();
  await expect(options.getByText(/^Snoozed until \d\d:\d\d$/)).toBeVisible();
  const until = (await getLocal(serviceWorker, 'snoozedUntil')) as number;
  expect(until - Date.now()).toBeGreaterThan(59 * 60 * 1000);
  expect(until - Date.now()).toBeLessThanOrEqual(60 * 60 * 1000);
  await options.getByRole('button', { name: 'Resume checking' }).click();
  await expect(options.getByRole('button', { name: 'Snooze for an hour' })).toBeVisible();
  expect(await getLocal(serviceWorker, 'snoozedUntil')).toBe(0);
});

test('the effective configuration says where each setting came from, and a bad value in words', async ({
  context,
  extensionId,
  setUserConfig,
}) => {
  await setUserConfig({ colleagues: ['Tom Reed'], enforcement: 'sometimes' as 'warn' });
  const options = await openOptions(context, extensionId);
  const row = (path: string) => options.locator(`tr[data-setting="${path}"]`);
  await expect(row('colleagues')).toContainText('Tom Reed');
  await expect(row('colleagues').locator('td.source')).toHaveText('Your settings');
  await expect(row('organisation.name').locator('td.source')).toHaveText('Preflight’s default');
  await expect(row('enforcement').locator('td.source')).toHaveText('Preflight’s default');
  const problems = options.getByRole('region', { name: 'Problems with the settings' });
  await expect(problems.getByRole('heading', { name: 'Your settings' })).toBeVisible();
  await expect(problems).toContainText('enforcement: "sometimes" must be one of warn, block; it was ignored.');
  await options.screenshot({ path: 'test-results/screenshots/pages-options-config.png', fullPage: true });
});

test('the settings document: a bad one is not saved and each problem is given in words', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const options = await openOptions(context, extensionId);
  const editor = options.getByRole('textbox', { name: 'Your settings document (JSON)' });
  const save = options.getByRole('button', { name: 'Save' });

  const broken = '{\n  "colleagues": ["Tom Reed",]\n}';
  await editor.fill(broken);
  await save.click();
  await expect(options.getByRole('alert')).toContainText('Not saved.');
  await expect(options.getByRole('alert')).toContainText('This is not valid JSON (line 2');
  await expect(editor).toHaveValue(broken);

  const wrong = '{ "enforcement": "sometimes", "policyUrl": "ftp://intranet", "colour": "blue" }';
  await editor.fill(wrong);
  await save.click();
  const alert = options.getByRole('alert');
  await expect(alert).toContainText('3 things need changing first');
  await expect(alert).toContainText('enforcement: "sometimes" must be one of warn, block');
  await expect(alert).toContainText('colour is not a setting Preflight knows');
  await expect(editor).toHaveValue(wrong);
  expect(await getLocal(serviceWorker, 'config')).toBeFalsy();
  await options.screenshot({ path: 'test-results/screenshots/pages-options-document-problems.png', fullPage: true });

  await editor.fill('{ "colleagues": ["Priya Shah"], "rules": { "copyright": "off" } }');
  await save.click();
  await expect(options.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  expect(await getLocal(serviceWorker, 'config')).toEqual({ colleagues: ['Priya Shah'], rules: { copyright: 'off' } });
  await expect(options.locator('tr[data-setting="rules"]')).toContainText('copyright: off');
  await expect(options.locator('tr[data-setting="rules"] td.source')).toHaveText('Your settings');
});

test('forums: each wanted host with its permission; the user adds and removes their own', async ({
  context,
  extensionId,
  serviceWorker,
  setUserConfig,
}) => {
  // forum.example.org is allowed in the test build (global-setup.ts); intranet.example.net is not.
  await setUserConfig({ forums: ['forum.example.org', 'intranet.example.net'] });
  const options = await openOptions(context, extensionId);
  const forums = options.getByRole('region', { name: 'Forums and comment sites' });
  await expect(forums.getByRole('row', { name: /forum\.example\.org/ })).toContainText('Allowed');
  await expect(forums.getByRole('row', { name: /intranet\.example\.net/ })).toContainText('Needs your permission');
  await expect(forums.getByRole('button', { name: 'Allow intranet.example.net' })).toBeVisible();

  const field = forums.getByRole('textbox', { name: 'Add a forum or comment site' });
  await field.fill('not a site');
  await field.press('Enter');
  await expect(forums.getByRole('alert')).toContainText('is not a site address');
  await field.fill('https://blog.example.org/2026/11/summer-fete/');
  await forums.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(forums.getByRole('row', { name: /blog\.example\.org/ })).toContainText('Allowed');
  expect(await getLocal(serviceWorker, 'enabledSites')).toEqual(['blog.example.org']);
  await options.screenshot({ path: 'test-results/screenshots/pages-options-forums.png', fullPage: true });
  await forums.getByRole('button', { name: 'Remove blog.example.org' }).click();
  await expect(forums.getByRole('row', { name: /blog\.example\.org/ })).toHaveCount(0);
  expect(await getLocal(serviceWorker, 'enabledSites')).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious accessibility problems (${scheme})`, async ({ context, extensionId, setUserConfig }) => {
    await setUserConfig({ colleagues: ['Tom Reed'], enforcement: 'sometimes' as 'warn' });
    const options = await openOptions(context, extensionId);
    await options.emulateMedia({ colorScheme: scheme });
    await options.getByRole('button', { name: 'Snooze for an hour' }).click();
    await options.getByRole('textbox', { name: 'Your settings document (JSON)' }).fill('{ "colour": 1 }');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect(options.getByRole('alert')).toBeVisible();
    await expectAccessible(options, `the options page (${scheme})`);
    await options.screenshot({ path: `test-results/screenshots/pages-options-${scheme}.png`, fullPage: true });
  });
}

test('works from the keyboard: a site switched off with Space', async ({ context, extensionId, serviceWorker }) => {
  const options = await openOptions(context, extensionId);
  await options.keyboard.press('Tab');
  await expect(options.getByRole('checkbox', { name: 'Check drafts on x.com' })).toBeFocused();
  await options.keyboard.press('Space');
  await expect.poll(() => getLocal(serviceWorker, 'disabledSites')).toEqual(['x.com']);
  await options.keyboard.press('Tab');
  await expect(options.getByRole('combobox', { name: 'Account I post from on x.com' })).toBeFocused();
});
