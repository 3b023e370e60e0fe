// Derogatory words in a draft (rules/lexicons/derogatory.json, the vulgar insults of
// offensive.json, and IT's own `lexicon.derogatory`), minus IT's `lexicon.allow`. Whether a
// word is aimed at the council or at a colleague is for `target.ts` to decide.
import { compiledFor, type Draft } from '../draft.ts';
import { compileTerms, findAll, overlaps, withoutOverlapping, type Span, type TermMatch } from './text.ts';
import { councilReferences } from './council.ts';
import { colleagueReferences } from './colleagues.ts';
import { lexiconTerms, type Lexicon } from './lexicon.ts';
import type { TermHit } from './target.ts';
import derogatoryLexicon from '../lexicons/derogatory.json' with { type: 'json' };
import offensiveLexicon from '../lexicons/offensive.json' with { type: 'json' };

export const DEROGATORY: Lexicon = derogatoryLexicon;
const OFFENSIVE: Lexicon = offensiveLexicon;

export interface DerogatoryTerm extends TermMatch, TermHit {
  /** Name-calling ("numpties", "clowns", "tossers"): a comment about people, not about a service. */
  nameCalling?: boolean;
}

/**
 * The "couldn't organise a piss-up in a brewery" family: whatever is being organised ("a party",
 * "a p*ss-up", "a booze-up") and wherever ("a brewery", "a bakery"), and "couldn't run a bath".
 * An idiom for incompetence, not a description: "we're organising a brewery tour" is not it.
 */
const INCOMPETENCE_IDIOM = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:couldn['’]?t|could\s+not|can['’]?t|cannot|can\s+not)\s+(?:even\s+)?` +
    String.raw`(?:organi[sz]e|run|manage|arrange|plan|throw)\s+an?\s+` +
    String.raw`(?:(?:[\p{L}*#_'’-]+\s+){1,3}?in\s+an?\s+(?:brewery|bakery|distillery|brothel|(?:baked[\s-]bean|chocolate|sweet)\s+factory)` +
    String.raw`|(?:bubble\s+)?bath(?:\s*tub)?|p[i*#]+ss[\s-]?up|booze[\s-]?up|whelk\s+stall)(?![\p{L}\p{N}])`,
  'giu',
);

/** IT's `lexicon.allow`: words and phrases never to flag, whatever list they are on. */
export function allowed(draft: Draft): RegExp | null {
  return compiledFor(draft.config, 'lexicon-allow', () => compileTerms(draft.config.lexicon.allow));
}

/** Drops matches that fall within an allowed word or phrase. */
export function withoutAllowed<T extends TermMatch>(draft: Draft, matches: T[]): T[] {
  if (matches.length === 0) return matches;
  const allow = findAll(allowed(draft), draft.text);
  return allow.length ? matches.filter((m) => !allow.some((a) => overlaps(a, m))) : matches;
}

/** Every derogatory word or idiom in the draft, longest first where they overlap. */
export function derogatoryTerms(draft: Draft): DerogatoryTerm[] {
  return draft.memo('derogatoryTerms', () => {
    const c = compiledFor(draft.config, 'derogatory', () => ({
      general: compileTerms([
        ...lexiconTerms(DEROGATORY, ['adjective', 'noun', 'idiom', 'verb', 'mockery']),
        ...draft.config.lexicon.derogatory,
      ]),
      names: compileTerms([...lexiconTerms(DEROGATORY, ['name']), ...lexiconTerms(OFFENSIVE, ['insult'])]),
      predicate: compileTerms(lexiconTerms(DEROGATORY, ['predicate'])),
      personPredicate: compileTerms(lexiconTerms(DEROGATORY, ['person-predicate'])),
    }));
    const found: DerogatoryTerm[] = [
      ...findAll(c.general, draft.text),
      ...findAll(INCOMPETENCE_IDIOM, draft.text),
      ...findAll(c.names, draft.text).map((m) => ({ ...m, nameCalling: true })),
      ...findAll(c.predicate, draft.text).map((m) => ({ ...m, kind: 'predicate' })),
      ...findAll(c.personPredicate, draft.text).map((m) => ({ ...m, kind: 'predicate', nameCalling: true })),
    ].sort((a, b) => a.start - b.start || b.end - a.end);
    const out: DerogatoryTerm[] = [];
    for (const m of found) {
      const last = out[out.length - 1];
      if (!last || m.start >= last.end) out.push(m);
      else if (last.start === m.start && last.end === m.end) {
        // On two lists (IT's own words too): name-calling if either says so, unconditional if either is.
        out[out.length - 1] = {
          ...last,
          nameCalling: last.nameCalling || m.nameCalling,
          kind: last.kind && m.kind ? last.kind : undefined,
        };
      }
    }
    return withoutAllowed(draft, out);
  });
}

// People write "useless council" and "councillors are clowns" without "the", and misspell it
// ("the town councel", "counsil"). A bare "council" counts as ours unless it is council
// tax/housing or follows another authority's name. ("Counsel", a lawyer, is a real word: not a typo.)
const BARE_COUNCIL =
  /(?<![\p{L}\p{N}])(?:council|councel|councle|counsil|councill|concil|cuncil|coucil|counicl|coumcil)(?![\p{L}\p{N}]|\s+(?:tax|house|houses|housing|estate|estates|flat|flats|tenant|tenants|home|homes)\b)/giu;
const MAY_NAME_COUNCIL = /coun[cs]|c[ou]n?cil|coucil/i;
const BARE_COUNCILLORS = /(?<![\p{L}\p{N}])[Cc]ouncillors?(?![\p{L}\p{N}]|\s+\p{Lu})/gu;
// Misspelt "Councillor Bates" ("Councilor", "Counciller", "Councelor"), with or without a name.
const MISSPELT_COUNCILLOR =
  /(?<![\p{L}\p{N}])[Cc]oun(?:cil(?:or|ler|lor)|cel+or|sell?or)s?(?![\p{L}\p{N}])(?:\s+\p{Lu}[\p{L}'-]+){0,2}/gu;
const WORD_BEFORE = /([\p{L}'-]+)[\s]+$/u;
const ANOTHER_AUTHORITY =
  /^(?:county|district|borough|city|unitary|other|another|neighbouring|neighboring|parish|beds|bedfordshire|bucks|buckinghamshire|luton|milton|keynes|labour|tory|conservative|lib|dem|reform|green)$/i;
/** "Dunstable Town Council": the word before "Town" or "Parish". */
const PLACE_BEFORE_TOWN = /([\p{L}'-]+)\s+(?:town|parish)\s+$/iu;

/** Whether `word` is part of one of the configured places ("Leighton", "Linslade"). */
function isPlace(draft: Draft, word: string): boolean {
  const places = compiledFor(
    draft.config,
    'derogatory-places',
    () => new Set(draft.config.organisation.places.flatMap((p) => p.toLowerCase().split(/[\s-]+/))),
  );
  return places.has(word.toLowerCase());
}

const OURS = /^(?:the|our|this|town|my|your|whole|local|lltc|leighton|linslade|buzzard|useless|bloody)$/i;

function bare(draft: Draft, re: RegExp, known: readonly Span[]): Span[] {
  const found: Span[] = [];
  re.lastIndex = 0;
  for (const m of draft.text.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length });
  const out: Span[] = [];
  for (const span of withoutOverlapping(found, known)) {
    const prefix = draft.text.slice(Math.max(0, span.start - 60), span.start);
    const before = WORD_BEFORE.exec(prefix);
    if (before) {
      const word = before[1]!;
      const sentenceStart = draft.sentenceAt(span.start).start === span.start - before[0].length;
      if (ANOTHER_AUTHORITY.test(word)) continue;
      // "Central Bedfordshire Council": a capitalised name that is not ours. Written as a proper
      // name ("Dunstable Council", "Dunstable Town Council"), even at the start of a sentence.
      const proper = /^\p{Lu}/u.test(draft.text[span.start] ?? '');
      if (/^\p{Lu}/u.test(word) && (!sentenceStart || proper) && !OURS.test(word) && !isPlace(draft, word)) continue;
      const named = /^(?:town|parish)$/i.test(word) ? PLACE_BEFORE_TOWN.exec(prefix) : null;
      if (named && /^\p{Lu}/u.test(named[1]!) && !OURS.test(named[1]!) && !isPlace(draft, named[1]!)) continue;
    }
    out.push(span);
  }
  return out;
}

// Posting as the council, "our booking system" and "we" are the council itself.
const OFFICIAL_OURS = /(?<![\p{L}\p{N}])(?:our\s+[\p{L}-]+|we(?:'ve|'re)?)(?![\p{L}\p{N}'])/giu;
/** A possessive naming another owner: "Tesco's customer service", "Central Beds' roadworks". */
const OTHER_OWNER = /(\p{L}[\p{L}-]*)(?:'s|s')\s+(?:[\p{L}-]+\s+)?$/u;

/**
 * A council service, process or decision ("the consultation", "the booking system") is a
 * target of clause 9.3 when the council is named in the same sentence or the one before,
 * and the service is not another owner's ("Tesco's customer service").
 */
function services(draft: Draft, council: readonly Span[]): Span[] {
  if (council.length === 0) return [];
  const c = compiledFor(draft.config, 'derogatory-services', () => compileTerms(lexiconTerms(DEROGATORY, ['service'])));
  const found = findAll(c, draft.text);
  if (found.length === 0) return [];
  const sentences = new Set<number>();
  for (const t of council) sentences.add(draft.sentenceAt(t.start).start);
  const out: Span[] = [];
  for (const m of found) {
    const sentence = draft.sentenceAt(m.start);
    const previous = sentence.start > 0 ? draft.sentenceAt(sentence.start - 1).start : -1;
    if (!sentences.has(sentence.start) && !sentences.has(previous)) continue;
    const owner = OTHER_OWNER.exec(draft.text.slice(Math.max(0, m.start - 40), m.start));
    if (owner && !/^(?:council|councils|lltc|town)$/i.test(owner[1]!)) continue;
    out.push({ start: m.start, end: m.end });
  }
  return out;
}

/** The council as a target: council references, a bare "council" that is ours, and its services. */
export function councilTargets(draft: Draft, people: readonly Span[]): Span[] {
  return draft.memo('derogatory:councilTargets', () => {
    // "Council staff", "the clerk": people, for derogatory-people.
    let refs: Span[] = withoutOverlapping(councilReferences(draft), people);
    if (MAY_NAME_COUNCIL.test(draft.text))
      refs = [...refs, ...bare(draft, BARE_COUNCIL, [...refs, ...people, ...councilReferences(draft)])];
    if (draft.context.mode === 'official') {
      const ours: Span[] = [];
      OFFICIAL_OURS.lastIndex = 0;
      for (const m of draft.text.matchAll(OFFICIAL_OURS)) ours.push({ start: m.index, end: m.index + m[0].length });
      refs = [...refs, ...withoutOverlapping(ours, [...refs, ...people])];
    }
    const known = [...refs, ...people];
    refs = [...refs, ...withoutOverlapping(services(draft, refs), known), ...teamTargets(draft)];
    return refs.sort((a, b) => a.start - b.start);
  });
}

/**
 * The council's teams ("the parks team", "senior management"). Calling them names is about
 * their people (9.4); a verdict on their work ("the parks team is a shambles") is about a
 * council service (9.3): see `aimedAtTeam`.
 */
export function teamTargets(draft: Draft): Span[] {
  return draft.memo('derogatory:teamTargets', () => {
    const c = compiledFor(draft.config, 'derogatory-teams', () => compileTerms(lexiconTerms(DEROGATORY, ['team'])));
    return withoutOverlapping(findAll(c, draft.text), colleagueReferences(draft));
  });
}

/** Whether a hit on a team belongs to the people rule (name-calling) or the council rule (the rest). */
export function aimedAtTeam(draft: Draft, target: Span): boolean {
  const teams = draft.memo('derogatory:teamKeys', () => new Set(teamTargets(draft).map((t) => `${t.start}:${t.end}`)));
  return teams.has(`${target.start}:${target.end}`);
}

/** People as a target: colleague references, council teams, and "councillors" without a name. */
export function peopleTargets(draft: Draft): Span[] {
  return draft.memo('derogatory:peopleTargets', () => {
    let refs: Span[] = [...colleagueReferences(draft), ...teamTargets(draft)];
    if (/coun[cs]/i.test(draft.text)) {
      const misspelt: Span[] = [];
      MISSPELT_COUNCILLOR.lastIndex = 0;
      for (const m of draft.text.matchAll(MISSPELT_COUNCILLOR))
        misspelt.push({ start: m.index, end: m.index + m[0].length });
      refs = [...refs, ...withoutOverlapping(misspelt, refs)];
    }
    if (/councillor/i.test(draft.text)) refs = [...refs, ...bare(draft, BARE_COUNCILLORS, refs)];
    return refs.sort((a, b) => a.start - b.start);
  });
}
