import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { README_PATH, updatedReadme } from '../../scripts/rule-table.ts';

it('the README rule table matches rules/ (run `npm run docs:rules`)', async () => {
  expect(readFileSync(README_PATH, 'utf8')).toBe(await updatedReadme(README_PATH));
});
