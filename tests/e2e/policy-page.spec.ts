// The bundled policy page: the whole procedure with an element per section, clause and bullet
// whose id is the data's anchor (findings link to them), the clause a link names highlighted and
// marked "You were sent here" (also when the hash changes on the open page), what Preflight flags
// under each enforced clause, IT's own copy mentioned when configured, and no serious
// accessibility problem in light or dark.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { procedure, type PolicyBullet } from '../../rules/policy.ts';
import { expect, screenshot, test } from './harness.ts';

function allAnchors(): string[] {
  const bullets = (list: readonly PolicyBullet[]): string[] =>
    list.flatMap((b) => [b.anchor, ...bullets(b.bullets ?? [])]);
  return procedure.sections.flatMap((s) => [s.anchor, ...s.clauses.flatMap((c) => [c.anchor, ...bullets(c.bullets)])]);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Whether the element's top is inside the viewport. */
async function inView(page: Page, id: string): Promise<boolean> {
  return page.evaluate((anchor) => {
    const box = document.getElementById(anchor)!.getBoundingClientRect();
    return box.top >= -1 && box.top < innerHeight;
  }, id);
}

test('every section, clause and bullet has its anchor as an id', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/policy.html`);
  await expect(page.getByRole('heading', { level: 1, name: procedure.title })).toBeVisible();
  const anchors = allAnchors();
  expect(anchors.length).toBeGreaterThan(100);
  const missing = await page.evaluate((ids) => ids.filter((id) => !document.getElementById(id)), anchors);
  expect(missing, 'anchors without an element').toEqual([]);
  // Nothing is marked when no anchor was asked for.
  await expect(page.getByText('You were sent here')).toHaveCount(0);
});

test('a finding’s link lands on its bullet, highlighted, with what Preflight flags there', async ({
  page,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/policy.html#clause-9.3-2`);
  const bullet = page.locator('[id="clause-9.3-2"]');
  await expect(bullet).toHaveClass(/is-target/);
  await expect(bullet.getByText('You were sent here')).toBeVisible();
  await expect(page.getByText('You were sent here')).toHaveCount(1);
  await expect(bullet.locator('.sent-here')).toContainText('clause 9.3, point 2');
  await expect(bullet).toContainText('council email address');
  expect(await inView(page, 'clause-9.3-2'), 'the bullet is scrolled into view').toBe(true);
  // The rule's help is open under the bullet it lands on.
  const help = bullet.locator('details.flags');
  await expect(help).toHaveAttribute('open', '');
  await expect(help.getByRole('heading', { name: 'Council email address in a personal post' })).toBeVisible();
  await expect(help.getByText('Flagged').first()).toBeVisible();
  await expect(help.getByText('Passes').first()).toBeVisible();
  await expect(help).toContainText('Email me at sam.jones@leightonlinslade-tc.gov.uk for tickets');
  expect(await bullet.evaluate((el) => el.matches(':target') || el.classList.contains('is-target'))).toBe(true);
  await screenshot(page, 'pages', 'policy-target');
});

test('the highlight follows the hash on an open page', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/policy.html#clause-9.3-2`);
  await expect(page.locator('[id="clause-9.3-2"]')).toHaveClass(/is-target/);
  await page.evaluate(() => {
    location.hash = '#clause-13-7';
  });
  const bullet = page.locator('[id="clause-13-7"]');
  await expect(bullet).toHaveClass(/is-target/);
  await expect(bullet.getByText('You were sent here')).toBeVisible();
  await expect(page.locator('[id="clause-9.3-2"]')).not.toHaveClass(/is-target/);
  await expect(page.getByText('You were sent here')).toHaveCount(1);
  expect(await inView(page, 'clause-13-7')).toBe(true);
  await expect(bullet.locator('details.flags')).toContainText('Offensive language');
  // A contents link works from the keyboard too.
  await page
    .getByRole('navigation', { name: 'Contents' })
    .getByRole('link', { name: /^Appendix 2/ })
    .focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#section-appendix-2$/);
  expect(await inView(page, 'section-appendix-2')).toBe(true);
});

test('each enforced clause says what Preflight flags there', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/policy.html`);
  // 18 rules over 17 bullets (two rules share none; one bullet may carry two).
  const helps = page.locator('details.flags');
  expect(await helps.count()).toBeGreaterThanOrEqual(15);
  const grievance = page.locator('[id="clause-9.3-10"] details.flags');
  await grievance.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(grievance).toHaveAttribute('open', '');
  await expect(grievance.getByRole('heading', { name: 'A complaint about work' })).toBeVisible();
  await expect(page.locator('[id="clause-appendix-2-8"] details.flags')).toContainText(
    'Your own address or phone number',
  );
});

test('names IT’s own copy of the procedure when one is configured', async ({ page, extensionId, setUserConfig }) => {
  const url = 'https://intranet.example.org/policies/social-media';
  await setUserConfig({ policyUrl: url });
  await expect
    .poll(
      async () => {
        await page.goto(`chrome-extension://${extensionId}/policy.html`);
        return page.getByRole('link', { name: url }).count();
      },
      { timeout: 5_000 },
    )
    .toBe(1);
  await expect(page.getByRole('note')).toContainText('Your council’s own copy of the procedure is at');
  await expect(page.getByRole('link', { name: url })).toHaveAttribute('href', url);
  // The bundled copy is still all here.
  await expect(page.locator('[id="clause-9.3-2"]')).toBeVisible();
  await screenshot(page, 'pages', 'policy-council-copy');
});

test('no serious accessibility problems, light and dark', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/policy.html#clause-9.4-1`);
  await expect(page.locator('[id="clause-9.4-1"]')).toHaveClass(/is-target/);
  expect(await seriousViolations(page), 'light').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page), 'dark').toEqual([]);
  await screenshot(page, 'pages', 'policy-dark');
});
