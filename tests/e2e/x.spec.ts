// X: the Draft.js composer on /home (mounts ~500 ms after load), the compose dialog with a thread,
// and the mobile web textarea.

import type { Page } from '@playwright/test';
import {
  DRAFTS,
  FINDINGS,
  URLS,
  composerSuite,
  editPostButton,
  editorText,
  expect,
  expectGate,
  expectHighlighted,
  expectNothingPosted,
  expectPosts,
  focusIsInside,
  gate,
  isFocused,
  postAnywayButton,
  screenshot,
  test,
  typeDraft,
  typeLikeUser,
  visit,
} from './harness.ts';

const homeBox = (page: Page) => page.getByTestId('tweetTextarea_0');

composerSuite({
  site: 'x',
  name: 'home composer',
  url: URLS.xHome,
  kind: 'contenteditable',
  open: async (page) => {
    await expect(homeBox(page)).toBeVisible();
    return homeBox(page);
  },
  submit: (page) => page.getByTestId('tweetButtonInline').click(),
  posted: (text) => ({ text, via: 'button' }),
});

composerSuite({
  site: 'x',
  name: 'mobile composer',
  url: URLS.xMobile,
  kind: 'textarea',
  full: false,
  open: async (page) => page.getByTestId('tweetTextarea_0'),
  submit: (page) => page.getByTestId('tweetButton').click(),
  posted: (text) => ({ text, via: 'button' }),
});

test.describe('home composer, keyboard', () => {
  test.beforeEach(async ({ page }) => {
    await visit(page, URLS.xHome);
    await expect(homeBox(page)).toBeVisible();
  });

  test('Ctrl+Enter with a clean draft posts at once', async ({ page }) => {
    await typeLikeUser(homeBox(page), DRAFTS.clean);
    await page.keyboard.press('Control+Enter');
    await expectPosts(page, [{ text: DRAFTS.clean, via: 'keyboard' }]);
    await expect(gate(page)).toHaveCount(0);
  });

  test('Ctrl+Enter with an error opens the gate; Post anyway posts exactly the text', async ({ page }) => {
    await typeLikeUser(homeBox(page), DRAFTS.councilEmail);
    await page.keyboard.press('Control+Enter');
    await expectGate(page, [FINDINGS.councilEmail]);
    await expectNothingPosted(page, 0);
    await postAnywayButton(page).click();
    await expectPosts(page, [{ text: DRAFTS.councilEmail }]);
  });

  test('Escape closes the gate like Edit post', async ({ page }) => {
    await typeLikeUser(homeBox(page), DRAFTS.councilEmail);
    await page.getByTestId('tweetButtonInline').click();
    await expectGate(page, [FINDINGS.councilEmail]);
    await page.keyboard.press('Escape');
    await expect(gate(page)).toHaveCount(0);
    await expect.poll(() => isFocused(homeBox(page))).toBe(true);
    expect(await editorText(homeBox(page))).toBe(DRAFTS.councilEmail);
    await expectNothingPosted(page);
  });

  test('Tab and Shift+Tab keep focus inside the gate', async ({ page }) => {
    await typeLikeUser(homeBox(page), DRAFTS.councilEmail);
    await page.getByTestId('tweetButtonInline').click();
    const dialog = await expectGate(page, [FINDINGS.councilEmail]);
    expect(await focusIsInside(dialog), 'focus moves into the gate when it opens').toBe(true);
    for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      expect(await focusIsInside(dialog), `focus stays in the gate after ${key}`).toBe(true);
    }
  });

  test('casual swearing aimed at nobody is a quiet note: marked, but the post goes out at once', async ({ page }) => {
    await typeLikeUser(homeBox(page), DRAFTS.casualSwearing);
    await expectHighlighted(page, ['shit'], 'info');
    await page.getByTestId('tweetButtonInline').click();
    await expectPosts(page, [{ text: DRAFTS.casualSwearing, via: 'button' }]);
    await expect(gate(page)).toHaveCount(0);
  });

  test('a warning (an insult, clause 13) also opens the gate, and its word is highlighted', async ({ page }) => {
    await typeLikeUser(homeBox(page), DRAFTS.swearing);
    await expectHighlighted(page, [FINDINGS.offensive.excerpt], 'warning');
    await page.getByTestId('tweetButtonInline').click();
    await expectGate(page, [FINDINGS.offensive]);
    await expect(postAnywayButton(page)).toBeEnabled();
  });
});

test('enforcement "block": an error disables Post anyway', async ({ page, setUserConfig }) => {
  await setUserConfig({ enforcement: 'block' });
  await visit(page, URLS.xHome);
  await typeLikeUser(homeBox(page), DRAFTS.councilEmail);
  await page.getByTestId('tweetButtonInline').click();
  await expectGate(page, [FINDINGS.councilEmail]);
  await expect(postAnywayButton(page)).toBeDisabled();
  await screenshot(page, 'x', 'gate-blocked');
  await editPostButton(page).click();
  await expectNothingPosted(page);
  expect(await editorText(homeBox(page))).toBe(DRAFTS.councilEmail);
});

test.describe('compose dialog with a thread', () => {
  test('an error in the second post of a thread gates "Post all"; Post anyway posts the thread', async ({ page }) => {
    await visit(page, URLS.xCompose);
    const dialog = page.getByRole('dialog', { name: 'Compose post' });
    await typeLikeUser(dialog.getByTestId('tweetTextarea_0'), DRAFTS.clean);
    await dialog.getByTestId('addButton').click();
    const second = dialog.getByTestId('tweetTextarea_1');
    await typeDraft(second, DRAFTS.councilEmail);
    await expectHighlighted(page, [FINDINGS.councilEmail.excerpt]);
    await dialog.getByTestId('tweetButton').click();
    await expectGate(page, [FINDINGS.councilEmail]);
    await screenshot(page, 'x', 'thread-gate');
    await editPostButton(page).click();
    await expectNothingPosted(page);
    expect(await editorText(second)).toBe(DRAFTS.councilEmail);
    await dialog.getByTestId('tweetButton').click();
    await postAnywayButton(page).click();
    await expectPosts(page, [{ text: `${DRAFTS.clean}\n\n${DRAFTS.councilEmail}`, via: 'button' }]);
  });

  test('a clean thread posts at once', async ({ page }) => {
    await visit(page, URLS.xCompose);
    const dialog = page.getByRole('dialog', { name: 'Compose post' });
    await typeLikeUser(dialog.getByTestId('tweetTextarea_0'), DRAFTS.clean);
    await dialog.getByTestId('addButton').click();
    await typeLikeUser(dialog.getByTestId('tweetTextarea_1'), 'Stalls from 8am.');
    await dialog.getByTestId('tweetButton').click();
    await expectPosts(page, [{ text: `${DRAFTS.clean}\n\nStalls from 8am.`, via: 'button' }]);
    await expect(gate(page)).toHaveCount(0);
  });
});
