// End-to-end tests: the built extension (.output/chrome-mv3) in Debian's Chromium against fixture
// pages that mimic X, Facebook, LinkedIn, forums and Wikipedia with the sites' real editor
// libraries. See tests/e2e/README.md. Run `npm run build` first, then `npx playwright test`.

import { defineConfig } from '@playwright/test';
import type { HarnessOptions } from './tests/e2e/harness.ts';

export default defineConfig<HarnessOptions>({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 1,
  retries: 0,
  fullyParallel: false,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  forbidOnly: Boolean(process.env.CI),
  // list for people; json for the closing line .ci/run prints.
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    // The specs save their own screenshots to test-results/screenshots; add `--trace on` to debug one.
    trace: 'off',
    // A click that cannot happen (e.g. something covers the site's button) fails with a reason, not a test timeout.
    actionTimeout: 10_000,
  },
  projects: [
    {
      // The fixture pages alone, in plain Chromium: proves typing and posting work in each editor.
      name: 'fixtures-only',
      testMatch: /fixtures\.spec\.ts$/,
      use: { withExtension: false },
    },
    {
      name: 'extension',
      testIgnore: /fixtures\.spec\.ts$/,
      use: { withExtension: true },
    },
  ],
});
