// The bundled checker page: type or paste a draft, choose where it goes, and see the same findings
// the content script gets, marked in the draft and grouped by severity, live as you type; each
// finding links to its clause on the policy page. No serious accessibility problem, light or dark.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { CheckReply } from '../../utils/messages.ts';
import { DRAFTS, FINDINGS, expect, screenshot, test } from './harness.ts';

async function open(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/checker.html`);
  await expect(page.getByRole('heading', { level: 1, name: 'Check a draft' })).toBeVisible();
  // The effective configuration has arrived from the background.
  await expect(page.getByText('Checked with the settings in effect in this browser')).toBeVisible();
}

function draftBox(page: Page) {
  return page.getByRole('textbox', { name: 'Draft' });
}

function summary(page: Page) {
  return page.getByRole('status');
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('shows the same finding as the content script, marked in the draft', async ({ page, extensionId }) => {
  await open(page, extensionId);
  await draftBox(page).click();
  await page.keyboard.type(DRAFTS.councilEmail, { delay: 5 });
  await expect(summary(page)).toHaveText('1 finding: 1 must fix.');

  // What the background answers a content script for the same draft.
  const reply = await page.evaluate(
    (text) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<CheckReply> } } }
      ).chrome.runtime.sendMessage({ type: 'check', text, field: 'post', site: 'other', box: 'checker-test' }),
    DRAFTS.councilEmail,
  );
  expect(reply.findings).toHaveLength(1);
  const expected = reply.findings[0]!;
  expect(expected).toMatchObject({
    rule: FINDINGS.councilEmail.rule,
    clause: '9.3',
    excerpt: FINDINGS.councilEmail.excerpt,
  });

  const finding = page.locator('li.finding');
  await expect(finding).toHaveCount(1);
  await expect(finding).toContainText(expected.title);
  await expect(finding.locator('.clause')).toHaveText('9.3');
  await expect(finding.locator('.excerpt')).toHaveText(expected.excerpt);
  await expect(finding.locator('.message')).toHaveText(expected.message);
  await expect(finding.locator('.suggestion')).toHaveText(expected.suggestion!);
  await expect(finding.getByText('Must fix')).toBeVisible();
  await finding.getByText('What clause 9.3 says').click();
  await expect(finding.locator('blockquote')).toHaveText(expected.clauseText);
  await expect(finding.getByRole('link', { name: 'Read clause 9.3 in the procedure' })).toHaveAttribute(
    'href',
    expected.href,
  );
  // The words are marked in the mirror of the draft, with the severity as a word beside them.
  const mirror = page.getByRole('region', { name: 'Your draft, with the findings marked' });
  await expect(mirror.locator('mark')).toHaveText([FINDINGS.councilEmail.excerpt]);
  await expect(mirror).toContainText('Must fix');
  await expect(page.getByRole('heading', { name: /Must fix/ })).toBeVisible();
  await expect(page.getByText('Language: English.')).toBeVisible();
  await screenshot(page, 'pages', 'checker-finding');
});

test('a finding’s link opens the policy page at its clause, highlighted', async ({ page, context, extensionId }) => {
  await open(page, extensionId);
  await draftBox(page).fill(DRAFTS.councilEmail);
  const link = page.getByRole('link', { name: 'Read clause 9.3 in the procedure' });
  await expect(link).toHaveAttribute('href', `chrome-extension://${extensionId}/policy.html#clause-9.3-2`);
  const [policy] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await expect(policy).toHaveURL(/policy\.html#clause-9\.3-2$/);
  const bullet = policy.locator('[id="clause-9.3-2"]');
  await expect(bullet).toHaveClass(/is-target/);
  await expect(bullet.getByText('You were sent here')).toBeVisible();
  await expect(bullet.locator('details.flags')).toContainText('Council email address in a personal post');
});

test('live as you type; mode, field and site change the result', async ({ page, extensionId }) => {
  await open(page, extensionId);
  await expect(summary(page)).toHaveText('Type or paste a draft above to check it.');
  await draftBox(page).fill(DRAFTS.clean);
  await expect(summary(page)).toHaveText('No findings: nothing in this draft matches Preflight’s checks.');
  await draftBox(page).fill(DRAFTS.councilEmail);
  await expect(summary(page)).toHaveText('1 finding: 1 must fix.');

  // On the council's own account a council address is not someone's own address, but is checked
  // against the public contacts instead.
  await page.getByRole('radio', { name: /The council’s account/ }).check();
  await expect(page.locator('li.finding')).toContainText('Personal or sensitive data');
  await expect(page.locator('li.finding')).not.toContainText('Council email address');
  await page.getByRole('radio', { name: /My own account/ }).check();
  await expect(summary(page)).toHaveText('1 finding: 1 must fix.');

  // A profile name is checked for lookalikes only.
  await page.getByLabel('What you are writing').selectOption('profile-name');
  await draftBox(page).fill('Leighton Linslade T.C. Official');
  await expect(page.locator('li.finding')).toContainText('Account that looks like an official council account');

  // Anything written on a wiki gets the collaborative-edit note.
  await page.getByLabel('What you are writing').selectOption('post');
  await page.getByLabel('Where').selectOption('wiki');
  await draftBox(page).fill('Leighton Buzzard is a market town in Bedfordshire.');
  await expect(summary(page)).toHaveText('1 finding: 1 note.');
  await expect(page.locator('li.finding')).toContainText('Editing a shared wiki');
});

test('says which checks still apply to a draft in another language', async ({ page, extensionId }) => {
  await open(page, extensionId);
  await draftBox(page).fill(
    'Dzień dobry, w sobotę na rynku odbędzie się jarmark świąteczny. Zapraszamy wszystkich mieszkańców miasta.',
  );
  await expect(page.getByText(/Language: Polish\./)).toBeVisible();
  await page.getByText('Which checks still apply').click();
  const details = page.locator('.not-english details');
  await expect(details).toContainText('Council email address in a personal post');
  await expect(details).toContainText('Skipped (English only)');
  await expect(details).toContainText('A complaint about work');
});

test('“Try an example” fills in a flagged example', async ({ page, extensionId }) => {
  await open(page, extensionId);
  const picker = page.getByLabel('Try an example');
  const option = picker.locator('option', { hasText: 'LLTC are an absolute shambles' });
  await picker.selectOption({ label: (await option.textContent())! });
  await expect(draftBox(page)).toHaveValue(/LLTC are an absolute shambles/);
  await expect(page.locator('li.finding').first()).toContainText('Disparaging the council');
});

test('works from the keyboard alone', async ({ page, extensionId }) => {
  await open(page, extensionId);
  await page.getByLabel('Try an example').focus();
  await page.keyboard.press('Tab');
  await expect(draftBox(page)).toBeFocused();
  await page.keyboard.type(DRAFTS.councilEmail);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: /My own account/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /The council’s account/ })).toBeChecked();
  await expect(page.locator('li.finding')).toContainText('Personal or sensitive data');
  // The finding's link is reachable with Tab.
  await page.getByRole('link', { name: 'Read clause 13 in the procedure' }).focus();
  await expect(page.getByRole('link', { name: 'Read clause 13 in the procedure' })).toBeFocused();
});

test('checks with the configuration in effect: IT can try one', async ({ page, extensionId, setUserConfig }) => {
  await setUserConfig({ colleagues: ['Tom Reed'], policyUrl: 'https://intranet.example.org/smp' });
  // The background re-reads the configuration when storage changes; reload until it has.
  await expect
    .poll(
      async () => {
        await open(page, extensionId);
        await draftBox(page).fill('Tom Reed from work lives at 4 Mill Road, LU7 2PP');
        await expect(summary(page)).not.toHaveText(/^Type or paste/);
        return page.locator('li.finding .title').allTextContents();
      },
      { timeout: 10_000 },
    )
    .toContain('A colleague’s contact details');
  // Links go to IT's own copy of the procedure.
  await expect(page.getByRole('link', { name: 'Read clause 13 in the procedure' }).first()).toHaveAttribute(
    'href',
    'https://intranet.example.org/smp#clause-13-1',
  );
});

test('no serious accessibility problems, light and dark', async ({ page, extensionId }) => {
  await open(page, extensionId);
  await draftBox(page).fill(
    `${DRAFTS.councilEmail}. ${DRAFTS.swearing}. Not my photo, found it online. I work for the council and the new car park plans are great.`,
  );
  await expect(page.locator('li.finding').first()).toBeVisible();
  expect(await seriousViolations(page), 'light').toEqual([]);
  await screenshot(page, 'pages', 'checker-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page), 'dark').toEqual([]);
  await screenshot(page, 'pages', 'checker-dark');
});
