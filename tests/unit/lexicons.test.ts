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

  const read = (file: string) =>
    JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      description?: unknown;
      entries?: Array<Record<string, unknown>>;
      groups?: Array<Record<string, unknown>>;
    };
  const listed = files.filter((f) => !read(f).groups);
  const grouped = files.filter((f) => read(f).groups);

  describe.each(listed)('%s', (file) => {
    const lexicon = read(file);
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
  describe.each(grouped)('%s (grouped)', (file) => {
    const lexicon = read(file);
    const groups = lexicon.groups!;

    it('has a description and groups, each with a kind, a reason and terms', () => {
      expect(typeof lexicon.description).toBe('string');
      expect(groups.length).toBeGreaterThan(0);
      const malformed = groups.filter(
        (g) =>
          typeof g.kind !== 'string' ||
          typeof g.why !== 'string' ||
          (g.why as string).length < 20 ||
          !Array.isArray(g.terms) ||
          g.terms.length === 0 ||
          Object.keys(g).some((k) => !['kind', 'why', 'terms', 'note'].includes(k)),
      );
      expect(malformed).toEqual([]);
      expect(new Set(groups.map((g) => g.kind)).size).toBe(groups.length);
    });

    it('every term is well formed, and no term sits in two groups', () => {
      const terms = groups.flatMap((g) => (g.terms as unknown[]).map((t) => ({ t, kind: g.kind })));
      expect(terms.filter(({ t }) => typeof t !== 'string' || t.trim() !== t || t === '' || /\s{2,}/.test(t))).toEqual(
        [],
      );
      const seen = new Map<string, string[]>();
      for (const { t, kind } of terms) {
        const key = String(t).toLowerCase();
        seen.set(key, [...(seen.get(key) ?? []), String(kind)]);
      }
      expect([...seen].filter(([, kinds]) => kinds.length > 1)).toEqual([]);
    });

    it('compiles into a matcher', () => {
      expect(() => compileTerms(groups.flatMap((g) => g.terms as string[]))).not.toThrow();
    });
  });
});
