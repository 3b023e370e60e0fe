// Word lists are data a comms officer reviews: every entry must be well formed, explained and unique.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileTerms } from '../../rules/detectors/text.ts';

const dir = join(import.meta.dirname, '../../rules/lexicons');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('lexicons', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  describe.each(files)('%s', (file) => {
    const lexicon = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      description?: unknown;
      entries?: Array<Record<string, unknown>>;
    };

    it('has a description and a list of entries', () => {
      expect(typeof lexicon.description).toBe('string');
      expect((lexicon.description as string).length).toBeGreaterThan(10);
      expect(Array.isArray(lexicon.entries)).toBe(true);
      expect(lexicon.entries!.length).toBeGreaterThan(0);
    });

    it('every entry has a term and says why it is there, and nothing else unexpected', () => {
      const malformed = lexicon.entries!.filter(
        (e) =>
          typeof e.term !== 'string' ||
          e.term.trim() !== e.term ||
          e.term.length === 0 ||
          /\s{2,}/.test(e.term) ||
          typeof e.why !== 'string' ||
          e.why.length < 5 ||
          (e.kind !== undefined && typeof e.kind !== 'string') ||
          Object.keys(e).some((k) => !['term', 'why', 'kind', 'note'].includes(k)),
      );
      expect(malformed).toEqual([]);
    });

    it('has no duplicate terms (ignoring case)', () => {
      const seen = new Map<string, number>();
      for (const e of lexicon.entries!) {
        const key = String(e.term).toLowerCase();
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
      expect([...seen].filter(([, n]) => n > 1).map(([k]) => k)).toEqual([]);
    });

    it('compiles into a matcher', () => {
      expect(() => compileTerms(lexicon.entries!.map((e) => String(e.term)))).not.toThrow();
    });
  });
});
