// "Term near a target": decides whether a word found in a draft (a derogatory word, say) is
// aimed at a reference found in it (the council, a colleague). A word is aimed at a target
// when, in the same clause, the target is the subject it is said of ("LLTC are an absolute
// shambles"), the thing it describes ("useless council", "those clowns at the council", "the
// council's useless bins"), or the word is an exclamation about it ("the council, what a
// joke", "Cllr Hughes talking nonsense again, what a clown"), or a verdict with no verb ("LLTC =
// clowns", "@LLTownCouncil absolute clowns"); insulting someone's claims or words insults them
// ("Cllr Bates' claims are the ramblings of an idiot"); a pronoun subject ("they're useless")
// refers back to the nearest target. Another subject ("the ref was useless") means it is not.
// Negation ("isn't useless", "far from a shambles", "I'm not saying the council is useless")
// cancels it.
//
// Cheap first: only sentences holding a term and a target (or following one) are tokenised,
// and only those are parsed with compromise, whose tags (verb, noun, adverb, negative) help
// find the subject. Never logs the draft: it may name colleagues.
import type { Draft, Sentence } from '../draft.ts';
import { inRange, overlaps, type Span } from './text.ts';

export interface TermHit extends Span {
  /**
   * `predicate`: a word with an everyday sense ("joke", "clowns", "rubbish") that counts only
   * when said of someone ("is a joke", "what a joke", "you clowns"), never in "told a joke".
   */
  kind?: string;
}

export interface AimedHit<T extends TermHit> {
  term: T;
  target: Span;
}

export interface AimOptions {
  /**
   * References of another kind that may be the real target: in "my manager at the council
   * is useless" the manager, not the council, is useless.
   */
  rivals?: readonly Span[];
  /**
   * The targets are people: "the man", "the woman", "the bloke" as a subject refers back to the
   * last of them ("Cllr Bates waffled on. The man is a buffoon").
   */
  people?: boolean;
}

interface Token extends Span {
  lower: string;
  tags: ReadonlySet<string>;
}

const NO_TAGS: ReadonlySet<string> = new Set();
/** Sentences parsed with compromise per draft, at most; longer "sentences" (a paste without full stops) are not parsed. */
const NLP_BUDGET = { name: 'target', parses: 40, maxChars: 1000 };
/** How far a clause reaches either side of a term, in words. */
const CLAUSE_REACH = 30;
/** Characters either side of a term within which a target is looked for. */
const WINDOW = 400;
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}*#]|'(?=\p{L}))*/gu;

/** Words that sit between a word and what it is said of without changing it. */
const MODIFIERS = new Set(
  (
    'a an the such so just really totally truly utterly absolutely completely bit pretty quite very bloody ' +
    'absolute complete total utter right proper still always now again also too even more most bigger biggest ' +
    'big massive huge one bunch load lot lots of like as ever literally actually genuinely honestly frankly ' +
    'seriously officially basically simply clearly obviously fairly rather extremely incredibly ridiculously ' +
    'beyond what how those these you sheer pile heap steaming downright thoroughly typically typical usual standing laughing ' +
    'complete utterly totally effing flipping bleeding sodding freaking frigging becoming getting increasingly'
  ).split(' '),
);
const COPULAS = new Set(
  (
    "is are was were be been being am isn't aren't wasn't weren't ain't isnt arent wasnt werent aint " +
    'seem seems seemed look looks looked remain remains remained become becomes became proved prove proves ' +
    'sound sounds sounded feel feels felt'
  ).split(' '),
);
const AUXILIARIES = new Set(
  (
    "has have had will would could can must might may should shall do does did 've 'll 'd hasn't haven't " +
    "won't wouldn't can't couldn't don't doesn't didn't always still just really genuinely definitely now also " +
    'totally honestly literally officially clearly not never only seriously'
  ).split(' '),
);
/** Words that end a clause: what follows has its own subject. */
const BREAKS = new Set(
  'but although though whereas while whilst because cos coz however unlike except unless yet than whereas'.split(' '),
);
/** Subjects that point back to an earlier reference. */
const PRONOUNS = new Set(
  "they it you this that these those them they're it's you're that's theyre youre thats".split(' '),
);
/** Pronouns that can be the subject of a deed ("they botched it"). */
const SUBJECT_PRONOUNS = new Set('they it he she'.split(' '));
/** Subject pronouns that name someone else between a target and a word: "the council said I messed up". */
const OTHER_SUBJECTS = new Set("i i'm i've i'd i'll im ive we we're we've we'd he he's she she's".split(' '));
/** Nouns that only say how: "the way they treat part-timers". */
const MANNER = new Set('way ways how manner'.split(' '));
const DETERMINERS_OF_THING = new Set('the this that my our their his her your its'.split(' '));
/** Words allowed between a word and a target that follows it: "clowns at the council". */
const LINKS_AFTER = new Set(
  (
    'at in from of down over up for the that who which run runs running ran work works working employed by ' +
    'lot bunch is are we call calling itself themselves known as otherwise so-called called supposedly our ' +
    'this those these a an bloody in charge'
  ).split(' '),
);
/** Words that stop a target before the word from being what it describes. */
const BLOCK_BEFORE = new Set(
  (
    'to due in on at for with by from after before during about into onto over under despite near through ' +
    'and or then so plus also when if that which who where whether because unlike thanks'
  ).split(' '),
);
const LINK_AFTER_AND = new Set('its their his her our'.split(' '));
const NEGATORS = new Set(
  "not never hardly barely scarcely neither nor nobody n't isn't aren't wasn't weren't ain't don't doesn't didn't won't wouldn't can't couldn't shouldn't hasn't haven't hadn't isnt arent wasnt werent aint dont doesnt didnt wont wouldnt cant couldnt shouldnt hasnt havent hadnt cannot".split(
    ' ',
  ),
);
/** Things someone says or does, whose verdict falls on the subject: "his claims are the ramblings of an idiot". */
const OF_WHOM = new Set(
  (
    'ramblings rantings ravings musings mutterings words work handiwork doing product actions behaviour behavior ' +
    'thinking logic reasoning mind brainchild ideas idea plans plan decisions decision hallmark hallmarks mark ' +
    'opinions opinion views excuses antics tactics mentality attitude'
  ).split(' '),
);
/** Words that make a verdict of a bare noun said straight after the target: "LLTC absolute clowns". */
const INTENSIFIERS = new Set(
  'absolute complete total utter proper right bloody pure sheer such bunch load lot set pair'.split(' '),
);
/** Words that open an exclamation: "what a clown", "how pathetic", "such a joke". */
const EXCLAIMS = new Set(['what', 'how', 'such']);
/** Nouns after an insult that still mean the person: "what a useless man". */
const PERSON_NOUNS = new Set(
  'man woman bloke guy fella fellow lad person individual lot bunch people human being creature'.split(' '),
);
const FIRST_PERSON = new Set("i i'm i've i'd i'll im ive we we're we've we'd".split(' '));
/** Real clowns: "took the grandkids to the circus, what a clown". */
const REAL_CLOWNS = /circus|f[eê]te|party|magician|panto/i;
/** What follows a participle that is a verb, not a compound noun: "clowns running a circus". */
const PARTICIPLE_OBJECT = /^(?:a|an|the|this|that|our|my|your|their|his|her|it|us|them|everything|things)$/;
/** Words of address after a verdict, not nouns it describes: "is a joke mate". */
const VOCATIVES = new Set(
  'mate mates m8 pal lads lad guys mun bruv bro love hun babe folks people innit tbh'.split(' '),
);
/** Verbs that make a "would" clause an expectation rather than a verdict. */
const EXPECTING = new Set('thought expected expecting feared worried assumed predicted reckoned'.split(' '));
/** Negators that do not negate what follows: "not only useless", "can't believe how useless". */
const NOT_NEGATING_NEXT =
  /^(?:only|just|surprised|surprising|wonder|believe|lie|lying|kidding|joking|stand|seen|known|met|offence|offense|get me wrong|gonna lie|going to lie|to be rude|being funny|be more|been more|get any|be any|any more|more|ever|see|think of a|imagine|understand why|know why|know how)\b/;

/** Every term of `terms` that is aimed at one of `targets`, with the target it is aimed at. */
export function aimedAt<T extends TermHit>(
  draft: Draft,
  terms: readonly T[],
  targets: readonly Span[],
  options: AimOptions = {},
): AimedHit<T>[] {
  if (terms.length === 0 || targets.length === 0) return [];
  const out: AimedHit<T>[] = [];
  const sentences = draft.sentences;
  // Targets grouped by sentence, so a long paste stays linear.
  const bySentence = groupBySentence(draft, targets);
  const rivalsBySentence = groupBySentence(draft, options.rivals ?? []);
  for (const term of terms) {
    const sIndex = draft.sentenceIndex(term.start);
    const sentence = sentences[sIndex];
    if (!sentence) continue;
    const previous = sIndex > 0 ? sentences[sIndex - 1] : undefined;
    // Only targets near the term can be what it is aimed at (a clause is at most a few dozen words).
    const window = {
      start: Math.max(sentence.start, term.start - WINDOW),
      end: Math.min(sentence.end, term.end + WINDOW),
    };
    const here = near(bySentence.get(sIndex), window).filter((t) => !overlaps(t, term));
    const lastBefore = previous ? bySentence.get(sIndex - 1)?.at(-1) : undefined;
    const before = lastBefore ? [lastBefore] : [];
    if (here.length === 0 && before.length === 0) continue;
    const rivals = near(rivalsBySentence.get(sIndex), window);
    const target = aimInSentence(draft, sentence, term, here, before, previous, rivals, options.people === true);
    if (target && !isNegated(draft, sentence, term)) out.push({ term, target });
  }
  return out;
}

/** The spans of a sorted list that lie within `window`. */
function near(spans: readonly Span[] | undefined, window: Span): Span[] {
  return spans ? inRange(spans, window.start, window.end).filter((s) => s.end <= window.end) : [];
}

function groupBySentence(draft: Draft, spans: readonly Span[]): Map<number, Span[]> {
  const out = new Map<number, Span[]>();
  for (const t of [...spans].sort((a, b) => a.start - b.start)) {
    const i = draft.sentenceIndex(t.start);
    if (i < 0) continue;
    const list = out.get(i);
    if (list) list.push(t);
    else out.set(i, [t]);
  }
  return out;
}

/** The sentence's words, with compromise's tags (merged from contractions: "isn't" is a negative copula). */
function tokens(draft: Draft, sentence: Sentence): Token[] {
  return draft.memo(`target-tokens:${sentence.start}:${sentence.end}`, () => {
    const tagsAt = new Map<number, Set<string>>();
    // Grammar refines the word lists; a huge paste with hundreds of candidate sentences
    // falls back to the word lists alone after a budget of parses, so typing never waits.
    const doc = draft.nlpWithin(sentence, NLP_BUDGET);
    if (doc)
      try {
        const parsed = doc.json({ offset: true }) as Array<{
          terms: Array<{ tags?: string[]; offset?: { start: number; length: number } }>;
        }>;
        let last: Set<string> | undefined;
        for (const s of parsed) {
          for (const t of s.terms) {
            if (!t.offset) continue;
            if (t.offset.length === 0 && last) {
              for (const tag of t.tags ?? []) last.add(tag);
              continue;
            }
            last = new Set(t.tags ?? []);
            tagsAt.set(sentence.start + t.offset.start, last);
          }
        }
      } catch {
        // Without tags the word lists below still decide; grammar only refines them.
      }
    const out: Token[] = [];
    TOKEN.lastIndex = 0;
    for (const m of sentence.text.matchAll(TOKEN)) {
      const start = sentence.start + m.index;
      out.push({ start, end: start + m[0].length, lower: m[0].toLowerCase(), tags: tagsAt.get(start) ?? NO_TAGS });
    }
    return out;
  });
}

/** The index of the first token ending after `at` (-1 if none). */
function tokenAt(toks: readonly Token[], at: number): number {
  let lo = 0;
  let hi = toks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.end > at) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
}

function gapText(draft: Draft, toks: readonly Token[], i: number): string {
  const a = toks[i - 1];
  const b = toks[i];
  if (!a || !b) return '';
  return draft.text.slice(a.end, b.start);
}

const HARD_PUNCT = /[;()"[\]]/;
const SOFT_PUNCT = /[,;:()"[\]=|]|\s-\s|--|–|—|\.\.\./;

function isModifier(t: Token): boolean {
  return (
    MODIFIERS.has(t.lower) || /^f[\p{L}*#]*ing$/u.test(t.lower) || (t.tags.has('Adverb') && !t.tags.has('Negative'))
  );
}
/** "and"/"or" between two modifiers: "a complete and utter shambles", "total and absolute". */
function joinsModifiers(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  const before = toks[i - 1];
  const after = toks[i + 1];
  return (t.lower === 'and' || t.lower === 'or') && !!before && !!after && isModifier(before) && isModifier(after);
}
function isNegator(t: Token): boolean {
  // "non" in "non-binary" is part of a word, whatever the tagger says.
  if (t.lower === 'non') return false;
  return NEGATORS.has(t.lower) || t.lower.endsWith("n't") || t.tags.has('Negative');
}
function isCopula(t: Token): boolean {
  return COPULAS.has(t.lower) || t.tags.has('Copula') || /'(?:s|re|m)$/.test(t.lower);
}
function isVerb(t: Token): boolean {
  // "council's" is tagged as "council is": a noun with 's is a possessive here.
  // Gerunds name things in subjects: "the council's handling of", "the parking policy".
  return t.tags.has('Verb') && !t.tags.has('Copula') && !t.tags.has('Gerund') && !t.lower.endsWith("'s");
}
function isNoun(t: Token): boolean {
  return t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Possessive');
}

function aimInSentence(
  draft: Draft,
  sentence: Sentence,
  term: TermHit,
  here: readonly Span[],
  before: readonly Span[],
  previous: Sentence | undefined,
  rivals: readonly Span[],
  people: boolean,
): Span | null {
  const toks = tokens(draft, sentence);
  // A mocking emoji (🤡) has no words: it mocks the nearest target before it, unless real clowns are about.
  if (!/[\p{L}\p{N}]/u.test(draft.text.slice(term.start, term.end))) {
    const around = draft.text.slice(Math.max(sentence.start, term.start - 200), Math.min(sentence.end, term.end + 200));
    if (/clown|circus|f[eê]te|party|magician/i.test(around)) return null;
    const earlier = here.filter((t) => t.end <= term.start);
    return earlier[earlier.length - 1] ?? (here.length === 0 ? (before[before.length - 1] ?? null) : null);
  }
  const first = tokenAt(toks, term.start);
  if (first < 0) return null;
  let last = first;
  while (last + 1 < toks.length && toks[last + 1]!.start < term.end) last++;

  // The clause around the term.
  let lo = first;
  while (
    lo > 0 &&
    first - lo < CLAUSE_REACH &&
    !BREAKS.has(toks[lo - 1]!.lower) &&
    !HARD_PUNCT.test(gapText(draft, toks, lo))
  )
    lo--;
  let hi = last;
  while (
    hi + 1 < toks.length &&
    hi - last < CLAUSE_REACH &&
    !BREAKS.has(toks[hi + 1]!.lower) &&
    !HARD_PUNCT.test(gapText(draft, toks, hi + 1))
  )
    hi++;
  const clause: Span = { start: toks[lo]!.start, end: toks[hi]!.end };
  const inClause = here.filter((t) => overlaps(t, clause));

  // Walk back over modifiers ("an absolute", "such a", "complete and utter") to what introduces the term.
  let i = walkBack(draft, toks, first - 1, lo);
  // "are the ramblings of a clueless idiot", "is the work of amateurs": whose words or work they
  // are is said of the subject too.
  if (
    i > lo &&
    OF_WHOM.has(toks[i]!.lower) &&
    toks[i + 1]?.lower === 'of' &&
    !SOFT_PUNCT.test(gapText(draft, toks, i + 1))
  )
    i = walkBack(draft, toks, i - 1, lo);
  const stoppedByPunct = i >= lo && SOFT_PUNCT.test(gapText(draft, toks, i + 1));
  const intro = i >= lo && !stoppedByPunct ? toks[i]! : undefined;
  // "@LLTownCouncil absolute clowns": a verdict straight after the target, with no verb.
  const bareVerdict =
    intro !== undefined &&
    inClause.some((t) => t.start <= intro.start && intro.end <= t.end) &&
    toks.slice(i + 1, first).some((t) => INTENSIFIERS.has(t.lower));

  if (term.kind === 'predicate' && !saidOfSomething(draft, toks, first, last, bareVerdict ? undefined : intro, hi))
    return null;

  if (intro && isCopula(intro)) {
    const subject = subjectOf(draft, toks, i, lo);
    if (subject) {
      const hit = inClause.find((t) => overlaps(t, subject) && !rivalFirst(draft, t, subject, rivals));
      if (hit) return hit;
      if (isPronounSubject(draft, subject)) return antecedent(draft, toks, subject, here, before, previous);
      if (people && PERSON_SUBJECT.test(draft.lower.slice(subject.start, subject.end).trim()))
        return personAntecedent(toks, subject, here, before);
      return null; // Something else is what the word is said of: "the ref was useless".
    }
  }

  // "they botched it", "they've ballsed it up": a pronoun doing the deed refers back.
  let doer = i;
  while (doer > lo && AUXILIARIES.has(toks[doer]!.lower) && !SOFT_PUNCT.test(gapText(draft, toks, doer))) doer--;
  const pronoun = intro && doer >= lo ? toks[doer]! : undefined;
  if (pronoun && SUBJECT_PRONOUNS.has(pronoun.lower.replace(/'(?:ve|d|ll|re|s)$/, ''))) {
    return antecedent(draft, toks, pronoun, here, before, previous);
  }

  // No subject: the term describes a target next to it.
  for (const t of inClause) {
    if (t.start >= term.end && linkedAfter(toks, last, t) && !between(rivals, term, t)) return t;
  }
  for (const t of [...inClause].reverse()) {
    if (t.end <= term.start && linkedBefore(toks, t, first) && !between(rivals, t, term)) return t;
  }
  // "Cllr Hughes talking nonsense again, what a clown": an exclamation after a comma or dash
  // is about the target the sentence is about.
  const opener = toks[i + 1];
  if (stoppedByPunct && opener && EXCLAIMS.has(opener.lower) && i + 1 < first) {
    const exclaimed = exclaimedAbout(draft, toks, term, i, last, hi, inClause, rivals);
    if (exclaimed) return exclaimed;
  }
  // An exclamation after a sentence about the target: "Rang the council. Useless!"
  if (inClause.length === 0 && previous && before.length > 0 && intro === undefined && hi - last <= 4) {
    return before[before.length - 1]!;
  }
  return null;
}

/** The index of the first token before `from` that is not a modifier or negator ("an absolute", "such a"). */
function walkBack(draft: Draft, toks: readonly Token[], from: number, lo: number): number {
  let i = from;
  while (
    i >= lo &&
    (isModifier(toks[i]!) || isNegator(toks[i]!) || joinsModifiers(toks, i)) &&
    !SOFT_PUNCT.test(gapText(draft, toks, i + 1))
  )
    i--;
  return i;
}

/**
 * The target an exclamation ("what a clown", "how pathetic", "such a joke") opening the phrase
 * after `i` refers back to: the last target before it in the clause, unless someone else is
 * named or speaks in between ("… I forgot my keys, what an idiot"), or it is said of a thing
 * ("what a shambles of a match"), or real clowns are about.
 */
function exclaimedAbout(
  draft: Draft,
  toks: readonly Token[],
  term: TermHit,
  i: number,
  last: number,
  hi: number,
  inClause: readonly Span[],
  rivals: readonly Span[],
): Span | null {
  const next = last + 1 <= hi ? toks[last + 1] : undefined;
  if (next && !SOFT_PUNCT.test(gapText(draft, toks, last + 1))) {
    if (next.lower === 'of' || (isNoun(next) && !PERSON_NOUNS.has(next.lower))) return null;
  }
  const cut = toks[i]!.end;
  const earlier = inClause.filter((t) => t.end <= cut);
  const target = earlier[earlier.length - 1];
  if (!target || between(rivals, target, term)) return null;
  if (term.kind === 'predicate' && REAL_CLOWNS.test(draft.text.slice(target.start, term.end))) return null;
  for (let k = tokenAt(toks, target.end); k >= 0 && k <= i; k++) {
    const t = toks[k]!;
    if (t.start < target.end) continue;
    if (FIRST_PERSON.has(t.lower) || t.tags.has('Person')) return null;
  }
  return target;
}

/** Whether a `predicate` word is said of something rather than used in its everyday sense. */
function saidOfSomething(
  draft: Draft,
  toks: readonly Token[],
  first: number,
  last: number,
  intro: Token | undefined,
  hi: number,
): boolean {
  const just = toks[first - 1];
  // "the rubbish", "our joke stall": a thing, not a verdict.
  if (just && DETERMINERS_OF_THING.has(just.lower) && !SOFT_PUNCT.test(gapText(draft, toks, first))) return false;
  const next = last + 1 <= hi ? toks[last + 1] : undefined;
  // "made a mess of the high street".
  if (intro && /^mak(?:e|es|ing)$|^made$/.test(intro.lower) && next?.lower === 'of') return true;
  if (intro && !isCopula(intro)) return false;
  // "joke competition", "rubbish collection": the word describes the next noun (not "clowns running a circus").
  if (
    next &&
    !SOFT_PUNCT.test(gapText(draft, toks, last + 1)) &&
    isNoun(next) &&
    !next.tags.has('Adjective') &&
    !VOCATIVES.has(next.lower) &&
    !(next.lower.endsWith('ing') && PARTICIPLE_OBJECT.test(toks[last + 2]?.lower ?? ''))
  ) {
    return false;
  }
  return true;
}

/** The subject of the copula at `cop`: the words before it back to a verb, a comma or the clause start. */
function subjectOf(draft: Draft, toks: readonly Token[], cop: number, lo: number): Span | null {
  const c = toks[cop]!;
  // "they're", "it's", "council's": the subject is in the same word.
  if (/'(?:s|re|m)$/.test(c.lower)) return { start: c.start, end: c.end - (c.lower.endsWith("'re") ? 3 : 2) };
  let j = cop - 1;
  while (j >= lo && AUXILIARIES.has(toks[j]!.lower) && !SOFT_PUNCT.test(gapText(draft, toks, j + 1))) j--;
  if (j < lo || SOFT_PUNCT.test(gapText(draft, toks, j + 1))) return null;
  const end = toks[j]!.end;
  let start = toks[j]!.start;
  for (let k = j; k >= lo && j - k < 12; k--) {
    const t = toks[k]!;
    if (
      k < j &&
      (isVerb(t) ||
        // "the ref was poor and the pitch was a disgrace": another copula starts another clause.
        (isCopula(t) && !/'(?:s|re|m)$/.test(t.lower)) ||
        BREAKS.has(t.lower) ||
        /^(?:that|which|who|if|when|whether|how|why|said|says|think|reckon)$/.test(t.lower))
    ) {
      return doerOf(draft, toks, k, lo) ?? gerundSubject(draft, toks, k, lo, end) ?? { start, end };
    }
    start = t.start;
    if (SOFT_PUNCT.test(gapText(draft, toks, k))) break;
  }
  return { start, end };
}

/** "the way they treat part-timers", "how the council treats staff": whoever does the verb at `verb`. */
function doerOf(draft: Draft, toks: readonly Token[], verb: number, lo: number): Span | null {
  if (!isVerb(toks[verb]!)) return null;
  for (let m = verb - 1; m >= lo && verb - m <= 5; m--) {
    if (SOFT_PUNCT.test(gapText(draft, toks, m + 1))) return null;
    if (MANNER.has(toks[m]!.lower))
      return m + 1 < verb ? { start: toks[m + 1]!.start, end: toks[verb - 1]!.end } : null;
  }
  return null;
}

/** "Watching Cllr Bates try to chair anything is like …": a clause that opens with a gerund is the subject. */
function gerundSubject(draft: Draft, toks: readonly Token[], at: number, lo: number, end: number): Span | null {
  const opening = toks[lo]!;
  if (!opening.tags.has('Gerund') || at - lo > 12) return null;
  for (let m = lo + 1; m <= at; m++) {
    if (SOFT_PUNCT.test(gapText(draft, toks, m)) || /^(?:that|which|who)$/.test(toks[m]!.lower)) return null;
  }
  return { start: opening.start, end };
}

/** A person named again by a noun: "the man", "this woman", "the bloke". */
const PERSON_SUBJECT = /^(?:the|this|that) (?:man|woman|bloke|guy|fella|fellow|lady|chap|gentleman)$/;

/**
 * The person "the man" refers back to: the last person named before it in the sentence or the
 * one before, unless another person is named in between.
 */
function personAntecedent(
  toks: readonly Token[],
  subject: Span,
  here: readonly Span[],
  before: readonly Span[],
): Span | null {
  const sameSentence = here.filter((t) => t.end <= subject.start);
  const candidate = sameSentence[sameSentence.length - 1];
  if (candidate) {
    const between = toks.filter((t) => t.start >= candidate.end && t.end <= subject.start);
    return between.some((t) => t.tags.has('Person')) ? null : candidate;
  }
  if (toks.some((t) => t.end <= subject.start && t.tags.has('Person'))) return null;
  return before[before.length - 1] ?? null;
}

function isPronounSubject(draft: Draft, subject: Span): boolean {
  const words = draft.lower.slice(subject.start, subject.end).trim();
  // "they", "you lot", and "their comms team" (a possessive points back as well).
  return (
    PRONOUNS.has(words) ||
    /^(?:this|that|you) lot$|^(?:these|those|you) (?:people|idiots|lot|guys)$|^(?:their|its|your) /.test(words)
  );
}

/** The target a pronoun subject refers to: the nearest one before it with no other noun in between. */
function antecedent(
  draft: Draft,
  toks: readonly Token[],
  subject: Span,
  here: readonly Span[],
  before: readonly Span[],
  previous: Sentence | undefined,
): Span | null {
  const sameSentence = here.filter((t) => t.end <= subject.start);
  const candidate = sameSentence[sameSentence.length - 1];
  if (candidate) {
    const from = tokenAt(toks, candidate.end);
    const to = tokenAt(toks, subject.start);
    if (from < 0 || to - from > CLAUSE_REACH) return null;
    // "they" may be the council itself ("rang the council about the flooding, they've …"): only a plural or a person is another antecedent.
    const they = /^they/.test(draft.lower.slice(subject.start, subject.end));
    const nounBetween = toks
      .slice(from, to)
      .some(
        (t) =>
          t.start >= candidate.end &&
          isNoun(t) &&
          !MANNER.has(t.lower) &&
          (!they || t.tags.has('Plural') || t.tags.has('Person')),
      );
    return nounBetween ? null : candidate;
  }
  const earlier = before[before.length - 1];
  if (!earlier || !previous) return null;
  const prevToks = tokens(draft, previous);
  const from = tokenAt(prevToks, earlier.end);
  if (from >= 0 && prevToks.length - from > CLAUSE_REACH) return null;
  const nounAfter = from >= 0 && prevToks.slice(from).some(isNoun);
  return nounAfter ? null : earlier;
}

/** "useless council", "clowns at the council", "what a shambles the council is". */
function linkedAfter(toks: readonly Token[], last: number, target: Span): boolean {
  let n = 0;
  for (let k = last + 1; k < toks.length && toks[k]!.start < target.start; k++) {
    if (!LINKS_AFTER.has(toks[k]!.lower) || ++n > 4) return false;
  }
  return true;
}

/** "the council's useless bins", "LLTC, what a joke", "the council gave us useless bins". */
function linkedBefore(toks: readonly Token[], target: Span, first: number): boolean {
  let n = 0;
  for (let k = first - 1; k >= 0 && toks[k]!.end > target.end; k--) {
    const t = toks[k]!;
    if (++n > 5) return false;
    if (OTHER_SUBJECTS.has(t.lower)) return false;
    if (BLOCK_BEFORE.has(t.lower)) {
      const next = toks[k + 1];
      if (!(t.lower === 'and' && next && LINK_AFTER_AND.has(next.lower))) return false;
    }
  }
  return true;
}

function between(rivals: readonly Span[], a: Span, b: Span): boolean {
  return rivals.some((r) => r.start >= a.end && r.end <= b.start);
}

/** "my manager at the council": the rival comes first and the target only says where. */
function rivalFirst(draft: Draft, target: Span, subject: Span, rivals: readonly Span[]): boolean {
  return rivals.some(
    (r) =>
      r.start >= subject.start &&
      r.end <= target.start &&
      !overlaps(r, target) &&
      /\b(?:at|from|in|of|on|with|for)\b/.test(draft.lower.slice(r.end, target.start)),
  );
}

/**
 * Whether the term is negated in its clause: "isn't useless", "not a joke", "far from a
 * shambles", "I'm not saying the council is useless". Not: "not only useless", "can't believe
 * how useless", "I've never seen such a shambles".
 */
export function isNegated(draft: Draft, sentence: Sentence, term: Span): boolean {
  const toks = tokens(draft, sentence);
  const first = tokenAt(toks, term.start);
  if (first < 0) return false;
  let hypothetical = false;
  let expected = false;
  for (let k = first - 1, n = 0; k >= 0 && n < 10; k--, n++) {
    const t = toks[k]!;
    if (BREAKS.has(t.lower) || SOFT_PUNCT.test(gapText(draft, toks, k + 1))) break;
    const next = draft.lower.slice(t.end, Math.min(draft.lower.length, t.end + 30)).trimStart();
    const pair = `${t.lower} ${toks[k + 1]?.lower ?? ''}`;
    if (/^(?:far from|anything but|nothing like|no longer|by no)$/.test(pair)) return true;
    if (t.lower === 'no' && first - k <= 2 && !/^(?:wonder|surprise|doubt)\b/.test(next)) return true;
    if (t.lower !== 'no' && isNegator(t) && !NOT_NEGATING_NEXT.test(next)) return true;
    // "I thought the council would make a mess of it (but …)": an expectation, not a verdict.
    if (/^(?:would|might|could|'d)$/.test(t.lower) || t.lower.endsWith("'d")) hypothetical = true;
    if (EXPECTING.has(t.lower)) expected = true;
    if (hypothetical && expected) return true;
  }
  return false;
}
