// The switches staff have: the toolbar badge counts the tab's errors and warnings; switching
// Preflight off for a site, or snoozing it, lets every post through and clears the marks; the
// snooze ending brings the checks back.
import type { Worker } from '@playwright/test';
import {
  DRAFTS,
  URLS,
  badgeWithFindings,
  expect,
  expectGate,
  expectNoGate,
  expectPosts,
  FINDINGS,
  highlightedTexts,
  test,
  typeLikeUser,
  visit,
} from './harness.ts';

type ChromeApi = {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

async function setLocal(worker: Worker, items: Record<string, unknown>): Promise<void> {
  await worker.evaluate((i) => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.set(i), items);
}

/** The toolbar badge of the active tab (without the "tabs" permission, tab URLs are not visible). */
async function toolbarBadge(worker: Worker): Promise<string> {
  return worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const [tab] = await chrome.tabs.query({ active: true });
    return tab?.id === undefined ? 'no active tab' : chrome.action.getBadgeText({ tabId: tab.id });
  });
}

test('the toolbar badge counts the errors and warnings of the tab’s draft', async ({ page, serviceWorker }) => {
  await visit(page, URLS.xHome);
  const box = page.getByTestId('tweetTextarea_0');
  await typeLikeUser(box, `${DRAFTS.councilEmail}. ${DRAFTS.swearing}`);
  await expect(badgeWithFindings(page)).toBeVisible();
  await expect.poll(() => toolbarBadge(serviceWorker)).toBe('2');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await expect.poll(() => toolbarBadge(serviceWorker)).toBe('');
});

test('switched off for the site: no marks, and a violating draft posts at once', async ({ page, serviceWorker }) => {
  await setLocal(serviceWorker, { disabledSites: ['x.com'] });
  await visit(page, URLS.xHome);
  const box = page.getByTestId('tweetTextarea_0');
  await typeLikeUser(box, DRAFTS.councilEmail);
  await page.waitForTimeout(800);
  await expect(badgeWithFindings(page)).toHaveCount(0);
  expect(await highlightedTexts(page)).toEqual([]);
  await page.getByTestId('tweetButtonInline').click();
  await expectNoGate(page);
  await expectPosts(page, [{ text: DRAFTS.councilEmail }]);
});

test('snoozed: posts go through; when the snooze is lifted the draft is checked again', async ({
  page,
  serviceWorker,
}) => {
  await visit(page, URLS.xHome);
  const box = page.getByTestId('tweetTextarea_0');
  await typeLikeUser(box, DRAFTS.councilEmail);
  await expect(badgeWithFindings(page)).toBeVisible();
  await setLocal(serviceWorker, { snoozedUntil: Date.now() + 60 * 60 * 1000 });
  await expect(badgeWithFindings(page)).toHaveCount(0);
  expect(await highlightedTexts(page)).toEqual([]);
  await setLocal(serviceWorker, { snoozedUntil: 0 });
  await expect(badgeWithFindings(page)).toBeVisible();
  await page.getByTestId('tweetButtonInline').click();
  await expectGate(page, [FINDINGS.councilEmail]);
});
