// "A phrase, optionally with a context condition": the one detector behind the rules that are
// about what a draft *says* (speaking for the council, grievances, confidential information,
// private meetings, politics, references, copyright, the views disclaimer).
//
// A rule declares triggers over its own lexicon (rules/lexicons/<id>.json, grouped by `kind`):
//
//   - `requires`: every condition must hold — some context (a council reference, a colleague,
//     a work word, a council-business topic, a person, or entries of other kinds of the
//     rule's own lexicon) within a scope (overlapping, N words, the sentence, the sentences
//     either side, the whole draft);
//   - `blockedBy`: any condition that holds cancels the match ("confidential counselling");
//   - a condition's `except` is a condition that, when it holds, stops the first from holding
//     ("between you and me, my husband…" is private life, unless the council is in the sentence);
//   - `negatable`: "not", "never", "-n't" just before the phrase cancels it ("I'm not
//     speaking on behalf of the council");
//   - `atSentenceStart`: the phrase must open its sentence ("Official statement: …").
//
// and the spec may name `unless` sources that cancel every match anywhere in the draft (a
// disclaimer). Clean text costs one linear scan per trigger: contexts, and any compromise
// parse, are computed only once a trigger has matched, and are shared between rules through
// `draft.memo`. Every pattern is an alternation of literals (see text.ts), so matching is
// linear however hostile the input.
import type { Draft, Sentence } from '../draft.ts';
import type { Match } from '../types.ts';
import { colleagueReferences } from './colleagues.ts';
import { councilReferences } from './council.ts';
import { compileLexicon, lexiconTerms, type Lexicon } from './lexicon.ts';
import { compileTerms, findAll, firstAtOrAfter, wordsBetween, type Span } from './text.ts';
import councilBusiness from '../lexicons/council-business.json' with { type: 'json' };
import workContext from '../lexicons/work-context.json' with { type: 'json' };

/** Where a context (or blocker) may sit relative to the phrase. */
export type Scope =
  /** Overlapping or touching the phrase and reaching beyond it: blockers that contain it ("confidential counselling"). */
  | 'overlap'
  /** The phrase's sentence. */
  | 'sentence'
  /** The phrase's sentence or the sentence just before or after it. */
  | 'adjacent'
  /** Anywhere in the draft. */
  | 'draft'
  /** Within `words` words of the phrase, in the same sentence; optionally only before/after it. */
  | { words: number; side?: 'before' | 'after' };

/**
 * A kind of context. Shared sources:
 * - `council`: a council reference (council.ts);
 * - `colleague`: a colleague reference (colleagues.ts);
 * - `work`: a word that puts the author at work (lexicons/work-context.json);
 * - `council-business`: a council service or business topic (lexicons/council-business.json);
 * - `person`: a person — a name compromise knows, a colleague, a personal pronoun, or a
 *   capitalised word in a sentence that calls someone "she" or "he";
 * - `name`: any capitalised word or run mid-sentence that does not look like a place or a
 *   business ("Raj", not "Tiddenfoot Waterside Park" or "Nando's"); only sensible right
 *   next to a phrase that expects a person;
 * - `{ kinds }`: entries of those kinds in the rule's own lexicon.
 */
export type ContextSource =
  | 'council'
  | 'colleague'
  | 'work'
  | 'council-business'
  | 'person'
  | 'name'
  | { kinds: readonly string[]; caseSensitive?: boolean };

export interface Condition {
  any: readonly ContextSource[];
  scope: Scope;
  /** The condition does not hold when this one does ("my husband", unless the council is in the sentence too). */
  except?: Condition;
}

export interface Trigger {
  /** The lexicon kinds whose entries are this trigger's phrases. */
  kinds: readonly string[];
  /** All must hold (each: any of its sources within its scope). */
  requires?: readonly Condition[];
  /** Any that holds cancels the match. */
  blockedBy?: readonly Condition[];
  /** A negation within the three words before the phrase cancels it. */
  negatable?: boolean;
  /** The phrase must open its sentence (only punctuation, emoji or symbols before it). */
  atSentenceStart?: boolean;
  /** Match the phrases with their case as written ("Reform" the party, not "reform of"). */
  caseSensitive?: boolean;
  /** Stretch the match over the context that satisfied the first `requires` condition ("I work for" + "the council"). */
  extend?: boolean;
  /** A more specific message for this trigger's matches. */
  message?: string;
  suggestion?: string;
}

export interface PhraseSpec {
  /** A unique key for caches: the rule's id. */
  key: string;
  lexicon: Lexicon;
  triggers: readonly Trigger[];
  /** Sources that, anywhere in the draft, cancel every match (e.g. a disclaimer). */
  unless?: readonly ContextSource[];
}

const WORK = compileLexicon(workContext as Lexicon);
const COUNCIL_BUSINESS = compileLexicon(councilBusiness as Lexicon);

// Personal pronouns that say the object of "recommend"/"vouch for" is a person.
const PRONOUNS = compileTerms([
  'him',
  'her',
  'them',
  'he',
  'she',
  "he's",
  "she's",
  'his',
  'hers',
  'this lady',
  'this guy',
  'this man',
  'this woman',
  'this lad',
  'this girl',
  'this chap',
  'this bloke',
  'this fella',
]);

// "not", "never", "no", "nobody", "cannot", and any "-n't" contraction.
const NEGATION = new Set(['not', 'never', 'no', 'nobody', 'noone', 'cannot', 'without', 'nor', 'neither', 'hardly']);
const NEGATION_WINDOW = 3;

/** A compromise parse is only worth it for sentences of a sensible length, and only for so many
 * sentences per draft: a pasted novel must not stall typing. */
const NLP_BUDGET = { name: 'phrases', parses: 40, maxChars: 600 };

/** Finds the matches of a phrase spec in a draft. */
export function findPhrases(draft: Draft, spec: PhraseSpec): Match[] {
  const compiled = compiledForSpec(spec);
  const out: Match[] = [];
  let cancelled: boolean | undefined;
  compiled.triggers.forEach((trigger, t) => {
    const hits = findAll(compiled.patterns[t]!, draft.text);
    if (hits.length === 0) return;
    if (cancelled === undefined) {
      cancelled = (spec.unless ?? []).some((source) => contextSpans(draft, compiled, source).length > 0);
    }
    if (cancelled) return;
    for (const hit of hits) {
      if (trigger.atSentenceStart && !opensSentence(draft, hit)) continue;
      if (trigger.negatable && isNegated(draft, hit)) continue;
      let context: Span | null = null;
      if (trigger.requires) {
        const found = trigger.requires.map((c) => holds(draft, compiled, hit, c));
        if (found.some((f) => f === null)) continue;
        context = found[0] ?? null;
      }
      if (trigger.blockedBy && trigger.blockedBy.some((c) => holds(draft, compiled, hit, c))) continue;
      const match: Match =
        trigger.extend && context
          ? { start: Math.min(hit.start, context.start), end: Math.max(hit.end, context.end) }
          : { start: hit.start, end: hit.end };
      if (trigger.message) match.message = trigger.message;
      if (trigger.suggestion) match.suggestion = trigger.suggestion;
      out.push(match);
    }
  });
  return out;
}

interface CompiledSpec {
  spec: PhraseSpec;
  triggers: readonly Trigger[];
  patterns: (RegExp | null)[];
  kinds: Map<string, RegExp | null>;
}

// Lexicons are bundled data, not configuration, so the compiled patterns live for the
// process, keyed by the spec's key (compiledFor is for things built from a Config).
const compiledSpecs = new Map<string, CompiledSpec>();
function compiledForSpec(spec: PhraseSpec): CompiledSpec {
  let c = compiledSpecs.get(spec.key);
  if (c && c.spec === spec) return c;
  c = {
    spec,
    triggers: spec.triggers,
    patterns: spec.triggers.map((t) => compileKinds(spec.lexicon, t.kinds, t.caseSensitive ?? false)),
    kinds: new Map(),
  };
  compiledSpecs.set(spec.key, c);
  return c;
}

function compileKinds(lexicon: Lexicon, kinds: readonly string[], caseSensitive: boolean): RegExp | null {
  return compileTerms(lexiconTerms(lexicon, kinds), caseSensitive ? 'gu' : 'giu');
}

function kindsPattern(compiled: CompiledSpec, kinds: readonly string[], caseSensitive: boolean): RegExp | null {
  const key = `${caseSensitive ? 'cs:' : ''}${kinds.join('|')}`;
  if (!compiled.kinds.has(key)) {
    compiled.kinds.set(key, compileKinds(compiled.spec.lexicon, kinds, caseSensitive));
  }
  return compiled.kinds.get(key)!;
}

/** The spans of a context source in the whole draft, sorted by start (memoised per draft). */
function contextSpans(draft: Draft, compiled: CompiledSpec, source: ContextSource): Span[] {
  if (typeof source === 'object') {
    const cs = source.caseSensitive ?? false;
    return draft.memo(`phrases:${compiled.spec.key}:${cs ? 'cs:' : ''}${source.kinds.join('|')}`, () =>
      findAll(kindsPattern(compiled, source.kinds, cs), draft.text),
    );
  }
  switch (source) {
    case 'council':
      return councilReferences(draft);
    case 'colleague':
      return colleagueReferences(draft);
    case 'work':
      return draft.memo('phrases:work', () => findAll(WORK, draft.text));
    case 'council-business':
      return councilBusinessMentions(draft);
    case 'person':
      return draft.memo('phrases:pronouns', () => findAll(PRONOUNS, draft.text));
    case 'name':
      return draft.memo('phrases:names', () => capitalisedNames(draft.text));
  }
}

/**
 * Council services and business mentioned anywhere in the draft ("the pool", "the budget"),
 * and named public open spaces ("Pages Park", "Parson's Close"), which town councils run.
 */
export function councilBusinessMentions(draft: Draft): Span[] {
  return draft.memo('phrases:council-business', () =>
    [...findAll(COUNCIL_BUSINESS, draft.text), ...findAll(PUBLIC_SPACE, draft.text)].sort((a, b) => a.start - b.start),
  );
}

// One or two capitalised words and an open-space word; "X's Close" (a street is "X Close").
const PUBLIC_SPACE =
  /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?(?:'s)? (?:Park|Gardens|Rec|Square|Green|Meadows|Common|Cemetery|Lake)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+'s Close(?![\p{L}\p{N}])/gu;

/** People compromise recognises by name in one sentence (memoised, bounded). */
function peopleIn(draft: Draft, sentence: Sentence): Span[] {
  return draft.memo(`phrases:people:${sentence.start}:${sentence.end}`, () => {
    if (sentence.text.length > NLP_BUDGET.maxChars) return [];
    // compromise knows common English names; for the rest ("Priya", "Oluwaseun"), a
    // capitalised word counts as a name when the sentence calls someone "she" or "he".
    const named = PERSONAL_PRONOUN.test(sentence.text) ? capitalisedWords(sentence) : [];
    const doc = draft.nlpWithin(sentence, NLP_BUDGET);
    if (!doc) return named;
    const found = doc.match('#Person').json({ offset: true }) as Array<{
      offset?: { start: number; length: number };
    }>;
    const people = found
      .filter((p) => p.offset)
      .map((p) => ({
        start: sentence.start + p.offset!.start,
        end: sentence.start + p.offset!.start + p.offset!.length,
      }))
      // compromise tags "Jimi" and "Hendrix" one by one: judge a full name by what precedes its first word.
      .filter((p, k, all) => {
        let first = p;
        for (let j = k - 1; j >= 0 && /^\s+$/.test(draft.text.slice(all[j]!.end, first.start)); j--) first = all[j]!;
        return !notAPersonBefore(draft.text, first.start);
      });
    return [...people, ...named].sort((a, b) => a.start - b.start);
  });
}

const PERSONAL_PRONOUN = /(?<![\p{L}'])(?:she|he|her|him|his|hers)(?:'(?:s|ll|d))?(?!\p{L})/iu;
// Capitalised words that are not names even mid-sentence.
const NOT_NAMES = new Set([
  'I',
  'The',
  'A',
  'An',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Christmas',
  'Easter',
  'Facebook',
  'LinkedIn',
  'Google',
]);

// A capitalised run ending in one of these is a place or a business, not a person.
const PLACE_WORDS = new Set([
  'Park',
  'Road',
  'Street',
  'Lane',
  'Close',
  'Way',
  'Avenue',
  'Square',
  'Centre',
  'Center',
  'Hall',
  'Church',
  'School',
  'College',
  'Library',
  'Station',
  'Lake',
  'Canal',
  'Arms',
  'Inn',
  'Hotel',
  'Pub',
  'Bar',
  'Cafe',
  'Café',
  'Restaurant',
  'Kitchen',
  'Bakery',
  'Ltd',
  'Limited',
  'Leisure',
  'Club',
  'Garage',
  'Motors',
  'Services',
  'Shop',
  'Store',
  'Market',
  'Gardens',
  'Garden',
  'Farm',
  'Theatre',
  'Cinema',
  'Museum',
  'Council',
  'Group',
  'Trust',
  'Society',
  'Surgery',
  'Pharmacy',
  'Salon',
  'Studio',
  'Studios',
  'Academy',
  'Nursery',
  'Waterside',
  'Buzzard',
]);

// What stands just before a capitalised word that is not a person's name: "the" ("the Black
// Lion", "the Jimi Hendrix strat"), an opening quote (a title: "avoid "Highway to Hell""), or a
// hashtag or handle sign (#Yamaha is a topic or a brand).
const NOT_A_PERSON_BEFORE = /(?:\bthe\s+|(?:^|[\s([])["']|[#@])$/i;
// Inside a double-quoted title, every word is the title's ("Highway to Hell").
const INSIDE_QUOTES = /(?:^|[\s([])"[^"\n]{0,40}$/;

function notAPersonBefore(text: string, start: number): boolean {
  if (NOT_A_PERSON_BEFORE.test(text.slice(Math.max(0, start - 5), start))) return true;
  const before = text.slice(Math.max(0, start - 42), start);
  return before.includes('"') && INSIDE_QUOTES.test(before);
}

/** Capitalised runs (1–3 words) that may be people's names, in the whole draft. */
function capitalisedNames(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}'])\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}(?![\p{L}\p{N}])/gu)) {
    const words = m[0].split(/[ -]/);
    if (NOT_NAMES.has(words[0]!) || PLACE_WORDS.has(words[words.length - 1]!)) continue;
    if (notAPersonBefore(text, m.index)) continue;
    if (/^'s?(?![\p{L}])/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    // A capital after a sentence end is just a capital.
    if (/(?:^|[.!?\n])[\s"'(]*$/u.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    // First word only: the context check measures words from the phrase to the name.
    out.push({ start: m.index, end: m.index + words[0]!.length });
  }
  return out;
}

function capitalisedWords(sentence: Sentence): Span[] {
  const out: Span[] = [];
  for (const m of sentence.text.matchAll(/(?<![\p{L}\p{N}'])\p{Lu}\p{Ll}+/gu)) {
    if (m.index === 0 || NOT_NAMES.has(m[0])) continue;
    if (notAPersonBefore(sentence.text, m.index)) continue;
    out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  }
  return out;
}

/** The first context that satisfies the condition, or null. */
function holds(draft: Draft, compiled: CompiledSpec, hit: Span, condition: Condition): Span | null {
  const found = firstSource(draft, compiled, hit, condition);
  if (found && condition.except && holds(draft, compiled, hit, condition.except)) return null;
  return found;
}

function firstSource(draft: Draft, compiled: CompiledSpec, hit: Span, condition: Condition): Span | null {
  const window = windowFor(draft, hit, condition.scope);
  for (const source of condition.any) {
    const found = firstIn(draft, contextSpans(draft, compiled, source), hit, window, condition.scope);
    if (found) return found;
    if (source === 'person') {
      const colleague = firstIn(draft, colleagueReferences(draft), hit, window, condition.scope);
      if (colleague) return colleague;
      const sentence = draft.sentenceAt(hit.start);
      const person = firstIn(draft, peopleIn(draft, sentence), hit, window, condition.scope);
      if (person) return person;
    }
  }
  return null;
}

/** The stretch of text a context must fall in. */
function windowFor(draft: Draft, hit: Span, scope: Scope): Span {
  if (scope === 'draft') return { start: 0, end: draft.text.length };
  if (scope === 'overlap') return { start: hit.start, end: hit.end };
  const sentences = draft.sentences;
  const i = draft.sentenceIndex(hit.start);
  const sentence = sentences[i] ?? { start: 0, end: draft.text.length };
  if (scope === 'adjacent') {
    return { start: (sentences[i - 1] ?? sentence).start, end: (sentences[i + 1] ?? sentence).end };
  }
  if (scope === 'sentence') return { start: sentence.start, end: sentence.end };
  // No word is longer than this, so nothing further away can be within `words` words; the bound
  // keeps a megabyte without a full stop from making every match scan the whole text.
  const reach = (scope.words + 1) * MAX_WORD;
  return {
    start: scope.side === 'after' ? hit.start : Math.max(sentence.start, hit.start - reach),
    end: scope.side === 'before' ? hit.end : Math.min(sentence.end, hit.end + reach),
  };
}

/** The first span in `spans` (sorted by start) that lies in the window and, for word scopes, near the hit. */
function firstIn(draft: Draft, spans: readonly Span[], hit: Span, window: Span, scope: Scope): Span | null {
  if (spans.length === 0) return null;
  const touching = scope === 'overlap';
  // Spans are short (a phrase), so any candidate starts at most MAX_SPAN before the window.
  let i = firstAtOrAfter(spans, window.start - MAX_SPAN);
  for (; i < spans.length; i++) {
    const s = spans[i]!;
    if (touching ? s.start > window.end : s.start >= window.end) break;
    if (touching ? s.end < window.start : s.end <= window.start || s.start < window.start) continue;
    // A blocker must reach beyond the phrase: "my photo" inside "not my photo" is not one.
    if (touching && s.start >= hit.start && s.end <= hit.end && s.end - s.start < hit.end - hit.start) continue;
    if (typeof scope === 'object') {
      if (s.start < hit.end && hit.start < s.end) {
        // A context that overlaps the phrase is part of it, not beside it.
        if (s.start >= hit.start && s.end <= hit.end) continue;
      }
      if (scope.side === 'after' && s.start < hit.end) continue;
      if (scope.side === 'before' && s.end > hit.start) continue;
      if (wordsBetween(draft.text, hit, s) > scope.words) continue;
    } else if (!touching && s.start >= hit.start && s.end <= hit.end) {
      // The phrase itself is not its own context ("council officer" in "as a council officer").
      continue;
    }
    return s;
  }
  return null;
}

const MAX_SPAN = 200;
const MAX_WORD = 40;

function opensSentence(draft: Draft, hit: Span): boolean {
  const sentence = draft.sentenceAt(hit.start);
  return !/[\p{L}\p{N}]/u.test(draft.text.slice(sentence.start, hit.start));
}

/** A negation word among the three words before the phrase, in its sentence. */
export function isNegated(draft: Draft, hit: Span): boolean {
  const sentence = draft.sentenceAt(hit.start);
  const before = draft.text.slice(Math.max(sentence.start, hit.start - 60), hit.start);
  const words = before.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  return words
    .slice(-NEGATION_WINDOW)
    .some((w) => NEGATION.has(w) || w.endsWith("n't") || (w.endsWith('nt') && CONTRACTIONS.has(w)));
}

// Contractions typed without the apostrophe.
const CONTRACTIONS = new Set([
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'cant',
  'wont',
  'wouldnt',
  'shouldnt',
  'couldnt',
  'havent',
  'hasnt',
  'aint',
]);
