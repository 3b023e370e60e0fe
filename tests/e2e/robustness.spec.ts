// SPEC §6 robustness and privacy: editors that appear late, are replaced, or live in a shadow root;
// navigation without reloading; huge pastes; any Unicode; and no network request from the extension.

import {
  DRAFTS,
  FINDINGS,
  URLS,
  badgeWithFindings,
  editPostButton,
  editorText,
  expect,
  expectGate,
  expectHighlighted,
  expectMarked,
  expectNothingPosted,
  expectPosts,
  overlayMarks,
  pasteLikeUser,
  posts,
  postAnywayButton,
  screenshot,
  test,
  typeDraft,
  typeIntoFocused,
  typeLikeUser,
  visit,
} from './harness.ts';

test.describe('editors that are not there at load', () => {
  test.beforeEach(async ({ enableForums }) => enableForums());

  test('a quick-reply textarea inserted after load is checked and gated', async ({ page }) => {
    await visit(page, URLS.phpbbTopic);
    await page.locator('#qr-open').click();
    const box = page.locator('#qr_postform textarea[name="message"]');
    await typeLikeUser(box, DRAFTS.councilEmail);
    await expectMarked(page, 'textarea', [FINDINGS.councilEmail.excerpt]);
    await page.locator('#qr_postform input[name="post"]').click();
    await expectGate(page, [FINDINGS.councilEmail]);
    await postAnywayButton(page).click();
    await expectPosts(page, [{ text: DRAFTS.councilEmail, via: 'form', submitter: 'post' }]);
  });

  test('a textarea inside an open shadow root is checked and gated', async ({ page }) => {
    await visit(page, URLS.phpbbTopic);
    const box = page.locator('comment-widget textarea[name="comment"]');
    await typeLikeUser(box, DRAFTS.councilEmail);
    await expectMarked(page, 'textarea', [FINDINGS.councilEmail.excerpt]);
    await screenshot(page, 'robustness', 'shadow-root-highlights');
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expectGate(page, [FINDINGS.councilEmail]);
    await screenshot(page, 'robustness', 'shadow-root-gate');
    await editPostButton(page).click();
    await expectNothingPosted(page);
    expect(await editorText(box)).toBe(DRAFTS.councilEmail);
    await page.getByRole('button', { name: 'Post comment' }).click();
    await postAnywayButton(page).click();
    await expectPosts(page, [{ text: DRAFTS.councilEmail, via: 'form', submitter: 'post-comment' }]);
  });

  test('Discourse: the ProseMirror editor that replaces the textarea is checked, and so is the textarea swapped back', async ({
    page,
  }) => {
    await visit(page, URLS.discourse);
    const toggle = page.getByRole('switch', { name: 'rich editor' });
    const reply = page.locator('#reply-control button.btn-primary.create');
    await toggle.click();
    await expect(page.locator('#reply-control textarea.d-editor-input')).toHaveCount(0);
    const rich = page.locator('#reply-control .d-editor-container .ProseMirror[contenteditable="true"]');
    await typeLikeUser(rich, DRAFTS.councilEmail);
    await expectMarked(page, 'contenteditable', [FINDINGS.councilEmail.excerpt]);
    await screenshot(page, 'robustness', 'replaced-editor-highlights');
    await reply.click();
    await expectGate(page, [FINDINGS.councilEmail]);
    await editPostButton(page).click();
    await expectNothingPosted(page);
    // Swap the textarea back in: the text comes along and is still gated.
    await toggle.click();
    const textarea = page.locator('#reply-control textarea.d-editor-input');
    expect(await editorText(textarea)).toBe(DRAFTS.councilEmail);
    await reply.click();
    await expectGate(page, [FINDINGS.councilEmail]);
    await postAnywayButton(page).click();
    await expectPosts(page, [{ text: DRAFTS.councilEmail, via: 'button' }]);
  });
});

test('X: after navigating away and back without a reload, the new composer is checked', async ({ page }) => {
  await visit(page, URLS.xHome);
  await expect(page.getByTestId('tweetTextarea_0')).toBeVisible();
  await page.getByTestId('AppTabBar_Explore_Link').click();
  await expect(page.getByTestId('tweetTextarea_0')).toHaveCount(0);
  await page.getByTestId('AppTabBar_Home_Link').click();
  await typeLikeUser(page.getByTestId('tweetTextarea_0'), DRAFTS.councilEmail);
  await expectHighlighted(page, [FINDINGS.councilEmail.excerpt]);
  await page.getByTestId('tweetButtonInline').click();
  await expectGate(page, [FINDINGS.councilEmail]);
});

test('any Unicode: emoji, accents and RTL text before the address do not shift the highlight', async ({ page }) => {
  await visit(page, URLS.xHome);
  const text = `🎉👩🏽‍🌾 Café naïve — مرحبا ${DRAFTS.councilEmail} 😀`;
  await typeLikeUser(page.getByTestId('tweetTextarea_0'), text);
  await expectHighlighted(page, [FINDINGS.councilEmail.excerpt]);
  expect(await editorText(page.getByTestId('tweetTextarea_0'))).toBe(text);
  await page.getByTestId('tweetButtonInline').click();
  await expectGate(page, [FINDINGS.councilEmail]);
  await postAnywayButton(page).click();
  await expectPosts(page, [{ text, via: 'button' }]);
});

test('a 1 MB paste: typing stays as responsive as without Preflight, and the gate still works', async ({
  page,
  enableForums,
}) => {
  test.setTimeout(90_000);
  const sentence = `${DRAFTS.clean} `;
  const big = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
  const probe = ' See you there';
  const box = page.locator('textarea#message');
  const timeTyping = async (): Promise<number> => {
    const started = Date.now();
    await typeIntoFocused(page, probe);
    return Date.now() - started;
  };
  // Baseline: the same page while the forum is not enabled (Preflight leaves it alone). A 1 MB
  // textarea is slow to type into even in plain Chromium (~100 ms a key here).
  await visit(page, URLS.phpbbReply);
  await box.click();
  await pasteLikeUser(page, big);
  const baseline = await timeTyping();
  await enableForums();
  await visit(page, URLS.phpbbReply);
  await box.click();
  await pasteLikeUser(page, `${big}${DRAFTS.councilEmail}`);
  expect((await editorText(box)).length).toBe(big.length + DRAFTS.councilEmail.length);
  const withPreflight = await timeTyping();
  expect(
    withPreflight,
    `typing ${probe.length} keys after the paste: ${withPreflight} ms with Preflight, ${baseline} ms without`,
  ).toBeLessThan(baseline * 2 + 1_000);
  await expect(overlayMarks(page).filter({ hasText: FINDINGS.councilEmail.excerpt }).first()).toBeAttached({
    timeout: 10_000,
  });
  await page.locator('input[type="submit"][name="post"]').click();
  await expectGate(page, [FINDINGS.councilEmail]);
  await postAnywayButton(page).click();
  await expectPosts(page, [{ via: 'form', submitter: 'post' }]);
  const posted = await posts(page);
  expect(posted[0]?.text.length).toBe(big.length + DRAFTS.councilEmail.length + probe.length);
});

test('the extension makes no network request while checking drafts on every kind of site', async ({
  page,
  context,
  network,
  enableForums,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(60_000);
  await enableForums();
  const visits: [string, () => Promise<unknown>][] = [
    [URLS.xHome, () => typeLikeUser(page.getByTestId('tweetTextarea_0'), DRAFTS.councilEmail)],
    [URLS.facebook, () => typeLikeUser(page.getByRole('textbox', { name: 'Write a comment…' }), DRAFTS.swearing)],
    [URLS.linkedin, () => typeLikeUser(page.locator('.comments-comment-box .ql-editor'), DRAFTS.councilEmail)],
    [URLS.phpbbReply, () => typeDraft(page.locator('textarea#message'), DRAFTS.councilEmail)],
    [URLS.wikipedia, () => typeDraft(page.locator('textarea#wpTextbox1'), DRAFTS.councilEmail)],
  ];
  for (const [url, type] of visits) {
    await visit(page, url);
    await type();
    await expect(badgeWithFindings(page).first(), `the badge on ${url}`).toBeVisible({ timeout: 3_000 });
  }
  // The extension's own pages, if the manifest declares them.
  const manifest = await serviceWorker.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { runtime: { getManifest(): { action?: { default_popup?: string }; options_ui?: { page?: string } } } };
      }
    ).chrome.runtime.getManifest(),
  );
  for (const pagePath of [manifest.action?.default_popup, manifest.options_ui?.page]) {
    if (!pagePath) continue;
    const extensionPage = await context.newPage();
    await extensionPage.goto(`chrome-extension://${extensionId}/${pagePath}`);
    await extensionPage.waitForTimeout(1_000);
    await extensionPage.close();
  }
  const fromExtension = network.requests.filter((r) => r.byExtension);
  expect(fromExtension, `requests made by the extension:\n${network.report(fromExtension)}`).toEqual([]);
  expect(network.offenders(), `requests that left the fixtures:\n${network.report()}`).toEqual([]);
});
