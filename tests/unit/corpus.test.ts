// The labelled corpus (tests/corpus/*.jsonl) is well formed. Shape only: the figures are
// `npm run corpus`'s business, never asserted here.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { HOLDOUT_DIR, loadCorpus, loadCorpusConfig } from '../../scripts/corpus.ts';

// SPEC §3, written out independently of the rule files: rules that are `off` in official mode,
// and the only rules that run on profile names and handles.
const OFF_IN_OFFICIAL = new Set([
  'council-email',
  'official-lookalike',
  'own-safety',
  'speaking-for-council',
  'grievance',
  'views-disclaimer',
]);
const PROFILE_RULES = new Set(['official-lookalike', 'offensive-language']);

// The tuning corpus and the held-out set are checked as one: a held-out draft must not repeat a tuning one.
const tuning = loadCorpus();
const holdout = existsSync(HOLDOUT_DIR) ? loadCorpus(HOLDOUT_DIR) : { entries: [], problems: [] };
const entries = [...tuning.entries, ...holdout.entries];
const problems = [...tuning.problems, ...holdout.problems];

describe('labelled corpus', () => {
  it('has no malformed line (valid JSON, known rule ids, valid mode/field/site)', () => {
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
  });

  it('has a few hundred drafts', () => {
    expect(entries.length).toBeGreaterThanOrEqual(340);
  });

  it('has unique ids', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const e of entries) {
      if (seen.has(e.id)) dupes.push(`${e.id} (${seen.get(e.id)} and ${e.file}:${e.line})`);
      else seen.set(e.id, `${e.file}:${e.line}`);
    }
    expect(dupes).toEqual([]);
  });

  it('has no duplicate text in the same context', () => {
    const seen = new Set<string>();
    const dupes: string[] = [];
    for (const e of entries) {
      const key = JSON.stringify([e.text, e.mode, e.field, e.site]);
      if (seen.has(key)) dupes.push(e.id);
      seen.add(key);
    }
    expect(dupes).toEqual([]);
  });

  it('labels only rules that run in the draft’s context', () => {
    const wrong: string[] = [];
    for (const e of entries) {
      for (const rule of e.expect) {
        if (e.mode === 'official' && OFF_IN_OFFICIAL.has(rule)) wrong.push(`${e.id}: ${rule} is off in official mode`);
        if ((e.field === 'profile-name' || e.field === 'handle') && !PROFILE_RULES.has(rule))
          wrong.push(`${e.id}: ${rule} does not run on a ${e.field}`);
      }
      const wiki = e.site === 'wiki' && e.text.trim() !== '' && e.field !== 'profile-name' && e.field !== 'handle';
      if (wiki !== e.expect.includes('collaborative-edit'))
        wrong.push(`${e.id}: collaborative-edit must be expected exactly on non-empty wiki text`);
    }
    expect(wrong).toEqual([]);
  });

  it('is checked with a configuration that validates cleanly', () => {
    expect(loadCorpusConfig().issues).toEqual([]);
  });
});
