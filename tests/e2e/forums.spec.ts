// Forums the user or IT enabled (SPEC §4 `forums`): phpBB, WordPress comments, Discourse, Mastodon.
// Each test first writes forums=[…] and waits for the extension to register its content script there.

import type { Page } from '@playwright/test';
import {
  DRAFTS,
  FINDINGS,
  URLS,
  badge,
  composerSuite,
  expect,
  expectGate,
  expectNothingPosted,
  expectPosts,
  gate,
  postAnywayButton,
  test,
  typeLikeUser,
  visit,
} from './harness.ts';

// phpBB only posts when the request carries the `post` submit button, so "Post anyway" must
// submit with the submitter the user clicked: the fixture records `event.submitter.name`.
composerSuite({
  site: 'forum',
  name: 'phpBB reply',
  url: URLS.phpbbReply,
  forum: true,
  kind: 'textarea',
  open: async (page) => page.locator('form#postform textarea#message'),
  submit: (page) => page.locator('form#postform input[type="submit"][name="post"]').click(),
  posted: (text) => ({ text, via: 'form', submitter: 'post' }),
});

composerSuite({
  site: 'forum',
  name: 'WordPress comment',
  url: URLS.wordpress,
  forum: true,
  kind: 'textarea',
  open: async (page) => page.locator('form#commentform textarea#comment'),
  submit: (page) => page.locator('form#commentform input#submit').click(),
  posted: (text) => ({ text, via: 'form', submitter: 'submit' }),
});

const discourseBox = (page: Page) => page.locator('#reply-control textarea.d-editor-input');
composerSuite({
  site: 'forum',
  name: 'Discourse reply',
  url: URLS.discourse,
  forum: true,
  kind: 'textarea',
  open: async (page) => discourseBox(page),
  submit: (page) => page.locator('#reply-control button.btn-primary.create').click(),
  posted: (text) => ({ text, via: 'button' }),
});

const mastodonBox = (page: Page) => page.locator('form.compose-form textarea.autosuggest-textarea__textarea');
composerSuite({
  site: 'forum',
  name: 'Mastodon compose',
  url: URLS.mastodon,
  forum: true,
  kind: 'textarea',
  open: async (page) => mastodonBox(page),
  submit: (page) => page.locator('form.compose-form button[type="submit"]').click(),
  posted: (text) => ({ text, via: 'form' }),
});

test.describe('Ctrl+Enter on forums', () => {
  test.beforeEach(async ({ enableForums }) => enableForums());

  test('Discourse: Ctrl+Enter with an error opens the gate; Post anyway posts', async ({ page }) => {
    await visit(page, URLS.discourse);
    await typeLikeUser(discourseBox(page), DRAFTS.councilEmail);
    await page.keyboard.press('Control+Enter');
    await expectGate(page, [FINDINGS.councilEmail]);
    await expectNothingPosted(page, 0);
    await postAnywayButton(page).click();
    await expectPosts(page, [{ text: DRAFTS.councilEmail, via: 'keyboard' }]);
  });

  test('Mastodon: Ctrl+Enter with an error opens the gate; a clean toot posts at once', async ({ page }) => {
    await visit(page, URLS.mastodon);
    await typeLikeUser(mastodonBox(page), DRAFTS.councilEmail);
    await page.keyboard.press('Control+Enter');
    await expectGate(page, [FINDINGS.councilEmail]);
    await page.keyboard.press('Escape');
    await expectNothingPosted(page);
    await mastodonBox(page).fill('');
    await typeLikeUser(mastodonBox(page), DRAFTS.clean);
    await page.keyboard.press('Control+Enter');
    await expectPosts(page, [{ text: DRAFTS.clean, via: 'keyboard' }]);
    await expect(gate(page)).toHaveCount(0);
  });
});

test('a forum that is not enabled is left alone', async ({ page }) => {
  await visit(page, URLS.phpbbReply);
  await typeLikeUser(page.locator('textarea#message'), DRAFTS.councilEmail);
  await page.waitForTimeout(1_500);
  await expect(badge(page)).toHaveCount(0);
  await page.locator('input[type="submit"][name="post"]').click();
  await expectPosts(page, [{ text: DRAFTS.councilEmail, via: 'form', submitter: 'post' }]);
  await expect(gate(page)).toHaveCount(0);
});
