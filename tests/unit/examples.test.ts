// Every rule's examples are data: each one is checked here, and the same list is shown as help.
import { describe, expect, it } from 'vitest';
import { configWith } from '../../rules/config.ts';
import { check } from '../../rules/engine.ts';
import { RULES } from '../../rules/index.ts';

describe.each(RULES.map((r) => [r.id, r] as const))('%s examples', (_id, rule) => {
  it('has flagged and passing examples', () => {
    expect(rule.examples.some((e) => e.flagged)).toBe(true);
    expect(rule.examples.some((e) => !e.flagged)).toBe(true);
  });
  it.each(rule.examples.map((e) => [e.flagged ? 'flags' : 'passes', e.text, e] as const))(
    '%s %j',
    (_v, text, example) => {
      const result = check(
        text,
        {
          mode: example.mode ?? 'personal',
          field: example.field ?? 'post',
          site: example.site ?? 'other',
          today: '2026-11-25',
        },
        configWith(example.config),
      );
      const hits = result.findings.filter((f) => f.rule === rule.id);
      expect(hits.length > 0, `${rule.id} on ${JSON.stringify(text)}: ${JSON.stringify(result.findings)}`).toBe(
        example.flagged,
      );
      for (const f of hits) {
        expect(f.clause).toBe(rule.clause);
        expect(text.slice(f.start, f.end).length).toBeGreaterThan(0);
      }
    },
  );
});
