import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { withRuleTable } from '../../scripts/rule-table.ts';

it('the README rule table matches rules/ (run `npm run docs:rules`)', () => {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
  expect(readme).toBe(withRuleTable(readme));
});
