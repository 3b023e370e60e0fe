// Derogatory words in a draft (rules/lexicons/derogatory.json, the vulgar insults of
// offensive.json, and IT's own `lexicon.derogatory`), minus IT's `lexicon.allow`. Whether a
// word is aimed at the council or at a colleague is for `target.ts` to decide.
import { compiledFor, type Draft } from '../draft.ts';
import { compileTerms, findAll, overlaps, type Span, type TermMatch } from './text.ts';
import { councilReferences } from './council.ts';
import { colleagueReferences } from './colleagues.ts';
import { lexiconTerms, type Lexicon } from './lexicon.ts';
import type { TermHit } from './target.ts';
import derogatoryLexicon from '../lexicons/derogatory.json' with { type: 'json' };
import offensiveLexicon from '../lexicons/offensive.json' with { type: 'json' };

export const DEROGATORY: Lexicon = derogatoryLexicon;
const OFFENSIVE: Lexicon = offensiveLexicon;

export interface DerogatoryTerm extends TermMatch, TermHit {}

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
        ...lexiconTerms(DEROGATORY, ['adjective', 'noun', 'idiom']),
        ...lexiconTerms(OFFENSIVE, ['insult']),
        ...draft.config.lexicon.derogatory,
      ]),
      predicate: compileTerms(lexiconTerms(DEROGATORY, ['predicate'])),
    }));
    const found: DerogatoryTerm[] = [
      ...findAll(c.general, draft.text),
      ...findAll(c.predicate, draft.text).map((m) => ({ ...m, kind: 'predicate' })),
    ].sort((a, b) => a.start - b.start || b.end - a.end);
    const out: DerogatoryTerm[] = [];
    for (const m of found) {
      const last = out[out.length - 1];
      if (!last || m.start >= last.end) out.push(m);
    }
    return withoutAllowed(draft, out);
  });
}

// People write "useless council" and "councillors are clowns" without "the". A bare "council"
// counts as ours unless it is council tax/housing or follows another authority's name.
const BARE_COUNCIL =
  /(?<![\p{L}\p{N}])council(?![\p{L}\p{N}]|\s+(?:tax|house|houses|housing|estate|estates|flat|flats|tenant|tenants|home|homes)\b)/giu;
const BARE_COUNCILLORS = /(?<![\p{L}\p{N}])[Cc]ouncillors?(?![\p{L}\p{N}]|\s+\p{Lu})/gu;
const WORD_BEFORE = /([\p{L}'-]+)[\s]+$/u;
const ANOTHER_AUTHORITY =
  /^(?:county|district|borough|city|unitary|other|another|neighbouring|neighboring|parish|beds|bedfordshire|bucks|buckinghamshire|luton|milton|keynes|labour|tory|conservative|lib|dem|reform|green)$/i;
const OURS = /^(?:the|our|this|town|my|your|whole|local|lltc|leighton|linslade|buzzard|useless|bloody)$/i;

/** `spans` minus those overlapping any of `others`, in one sweep (both lists are short, or sorted). */
function withoutOverlapping<T extends Span>(spans: readonly T[], others: readonly Span[]): T[] {
  if (others.length === 0) return [...spans];
  const sorted = [...others].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const o of sorted) reach.push(Math.max(o.end, reach[reach.length - 1] ?? 0));
  return spans.filter((s) => {
    // The last span starting before s ends; any overlap needs that prefix to reach past s.start.
    let lo = 0;
    let hi = sorted.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < s.end) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return at < 0 || reach[at]! <= s.start;
  });
}

function bare(draft: Draft, re: RegExp, known: readonly Span[]): Span[] {
  const found: Span[] = [];
  re.lastIndex = 0;
  for (const m of draft.text.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length });
  const out: Span[] = [];
  for (const span of withoutOverlapping(found, known)) {
    const before = WORD_BEFORE.exec(draft.text.slice(Math.max(0, span.start - 40), span.start));
    if (before) {
      const word = before[1]!;
      const sentenceStart = draft.sentenceAt(span.start).start === span.start - before[0].length;
      if (ANOTHER_AUTHORITY.test(word)) continue;
      // "Central Bedfordshire Council": a capitalised name that is not ours.
      if (/^\p{Lu}/u.test(word) && !sentenceStart && !OURS.test(word)) continue;
    }
    out.push(span);
  }
  return out;
}

/** The council as a target: council references, and a bare "council" that is ours. */
export function councilTargets(draft: Draft, people: readonly Span[]): Span[] {
  return draft.memo('derogatory:councilTargets', () => {
    // "Council staff", "the clerk": people, for derogatory-people.
    const refs = withoutOverlapping(councilReferences(draft), people);
    if (!/council/i.test(draft.text)) return refs;
    return [...refs, ...bare(draft, BARE_COUNCIL, [...refs, ...people, ...councilReferences(draft)])].sort(
      (a, b) => a.start - b.start,
    );
  });
}

/** People as a target: colleague references, and "councillors" without a name. */
export function peopleTargets(draft: Draft): Span[] {
  return draft.memo('derogatory:peopleTargets', () => {
    const refs: Span[] = colleagueReferences(draft);
    if (!/councillor/i.test(draft.text)) return refs;
    return [...refs, ...bare(draft, BARE_COUNCILLORS, refs)].sort((a, b) => a.start - b.start);
  });
}
