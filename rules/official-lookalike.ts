import { councilReferences } from './detectors/council.ts';
import { isCouncilName, lookalikeOf } from './detectors/lookalike.ts';
import type { Span } from './detectors/text.ts';
import type { Draft } from './draft.ts';
import type { Match, Rule } from './types.ts';

/**
 * Clause 9.3, third bullet: employees must not create an account that could be mistaken for an
 * official council account. For a profile name or handle the whole field is compared with the
 * council's names, aliases, official handles and "<town> Council/Official/TC", allowing for
 * separators, case, digit-for-letter and homoglyph swaps and small misspellings
 * (detectors/lookalike.ts). A bio is flagged when it presents itself as the council's account
 * ("Official account of Leighton-Linslade Town Council"); one that says where the author works
 * ("Sam | works at LLTC") or that it is unofficial is not an impersonation.
 */

// Saying you work there, or that the account is yours or unofficial, is not posing as the council.
const NOT_AN_IMPERSONATION =
  /\b(?:unofficial|not\s+(?:an?\s+)?official|not\s+affiliated|parody|fan\s+(?:page|account)|views?\s+(?:are\s+)?(?:(?:all\s+)?my\s+own|mine|personal)|personal\s+(?:account|capacity|views|page|profile)|my\s+own\s+views)\b/i;
const EMPLOYMENT =
  /\b(?:work(?:s|ing|ed)?\s+(?:at|for|in|with)|employed\s+(?:at|by)|employee\s+(?:of|at)|staff\s+(?:at|member)|job\s+at|(?:officer|assistant|manager|coordinator|clerk|apprentice|worker|administrator|gardener|warden|caretaker|team|member)\s+(?:at|@|for|with))\s*$/i;
// A bio presenting itself as an account of some organisation.
const PRESENTS =
  /\b(?:official|verified)\b|\b(?:account|page|profile|feed|channel|home)\s+(?:of|for)\b|\b(?:run|managed|operated|maintained)\s+by\b|\bwelcome\s+to\b|\b(?:news|updates|tweets|posts|information|info)\s+(?:and\s+\w+\s+)?from\b|\bwe\s+are\b|\bwe're\b|\bthis\s+is\b/i;
// Bios are written in fragments: "Official account | Leighton-Linslade Town Council | Mon–Fri".
const SEGMENT = /[^|•·\n.!?]+/g;
// A bio's title: its opening words up to a separator, a full stop or an emoji ("Leighton Linslade Town Council ✅ …").
const TITLE =
  /^[\s\p{Extended_Pictographic}\uFE0F]*([^|•·\n!?:;,()–—\p{Extended_Pictographic}]{2,80}?)\s*(?=[|•·\n!?:;,()–—\p{Extended_Pictographic}]|\.(?:\s|$)|\s-\s|$)/u;
// What a service desk says: "Serving residents since 1974", "Report potholes here", "DM us".
const SERVICE_DESK =
  /[✅✔☑]|\b(?:serving|serve|report(?:s|ing)?|contact\s+us|get\s+in\s+touch|(?:dm|message|email|call|ring|phone|tag|follow)\s+us|enquiries|opening\s+hours|office\s+hours|mon(?:day)?\s*(?:[-–]|to)\s*fri(?:day)?|here\s+to\s+help|we(?:'re|\s+are)?|our|residents|news|updates|bin\s+days?|road\s+closures|services)\b/i;

function trimmed(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

function employedAt(draft: Draft, refs: Span[]): boolean {
  return refs.some((r) => EMPLOYMENT.test(draft.text.slice(Math.max(0, r.start - 40), r.start)));
}

function nameOrHandle(draft: Draft): Match[] {
  if (NOT_AN_IMPERSONATION.test(draft.text)) return [];
  const refs = councilReferences(draft);
  if (refs.length > 0 && employedAt(draft, refs)) return [];
  const found = lookalikeOf(draft.text, draft.config);
  if (!found) return [];
  const span = trimmed(draft.text, { start: 0, end: Math.min(draft.text.length, 300) });
  if (!span) return [];
  const how =
    found.how === 'contains'
      ? 'contains'
      : found.how === 'similar'
        ? 'closely imitates'
        : 'pairs the town with "council" or "official", like';
  return [
    {
      ...span,
      message: `This ${draft.context.field === 'handle' ? 'handle' : 'profile name'} ${how} “${found.target}”: it could be mistaken for an official council account.`,
    },
  ];
}

/**
 * "Leighton Linslade Town Council ✅ Serving residents since 1974. Report potholes here.": a bio
 * titled with the council's own name that speaks as its service desk is the council's account.
 * "Parks officer at Leighton-Linslade Town Council" or "… Town Council parks team" is not titled so.
 */
function titledAsCouncil(draft: Draft): Match[] {
  const title = TITLE.exec(draft.text.slice(0, 200));
  if (!title?.[1] || !isCouncilName(title[1], draft.config)) return [];
  const rest = draft.text.slice(title.index + title[0].length);
  if (!SERVICE_DESK.test(rest)) return [];
  const start = title.index + title[0].indexOf(title[1]);
  return [{ start, end: start + title[1].length }];
}

function bio(draft: Draft): Match[] {
  if (NOT_AN_IMPERSONATION.test(draft.text)) return [];
  if (!PRESENTS.test(draft.text)) return titledAsCouncil(draft);
  const refs = councilReferences(draft);
  const out: Match[] = [];
  SEGMENT.lastIndex = 0;
  for (const seg of draft.text.matchAll(SEGMENT)) {
    const span = trimmed(draft.text, { start: seg.index, end: seg.index + seg[0].length });
    if (!span) continue;
    const text = draft.text.slice(span.start, span.end);
    const cue = PRESENTS.exec(text);
    if (!cue) continue;
    const cueAt = span.start + cue.index;
    const inSegment = refs.filter((r) => r.start >= span.start && r.end <= span.end);
    if (employedAt(draft, inSegment)) continue;
    // The council named in the segment, or "the town council" straight after the cue
    // ("official page of the town council"), or a lookalike of its name ("Leighton Linslade T.C.").
    const named = inSegment.some((r) => r.kind === 'name' || (r.start >= cueAt && r.start - cueAt <= 30));
    if (named || lookalikeOf(text, draft.config)) out.push(span);
  }
  return out.length > 0 ? out : titledAsCouncil(draft);
}

const rule: Rule = {
  id: 'official-lookalike',
  clause: '9.3',
  bullet: 3,
  seeAlso: [],
  title: 'Account that looks like an official council account',
  severity: { personal: 'error', official: 'off' },
  fields: ['profile-name', 'handle', 'bio'],
  englishOnly: false,
  message: 'This could be mistaken for an official Leighton Linslade Town Council account.',
  explanation:
    'The procedure says you must not create a social media account that could be mistaken for an official council account. A personal profile whose name or handle uses the council’s name, a close copy of it (swapped letters, numbers for letters, lookalike characters), or the town’s name with “Council” or “Official”, or whose bio presents it as the council’s account, can mislead residents into thinking they are dealing with the council.',
  suggestion:
    'Use your own name for a personal account. If you mention your job, say so plainly (“works at …, views my own”) rather than naming the account after the council.',
  examples: [
    { text: 'Leighton Linslade T.C. Official', field: 'profile-name', flagged: true },
    {
      text: 'LLTownCounci1',
      field: 'handle',
      flagged: true,
      config: {
        organisation: {
          name: 'Leighton-Linslade Town Council',
          aliases: ['LLTC'],
          places: ['Leighton Buzzard', 'Linslade', 'Leighton-Linslade'],
          emailDomains: ['leightonlinslade-tc.gov.uk'],
          officialAccounts: ['LLTownCouncil'],
        },
      },
      note: 'A digit “1” for the letter “l” in an official handle.',
    },
    {
      text: 'LLTC_News',
      field: 'handle',
      flagged: true,
      note: 'The council’s short name with a word that makes it look official.',
    },
    {
      text: 'Leighton Buzzard Council',
      field: 'profile-name',
      flagged: true,
      note: 'The town with “Council” reads as the council itself.',
    },
    {
      text: 'Lеighton-Linslade Town Council',
      field: 'profile-name',
      flagged: true,
      note: 'The first “е” is Cyrillic: it looks identical but would pass a plain text comparison.',
    },
    {
      text: 'Leighton Linsladе Towne Counsil',
      field: 'profile-name',
      flagged: true,
      note: 'Small misspellings still imitate the name.',
    },
    {
      text: 'Official account of Leighton-Linslade Town Council. Updates on events, parks and services.',
      field: 'bio',
      flagged: true,
    },
    {
      text: 'Leighton Linslade Town Council ✅ Serving residents since 1974. Report potholes here.',
      field: 'bio',
      flagged: true,
      note: 'A bio titled with the council’s own name that speaks as its service desk.',
    },
    {
      text: 'Leighton Buzzard Running Club',
      field: 'profile-name',
      flagged: false,
      note: 'A town name on its own belongs to every club and business in town.',
    },
    { text: 'Linslade Lions FC', field: 'profile-name', flagged: false },
    {
      text: 'Leighton Linslade FC',
      field: 'profile-name',
      flagged: false,
      note: 'One letter away from “Leighton Linslade TC”, but a football club, not the council.',
    },
    {
      text: 'Will Litchfield',
      field: 'profile-name',
      flagged: false,
      note: 'Contains the letters “lltc” once squashed, but not as a name.',
    },
    {
      text: 'Sam | works at LLTC | views my own',
      field: 'bio',
      flagged: false,
      note: 'Saying where you work is not posing as the council.',
    },
    {
      text: 'Leighton Linslade Town Council | Parks officer | Dad of two',
      field: 'bio',
      flagged: false,
      note: 'The employer first, then the job: not speaking as the council.',
    },
    { text: 'Leighton Linslade FC ✅ Serving fans since 1891', field: 'bio', flagged: false },
    {
      text: 'Official page of the Linslade Allotment Society. Supported by the town council.',
      field: 'bio',
      flagged: false,
      note: '“Official” belongs to the society, not the council.',
    },
    {
      text: 'Unofficial Leighton Buzzard Council Watch',
      field: 'profile-name',
      flagged: false,
      note: 'Says plainly that it is not the council.',
    },
    {
      text: 'Leighton Buzzard Council',
      field: 'profile-name',
      mode: 'official',
      flagged: false,
      note: 'The council’s own account may use its name.',
    },
  ],
  detect(draft) {
    return draft.context.field === 'bio' ? bio(draft) : nameOrHandle(draft);
  },
};

export default rule;
