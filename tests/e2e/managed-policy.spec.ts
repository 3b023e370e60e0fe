// IT's settings through real Chrome policy (SPEC §4): a policy file in Chromium's managed policy
// folder sets `3rdparty.extensions.<Preflight's id>`, Chromium validates it against
// managed_schema.json and hands it to `chrome.storage.managed`, and the extension applies it.
// Linux only, as root (the folder belongs to root); the file is removed after each group, pass
// or fail, because other people run these tests on the same machine.

import { existsSync, mkdirSync, readdirSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import {
  URLS,
  editPostButton,
  expect,
  expectGate,
  expectNothingPosted,
  gate,
  postAnywayButton,
  screenshot,
  test,
  typeLikeUser,
  visit,
} from './harness.ts';

/** Fixed by the manifest `key` (wxt.config.ts), for the build and the harness's copy alike. */
const EXTENSION_ID = 'oigmngmkggfjgafcpgbkbkkclnlcnoib';
/** Debian's Chromium reads every JSON file here at start-up. */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'preflight-e2e.json');

const isRoot = process.getuid?.() === 0;
const onLinux = process.platform === 'linux';

/** The draft that is a colleague's contact details once IT names Priya Shah (checked with the CLI). */
const COLLEAGUE_DRAFT = "Priya Shah's mobile is 07700 900123";
const COLLEAGUE_FINDING = { clause: '13', title: 'A colleague’s contact details' };

/** The folders this spec had to create (deepest first), removed again when left empty. */
const createdDirs: string[] = [];

function writePolicy(configuration: Record<string, unknown>): void {
  for (let dir = POLICY_DIR; !existsSync(dir); dir = path.dirname(dir)) createdDirs.push(dir);
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: configuration } } }));
}

function removePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
  for (const dir of createdDirs.splice(0)) {
    if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
  }
}

/** Writes the policy before the test's browser starts (Chromium reads policy files at start-up). */
function usePolicy(configuration: Record<string, unknown>): void {
  test.skip(!onLinux || !isRoot, 'writes a Chromium policy file in /etc/chromium/policies/managed: Linux, as root');
  test.beforeAll(() => {
    writePolicy(configuration);
    // Even if the run is interrupted between here and afterAll.
    process.once('exit', removePolicy);
  });
  test.afterAll(removePolicy);
}

async function managedStorage(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { managed: { get(k: null): Promise<Record<string, unknown>> } } } }
    ).chrome.storage.managed.get(null),
  );
}

async function openOptions(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  await expect(page.getByRole('heading', { name: 'Settings in effect' })).toBeVisible();
  return page;
}

const homeBox = (page: Page) => page.getByTestId('tweetTextarea_0');

test.describe('IT names a colleague and blocks errors', () => {
  usePolicy({ colleagues: ['Priya Shah'], enforcement: 'block' });

  test('the colleague’s phone number is an error, and Post anyway is disabled', async ({
    page,
    context,
    extensionId,
    serviceWorker,
  }) => {
    expect(extensionId, 'the manifest key fixes the id').toBe(EXTENSION_ID);
    await expect
      .poll(() => managedStorage(serviceWorker))
      .toEqual({ colleagues: ['Priya Shah'], enforcement: 'block' });

    await visit(page, URLS.xHome);
    await typeLikeUser(homeBox(page), COLLEAGUE_DRAFT);
    await page.getByTestId('tweetButtonInline').click();
    await expectGate(page, [COLLEAGUE_FINDING]);
    await expect(gate(page)).toContainText('07700 900123');
    await expect(postAnywayButton(page)).toBeDisabled();
    await screenshot(page, 'x', 'gate-managed-block');
    await editPostButton(page).click();
    await expectNothingPosted(page);

    const options = await openOptions(context);
    const row = (setting: string) => options.locator(`tr[data-setting="${setting}"]`);
    await expect(row('colleagues')).toContainText('Priya Shah');
    await expect(row('colleagues').locator('td.source')).toHaveText('Your IT team');
    await expect(row('enforcement').locator('td.source')).toHaveText('Your IT team');
    await expect(row('organisation.name').locator('td.source')).toHaveText('Preflight’s default');
    await expect(options.getByRole('region', { name: 'Problems with the settings' })).toContainText('No problems');
  });
});

test.describe('IT sets a bad value', () => {
  // Chromium itself silently drops a value that fails managed_schema.json (a wrong type, a value
  // outside an enum, an unknown key), so the extension never sees it. These pass the schema
  // (plain strings) and fail Preflight's own check, which is what the options page reports.
  usePolicy({
    colleagues: ['Priya Shah'],
    enforcement: 'sometimes',
    forums: ['forum.example.org', 'not a host!'],
    policyUrl: 'ftp://intranet',
  });

  test('the options page reports it under "Set by your IT team", and the rest applies', async ({
    page,
    context,
    serviceWorker,
  }) => {
    await expect
      .poll(() => managedStorage(serviceWorker), { message: 'Chromium hands the policy over as written' })
      .toMatchObject({ enforcement: 'sometimes', policyUrl: 'ftp://intranet' });

    const options = await openOptions(context);
    const problems = options.getByRole('region', { name: 'Problems with the settings' });
    await expect(problems.getByRole('heading', { name: 'Set by your IT team' })).toBeVisible();
    await expect(problems).toContainText('enforcement: "sometimes" must be one of warn, block; it was ignored.');
    await expect(problems).toContainText('forums[1]: "not a host!" must be a host name such as forum.example.org');
    await expect(problems).toContainText('policyUrl: "ftp://intranet" must be an http(s) address; it was ignored.');
    const row = (setting: string) => options.locator(`tr[data-setting="${setting}"]`);
    await expect(row('colleagues').locator('td.source')).toHaveText('Your IT team');
    await expect(row('forums')).toContainText('forum.example.org');
    await expect(row('forums').locator('td.source')).toHaveText('Your IT team');
    await expect(row('enforcement').locator('td.source')).toHaveText('Preflight’s default');
    await expect(row('policyUrl').locator('td.source')).toHaveText('Preflight’s default');
    await options.screenshot({ path: 'test-results/screenshots/pages-options-managed-problems.png', fullPage: true });

    // The valid colleague list still applies; enforcement stays the default (warn).
    await page.bringToFront();
    await visit(page, URLS.xHome);
    await typeLikeUser(homeBox(page), COLLEAGUE_DRAFT);
    await page.getByTestId('tweetButtonInline').click();
    await expectGate(page, [COLLEAGUE_FINDING]);
    await expect(postAnywayButton(page)).toBeEnabled();
  });
});
