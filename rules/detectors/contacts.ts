// Contact details (phone numbers, email addresses, postal addresses) with a best guess at
// whose they are. Three rules read this one attribution, so a detail is reported once by the
// rule that fits it best:
//   - `self` ("my number is", "I live at")          → own-safety
//   - `colleague` (a colleague reference nearby)    → colleague-details
//   - `person` (a named or pointed-to other person) → personal-data (personal mode)
//   - `venue` (an address given as a shop's or hall's: "the café at 4 Mill Road")
//   - `unknown`                                     → venue and unknown: personal-data in official mode only
// Public contacts (config `publicContacts`) are marked and no rule reports them.
import { compiledFor, type Draft, type Sentence } from '../draft.ts';
import { postalAddresses, type AddressKind } from './addresses.ts';
import { colleagueReferences } from './colleagues.ts';
import { councilReferences } from './council.ts';
import { emailAddresses, type EmailKind } from './emails.ts';
import type { Lexicon } from './lexicon.ts';
import { phoneNumbers } from './phones.ts';
import { compileTerms, findAll, inRange, overlaps, wordsBetween, type Span } from './text.ts';
import ownersJson from '../lexicons/contact-owners.json' with { type: 'json' };
import streetTypesJson from '../lexicons/street-types.json' with { type: 'json' };

const OWNERS = ownersJson as Lexicon;
const STREET_TYPES = streetTypesJson as Lexicon;

export type ContactOwner = 'self' | 'colleague' | 'person' | 'venue' | 'unknown';

export type ContactDetail = Span & { isPublic: boolean; owner: ContactOwner } & (
    { kind: 'phone' } | { kind: 'email'; emailKind: EmailKind } | { kind: 'address'; addressKind: AddressKind }
  );

/** How far (in words) an ownership cue may sit before the detail it owns ("text me on … 07700 900123"). */
const CUE_WORDS_BEFORE = 8;
/** …or after it ("07700 900123 is my mobile"). */
const CUE_WORDS_AFTER = 3;

const cueKey = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, ' ');
const CUE_KIND = new Map(OWNERS.entries.map((e) => [cueKey(e.term), e.kind === 'self' ? 'self' : 'other'] as const));
const CUES = compileTerms(OWNERS.entries.map((e) => e.term));

// "Mrs Jones", "Dr Patel", "Mr. O'Brien": a named person whatever the NLP thinks.
const HONORIFIC_NAME = /(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.?\s+\p{Lu}[\p{L}'-]+/gu;
// "Dave's number", "Priya's address": a capitalised name owning a detail.
const POSSESSIVE_NAME =
  /(?<![\p{L}])\p{Lu}[\p{L}-]+'s\s+(?:(?:mobile|home|work|phone|landline|new|old)\s+)?(?:number|mobile|phone|address|house|flat|home|email|details|postcode)\b/gu;

/**
 * Whether colleague-details reports this detail: a colleague's phone, address, postcode or
 * personal email. A council address is not personal (council-email reports it).
 */
export function isColleagueDetail(d: ContactDetail): boolean {
  if (d.owner !== 'colleague' || d.isPublic) return false;
  if (d.kind === 'email') return d.emailKind === 'personal';
  return true;
}

const NAME_PAIR = /(?<![\p{L}'])(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu;
// Only unambiguous street words: "Hill", "Green" and "Park" are surnames too ("Margaret Hill").
const STREET_WORDS = compileTerms(
  STREET_TYPES.entries.filter((e) => e.kind !== 'weak').map((e) => e.term),
  'iu',
)!;

/** Every phone number, email and postal address in the draft, with whose it probably is. */
export function contactDetails(draft: Draft): ContactDetail[] {
  return draft.memo('contactDetails', () => {
    const raw: ContactDetail[] = [
      ...phoneNumbers(draft).map((p) => ({
        start: p.start,
        end: p.end,
        kind: 'phone' as const,
        isPublic: p.isPublic,
        owner: 'unknown' as ContactOwner,
      })),
      ...emailAddresses(draft).map((e) => ({
        start: e.start,
        end: e.end,
        kind: 'email' as const,
        emailKind: e.kind,
        isPublic: e.kind === 'public',
        owner: 'unknown' as ContactOwner,
      })),
      ...postalAddresses(draft).map((a) => ({
        start: a.start,
        end: a.end,
        kind: 'address' as const,
        addressKind: a.kind,
        isPublic: a.isPublic,
        owner: 'unknown' as ContactOwner,
      })),
    ];
    // A number inside an email or phone number is not a house number.
    const others = raw.filter((d) => d.kind !== 'address').sort((a, b) => a.start - b.start);
    const details = raw
      .filter((d) => d.kind !== 'address' || !inRange(others, d.start - 200, d.end).some((o) => overlaps(o, d)))
      .sort((a, b) => a.start - b.start);
    if (details.length === 0) return details;
    details.forEach((d, i) => (d.owner = ownerOf(draft, d, details[i - 1])));
    return details;
  });
}

// "the café on 4 Mill Road", "Tesco at LU7 4RR": a place of business, not anyone's home.
const VENUE_BEFORE =
  /\b(?:caf[eé]|coffee\s+shop|shop|pub|restaurant|takeaway|venue|hall|centre|center|church|school|library|office|offices|store|salon|bakery|market|club|gym|surgery|pharmacy|garage|hotel|studio|museum|theatre|cinema|station|park|shops|unit|premises|branch)\s+(?:is\s+|are\s+)?(?:on|at|in|@)\s*$/i;

// "at the Black Lion, 15 High Street": a named place, then its address.
const NAMED_PLACE_BEFORE = /\bat\s+(?:the\s+)?(?:\p{Lu}[\p{L}'&-]*\s+){0,4}\p{Lu}[\p{L}'&-]*,\s*$/u;

// "text 07700 900123", "or call 07700 900123": a bare request to get in touch, in a personal post,
// gives the author's own mobile (a business's landline is left alone).
const BARE_CONTACT_VERB_BEFORE = /\b(?:text|txt|call|ring|phone|whatsapp|message|msg)\s+(?:on\s+)?$/i;
// "ring Kelly Ward on …", "John on …", "Kelly Ward: …": a name just before the detail.
const NAME_BEFORE =
  /(?<![\p{L}'])(\p{Lu}[\p{Ll}'-]+)(?:\s+(\p{Lu}[\p{Ll}'-]+))?(?:'s\s+(?:number|mobile|phone|address))?\s*(?:is\s+)?(?:on|at|:)\s*$/u;

function ownerOf(draft: Draft, detail: ContactDetail, previous: ContactDetail | undefined): ContactOwner {
  const sentence = draft.sentenceAt(detail.start);
  const cue = nearestCue(draft, sentence, detail);
  // People named in this sentence (a name in the next sentence is as likely a pet or a shop).
  const people = () => namedPeople(draft, sentence).filter((p) => within(p, sentence) && !overlaps(p, detail));
  const around = neighbourhood(draft, sentence);
  const colleagues = inRange(colleagueReferences(draft), around.start, around.end).filter(
    (c) => within(c, around) && !overlaps(c, detail),
  );
  const before = draft.text.slice(Math.max(sentence.start, detail.start - 60), detail.start);
  const nameJustBefore = NAME_BEFORE.exec(before);
  const namedBefore =
    nameJustBefore !== null && [nameJustBefore[1], nameJustBefore[2]].every((w) => !w || isNameLike(draft, w));
  if (cue?.kind === 'self') {
    // "Collect from my workmate's, 3 Wing Road", "please call Dave on …": someone named between
    // the cue and the detail owns it.
    const between = (p: Span) => p.start >= cue.end && p.end <= detail.start;
    if (!colleagues.some(between) && !people().some(between) && !namedBefore) return 'self';
  }
  if (detail.kind === 'address' && cue?.kind !== 'other') {
    if (VENUE_BEFORE.test(before.slice(-30)) || NAMED_PLACE_BEFORE.test(before)) return 'venue';
    // The postcode of a venue's street address is the venue's too.
    if (previous?.owner === 'venue' && /^[\s,]*$/.test(draft.text.slice(previous.end, detail.start))) return 'venue';
  }
  if (colleagues.length > 0) return 'colleague';
  if (cue?.kind === 'other' || namedBefore) return 'person';
  if (people().length > 0) return 'person';
  if (
    detail.kind === 'phone' &&
    draft.context.mode === 'personal' &&
    /^(?:\+44\s?\(?0?\)?\s?7|\(?07)/.test(draft.text.slice(detail.start, detail.end)) &&
    BARE_CONTACT_VERB_BEFORE.test(before)
  ) {
    return 'self';
  }
  return 'unknown';
}

const NOT_NAMES = new Set(
  'the a an and or my our your his her their this that call ring text phone message contact email me us him them it please pls tel mob mobile number home work office shop council town cllr councillor mr mrs ms dr st road street lane avenue close drive way new old happy merry christmas easter monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);

/** Whether a capitalised word can be part of a person's name here (not a place, street or common word). */
function isNameLike(draft: Draft, word: string): boolean {
  const w = word.toLowerCase().replace(/'s$/, '');
  return !NOT_NAMES.has(w) && !placeWords(draft).has(w);
}

/** The sentence with the one before and after it: "Tom Reed from work. His number is …". */
function neighbourhood(draft: Draft, sentence: Sentence): Span {
  return draft.neighbourhood(sentence.start);
}

function within(a: Span, b: Span): boolean {
  return a.start >= b.start && a.end <= b.end;
}

const POSSESSOR_BEFORE = /(?:'s|\b(?:his|her|their|your))\s+$/i;

/** The ownership cue governing a detail: the closest one before it, or one just after. */
function nearestCue(draft: Draft, sentence: Sentence, detail: Span): (Span & { kind: 'self' | 'other' }) | null {
  const cues = draft.memo('contactCues', () =>
    findAll(CUES, draft.text).map((m) => ({ ...m, kind: CUE_KIND.get(cueKey(m.text)) ?? 'other' })),
  );
  let best: (Span & { distance: number; kind: 'self' | 'other' }) | null = null;
  for (const c of inRange(cues, sentence.start, sentence.end)) {
    if (!within(c, sentence)) continue;
    // "Dave's new number", "her home address": someone else's after all.
    if (c.kind === 'self' && POSSESSOR_BEFORE.test(draft.text.slice(Math.max(0, c.start - 20), c.start))) continue;
    const words = wordsBetween(draft.text, c, detail);
    const before = c.end <= detail.start;
    if (before ? words > CUE_WORDS_BEFORE : words > CUE_WORDS_AFTER) continue;
    if (!best || words < best.distance) best = { start: c.start, end: c.end, distance: words, kind: c.kind };
  }
  return best;
}

/** Sentences the NLP may parse for names per draft: a huge paste falls back to patterns alone. */
const NLP_SENTENCE_BUDGET = 60;

/**
 * People named in a sentence and its neighbours: the NLP's people, honorifics ("Mrs Jones") and
 * possessives ("Dave's number"); never the council's own places or names ("Leighton Buzzard").
 */
export function namedPeople(draft: Draft, sentence: Sentence): Span[] {
  return draft.memo(`namedPeople:${sentence.start}`, () => {
    const all = draft.sentences;
    const i = draft.sentenceIndex(sentence.start);
    const nearby = i < 0 ? [sentence] : all.slice(Math.max(0, i - 1), i + 2);
    const places = placeWords(draft);
    const council = councilReferences(draft);
    const budget = draft.memo('namedPeopleBudget', () => ({ left: NLP_SENTENCE_BUDGET }));
    const out: Span[] = [];
    for (const s of nearby) {
      // "Margaret Hill", "Kelly Ward": two capitalised words that are not a place, street or day.
      NAME_PAIR.lastIndex = 0;
      for (const m of s.text.matchAll(NAME_PAIR)) {
        if (!isNameLike(draft, m[1]!) || !isNameLike(draft, m[2]!) || STREET_WORDS.test(m[2]!)) continue;
        out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
      }
      for (const re of [HONORIFIC_NAME, POSSESSIVE_NAME]) {
        re.lastIndex = 0;
        for (const m of s.text.matchAll(re))
          out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
      }
      // Only parse sentences with a capitalised word after the first (a name is capitalised).
      if (!/\s\p{Lu}/u.test(s.text) && !/^\p{Lu}[\p{Ll}]+\s+(?:is|has|was|'s)\b/u.test(s.text)) continue;
      if (!draft.memo(`namedPeopleParsed:${s.start}`, () => budget.left-- > 0)) continue;
      const people = draft.nlp(s).people().json({ offset: true }) as Array<{
        offset?: { start: number; length: number };
      }>;
      for (const p of people) {
        if (!p.offset) continue;
        const span = { start: s.start + p.offset.start, end: s.start + p.offset.start + p.offset.length };
        const words = draft.text
          .slice(span.start, span.end)
          .replace(/[^\p{L}\s'-]/gu, '')
          .split(/\s+/);
        if (words.some((w) => places.has(w.toLowerCase()))) continue;
        if (inRange(council, span.start - 200, span.end).some((c) => overlaps(c, span))) continue;
        out.push(span);
      }
    }
    return out;
  });
}

function placeWords(draft: Draft): Set<string> {
  return compiledFor(
    draft.config,
    'contactPlaceWords',
    () =>
      new Set(
        [...draft.config.organisation.places, draft.config.organisation.name]
          .flatMap((p) => p.toLowerCase().split(/[\s-]+/))
          .filter((w) => w.length > 2 && w !== 'town' && w !== 'council'),
      ),
  );
}
