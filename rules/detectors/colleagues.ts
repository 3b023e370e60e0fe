// Colleague references (SPEC §3): a configured colleague's name (the full name, or the first
// name next to a work word), or words such as "my colleague", "my manager", "the clerk",
// "Cllr NAME". Names are personal data: this module never logs what it finds.
import type { Config } from '../config.ts';
import { compiledFor, type Draft } from '../draft.ts';
import { compileTerms, escapeRegExp, findAll, inRange, overlaps, wordsBetween, type Span } from './text.ts';

export interface ColleagueReference extends Span {
  /** `name`: a configured colleague; `role`: "my manager" and the like; `councillor`: "Cllr Bates". */
  kind: 'name' | 'role' | 'councillor';
}

export const ROLE_TERMS = [
  'my colleague',
  'my colleagues',
  'a colleague',
  'colleague of mine',
  'colleagues of mine',
  'work colleague',
  'my manager',
  'my line manager',
  'line manager',
  'my boss',
  'my bosses',
  'the boss',
  'our manager',
  'our boss',
  'my supervisor',
  'my team leader',
  'team leader',
  'head of service',
  'my director',
  'coworker',
  'coworkers',
  'co-worker',
  'co-workers',
  'workmate',
  'workmates',
  'someone I work with',
  'people I work with',
  'guy I work with',
  'woman I work with',
  'bloke I work with',
  'girl I work with',
  'the clerk',
  'our clerk',
  'the town clerk',
  'our town clerk',
  'town clerk',
  'deputy clerk',
  'the deputy clerk',
  'council staff',
  'council officers',
  'council officer',
  'council workers',
  'council employees',
  'the councillors',
  'our councillors',
  'the mayor',
  'the town mayor',
  'our mayor',
];

/** Words that put a bare first name at work: "Tom from work", "Tom in the office". */
const WORK_WORDS = compileTerms([
  'work',
  'the office',
  'office',
  'colleague',
  'colleagues',
  'manager',
  'boss',
  'team',
  'department',
  'dept',
  'council',
  'shift',
  'desk',
  'finance',
  'HR',
  'reception',
  'grounds team',
  'works',
  'depot',
]);

// "Cllr Bates", "Councillor Jane Smith", "Cllr. O'Neill".
const COUNCILLOR =
  /(?<![\p{L}\p{N}])(?:[Cc]llr\.?|CLLR\.?|[Cc]ouncillor)\s+(?:\p{Lu}[\p{L}'-]+)(?:\s+\p{Lu}[\p{L}'-]+)?/gu;

function compiled(config: Config) {
  return compiledFor(config, 'colleagues', () => {
    const firstNames = [
      ...new Set(config.colleagues.map((n) => n.trim().split(/\s+/)[0]!).filter((n) => n.length > 1)),
    ];
    return {
      fullNames: compileTerms(config.colleagues.filter((n) => /\s/.test(n.trim()))),
      // First names only count capitalised, so "will" and "grace" as words do not.
      firstNames: firstNames.length
        ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${firstNames.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
        : null,
      roles: compileTerms(ROLE_TERMS),
    };
  });
}

/** Every reference to a colleague, councillor or manager, sorted by position. */
export function colleagueReferences(draft: Draft): ColleagueReference[] {
  return draft.memo('colleagueReferences', () => {
    const c = compiled(draft.config);
    const fullNames = findAll(c.fullNames, draft.text).map((m) => ({ ...m, kind: 'name' as const }));
    const out: ColleagueReference[] = [...fullNames];
    const work = findAll(WORK_WORDS, draft.text);
    for (const m of findAll(c.firstNames, draft.text)) {
      if (inRange(fullNames, m.start - 200, m.end).some((o) => overlaps(o, m))) continue;
      const sentence = draft.sentenceAt(m.start);
      const nearWork = inRange(work, sentence.start, sentence.end).some(
        (w) => w.end <= sentence.end && wordsBetween(draft.text, m, w) <= 4,
      );
      if (nearWork) out.push({ start: m.start, end: m.end, kind: 'name' });
    }
    for (const m of findAll(c.roles, draft.text)) out.push({ start: m.start, end: m.end, kind: 'role' });
    COUNCILLOR.lastIndex = 0;
    for (const m of draft.text.matchAll(COUNCILLOR)) {
      out.push({ start: m.index, end: m.index + m[0].length, kind: 'councillor' });
    }
    return out.sort((a, b) => a.start - b.start);
  });
}
