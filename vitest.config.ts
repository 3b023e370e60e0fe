import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // A hang guard, not a speed target: some tests run the whole engine over every rule's examples,
    // and CI shares two cores with a browser.
    testTimeout: 30_000,
  },
});
