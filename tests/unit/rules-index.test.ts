import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.ts';
import { FIELDS } from '../../rules/types.ts';

const rulesDir = join(import.meta.dirname, '../../rules');
const NOT_RULES = new Set(['index', 'types', 'config', 'engine', 'draft', 'language', 'policy']);

describe('rules/index.ts', () => {
  it('lists every rule file, and each rule is named after its file', () => {
    const files = readdirSync(rulesDir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => f.replace(/\.ts$/, ''))
      .filter((f) => !NOT_RULES.has(f));
    expect(RULES.map((r) => r.id).sort()).toEqual(files.sort());
  });
  it('has the 18 rules of SPEC §3', () => {
    expect(RULES).toHaveLength(18);
  });
  it.each(RULES.map((r) => [r.id, r] as const))('%s has complete metadata', (_id, rule) => {
    expect(rule.clause).toMatch(/^(\d+(\.\d+)?|Appendix 2)$/);
    expect(rule.title.length).toBeGreaterThan(3);
    expect(rule.message.length).toBeGreaterThan(10);
    expect(rule.explanation.length).toBeGreaterThan(40);
    expect(rule.suggestion.length).toBeGreaterThan(10);
    for (const f of rule.fields) expect(FIELDS).toContain(f);
  });
});
