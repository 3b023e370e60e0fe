// The tone of a post towards people, whoever they are (clause 9.3: disparaging any third party,
// bullying, harassment, discrimination; clause 13: insulting language):
//   insult          name-calling ("what a creep"), or a contemptuous word said of someone
//                   ("she is disgusting", "you snake", "crazy liberals");
//   contempt        contempt with no insulting word ("nobody cares what you think");
//   discrimination  contempt or a generalisation aimed at a group the Equality Act 2010
//                   protects ("immigrants are vermin", "women can't drive"), calls to send a
//                   group away ("ship the lot of them home"), invasion language;
//   threat          wishes of harm ("hope he gets what's coming"), calls for violence
//                   ("someone needs to give her a slap"), "deserves to die".
// Words come from rules/lexicons/tone.json; who a remark is aimed at from people.ts and
// target.ts, and one negation (target.ts `isNegated`) cancels any of them. Remarks aimed at
// the council or its people are left to the derogatory rules.
import { compiledFor, type Draft } from '../draft.ts';
import { councilTargets, peopleTargets } from './derogatory.ts';
import { groupedTerms, TONE } from './lexicon.ts';
import { peopleReferences, type PersonRef } from './people.ts';
import { aimedAt, isNegated } from './target.ts';
import { undisguise } from './disguised.ts';
import { compileTerms, escapeRegExp, findAll, HASHTAG, overlaps, type Span, type TermMatch } from './text.ts';

export type ToneKind = 'insult' | 'contempt' | 'discrimination' | 'threat';

export interface ToneHit extends Span {
  kind: ToneKind;
}

interface Compiled {
  /** Every word a tone remark needs, in one pattern: a draft with none of them is done at once. */
  any: RegExp | null;
  /** The protected groups: with one named, group remarks are looked for too. */
  groups: RegExp | null;
  names: RegExp | null;
  predicates: RegExp | null;
  banter: RegExp | null;
  groupNear: RegExp | null;
  arson: RegExp;
  adjectives: RegExp | null;
  dehumanising: RegExp | null;
  generalisations: RegExp | null;
  contempt: RegExp | null;
  deserve: RegExp | null;
  wish: RegExp | null;
  removal: RegExp | null;
  dehumanisingNames: RegExp | null;
  tropes: RegExp | null;
  invasion: RegExp | null;
  taking: RegExp | null;
  incapable: RegExp | null;
  violence: RegExp | null;
  slapping: RegExp;
  particle: RegExp;
  hashtagWords: RegExp;
  hashtagEnds: RegExp;
  hashtagSlogans: RegExp | null;
}

/** Subjects who threaten: the author, "someone", "somebody". */
const THREATENER =
  "(?:i|i'll|ill|i'm|im|i'd|id|we'll|someone|somebody|someone's|somebody's|some1|sum1|some one|some body)(?:\\s+(?:will|would|'ll|'d|should|shall|could|must|needs? to|ought to|has to|have to|gotta|got to|wanna|want to|gonna|going to|am going to|'m going to|is going to|happily|one day|really|just|personally|literally|seriously|honestly|genuinely|absolutely|totally|swear|swear i'll|swear ill|will personally)){0,3}";
/** Verbs that kill: said to "them" too. The rest need one person ("him", "her", "you"), since "we'll batter them" is football. */
const LETHAL = /^(?:kill|murder|stab|shoot|strangle|hang|throttle|choke)$/;
const ONE_PERSON =
  '(?:him|her|you|u|ya|yer|ur|(?:that|this)\\s+(?:guy|bloke|man|woman|lad|kid|idiot|moron|prick|twat|fool|ref|driver|cyclist)|@[\\p{L}\\p{N}_]+)';

function compile(draft: Draft): Compiled {
  return compiledFor(draft.config, 'tone', () => {
    const terms = (kinds: string[]) => groupedTerms(TONE, kinds);
    const violence = terms(['violence']);
    const lethal = violence.filter((v) => LETHAL.test(v));
    const verbs = (list: string[]) => list.map((v) => v.split(/\s+/).map(escapeRegExp).join('\\s+')).join('|');
    // Words that make a remark on their own; the rest ("can't", "invasion", "typical") need a
    // protected group named too.
    const needsGroup = ['incapable', 'group-near', 'generalisation', 'taking', 'invasion'];
    const needed = TONE.groups
      .filter((g) => !['person-noun', 'group', 'protected-group', ...needsGroup].includes(g.kind))
      .flatMap((g) => g.terms);
    return {
      any: compileTerms(needed),
      groups: compileTerms(terms(['protected-group', 'dehumanising-name'])),
      names: compileTerms(terms(['name-calling'])),
      predicates: compileTerms(terms(['person-predicate'])),
      banter: compileTerms(terms(['banter'])),
      groupNear: compileTerms(terms(['group-near'])),
      arson: new RegExp(
        `(?<![\\p{L}\\p{N}])${THREATENER}\\s+(?:${verbs(terms(['arson']))})\\s+(?:his|her|their|your|ur|that\\s+[\\p{L}]+['’]s|the\\s+[\\p{L}]+['’]s)\\s+(?:house|home|car|van|shop|windows?|place|flat)(?![\\p{L}\\p{N}])`,
        'giu',
      ),
      adjectives: compileTerms(terms(['person-adjective'])),
      dehumanising: compileTerms(terms(['dehumanising'])),
      generalisations: compileTerms(terms(['generalisation'])),
      contempt: compileTerms(terms(['contempt'])),
      deserve: compileTerms(terms(['deserve-harm'])),
      wish: compileTerms(terms(['wish-harm'])),
      removal: compileTerms(terms(['removal'])),
      dehumanisingNames: compileTerms(terms(['dehumanising-name'])),
      tropes: compileTerms(terms(['trope'])),
      invasion: compileTerms(terms(['invasion'])),
      taking: compileTerms(terms(['taking'])),
      incapable: compileTerms(terms(['incapable'])),
      violence: new RegExp(
        `(?<![\\p{L}\\p{N}])${THREATENER}\\s+(?:(?:${verbs(violence)})\\s+${ONE_PERSON}|(?:${verbs(lethal)})\\s+(?:them|em|'em|the\\s+lot|all\\s+of\\s+them))(?![\\p{L}\\p{N}])`,
        'giu',
      ),
      particle: new RegExp(
        `(?<![\\p{L}\\p{N}])${THREATENER}\\s+(?:run|knock|beat|kick|smack|punch|batter|take)\\s+${ONE_PERSON}\\s+(?:over|out|up|in|down)\\b(?!\\s+(?:for|to)\\b)`,
        'giu',
      ),
      slapping: new RegExp(
        `(?<![\\p{L}\\p{N}])give\\s+(?:${ONE_PERSON}|them)\\s+(?:a|one)\\s+(?:good\\s+|proper\\s+|right\\s+)?(?:slap|smack|kicking|beating|hiding|punch|thump|clip round the ear|battering|pasting)(?![\\p{L}\\p{N}])`,
        'giu',
      ),
      // Slogans written as one word open a tag: "#WomenCantDrive", "#DeportThemAllNow".
      hashtagSlogans: ((slogans: string[]) => (slogans.length ? new RegExp(`^(?:${slogans.join('|')})`, 'i') : null))(
        terms(['removal', 'trope'])
          .filter((t) => /^[a-z]{8,}$/.test(t))
          .map(escapeRegExp),
      ),
      // A tag that is an insult ("#fraud") or ends with one of four letters or more ("#LyingLabourRats").
      hashtagEnds: new RegExp(
        `^(?:${terms(['person-predicate', 'banter'])
          .map((t) => escapeRegExp(t.toLowerCase().replace(/[\s'-]+/g, '')))
          .join('|')})$|(?:${terms(['person-predicate', 'dehumanising', 'banter'])
          .map((t) => t.toLowerCase().replace(/[\s'-]+/g, ''))
          .filter((t) => t.length >= 4 && t.endsWith('s'))
          .map(escapeRegExp)
          .join('|')})$`,
        'iu',
      ),
      // Inside a hashtag words have no edges: only words of five letters or more are looked for.
      hashtagWords: new RegExp(
        terms(['name-calling'])
          .map((t) => t.toLowerCase().replace(/[\s'-]+/g, ''))
          .filter((t) => t.length >= 5)
          .map(escapeRegExp)
          .join('|'),
        'iu',
      ),
    };
  });
}

/** What the author says of themself: "I'm such an idiot", "what an idiot I am", "me being a muppet". */
const SELF_BEFORE =
  /(?:^|[^\p{L}])(?:i|i'm|im|i am|i was|i've been|ive been|i feel like|i felt like|me|myself|i look like|made me look like|call me)(?:\s+[\p{L}'’-]+){0,3}\s*$/iu;
const SELF_AFTER = /^\s*(?:i am|i'm|im|i was|i've been|am i|was i|me)(?![\p{L}])/iu;
/** Compounds that are not name-calling: "idiot-proof", "idiot's guide". */
const COMPOUND_AFTER = /^(?:-?proof|'s guide|s' guide| box)/i;

/** The draft with digits and symbols read as the letters they stand for ("t0sspot"), same length. */
function undisguised(draft: Draft): string {
  return draft.memo('tone:undisguised', () => undisguise(draft.text));
}

function selfDirected(draft: Draft, term: Span): boolean {
  const sentence = draft.sentenceAt(term.start);
  const before = draft.text.slice(Math.max(sentence.start, term.start - 40), term.start);
  const after = draft.text.slice(term.end, Math.min(sentence.end, term.end + 15));
  return SELF_BEFORE.test(before) || SELF_AFTER.test(after);
}

function negated(draft: Draft, span: Span): boolean {
  return isNegated(draft, draft.sentenceAt(span.start), span);
}

/** The council and its people: remarks about them belong to derogatory-council and derogatory-people. */
function ours(draft: Draft): Span[] {
  return draft.memo('tone:ours', () => {
    const people = peopleTargets(draft);
    return [...people, ...councilTargets(draft, people)];
  });
}

/** People and groups who are not the council's: the targets of this detector. */
function others(draft: Draft): PersonRef[] {
  return draft.memo('tone:others', () => {
    const council = ours(draft);
    return peopleReferences(draft).filter((r) => !council.some((c) => overlaps(c, r)));
  });
}

function near(draft: Draft, span: Span, refs: readonly PersonRef[], kinds: readonly string[]): boolean {
  const around = draft.neighbourhood(span.start);
  return refs.some((r) => kinds.includes(r.kind) && r.start >= around.start && r.end <= around.end);
}

/** Every remark in the draft that insults, shows contempt for, discriminates against or threatens people. */
export function toneHits(draft: Draft): ToneHit[] {
  return draft.memo('tone:hits', () => {
    const c = compile(draft);
    const text = draft.text;
    const hits: ToneHit[] = [];
    if (c.any) c.any.lastIndex = 0;
    if (c.groups) c.groups.lastIndex = 0;
    const quiet =
      !c.any?.test(undisguised(draft)) &&
      !c.groups?.test(text) &&
      !text.includes('#') &&
      !WEAPON_EMOJI.test(text) &&
      !/\b(?:run|knock|take)\s+\S+\s+(?:over|out)\b/i.test(text);
    if (quiet) return hits;
    const push = (spans: readonly Span[], kind: ToneKind) => {
      for (const s of spans) hits.push({ start: s.start, end: s.end, kind });
    };
    const plain = (re: RegExp | null) => findAll(re, text).filter((m) => !negated(draft, m));

    // Threats and wishes of harm.
    push(plain(c.deserve), 'threat');
    push(
      findAll(c.violence, text).filter((m) => !negated(draft, m)),
      'threat',
    );
    push(
      findAll(c.slapping, text).filter((m) => !negated(draft, m)),
      'threat',
    );
    push(
      findAll(c.particle, text).filter((m) => !negated(draft, m)),
      'threat',
    );
    push(wishes(draft, findAll(c.wish, text)), 'threat');
    push(
      findAll(c.arson, text).filter((m) => !negated(draft, m)),
      'threat',
    );
    push(weaponEmoji(draft), 'threat');

    // Discrimination by phrase.
    const refs = others(draft);
    const protectedNear = (m: Span) => near(draft, m, refs, ['protected-group']);
    // Phrases that say where the group should go, and slogans written as one word, need no group named.
    push(
      plain(c.removal).filter(
        (m) => /country|came from|belong|deport|being invaded|^[a-z]+$/i.test(m.text) || protectedNear(m),
      ),
      'discrimination',
    );
    push(plain(c.dehumanisingNames), 'discrimination');
    push(plain(c.tropes), 'discrimination');
    push(
      plain(c.invasion).filter(
        (m) =>
          protectedNear(m) ||
          OUR_PLACE.test(draft.sentenceAt(m.start).text) ||
          /\b(?:im)?migration\b|\bmigrants?\b/i.test(draft.sentenceAt(m.start).text),
      ),
      'discrimination',
    );
    push(
      plain(c.taking).filter((m) => /here/i.test(m.text) || protectedNear(m)),
      'discrimination',
    );
    push(incapable(draft, c, refs), 'discrimination');
    // "don't mind gays as long as they keep it away from my kids": only a negation right before the phrase cancels it.
    push(
      findAll(c.groupNear, text).filter(
        (m) =>
          protectedNear(m) &&
          !/\b(?:not|never|n't)\s+(?:[\p{L}'’]+\s+)?$/iu.test(text.slice(Math.max(0, m.start - 25), m.start)),
      ),
      'discrimination',
    );

    // Contempt with no insulting word.
    push(plain(c.contempt), 'contempt');

    // Name-calling, unless said of oneself, negated, or about the council's people.
    const council = ours(draft);
    const called = findAll(c.names, undisguised(draft)).filter(
      (m) =>
        !COMPOUND_AFTER.test(text.slice(m.end, m.end + 9)) &&
        !selfDirected(draft, m) &&
        !negated(draft, m) &&
        !aboutOurs(draft, m, council, refs),
    );
    push(called, 'insult');

    // Contemptuous words said of someone.
    push(saidOfSomeone(draft, c, refs), 'insult');
    hashtags(draft, c, hits);
    return hits.sort((a, b) => a.start - b.start || b.end - a.end);
  });
}

/**
 * Whether a remark is about the council or its people: aimed at them, or said after one of them
 * (in the same sentence or the one before) with nobody else named in between ("Cllr Bates'
 * claims are the ramblings of a clueless idiot", "Rang the council. Absolute clowns"). "They",
 * "you lot" and "the man" point back to them. The derogatory rules speak for those.
 */
function aboutOurs(draft: Draft, m: Span, council: readonly Span[], refs: readonly PersonRef[]): boolean {
  if (council.length === 0) return false;
  if (aimedAt(draft, [m], council, { people: true }).length > 0) return true;
  const around = draft.neighbourhood(m.start);
  const last = council.filter((c) => c.start >= around.start && c.end <= m.start).at(-1);
  return (
    last !== undefined &&
    !refs.some(
      (r) =>
        r.start >= last.end && r.end <= m.start && !pointsBack(draft.text.slice(r.start, r.end), r, draft.text, last),
    )
  );
}

/** References that point back to someone already named: "they", "you lot", "the man". */
function pointsBack(text: string, ref: PersonRef, draft: string, council: Span): boolean {
  // "you" is the council only when it is the one addressed: "@LLTownCouncil you lot are …".
  const addressed =
    draft[council.start] === '@' ||
    (/^[\s,:;!-]*$/.test(draft.slice(council.end, ref.start)) &&
      /(?:^|[.!?\n]\s*)$/.test(draft.slice(0, council.start)));
  return (
    (ref.kind === 'you' && addressed) ||
    ref.kind === 'pronoun' ||
    /^(?:the|this|that)\s+(?:man|woman|bloke|guy|lot|lady|chap)$|^(?:them|that|this)\s+lot$|^(?:these|those)\s+people$|^the\s+lot\s+of\s+them$/i.test(
      text,
    ) ||
    (addressed && /^(?:you|your)\s+(?:lot|people)$/i.test(text))
  );
}

const OUR_PLACE =
  /\b(?:our|this|my)\s+(?:country|countries|town|towns|streets|beaches|land|borders|island|nation|cities|city|communities|schools|hospitals|nhs|estates?)\b/i;

/** "hope he chokes", "I hope @x gets run over", "may they rot": a wish-harm phrase after a wish about a person. */
function wishes(draft: Draft, found: readonly TermMatch[]): Span[] {
  const refs = others(draft);
  const out: Span[] = [];
  for (const m of found) {
    const sentence = draft.sentenceAt(m.start);
    const before = draft.text.slice(Math.max(sentence.start, m.start - 60), m.start);
    const wish =
      /(?:hope|hoping|hopefully|wish|pray|praying|^\s*may)\s+(?:that\s+)?((?:[\p{L}\p{N}@_'’-]+\s+){1,4}?)(?:will\s+|would\s+|'ll\s+|ll\s+|gets?\s+|just\s+|finally\s+|one day\s+|soon\s+)*$/iu.exec(
        before,
      );
    if (!wish) continue;
    const whoStart = m.start - before.length + wish.index + wish[0].indexOf(wish[1]!);
    const who = { start: whoStart, end: whoStart + wish[1]!.trimEnd().length };
    const aboutSomeone = refs.some((r) => r.start >= who.start && r.end <= who.end) || /^(?:you|u)\b/i.test(wish[1]!);
    if (!aboutSomeone || negated(draft, m)) continue;
    out.push({ start: m.start - before.length + wish.index, end: m.end });
  }
  return out;
}

/** Verbs after "can't" that make a claim about what a whole group is able to do ("women can't drive"). */
const CANNOT_DO =
  /^\s*(?:\p{L}+\s+)?(?:drive|park|lead|manage|think|handle|be trusted|be funny|play|cope|govern|reason|read maps|do maths|do math|fight|integrate|speak english|be leaders|control themselves|help it)\b/iu;

function incapable(draft: Draft, c: Compiled, refs: readonly PersonRef[]): Span[] {
  const out: Span[] = [];
  for (const m of findAll(c.incapable, draft.text)) {
    // Straight after the group, with at most "all", "just" or "simply" between.
    const group = refs.find(
      (r) =>
        r.kind === 'protected-group' &&
        r.end <= m.start &&
        /^\s+(?:(?:all|just|simply|really|generally|always|never|naturally)\s+){0,2}$/i.test(
          draft.text.slice(r.end, m.start),
        ),
    );
    if (!group) continue;
    if (/^(?:can't|cannot|can not|cant)$/i.test(m.text) && !CANNOT_DO.test(draft.text.slice(m.end, m.end + 30)))
      continue;
    out.push({ start: group.start, end: m.end });
  }
  return out;
}

/**
 * Contemptuous words said of someone: of a person or group in the same clause (through
 * `aimedAt`), before a person or group ("crazy liberals", "dirty immigrants"), or as an
 * exclamation in a reply ("what a fraud", "such a liar"). Aimed at a protected group, a
 * dehumanising word or a generalisation is discrimination.
 */
function saidOfSomeone(draft: Draft, c: Compiled, refs: readonly PersonRef[]): Span[] {
  const text = draft.text;
  // Matched on the undisguised copy (same length): "t0sspot", "l1ar".
  const plainText = undisguised(draft);
  const found = (re: RegExp | null, group: string) =>
    findAll(re, plainText).map((m) => ({ ...m, text: text.slice(m.start, m.end), kind: 'predicate', group }));
  const terms = [
    ...found(c.predicates, 'predicate'),
    ...found(c.adjectives, 'adjective'),
    ...found(c.dehumanising, 'dehumanising'),
    ...found(c.generalisations, 'generalisation'),
    // Banter said of one's own family, friends, team or pets is teasing.
    ...(KIN.test(text) ? [] : found(c.banter, 'banter')),
  ];
  if (terms.length === 0) return [];
  const out: Span[] = [];
  const done = new Set<number>();
  const adjectives = new Set(terms.filter((t) => t.group === 'adjective').map((t) => t.text.toLowerCase()));
  const discriminatory = draft.memo('tone:discriminatory', () => new Set<string>());
  const council = ours(draft);
  const mark = (t: Span & { group: string }, target: PersonRef | undefined) => {
    // A generalisation ("criminals", "lazy") is contempt only when said of a protected group.
    if (t.group === 'generalisation' && target?.kind !== 'protected-group') {
      // "Half of them are faking it" after "disabled people …": the pronoun is the group.
      if (target?.kind !== 'pronoun' || !near(draft, t, refs, ['protected-group'])) return;
      target = { ...target, kind: 'protected-group' };
    }
    if (done.has(t.start)) return;
    // Banter is said of a person, not of a group or an organisation ("Milton Keynes Council are numpties").
    if (
      t.group === 'banter' &&
      target &&
      (/group/.test(target.kind) || ORGANISATION.test(text.slice(target.start, target.end)))
    )
      return;
    if (aboutOurs(draft, t, council, refs)) {
      done.add(t.start);
      return;
    }
    done.add(t.start);
    out.push({ start: t.start, end: t.end });
    if (target?.kind === 'protected-group') discriminatory.add(`${t.start}:${t.end}`);
  };
  if (refs.length) {
    for (const { term, target } of aimedAt(draft, terms, refs, { people: true })) {
      const ref = refs.find((r) => r.start === target.start && r.end === target.end);
      if (ref?.kind === 'initial' && term.group !== 'predicate') continue;
      mark(term, ref);
    }
    // "Tories are all vermin", "she's just a fraud", "Tories = vermin", "are you really that
    // stupid?": said of the subject.
    for (const t of terms) {
      if (done.has(t.start)) continue;
      const subject = [...refs].reverse().find((r) => r.end <= t.start && t.start - r.end <= 100);
      if (!subject || (subject.kind === 'initial' && t.group !== 'predicate')) continue;
      const between = text.slice(subject.end, t.start);
      const contracted = /['’]?(?:s|re)$/i.test(text.slice(subject.start, subject.end)) && subject.kind === 'pronoun';
      const asked = /(?:^|[^\p{L}])(?:are|is|were|was|r)\s+$/iu.test(
        text.slice(Math.max(0, subject.start - 8), subject.start),
      );
      const said =
        COPULA_BETWEEN.test(between) ||
        RELATIVE_BETWEEN.test(between) ||
        ((contracted || asked) && ONLY_MODIFIERS.test(between));
      if (said && !negated(draft, t)) mark(t, subject);
    }
    // Straight before a person or group: "crazy liberals", "stupid woman", "filthy animals".
    for (const t of terms) {
      if (done.has(t.start) || t.group === 'predicate') continue;
      const next = refs.find(
        (r) =>
          r.start >= t.end &&
          BEFORE_PERSON.test(text.slice(t.end, r.start)) &&
          r.kind !== 'pronoun' &&
          r.kind !== 'you',
      );
      // Or inside one: "an ugly old man", "that creepy bloke".
      const around = next ?? refs.find((r) => r.kind === 'person' && r.start <= t.start && t.end < r.end);
      if (around && !negated(draft, t)) mark(t, around);
    }
  }
  // Before a person noun with no determiner: "spineless little man hiding behind …".
  for (const t of terms) {
    if (done.has(t.start) || t.group !== 'adjective') continue;
    if (BARE_PERSON_AFTER.test(text.slice(t.end, t.end + 30)) && !negated(draft, t) && !selfDirected(draft, t))
      mark(t, undefined);
  }
  for (const t of terms) {
    if (done.has(t.start) || t.group === 'generalisation' || /^(?:fake|phony|phoney)$/i.test(t.text)) continue;
    const sentence = draft.sentenceAt(t.start);
    const after = text.slice(t.end, Math.min(sentence.end, t.end + 40));
    // "selfish dinosaurs the lot of them", "what a gutless rat he is": said of the people named after it.
    const ofThem =
      OF_THE_LOT.test(after) ||
      (/^\s+(?:he|she|they|you|u)\s*(?:is|are|was|were|'s|'re)\b/iu.test(after) &&
        /\b(?:what|such)\s+an?\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(sentence.start, t.start)));
    // "@jo Fool!", "Disgusting.", "greedy parasite": a reply that is nothing but the word (and
    // perhaps one more) is aimed at whoever it replies to.
    const rest = (text.slice(sentence.start, t.start) + ' ' + text.slice(t.end, sentence.end))
      .replace(BARE_REPLY_NOISE, ' ')
      .trim();
    const bare = rest === '' || (t.group !== 'adjective' && !/\s/.test(rest) && adjectives.has(rest.toLowerCase()));
    if ((ofThem || bare) && !negated(draft, t) && !selfDirected(draft, t)) mark(t, undefined);
  }
  // "What a fraud!", "such a liar": an exclamation with no one named is aimed at whoever the reply is to.
  for (const t of terms) {
    if (done.has(t.start) || t.group === 'generalisation') continue;
    const before = text.slice(Math.max(draft.sentenceAt(t.start).start, t.start - 30), t.start);
    if (!/(?:^|[,.!?:;-]\s*|^\s*)(?:what|such)\s+(?:an?\s+)?(?:[\p{L}-]+\s+)?$/iu.test(before)) continue;
    if (t.group === 'adjective' && !/an?\s+(?:[\p{L}-]+\s+)?$/iu.test(before)) continue;
    const after = text.slice(t.end, t.end + 20);
    if (/^\s+(?:of|i am|i'm|im|i was)\b/i.test(after) || selfDirected(draft, t)) continue;
    // "what a disgusting day": the word describes a thing after it.
    if (
      t.group === 'adjective' &&
      /^\s+[\p{L}]/u.test(after) &&
      !/^\s+(?:man|woman|bloke|guy|person|human|individual|creature)\b/iu.test(after)
    )
      continue;
    mark(t, undefined);
  }
  return out;
}

/** Names of organisations, not people: what banter is not aimed at. */
const ORGANISATION =
  /\b(?:council|ltd|limited|plc|fc|club|company|group|party|trust|society|association|department|dept)\b/i;

/** A person noun straight after a word, with no determiner: "spineless little man". */
const BARE_PERSON_AFTER =
  /^\s+(?:(?:little|old|young|fat|lying|bitter|nasty|sad|pathetic|stupid|dumb|ugly|horrible)\s+)?(?:man|men|woman|women|bloke|blokes|guy|guys|girl|boy|lad|lads|person|people|creature|individual|human|humans|kid|kids)\b/iu;

/** Between a word and the person it describes: "crazy liberals", "stupid old man", "filthy lying rats". */
const BEFORE_PERSON =
  /^\s+(?:(?:old|little|young|fat|lying|stupid|dumb|bloody|fucking|effing|ignorant|thick|nasty|dirty|filthy|evil|useless|sad|pathetic|typical|lazy)\s+)?$/iu;

/** Mentions, emoji, punctuation and "a"/"an"/"total"/"absolute": what may surround a one-word reply. */
const BARE_REPLY_NOISE =
  /@[\p{L}\p{N}_]+|\b(?:an?|such|total|absolute|complete|utter|what|you|u|ur|just|so|pure|bloody)\b|[^\p{L}\p{N}]+/giu;
/** Words that only qualify what follows: "really that", "such a disgusting". */
const ONLY_MODIFIERS =
  /^\s+(?:(?:so|such|a|an|the|just|really|that|truly|totally|utterly|complete|absolute|total|utter|proper|right|big|little|lying|disgusting|pathetic|stupid|nasty|vile|dirty|filthy|fucking|bloody|sad|old|fat|ugly|evil|dumb|typical)\s+){0,4}$/iu;

/** What joins a subject to what is said of it: "are all", "is such a", "'s just a", "=". */
const COPULA_BETWEEN =
  /^(?:\s*(?:is|are|was|were|'s|'re|r|be|being|been|am|remains?|seems?|looks?|sounds?|becoming|become|=|:)\s+|\s*=\s*)(?:(?!(?:and|but|or|to|for|with|in|on|at|that|who|which|because|than|if|when|while|not|never|no)\s)[\p{L}'’-]+\s+){0,4}$/iu;
/** "cyclists who jump red lights are the scum of the road": a relative clause between subject and verb. */
const RELATIVE_BETWEEN =
  /^\s+(?:(?:in|with|from|on|at)\s+[\p{L}-]+\s+)?(?:who|that)\s[^.!?;,]{1,60}?\s(?:is|are|was|were)\s+(?:(?!(?:and|but|or|to|not|never|no)\s)[\p{L}'’-]+\s+){0,4}$/iu;
/** What says a word is said of a whole group: "selfish dinosaurs the lot of them". */
const OF_THE_LOT =
  /^\s*,?\s*(?:the\s+lot\s+of\s+(?:them|you|em)|all\s+of\s+(?:them|you)|every\s+(?:last\s+|single\s+)?one\s+of\s+(?:them|you)|the\s+pair\s+of\s+(?:them|you))\b/iu;
/** One's own family, friends, team or pets ("our keeper"): name-calling among them is teasing. */
const KIN =
  /\bour\s+(?:keeper|goalie|striker|defender|midfielder|winger|captain|centre[\s-]?back|left[\s-]back|right[\s-]back|full[\s-]back|number\s+\w+)\b|\b(?:my|our)\s+(?:little\s+|big\s+|old\s+|lovely\s+)?(?:brother|sister|bro|sis|mum|mam|mom|dad|kids?|son|daughter|husband|hubby|wife|wifey|partner|dog|cat|nan|nana|gran|grandad|grandma|grandpa|family|cousin|auntie|uncle|mates?|pals?|bestie|boyfriend|girlfriend|fella|missus|other half|team|quiz team|lads|girls)\b|\b(?:all|both|each)\s+of\s+us\b/iu;

/** A knife, dagger, gun or bomb emoji with a warning ("see what happens", "watch your back"): a threat. */
const WEAPON_EMOJI = /\u{1F52A}|\u{1F5E1}|\u{1F52B}|\u{1F4A3}/u;
function weaponEmoji(draft: Draft): Span[] {
  if (!WEAPON_EMOJI.test(draft.text)) return [];
  const out: Span[] = [];
  for (const sentence of draft.sentences) {
    const emoji = WEAPON_EMOJI.exec(sentence.text);
    if (!emoji) continue;
    const warning =
      /\b(?:see what happens|watch your back|watch ur back|i know where|you're next|youre next|coming for you|come for you|wait till|wait until)\b/i;
    if (!warning.test(sentence.text)) continue;
    out.push({ start: sentence.start, end: sentence.end });
  }
  return out;
}

/** Whether a tone hit at this span was aimed at a protected group (set by `saidOfSomeone`). */
export function aimedAtProtectedGroup(draft: Draft, span: Span): boolean {
  return draft.memo('tone:discriminatory', () => new Set<string>()).has(`${span.start}:${span.end}`);
}

/**
 * A tag that is an insult, or ends with one that starts a word of its own ("#LyingLabourRats",
 * not "#Democrats").
 */
function endsWithInsult(body: string, re: RegExp): boolean {
  const m = re.exec(body.toLowerCase());
  if (!m) return false;
  return m.index === 0 || /[\p{Lu}\p{N}_]/u.test(body[m.index]!) || body[m.index - 1] === '_';
}

/** "#bellendalert", "#hypocrites": name-calling run together in a hashtag (not words like "witch" or "fraud", which tags use as topics). */
function hashtags(draft: Draft, c: Compiled, hits: ToneHit[]): void {
  if (!draft.text.includes('#')) return;
  for (const m of draft.text.matchAll(HASHTAG)) {
    const body = m[1]!.replace(/_/g, '');
    const start = m.index;
    if (hits.some((h) => h.start < start + m[0].length && h.end > start)) continue;
    if (c.hashtagSlogans?.test(body)) hits.push({ start, end: start + m[0].length, kind: 'discrimination' });
    else if (c.hashtagWords.test(body) || endsWithInsult(m[1]!, c.hashtagEnds))
      hits.push({ start, end: start + m[0].length, kind: 'insult' });
  }
}
