import { compiledFor } from './draft.ts';
import { withoutAllowed } from './detectors/derogatory.ts';
import { compileDisguised, findDisguised } from './detectors/disguised.ts';
import { lexiconTerms, type Lexicon } from './detectors/lexicon.ts';
import offensiveLexicon from './lexicons/offensive.json' with { type: 'json' };
import { compileTerms, escapeRegExp, findAll, HASHTAG, withoutOverlapping, type TermMatch } from './detectors/text.ts';
import { aimedAtProtectedGroup, toneHits } from './detectors/tone.ts';
import type { Match, Rule } from './types.ts';

const OFFENSIVE: Lexicon = offensiveLexicon;
const KINDS = ['profanity', 'abbreviation', 'vulgar', 'insult', 'slur', 'discriminatory', 'harassment'] as const;
/** Swearing that is casual when aimed at nobody: a quiet note on a personal account. */
const CASUAL_KINDS: ReadonlySet<string> = new Set(['profanity', 'abbreviation', 'vulgar']);
/** Always serious, in any mode: slurs, discrimination, threats. */
const SERIOUS_KINDS: ReadonlySet<string> = new Set([
  'slur',
  'discriminatory',
  'harassment',
  'discrimination',
  'threat',
]);

/** Who threatens and whom: a violent verb is a threat only between these ("I'm going to batter you"). */
const THREAT_SUBJECTS = ["i'll", 'i will', "i'm going to", "i'm gonna", 'gonna', "we'll", "we're going to"];
const THREAT_OBJECTS = ['you', 'him', 'her', 'them'];
/** Who threatens bodily harm ("I'll break their legs", "someone should break his neck"). */
const HARM_SUBJECTS = [
  ...THREAT_SUBJECTS,
  "i'd",
  'i would',
  'i will personally',
  "i'll personally",
  'someone should',
  'somebody should',
  'someone needs to',
];

/**
 * The terms of some kinds. Harassment also covers threats written with "your" said of "his",
 * "her" or "their", and every threat built from a `threat-verb`.
 */
function offensiveTerms(kinds: readonly string[]): string[] {
  const terms = lexiconTerms(OFFENSIVE, kinds).flatMap((t) =>
    /(?:^|\s)your(?:\s|$)/.test(t) ? [t, ...['his', 'her', 'their'].map((p) => t.replace(/\byour\b/, p))] : [t],
  );
  if (!kinds.includes('harassment')) return terms;
  const threats = lexiconTerms(OFFENSIVE, ['threat-verb']).flatMap((verb) =>
    THREAT_SUBJECTS.flatMap((s) => THREAT_OBJECTS.map((o) => `${s} ${verb} ${o}`)),
  );
  return [...terms, ...threats];
}

/**
 * Threats of bodily harm: a `threat-harm` phrase ("break your legs") after a first-person
 * subject or "someone should", with "your" read as any possessive ("I'll break their legs").
 * One pattern, not every subject times every phrase, so it compiles at once.
 */
function harmPattern(): RegExp | null {
  const phrases = lexiconTerms(OFFENSIVE, ['threat-harm']);
  if (phrases.length === 0) return null;
  const words = (t: string) => t.split(/\s+/).map(escapeRegExp).join('[\\s\\-_]+').replaceAll("'", "['’]?");
  const subjects = HARM_SUBJECTS.map(words).join('|');
  const body = phrases
    .sort((a, b) => b.length - a.length)
    .map((t) => words(t).replace(/\byour\b/, '(?:your|his|her|their|ur|yer)'))
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${subjects})[\\s\\-_]+(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
}

/** A masked letter: "c*ck" means the swear word, "cock" may be a bird. */
const MASKED = /[*#_]/;

const MESSAGES: Readonly<Record<string, string>> = {
  profanity: 'Swearing like this would not be acceptable at work, so it is not acceptable here.',
  abbreviation: 'This stands for swearing that would not be acceptable at work, so it is not acceptable here.',
  vulgar: 'This is vulgar language: not how you would speak at work.',
  insult: 'This insults someone. The procedure asks you not to disparage anyone, not only colleagues.',
  contempt: 'This shows contempt for someone. The procedure asks you not to disparage or bully anyone.',
  slur: 'This is a slur: racist, homophobic, transphobic or disability-based abuse.',
  discriminatory: 'This reads as discriminatory language.',
  discrimination:
    'This reads as discrimination against a group the law protects (race, nationality, religion, sex, sexual orientation, gender identity, disability or age).',
  harassment: 'This reads as a threat or harassment.',
  threat: 'This reads as a threat, or a wish that someone comes to harm.',
};
/** What is said of swearing aimed at nobody: which it is, and that it is only a note. */
const CASUAL_MESSAGE = 'Casual swearing, aimed at nobody: not how you would speak at work, so worth a second look.';

const SUGGESTIONS: Readonly<Record<string, string>> = {
  insult: 'Say what you disagree with, not what you think of the person. If you are angry, wait before posting.',
  contempt: 'Say what you disagree with, not what you think of the person. If you are angry, wait before posting.',
  discrimination:
    'Remove it. Comments about a whole group because of who they are can be discrimination, whoever posts them.',
  discriminatory:
    'Remove it. Comments about a whole group because of who they are can be discrimination, whoever posts them.',
  threat: 'Remove it. Threats and wishes of harm are harassment, even as a joke.',
  harassment: 'Remove it. Threats and wishes of harm are harassment, even as a joke.',
};

/** Swearing aimed at someone: "fuck you", "you're shit", "@jo suck it". */
const AIMED_AFTER =
  /^[\s,!.*]*(?:[\p{L}'’]+\s+)?(?:you|u|ya|yourself|yourselves|him|her|them|off|@[\p{L}\p{N}_]+)(?![\p{L}\p{N}])/iu;
const AIMED_BEFORE =
  /(?:^|[^\p{L}\p{N}_])(?:you|u|ur|you're|youre|your|ya|@[\p{L}\p{N}_]+)\s+(?:[\p{L}'’]+\s+){0,2}$/iu;

function aimedSwearing(text: string, m: { start: number; end: number }): boolean {
  return (
    AIMED_AFTER.test(text.slice(m.end, m.end + 30)) || AIMED_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))
  );
}

/**
 * Clause 13: "not use insulting, offensive or racist language or engage in any conduct that
 * would not be acceptable in the workplace"; 9.3: no bullying, harassment or discrimination.
 * Whoever it is aimed at, and in every field, including a display name or a handle.
 */
const rule: Rule = {
  id: 'offensive-language',
  clause: '13',
  bullet: 7,
  seeAlso: ['9.3'],
  title: 'Offensive language',
  severity: { personal: 'warning', official: 'error' },
  fields: ['post', 'comment', 'bio', 'profile-name', 'handle'],
  englishOnly: false,
  message: 'This is offensive language that would not be acceptable in the workplace.',
  explanation:
    'The procedure asks staff not to use insulting, offensive or racist language, or anything that would not be acceptable in the workplace (13), and never to bully, harass or discriminate (9.3). This applies whoever the words are aimed at: “what a f***ing brilliant day” is still swearing in public by someone known to work for the council. Slurs are always treated as serious. Disguised spellings (sh1t, f*ck, f***ing), abbreviations (ffs, wtf) and words run together in a handle (LLTC_is_sh1t) count too. Mild British expressions such as “bloody brilliant”, “crap weather” or “bugger” are not flagged: the list follows Ofcom’s research on how offensive the public finds each word, and flags the medium and strong ones. Ordinary words that contain a swear word, like Scunthorpe, are not flagged.',
  suggestion: 'Reword without the swearing, insult or slur. If you are angry about something, wait before posting.',
  examples: [
    {
      text: 'What a f***ing brilliant day at the carnival!',
      flagged: true,
      note: 'Swearing aimed at nobody still counts.',
    },
    { text: 'Absolute sh1te service at the pool today', flagged: true, note: 'A digit for a letter.' },
    { text: 'Tell him to piss off', flagged: true },
    { text: 'Some dickhead has parked across the dropped kerb again', flagged: true },
    { text: 'Go back to your own country', flagged: true, note: 'Discriminatory.' },
    { text: 'LLTC_is_sh1t', field: 'handle', flagged: true, note: 'Handles have no spaces: words are split.' },
    { text: 'LLTCisShite', field: 'handle', flagged: true, note: 'Run together in camel case.' },
    { text: 'Bollocks to the Lot', field: 'profile-name', flagged: true },
    { text: 'Such a b0llocks of a day', flagged: true, mode: 'official' },
    {
      text: 'Whoever keeps parking across my drive, I will find you and put your windscreen in',
      flagged: true,
      note: 'A threat of damage.',
    },
    { text: 'Someone should slash his tyres', flagged: true },
    { text: "I'm going to batter you when I see you", flagged: true, note: 'A threat of violence.' },
    { text: 'Councillor Hughes is a lying cow', flagged: true },
    {
      text: 'ffs LLTC sort the streetlights out',
      flagged: true,
      note: 'Abbreviated swearing (ffs, fml, wtf, stfu) reads as the words it stands for.',
    },
    { text: 'The FFA cup final is on Saturday, fab', flagged: false },
    {
      text: 'MoFoodBank',
      field: 'handle',
      flagged: false,
      note: 'Abbreviations count only as words of their own, not inside a run-together handle.',
    },
    { text: "I'll find you a seat at the carnival", flagged: false },
    { text: 'You could break your leg on that ice, careful', flagged: false },
    { text: "We'll punch above our weight this season", flagged: false },
    {
      text: 'Cllr Bates is a useless c*ck',
      flagged: true,
      note: 'Masked, a word with an everyday sense means the swear word.',
    },
    { text: 'The cock crowed at dawn on the farm', flagged: false },
    {
      text: "If I catch whoever keyed my car I'll break their legs",
      flagged: true,
      note: 'A threat of bodily harm: break their legs, smash your face in.',
    },
    { text: 'Break a leg tonight!', flagged: false },
    { text: "I'll break the news to the team tomorrow", flagged: false },
    { text: 'Cows lying in the field by the canal', flagged: false },
    {
      text: 'The new bloody parking signs are bloody brilliant',
      flagged: false,
      note: '“Bloody” is mild British English: not flagged.',
    },
    {
      text: 'Crap weather for the market today, bring a brolly',
      flagged: true,
      note: '“Crap” aimed at nothing is vulgar but mild: a quiet note on a personal account, a warning on an official one.',
    },
    { text: 'shit, forgot my umbrella', flagged: true, note: 'Casual swearing aimed at nobody: a quiet note.' },
    { text: 'this quiz sucks', flagged: true, note: 'Vulgarity by degree: mild, and still a note.' },
    { text: 'Such a b\u043Ellocks of a day', flagged: true, note: 'A Cyrillic letter that looks Latin.' },
    { text: 'he is an embarrassment to the profession', flagged: true, note: 'Contempt for a person, no swear word.' },
    { text: 'she lies every time she opens her mouth', flagged: true, note: 'Contempt with no insulting word.' },
    { text: 'nobody cares what you think, loser', flagged: true },
    { text: 'what a creep', flagged: true, note: 'An exclamation in a reply is aimed at whoever it replies to.' },
    { text: 'cyclists are scum', flagged: true, note: 'Contempt for a group.' },
    {
      text: 'ship the lot of them home, they come here and take everything',
      flagged: true,
      note: 'Discrimination without a slur: always serious.',
    },
    { text: 'women can’t manage anything', flagged: true, note: 'A generalisation about a protected group.' },
    { text: 'I hope he gets what’s coming to him', flagged: true, note: 'A wish of harm.' },
    { text: 'someone needs to give her a slap', flagged: true, note: 'A call for violence.' },
    { text: 'total #clownshow from the ref, what a loser', flagged: true },
    { text: 'I’m such an idiot, left my keys on the bus', flagged: false, note: 'Said of oneself.' },
    {
      text: 'The ref was poor today and the pitch was a disgrace',
      flagged: false,
      note: 'A verdict on a performance.',
    },
    { text: 'The immigration bill passes its second reading today', flagged: false, note: 'Neutral news.' },
    { text: 'Racist abuse has no place in football', flagged: false, note: 'Condemning abuse is not abuse.' },
    { text: 'We battered them 4-0, what a performance', flagged: false, note: 'Sports talk.' },
    { text: 'The pros and cons of the new bus timetable', flagged: false, note: '“cons” is not a slur written short.' },
    {
      text: 'Bloody lovely day at the lido',
      flagged: false,
      note: '“Bloody” is the mildest British word: not flagged.',
    },
    {
      text: 'Great turnout from Scunthorpe for the tournament',
      flagged: false,
      note: 'A swear word inside a place name.',
    },
    { text: 'ScunthorpeFan88', field: 'handle', flagged: false, note: 'Run together, still a place name.' },
    { text: 'Spotted a kingfisher on the canal at Linslade', flagged: false },
    { text: 'Sorry, I mishit the ball into the pond', flagged: false },
    { text: 'The council’s pest control team cleared the site', flagged: false },
    {
      text: 'Wankel engine rally at the showground this weekend',
      flagged: false,
      note: 'A surname that contains a listed word.',
    },
  ],
  detect(draft) {
    const c = compiledFor(draft.config, 'offensive', () => {
      const all = offensiveTerms(KINDS);
      // Only clear-cut words are looked for inside run-together handles.
      const joined = OFFENSIVE.entries
        .filter((e) => {
          const letters = e.term.replace(/[^\p{L}]/gu, '').length;
          return (
            ((e.kind === 'profanity' || e.kind === 'insult') && letters >= 4) || (e.kind === 'slur' && letters >= 5)
          );
        })
        .map((e) => e.term.replace(/\*$/, ''));
      return {
        matcher: compileDisguised(all, joined, lexiconTerms(OFFENSIVE, ['innocent'])),
        masked: compileDisguised(lexiconTerms(OFFENSIVE, ['masked']), [], []),
        harm: harmPattern(),
        kinds: compiledFor(draft.config, 'offensive-kinds', () => perKind()),
        exact: compileTerms(lexiconTerms(OFFENSIVE, ['vulgar-exact'])),
      };
    });
    const field = draft.context.field;
    let found = findDisguised(c.matcher, draft.text, field === 'handle' || field === 'profile-name');
    const harm = withoutOverlapping(findAll(c.harm, draft.text), found);
    if (harm.length) found = [...found, ...harm].sort((a, b) => a.start - b.start);
    if (MASKED.test(draft.text)) {
      const masked = withoutOverlapping(
        findDisguised(c.masked, draft.text).filter((m) => MASKED.test(m.text)),
        found,
      );
      if (masked.length) found = [...found, ...masked].sort((a, b) => a.start - b.start);
    }
    // Words run together in a hashtag ("#AttentionWhores", "#fuckthis"), as in a handle.
    if (field !== 'handle' && field !== 'profile-name' && draft.text.includes('#')) {
      const tagged = withoutOverlapping(hashtagWords(draft.text, c.matcher), found);
      if (tagged.length) found = [...found, ...tagged].sort((a, b) => a.start - b.start);
    }
    // Letters spaced or dotted apart: "s h i t", "f.u.c.k.i.n.g".
    if (SPACED.test(draft.text)) {
      const spaced = withoutOverlapping(spacedWords(draft.text, c.matcher), found);
      if (spaced.length) found = [...found, ...spaced].sort((a, b) => a.start - b.start);
    }
    const exact = withoutOverlapping(findAll(c.exact, draft.text), found);
    const words = withoutAllowed(draft, [...found, ...exact]).map((m) => ({
      start: m.start,
      end: m.end,
      kind: harm.includes(m)
        ? 'harassment'
        : exact.includes(m)
          ? 'vulgar'
          : kindOfMatch(SPACED.test(m.text) ? m.text.replace(/[ .·-]/g, '') : m.text, c.kinds),
    }));
    // Insults, contempt, discrimination and threats written without a listed word (tone.ts); the
    // profile fields are names, not sentences.
    const tone =
      field === 'handle' || field === 'profile-name'
        ? []
        : withoutAllowed(
            draft,
            toneHits(draft).map((h) => ({
              ...h,
              text: draft.text.slice(h.start, h.end),
              kind: h.kind === 'insult' && aimedAtProtectedGroup(draft, h) ? 'discrimination' : h.kind,
            })),
          );
    return [...words, ...withoutOverlapping(tone, words)].map((m): Match => {
      const casual = CASUAL_KINDS.has(m.kind) && !aimedSwearing(draft.text, m);
      const match: Match = {
        start: m.start,
        end: m.end,
        message: casual ? CASUAL_MESSAGE : (MESSAGES[m.kind] ?? rule.message),
      };
      const suggestion = SUGGESTIONS[m.kind];
      if (suggestion) match.suggestion = suggestion;
      if (SERIOUS_KINDS.has(m.kind)) match.escalate = true;
      else if (casual) match.casual = true;
      return match;
    });
  },
};

/** Three or more single letters spaced, dotted or dashed apart. */
const SPACED = /(?<![\p{L}\p{N}])\p{L}(?:[ .·-]\p{L}){2,}(?![\p{L}\p{N}])/u;
const SPACED_ALL = new RegExp(SPACED.source, 'gu');

/** Listed words written with their letters spaced apart, as spans of `text`. */
function spacedWords(text: string, matcher: ReturnType<typeof compileDisguised>): TermMatch[] {
  const out: TermMatch[] = [];
  SPACED_ALL.lastIndex = 0;
  for (const m of text.matchAll(SPACED_ALL)) {
    const joined = m[0].replace(/[ .·-]/g, '');
    if (findDisguised(matcher, joined).some((w) => w.start === 0 && w.end === joined.length))
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Listed words inside hashtags, run together: spans of `text`. */
function hashtagWords(text: string, matcher: ReturnType<typeof compileDisguised>): TermMatch[] {
  const out: TermMatch[] = [];
  for (const m of text.matchAll(HASHTAG)) {
    const body = m[1]!;
    const at = m.index + 1;
    for (const w of findDisguised(matcher, body, true))
      out.push({ start: at + w.start, end: at + w.end, text: text.slice(at + w.start, at + w.end) });
  }
  return out;
}

/** One disguise-aware matcher per kind, to say which kind a match is. */
function perKind() {
  return KINDS.map((kind) => ({
    kind,
    matcher: compileDisguised(
      offensiveTerms([kind]),
      offensiveTerms([kind]).map((t) => t.replace(/\*$/, '')),
      [],
    ),
  }));
}

const kindCache = new Map<string, string>();

function kindOfMatch(text: string, kinds: ReturnType<typeof perKind>): string {
  const key = text.toLowerCase();
  let kind = kindCache.get(key);
  if (!kind) {
    kind = findKind(text, kinds);
    if (kindCache.size < 2000) kindCache.set(key, kind);
  }
  return kind;
}

function findKind(text: string, kinds: ReturnType<typeof perKind>): string {
  // Slurs first: a match that is a slur is treated as one; but a masked word ("c***") could be
  // many words, so it is only called a slur when nothing milder fits.
  const order = /[*#_]/.test(text)
    ? (['profanity', 'abbreviation', 'insult', 'harassment', 'discriminatory', 'slur'] as const)
    : (['slur', 'harassment', 'discriminatory', 'insult', 'profanity', 'abbreviation'] as const);
  for (const runTogether of [false, true]) {
    for (const k of order) {
      const entry = kinds.find((x) => x.kind === k);
      const found = entry ? findDisguised(entry.matcher, text, runTogether) : [];
      // Whole words must cover the match; run-together ones ("LLTCisShite") need only start it.
      if (found.some((m) => m.start === 0 && (runTogether || m.end === text.length))) return k;
    }
  }
  return 'profanity';
}

export default rule;
