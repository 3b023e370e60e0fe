// LinkedIn: the Quill editor in the "Start a post" share box, and a comment box with its own Quill editor.

import {
  DRAFTS,
  FINDINGS,
  URLS,
  composerSuite,
  expect,
  expectGate,
  expectHighlighted,
  postAnywayButton,
  test,
  typeLikeUser,
  visit,
  expectPosts,
} from './harness.ts';

composerSuite({
  site: 'linkedin',
  name: 'share box',
  url: URLS.linkedin,
  kind: 'contenteditable',
  open: async (page) => {
    await page.locator('button.share-box-feed-entry__trigger').click();
    return page.locator('div[role="dialog"].share-box .ql-editor');
  },
  submit: (page) => page.locator('button.share-actions__primary-action').click(),
  posted: (text) => ({ text, via: 'button' }),
});

composerSuite({
  site: 'linkedin',
  name: 'comment box',
  url: URLS.linkedin,
  kind: 'contenteditable',
  full: false,
  open: async (page) => page.locator('.comments-comment-box .ql-editor'),
  submit: (page) => page.locator('button.comments-comment-box__submit-button').click(),
  posted: (text) => ({ text, via: 'form' }),
});

test('a swear word in a comment is highlighted as a warning and gates Comment', async ({ page }) => {
  await visit(page, URLS.linkedin);
  await typeLikeUser(page.locator('.comments-comment-box .ql-editor'), DRAFTS.swearing);
  await expectHighlighted(page, [FINDINGS.offensive.excerpt], 'warning');
  await page.locator('button.comments-comment-box__submit-button').click();
  await expectGate(page, [FINDINGS.offensive]);
  await expect(postAnywayButton(page)).toBeEnabled();
  await postAnywayButton(page).click();
  await expectPosts(page, [{ text: DRAFTS.swearing, via: 'form' }]);
});
