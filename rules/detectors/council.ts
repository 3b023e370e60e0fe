// Council references (SPEC §3): the organisation's name, an alias, an official handle (with or
// without @), "the council", "the town council", "council's …", "council staff/officers".
import type { Config } from '../config.ts';
import { compiledFor, type Draft } from '../draft.ts';
import { compileTerms, escapeRegExp, findAll, type Span } from './text.ts';

export interface CouncilReference extends Span {
  /** `name`: the organisation's name, alias or handle; `generic`: "the council" and friends. */
  kind: 'name' | 'generic';
}

const GENERIC_TERMS = [
  'the council',
  'the town council',
  'our council',
  'this council',
  'the TC',
  "council's",
  'councils',
  'council staff',
  'council officers',
  'council officer',
  'council workers',
  'council employees',
  'council employee',
  'council management',
  'council bosses',
  'council leadership',
  'town council',
  'town hall',
];

// "Central Bedfordshire Council's" is another council: a generic term straight after a
// capitalised word that is not one of ours does not refer to our council.
const OTHER_COUNCIL_BEFORE = /([A-Z][\p{L}'-]+)\s+$/u;
const OURS_BEFORE = new Set(['The', 'Our', 'This', 'Town', 'My', 'Your', 'Whole', 'Local', 'Parish']);

function compiled(config: Config) {
  return compiledFor(config, 'council', () => {
    const handles = config.organisation.officialAccounts;
    const names = [config.organisation.name, ...config.organisation.aliases];
    return {
      names: compileTerms(names),
      // Handles are matched as written, with or without the @.
      handles: handles.length
        ? new RegExp(`(?<![\\p{L}\\p{N}_])@?(?:${handles.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`, 'giu')
        : null,
      generic: compileTerms(GENERIC_TERMS),
      places: new Set(config.organisation.places.flatMap((p) => p.split(/[\s-]+/))),
    };
  });
}

/** Every reference to the council in the draft, sorted by position. */
export function councilReferences(draft: Draft): CouncilReference[] {
  return draft.memo('councilReferences', () => {
    const c = compiled(draft.config);
    const named: CouncilReference[] = [...findAll(c.names, draft.text), ...findAll(c.handles, draft.text)].map((m) => ({
      start: m.start,
      end: m.end,
      kind: 'name' as const,
    }));
    const generic = findAll(c.generic, draft.text)
      .filter((m) => !named.some((n) => m.start < n.end && n.start < m.end))
      .filter((m) => {
        if (/^(the|our|this) /i.test(m.text)) return true;
        const before = OTHER_COUNCIL_BEFORE.exec(draft.text.slice(Math.max(0, m.start - 40), m.start));
        return !before || OURS_BEFORE.has(before[1]!) || c.places.has(before[1]!);
      })
      .map((m) => ({ start: m.start, end: m.end, kind: 'generic' as const }));
    return [...named, ...generic].sort((a, b) => a.start - b.start);
  });
}

/** Whether the draft mentions the council at all (cheap enough for a prefilter). */
export function mentionsCouncil(draft: Draft): boolean {
  return councilReferences(draft).length > 0;
}
