// "The reason, in the policy's own words, one click away": from the gate on a site's page, the
// clause link opens the bundled procedure at that clause in a new tab, and the gate stays put.
import { DRAFTS, FINDINGS, URLS, expect, expectGate, gate, test, typeLikeUser, visit } from './harness.ts';

test('the gate’s clause link opens the procedure at clause 9.3 in a new tab', async ({
  page,
  context,
  extensionId,
}) => {
  await visit(page, URLS.xHome);
  await typeLikeUser(page.getByTestId('tweetTextarea_0'), DRAFTS.councilEmail);
  await page.getByTestId('tweetButtonInline').click();
  await expectGate(page, [FINDINGS.councilEmail]);
  const opened = context.waitForEvent('page');
  await gate(page).getByRole('button', { name: 'Read clause 9.3 in the procedure' }).click();
  const policy = await opened;
  await expect
    .poll(() => policy.url())
    .toMatch(new RegExp(`^chrome-extension://${extensionId}/policy\\.html#clause-9\\.3`));
  await expect(policy.getByText('You were sent here')).toBeVisible();
  await expect(gate(page), 'the gate is still open on the first tab').toBeVisible();
});
