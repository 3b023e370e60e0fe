// Facebook: the Lexical editor in the "Create post" dialog, and the comment box where plain Enter posts.

import type { Page } from '@playwright/test';
import {
  DRAFTS,
  FINDINGS,
  URLS,
  composerSuite,
  editorText,
  expect,
  expectGate,
  expectNothingPosted,
  expectPosts,
  gate,
  isFocused,
  postAnywayButton,
  editPostButton,
  screenshot,
  test,
  typeIntoFocused,
  typeLikeUser,
  visit,
} from './harness.ts';

const commentBox = (page: Page) => page.getByRole('textbox', { name: 'Write a comment…' });

composerSuite({
  site: 'facebook',
  name: 'create post dialog',
  url: URLS.facebook,
  kind: 'contenteditable',
  open: async (page) => {
    await page.getByRole('button', { name: "What's on your mind?" }).click();
    return page.getByRole('dialog', { name: 'Create post' }).getByRole('textbox', { name: "What's on your mind?" });
  },
  submit: (page) => page.locator('div[aria-label="Post"][role="button"]').click(),
  posted: (text) => ({ text, via: 'button' }),
});

composerSuite({
  site: 'facebook',
  name: 'comment box',
  url: URLS.facebook,
  kind: 'contenteditable',
  full: false,
  open: async (page) => commentBox(page),
  submit: (page) => page.keyboard.press('Enter'),
  posted: (text) => ({ text, via: 'keyboard' }),
});

test.describe('comment box, Enter', () => {
  test.beforeEach(async ({ page }) => visit(page, URLS.facebook));

  test('Enter with a clean comment posts at once', async ({ page }) => {
    await typeLikeUser(commentBox(page), DRAFTS.clean);
    await page.keyboard.press('Enter');
    await expectPosts(page, [{ text: DRAFTS.clean, via: 'keyboard' }]);
    await expect(gate(page)).toHaveCount(0);
  });

  test('Enter with a swear word opens the gate; Edit post keeps the comment', async ({ page }) => {
    await typeLikeUser(commentBox(page), DRAFTS.swearing);
    await page.keyboard.press('Enter');
    await expectGate(page, [FINDINGS.offensive]);
    await screenshot(page, 'facebook', 'comment-gate');
    await editPostButton(page).click();
    await expect.poll(() => isFocused(commentBox(page))).toBe(true);
    expect(await editorText(commentBox(page))).toBe(DRAFTS.swearing);
    await expectNothingPosted(page);
  });

  test('Shift+Enter is a line break, not a post: no gate', async ({ page }) => {
    await typeLikeUser(commentBox(page), DRAFTS.councilEmail);
    await page.keyboard.press('Shift+Enter');
    await typeIntoFocused(page, 'Thanks');
    await expectNothingPosted(page, 500);
    await expect(gate(page)).toHaveCount(0);
    expect(await editorText(commentBox(page))).toBe(`${DRAFTS.councilEmail}\nThanks`);
    await page.keyboard.press('Enter');
    await expectGate(page, [FINDINGS.councilEmail]);
    await postAnywayButton(page).click();
    await expectPosts(page, [{ text: `${DRAFTS.councilEmail}\nThanks`, via: 'keyboard' }]);
  });
});
