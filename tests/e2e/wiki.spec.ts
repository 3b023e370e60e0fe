// Wikipedia's source editor: a textarea in form#editform that already holds the article; the
// extension checks the edit (site "wiki": a collaborative-edit info finding is always there).

import { URLS, composerSuite, editorText, expect, expectPosts, gate, test, typeDraft, visit } from './harness.ts';

composerSuite({
  site: 'wiki',
  name: 'source editor',
  url: URLS.wikipedia,
  kind: 'textarea',
  open: async (page) => page.locator('form#editform textarea#wpTextbox1'),
  submit: (page) => page.locator('form#editform input#wpSave').click(),
  posted: (text) => ({ text, via: 'form', submitter: 'wpSave' }),
});

test('an edit with only an info finding saves without a dialog', async ({ page }) => {
  await visit(page, URLS.wikipedia);
  const box = page.locator('textarea#wpTextbox1');
  const before = await editorText(box);
  const text = await typeDraft(box, 'The town has a narrow gauge railway.');
  expect(text).toBe(before + 'The town has a narrow gauge railway.');
  await page.locator('input#wpSave').click();
  await expectPosts(page, [{ text, via: 'form', submitter: 'wpSave' }]);
  await expect(gate(page)).toHaveCount(0);
});
