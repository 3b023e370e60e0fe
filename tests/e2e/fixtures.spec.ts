// The fixture pages on their own (project `fixtures-only`: plain Chromium, no extension): typing with
// the real keyboard works in every editor, and every way of posting records exactly what was typed.
// If these fail, the extension specs cannot be trusted.

import {
  DRAFTS,
  URLS,
  editorText,
  expect,
  expectPosts,
  posts,
  test,
  typeIntoFocused,
  typeLikeUser,
} from './harness.ts';

const TEXT = DRAFTS.clean;

test.describe('X (Draft.js)', () => {
  test('home composer mounts late, types, posts with the button and clears', async ({ page }) => {
    await page.goto(URLS.xHome);
    const box = page.getByTestId('tweetTextarea_0');
    await expect(page.getByRole('progressbar')).toBeVisible();
    await expect(box).toBeVisible();
    await expect(box).toHaveAttribute('role', 'textbox');
    await expect(box).toHaveAttribute('contenteditable', 'true');
    await expect(box).toHaveClass(/public-DraftEditor-content/);
    await expect(box).toHaveAccessibleName('Post text');
    await expect(
      page.getByTestId('tweetTextarea_0RichTextInputContainer').locator('[data-testid="tweetTextarea_0"]'),
    ).toHaveCount(1);
    await typeLikeUser(box, TEXT);
    expect(await editorText(box)).toBe(TEXT);
    await page.getByTestId('tweetButtonInline').click();
    await expectPosts(page, [{ text: TEXT, via: 'button' }]);
    await expect(page.locator('#posted li')).toHaveText([TEXT]);
    expect(await editorText(box)).toBe('');
  });

  test('Ctrl+Enter posts from the editor; multi-line text survives', async ({ page }) => {
    await page.goto(URLS.xHome);
    const box = page.getByTestId('tweetTextarea_0');
    await typeLikeUser(box, 'First line');
    await page.keyboard.press('Enter');
    await typeIntoFocused(page, DRAFTS.councilEmail);
    await page.keyboard.press('Control+Enter');
    await expectPosts(page, [{ text: `First line\n${DRAFTS.councilEmail}`, via: 'keyboard' }]);
  });

  test('SPA navigation away and back mounts a new composer', async ({ page }) => {
    await page.goto(URLS.xHome);
    await expect(page.getByTestId('tweetTextarea_0')).toBeVisible();
    await page.getByTestId('AppTabBar_Explore_Link').click();
    await expect(page).toHaveURL('https://x.com/explore');
    await expect(page.getByTestId('tweetTextarea_0')).toHaveCount(0);
    await page.getByTestId('AppTabBar_Home_Link').click();
    const box = page.getByTestId('tweetTextarea_0');
    await typeLikeUser(box, TEXT);
    await page.getByTestId('tweetButtonInline').click();
    await expectPosts(page, [{ text: TEXT, via: 'button' }]);
  });

  test('compose dialog thread: two Draft editors post once, joined by a blank line', async ({ page }) => {
    await page.goto(URLS.xCompose);
    const dialog = page.getByRole('dialog');
    await typeLikeUser(dialog.getByTestId('tweetTextarea_0'), 'Part one');
    await dialog.getByTestId('addButton').click();
    await typeLikeUser(dialog.getByTestId('tweetTextarea_1'), 'Part two');
    await expect(dialog.getByTestId('tweetButton')).toHaveText('Post all');
    await dialog.getByTestId('tweetButton').click();
    await expectPosts(page, [{ text: 'Part one\n\nPart two', via: 'button' }]);
  });

  test('mobile composer: textarea, button and Ctrl+Enter', async ({ page }) => {
    await page.goto(URLS.xMobile);
    const box = page.getByTestId('tweetTextarea_0');
    await typeLikeUser(box, TEXT);
    await page.getByTestId('tweetButton').click();
    await typeLikeUser(box, 'Second');
    await page.keyboard.press('Control+Enter');
    await expectPosts(page, [
      { text: TEXT, via: 'button' },
      { text: 'Second', via: 'keyboard' },
    ]);
  });

  test('settings: profile and username Save record the fields', async ({ page }) => {
    await page.goto(URLS.xProfile);
    await typeLikeUser(page.locator('textarea[name="description"]'), 'Parks volunteer');
    await page.getByTestId('Profile_Save_Button').click();
    await expectPosts(page, [
      {
        text: 'Parks volunteer',
        via: 'button',
        fields: { displayName: 'Sam Jones', description: 'Parks volunteer', location: 'Leighton Buzzard' },
      },
    ]);
    await page.goto(URLS.xScreenName);
    const handle = page.locator('input[name="typedScreenName"]');
    await handle.click();
    await page.keyboard.press('Control+A');
    await typeIntoFocused(page, DRAFTS.cleanHandle);
    await page.getByTestId('settingsDetailSave').click();
    await expectPosts(page, [
      { text: DRAFTS.cleanHandle, via: 'button', fields: { typedScreenName: DRAFTS.cleanHandle } },
    ]);
  });
});

test.describe('Facebook (Lexical)', () => {
  test('Create post dialog: types and posts', async ({ page }) => {
    await page.goto(URLS.facebook);
    await page.getByRole('button', { name: "What's on your mind?" }).click();
    const dialog = page.getByRole('dialog', { name: 'Create post' });
    const box = dialog.getByRole('textbox', { name: "What's on your mind?" });
    await expect(box).toHaveAttribute('data-lexical-editor', 'true');
    await expect(box).toHaveAttribute('contenteditable', 'true');
    await typeLikeUser(box, TEXT);
    expect(await editorText(box)).toBe(TEXT);
    await dialog.locator('div[aria-label="Post"][role="button"]').click();
    await expectPosts(page, [{ text: TEXT, via: 'button' }]);
    await expect(dialog).toHaveCount(0);
  });

  test('comment box: Shift+Enter is a line break, Enter posts', async ({ page }) => {
    await page.goto(URLS.facebook);
    const box = page.getByRole('textbox', { name: 'Write a comment…' });
    await expect(box).toHaveAttribute('data-lexical-editor', 'true');
    await typeLikeUser(box, 'Count me in');
    await page.keyboard.press('Shift+Enter');
    await typeIntoFocused(page, 'See you there');
    expect(await posts(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expectPosts(page, [{ text: 'Count me in\nSee you there', via: 'keyboard' }]);
    expect(await editorText(box)).toBe('');
  });
});

test.describe('LinkedIn (Quill)', () => {
  test('share box: types and posts', async ({ page }) => {
    await page.goto(URLS.linkedin);
    await page.locator('button.share-box-feed-entry__trigger').click();
    const dialog = page.locator('div[role="dialog"].share-box');
    const box = dialog.locator('.ql-editor');
    await expect(box).toHaveAttribute('contenteditable', 'true');
    await expect(box).toHaveAttribute('role', 'textbox');
    await typeLikeUser(box, TEXT);
    expect(await editorText(box)).toBe(TEXT);
    await dialog.locator('button.share-actions__primary-action').click();
    await expectPosts(page, [{ text: TEXT, via: 'button' }]);
    await expect(dialog).toHaveCount(0);
  });

  test('comment box: Comment submits the form', async ({ page }) => {
    await page.goto(URLS.linkedin);
    const box = page.locator('.comments-comment-box .ql-editor');
    await typeLikeUser(box, TEXT);
    await page.locator('button.comments-comment-box__submit-button').click();
    await expectPosts(page, [{ text: TEXT, via: 'form' }]);
    expect(await editorText(box)).toBe('');
  });
});

test.describe('forums', () => {
  test('phpBB reply: Submit and Preview are form submissions with their submitter', async ({ page }) => {
    await page.goto(URLS.phpbbReply);
    const box = page.locator('form#postform textarea#message');
    await typeLikeUser(box, TEXT);
    await page.locator('input[name="preview"]').click();
    await page.locator('input[type="submit"][name="post"]').click();
    await expectPosts(page, [
      { text: TEXT, via: 'form', submitter: 'preview' },
      { text: TEXT, via: 'form', submitter: 'post' },
    ]);
    await expect(page).toHaveURL(URLS.phpbbReply);
  });

  test('phpBB registration: username', async ({ page }) => {
    await page.goto(URLS.phpbbRegister);
    await typeLikeUser(page.locator('input#username'), DRAFTS.cleanHandle);
    await page.locator('input#submit').click();
    await expectPosts(page, [{ text: DRAFTS.cleanHandle, via: 'form', submitter: 'submit' }]);
  });

  test('phpBB topic: late quick reply and the textarea in a shadow root', async ({ page }) => {
    await page.goto(URLS.phpbbTopic);
    await page.locator('#qr-open').click();
    const quick = page.locator('#qr_postform textarea[name="message"]');
    await typeLikeUser(quick, 'Quick one');
    await page.locator('#qr_postform input[name="post"]').click();
    const shadowBox = page.locator('comment-widget textarea[name="comment"]');
    expect(await page.evaluate(() => document.querySelector('comment-widget')?.shadowRoot?.mode)).toBe('open');
    expect(await page.evaluate(() => document.querySelectorAll('textarea').length)).toBe(1);
    await typeLikeUser(shadowBox, 'From the widget');
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expectPosts(page, [
      { text: 'Quick one', via: 'form', submitter: 'post' },
      { text: 'From the widget', via: 'form', submitter: 'post-comment' },
    ]);
  });

  test('WordPress comment form', async ({ page }) => {
    await page.goto(URLS.wordpress);
    await typeLikeUser(page.locator('form#commentform textarea#comment'), TEXT);
    await page.locator('input#submit').click();
    await expectPosts(page, [{ text: TEXT, via: 'form', submitter: 'submit' }]);
  });

  test('Discourse: textarea (button, Ctrl+Enter), then the ProseMirror editor that replaces it', async ({ page }) => {
    await page.goto(URLS.discourse);
    const textarea = page.locator('#reply-control textarea.d-editor-input');
    await typeLikeUser(textarea, 'One');
    await page.locator('#reply-control button.btn-primary.create').click();
    await typeLikeUser(textarea, 'Two');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('switch', { name: 'rich editor' }).click();
    await expect(textarea).toHaveCount(0);
    const rich = page.locator('#reply-control .d-editor-container .ProseMirror[contenteditable="true"]');
    await expect(rich).toBeVisible();
    await typeLikeUser(rich, TEXT);
    expect(await editorText(rich)).toBe(TEXT);
    await page.locator('#reply-control button.btn-primary.create').click();
    await typeLikeUser(rich, 'Para one');
    await page.keyboard.press('Enter');
    await typeIntoFocused(page, 'Para two');
    await page.keyboard.press('Control+Enter');
    await expectPosts(page, [
      { text: 'One', via: 'button' },
      { text: 'Two', via: 'keyboard' },
      { text: TEXT, via: 'button' },
      { text: 'Para one\n\nPara two', via: 'keyboard' },
    ]);
  });

  test('Mastodon: Post submits the form, Ctrl+Enter posts directly', async ({ page }) => {
    await page.goto(URLS.mastodon);
    const box = page.locator('form.compose-form textarea.autosuggest-textarea__textarea');
    await typeLikeUser(box, TEXT);
    await page.getByRole('button', { name: 'Post' }).click();
    await typeLikeUser(box, 'Second');
    await page.keyboard.press('Control+Enter');
    await expectPosts(page, [
      { text: TEXT, via: 'form' },
      { text: 'Second', via: 'keyboard' },
    ]);
  });
});

test('Wikipedia edit form: appends to the article and saves', async ({ page }) => {
  await page.goto(URLS.wikipedia);
  const box = page.locator('form#editform textarea#wpTextbox1');
  const before = await editorText(box);
  expect(before).toContain("'''Leighton Buzzard'''");
  await box.click();
  await page.keyboard.press('Control+End');
  await typeIntoFocused(page, TEXT);
  await typeLikeUser(page.locator('#wpSummary'), 'copyedit');
  await page.locator('input#wpSave').click();
  await expectPosts(page, [{ text: before + TEXT, via: 'form', submitter: 'wpSave' }]);
});
