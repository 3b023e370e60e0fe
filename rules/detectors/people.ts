// Who a remark can be aimed at: the person addressed ("you", "u", an @mention), a person named
// or pointed at ("he", "she", "Dave", "this guy", "the ref"), or a group ("cyclists", "tories",
// "you lot"), with the groups the Equality Act 2010 protects marked. `target.ts` decides whether
// a word is aimed at one of these; `tone.ts` says what the word is. The council and its people
// are found by council.ts and colleagues.ts and belong to the derogatory rules.
//
// Cheap: word lists and one regular expression per kind, compiled once per configuration.
// Never logs the draft: it may name people.
import nlp from 'compromise';
import { compiledFor, type Draft } from '../draft.ts';
import { groupedTerms, TONE } from './lexicon.ts';
import { compileTerms, findAll, withoutOverlapping, type Span } from './text.ts';

/**
 * `initial`: a capitalised word opening a sentence that compromise does not know as a name
 * ("Trump", but also "Traffic"): a person only for nouns said of it ("Trump is a liar").
 */
export type PersonKind = 'you' | 'mention' | 'pronoun' | 'person' | 'name' | 'initial' | 'group' | 'protected-group';

export interface PersonRef extends Span {
  kind: PersonKind;
}

/** The person addressed: "you", "u", "ya", "ur" ("ur a clown"), "yourself". */
const YOU = /(?<![\p{L}\p{N}'’])(?:you|u|ya|yah|yourself|yourselves|you're|youre|ur)(?![\p{L}\p{N}]|['’](?!re))/giu;
/** Third persons. Not "it" (a thing) nor "his"/"her" alone as possessives before a noun (handled by `target.ts`). */
const PRONOUN =
  /(?<![\p{L}\p{N}'’])(?:he|she|him|her|they|them|he's|she's|they're|hes|shes|theyre|themselves|himself|herself|whoever)(?![\p{L}\p{N}'’])/giu;
/** "@jo_bloggs", "@user". */
const MENTION = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_]{1,30}/gu;
/** A name: capitalised words ("Dave", "Bono", "Jacob Rees-Mogg"). */
const NAME =
  /(?<![\p{L}\p{N}@#'’])\p{Lu}[\p{Ll}'’]*\p{Ll}(?:-\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}[\p{Ll}'’]*\p{Ll}(?:-\p{Lu}?\p{Ll}+)?){0,2}(?![\p{L}\p{N}])/gu;
/** Capitalised words that are not names: function words, days, months, interjections. */
const NOT_NAMES = new Set(
  (
    'the this that these those it its it’s what when why how who whom whose where which i he she they we you my our your his her their ' +
    'a an and but or so if just not no yes oh ok okay lol lmao omg wow well also all some any every each today tonight tomorrow ' +
    'yesterday monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december god jesus honestly seriously literally actually really sorry thanks thank please ' +
    'hey hi hello dear there here then now never always still even only maybe perhaps love happy great good bad new old ' +
    'christmas easter breaking update news rt via ps btw imo tbh fyi nothing everything everyone everybody someone somebody ' +
    'nobody anyone anybody life people man woman guys mate lads council town'
  ).split(' '),
);

const PLACE_WORD =
  /^(?:street|st|road|rd|lane|close|avenue|drive|way|crescent|court|place|square|park|green|hill|gardens|terrace|grove|mews|walk|row|centre|center|station|hall|house|school|church|market|arms|inn|bridge|estate)$/i;

function refsOf(re: RegExp | null, text: string, kind: PersonKind): PersonRef[] {
  return findAll(re, text).map((m) => ({ start: m.start, end: m.end, kind }));
}

/** "the ref", "this guy", "that woman", "my neighbour", "some bloke": a person pointed at with a person noun. */
function personNouns(draft: Draft): PersonRef[] {
  const re = compiledFor(draft.config, 'people:person-nouns', () => {
    const nouns = compileTerms(groupedTerms(TONE, ['person-noun']).flatMap((t) => [t, `${t}s`]));
    if (!nouns) return null;
    const det = '(?:the|this|that|these|those|some|my|your|his|her|their|our|a|an|ur)';
    return new RegExp(`(?<![\\p{L}\\p{N}])${det}\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}?(?:${nouns.source})`, 'giu');
  });
  return refsOf(re, draft.text, 'person');
}

function names(draft: Draft): PersonRef[] {
  const out: PersonRef[] = [];
  NAME.lastIndex = 0;
  for (const m of draft.text.matchAll(NAME)) {
    // Drop leading words that are not names ("Honestly Dave" → "Dave").
    const words = m[0].split(/\s+/);
    let skip = 0;
    let start = m.index;
    while (skip < words.length && NOT_NAMES.has(words[skip]!.toLowerCase().replace(/['’]s$/, ''))) {
      start += words[skip]!.length;
      start += /^\s+/.exec(draft.text.slice(start))?.[0].length ?? 0;
      skip++;
    }
    if (skip === words.length) continue;
    // "Hockliffe Street", "Ashby Close": a place, not a person.
    if (PLACE_WORD.test(words[words.length - 1]!)) continue;
    // A capitalised word that opens a sentence may be any word ("Traffic is mad"): a name only
    // when compromise knows it as one.
    const first = words[skip]!;
    // The sentence starts after any @mentions it opens with ("@jo Pedophilia is …").
    const sentence = draft.sentenceAt(start);
    const opening = /^(?:@[\p{L}\p{N}_]+[\s,:]*)*/u.exec(sentence.text)![0].length;
    const initial = words.length - skip === 1 && sentence.start + opening === start && !knownName(first);
    out.push({ start, end: m.index + m[0].length, kind: initial ? 'initial' : 'name' });
  }
  return out;
}

let lexicon: Record<string, unknown> | undefined;
function knownName(word: string): boolean {
  if (!lexicon) lexicon = compromiseLexicon();
  const tag = lexicon[word.toLowerCase()];
  const tags = Array.isArray(tag) ? tag : [tag];
  return tags.some((t) => typeof t === 'string' && /Name|Person|Organization|Actor/.test(t));
}

/** compromise's lexicon of known words (names, organisations, days…), read on first use. */
function compromiseLexicon(): Record<string, unknown> {
  try {
    return (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  } catch {
    return {};
  }
}

/** Every reference to a person or group in the draft, sorted; where two overlap, the longer wins. */
export function peopleReferences(draft: Draft): PersonRef[] {
  return draft.memo('people:references', () => {
    const groups = compiledFor(draft.config, 'people:groups', () => ({
      protected: compileTerms(groupedTerms(TONE, ['protected-group', 'dehumanising-name'])),
      other: compileTerms(groupedTerms(TONE, ['group'])),
    }));
    const official = compiledFor(
      draft.config,
      'people:official-handles',
      () => new Set(draft.config.organisation.officialAccounts.map((h) => `@${h.replace(/^@/, '').toLowerCase()}`)),
    );
    const text = draft.text;
    let refs: PersonRef[] = [
      ...refsOf(groups.protected, text, 'protected-group'),
      ...refsOf(groups.other, text, 'group'),
      ...personNouns(draft),
    ].sort((a, b) => a.start - b.start || b.end - a.end);
    refs = dropOverlaps(refs);
    const add = (more: PersonRef[]) => {
      refs = [...refs, ...withoutOverlapping(more, refs)].sort((a, b) => a.start - b.start);
    };
    add(refsOf(MENTION, text, 'mention').filter((m) => !official.has(text.slice(m.start, m.end).toLowerCase())));
    add(refsOf(YOU, text, 'you'));
    add(refsOf(PRONOUN, text, 'pronoun'));
    add(names(draft));
    return refs;
  });
}

function dropOverlaps(sorted: PersonRef[]): PersonRef[] {
  const out: PersonRef[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (!last || r.start >= last.end) out.push(r);
  }
  return out;
}
