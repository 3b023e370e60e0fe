// Bad input gets a result or a clear error, never a crash or a hang.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../rules/config.ts';
import { check } from '../../rules/engine.ts';
import { RULES_BY_ID } from '../../rules/index.ts';
import type { Rule } from '../../rules/types.ts';

const config = resolveConfig([
  {
    source: 'file',
    value: { colleagues: ['Tom Reed', 'Priya Shah'], organisation: { officialAccounts: ['LLTownCouncil'] } },
  },
]).config;

const STRANGE = [
  '',
  ' \n\t ',
  '\u200B\u200B\u200B',
  '🎆🎇✨🔥💯 '.repeat(50),
  'مرحبا بكم في اجتماع المجلس الليلة',
  'שלום \u202Eevil\u202C text',
  'Z̸̢̛̛a̷̡͝l̴̨̛g̸̡̛o̷̧͠ ̵̨̛t̸̢͝e̴̢͝x̵̧̛t̷̨͝ about the council',
  '\uD800\uDC00\uD800 lone surrogate \uDFFF',
  '\u0000\u0001\u0002 control characters \u007F',
  'a'.repeat(10_000),
  '1'.repeat(10_000),
  '@'.repeat(5_000) + '.'.repeat(5_000),
  'the council '.repeat(2_000),
  '07700 900123 '.repeat(500),
  'a@b.c '.repeat(2_000),
  'LU7 '.repeat(3_000),
];

describe('robustness', () => {
  it.each(STRANGE.map((s) => [s.slice(0, 30), s]))('gives a result for %j', (_label, text) => {
    for (const mode of ['personal', 'official'] as const) {
      const result = check(text, { mode }, config);
      expect(typeof result.language).toBe('string');
      for (const f of result.findings) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(f.end).toBeGreaterThanOrEqual(f.start);
      }
    }
  });

  it('checks a 1 MB paste in reasonable time', () => {
    const paragraph =
      'Lovely day at the market. Email me at sam.jones@leightonlinslade-tc.gov.uk for tickets. The council did a brilliant job with the fireworks. ';
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length)).slice(0, 1_000_000);
    const t = performance.now();
    const result = check(text, {}, config);
    expect(performance.now() - t).toBeLessThan(15_000);
    expect(result.findings.length).toBeGreaterThan(0);
  });

  it('an exception in one rule is reported and the others still run', () => {
    const rule = RULES_BY_ID.get('collaborative-edit') as Rule & { detect: Rule['detect'] };
    const original = rule.detect;
    const errors: string[] = [];
    try {
      (rule as { detect: Rule['detect'] }).detect = () => {
        throw new Error('boom');
      };
      const result = check('Email me at sam.jones@leightonlinslade-tc.gov.uk', { site: 'wiki' }, config, {
        onRuleError: (id) => errors.push(id),
      });
      expect(errors).toEqual(['collaborative-edit']);
      expect(result.findings.some((f) => f.rule === 'council-email')).toBe(true);
    } finally {
      (rule as { detect: Rule['detect'] }).detect = original;
    }
  });

  it('never alters the text it is given, and excerpts are the user’s own characters', () => {
    const text = 'Email me at sam.jones@leightonlinslade\u200B-tc.gov.uk 🎆';
    const copy = `${text}`;
    const result = check(text, {}, config);
    expect(text).toBe(copy);
    for (const f of result.findings) expect(text.slice(f.start, f.end)).toContain(f.excerpt.replace(/…$/, ''));
  });
});
