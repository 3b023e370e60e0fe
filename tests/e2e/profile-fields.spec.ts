// Profile fields (SPEC §3: `handle`, `profile-name` and `bio` fields): a handle or display name that
// looks like the council's official account is flagged before Save. X's settings pages save with a
// button (no form); phpBB registration is a form.

import {
  DRAFTS,
  FINDINGS,
  OFFICIAL_ACCOUNTS_CONFIG,
  URLS,
  badgeWithFindings,
  editPostButton,
  editorText,
  expect,
  expectGate,
  expectNothingPosted,
  expectPosts,
  gate,
  postAnywayButton,
  replaceText,
  screenshot,
  test,
  visit,
} from './harness.ts';

test.describe('with the official account @LLTownCouncil configured', () => {
  test.beforeEach(async ({ setUserConfig }) => setUserConfig(OFFICIAL_ACCOUNTS_CONFIG));

  test('X username: a lookalike handle is flagged live and gates Save', async ({ page }) => {
    await visit(page, URLS.xScreenName);
    const handle = page.locator('input[name="typedScreenName"]');
    await replaceText(handle, DRAFTS.lookalikeHandle);
    await expect(badgeWithFindings(page).first(), 'the live badge on the handle field').toBeVisible({ timeout: 3_000 });
    await screenshot(page, 'profile', 'handle-badge');
    await page.getByTestId('settingsDetailSave').click();
    await expectGate(page, [FINDINGS.lookalike]);
    await screenshot(page, 'profile', 'handle-gate');
    await editPostButton(page).click();
    await expectNothingPosted(page);
    expect(await editorText(handle)).toBe(DRAFTS.lookalikeHandle);
    await page.getByTestId('settingsDetailSave').click();
    await postAnywayButton(page).click();
    await expectPosts(page, [{ text: DRAFTS.lookalikeHandle, fields: { typedScreenName: DRAFTS.lookalikeHandle } }]);
  });

  test('X username: "LeightonLinsladeTC" is flagged too', async ({ page }) => {
    await visit(page, URLS.xScreenName);
    await replaceText(page.locator('input[name="typedScreenName"]'), DRAFTS.lookalikeHandle2);
    await page.getByTestId('settingsDetailSave').click();
    await expectGate(page, [FINDINGS.lookalike]);
  });

  test('X username: an ordinary handle saves at once', async ({ page }) => {
    await visit(page, URLS.xScreenName);
    await replaceText(page.locator('input[name="typedScreenName"]'), DRAFTS.cleanHandle);
    await page.getByTestId('settingsDetailSave').click();
    await expectPosts(page, [{ text: DRAFTS.cleanHandle, via: 'button' }]);
    await expect(gate(page)).toHaveCount(0);
  });

  test('X profile: a display name imitating the council gates Save', async ({ page }) => {
    await visit(page, URLS.xProfile);
    await replaceText(page.locator('input[name="displayName"]'), 'Leighton Linslade Town Council');
    await page.getByTestId('Profile_Save_Button').click();
    await expectGate(page, [FINDINGS.lookalike]);
    await postAnywayButton(page).click();
    await expectPosts(page, [{ fields: { displayName: 'Leighton Linslade Town Council' } }]);
  });

  test('X profile: swearing in the bio gates Save', async ({ page }) => {
    await visit(page, URLS.xProfile);
    await replaceText(page.locator('textarea[name="description"]'), DRAFTS.swearing);
    await page.getByTestId('Profile_Save_Button').click();
    await expectGate(page, [FINDINGS.offensive]);
    await editPostButton(page).click();
    await expectNothingPosted(page);
  });
});

test('phpBB registration: a lookalike username gates Submit', async ({ page, enableForums }) => {
  await enableForums(OFFICIAL_ACCOUNTS_CONFIG);
  await visit(page, URLS.phpbbRegister);
  await replaceText(page.locator('input#username'), DRAFTS.lookalikeHandle);
  await page.locator('input#submit').click();
  await expectGate(page, [FINDINGS.lookalike]);
  await postAnywayButton(page).click();
  await expectPosts(page, [{ text: DRAFTS.lookalikeHandle, via: 'form', submitter: 'submit' }]);
});
