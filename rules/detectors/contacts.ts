// Contact details (phone numbers, email addresses, postal addresses) with a best guess at
// whose they are. Three rules read this one attribution, so a detail is reported once by the
// rule that fits it best:
//   - `self` ("my number is", "I live at")          → own-safety
//   - `colleague` (a colleague reference nearby)    → colleague-details
//   - `person` (a named or pointed-to other person) → personal-data (personal mode)
//   - `venue` (an address given as a shop's or hall's: "the café at 4 Mill Road", a check-in
//     "@ Bob's Diner at 12 High St", or a detail after "for bookings")
//   - `unknown`                                     → venue and unknown: personal-data in official mode only
// Public contacts (config `publicContacts`) are marked and no rule reports them.
import { compiledFor, type Draft, type Sentence } from '../draft.ts';
import { postalAddresses, type AddressKind } from './addresses.ts';
import { colleagueReferences } from './colleagues.ts';
import { councilReferences } from './council.ts';
import { emailAddresses, type EmailKind } from './emails.ts';
import type { Lexicon } from './lexicon.ts';
import { phoneNumbers } from './phones.ts';
import { compileTerms, findAll, firstAtOrAfter, inRange, overlaps, wordsBetween, type Span } from './text.ts';
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
type CueKind = 'self' | 'presence' | 'business' | 'other';
const CUE_KIND = new Map(
  OWNERS.entries
    .filter((e) => e.kind !== 'work')
    .map(
      (e) =>
        [
          cueKey(e.term),
          (e.kind === 'self' || e.kind === 'presence' || e.kind === 'business' ? e.kind : 'other') as CueKind,
        ] as const,
    ),
);
const CUES = compileTerms(OWNERS.entries.filter((e) => e.kind !== 'work').map((e) => e.term));
// "Gemma from work", "Tom in finance": a first name tied to the author's workplace (kind `work`).
const WORK_TIES = compileTerms(OWNERS.entries.filter((e) => e.kind === 'work').map((e) => e.term));
// A cue that points back to someone by pronoun ("her number", "call him"): its owner may be
// named a few sentences earlier ("my workmate Gemma … she's brilliant … Her number is …").
const PRONOUN_CUE = /\b(?:his|her|their|him|them|he|she|they)\b/i;
/** How many sentences back a pronoun cue may reach for the person it points to. */
const ANTECEDENT_SENTENCES = 3;

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
// ("give him a ring on" is a noun, and someone else's: the `a` rules it out).
const BARE_CONTACT_VERB_BEFORE = /(?<!\ba\s)\b(?:text|txt|call|ring|phone|whatsapp|message|msg)\s+(?:on\s+)?$/i;
// "ring Kelly Ward on …", "John on …", "Kelly Ward: …": a name just before the detail.
const NAME_BEFORE =
  /(?<![\p{L}'])(\p{Lu}[\p{Ll}'-]+)(?:\s+(\p{Lu}[\p{Ll}'-]+))?(?:'s\s+(?:number|mobile|phone|address))?\s*(?:is\s+)?(?:on|at|:)\s*$/u;

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)$/;

// "Tesco Express, 2 The Green", "The Swan Inn, 50 High Street": a business named just before
// its address (the last word of the name says it is a shop, pub or service).
const NAMED_BUSINESS_BEFORE =
  /(?:^|[^\p{L}])(?:\p{Lu}[\p{L}'&-]*\s+){0,4}(?:Express|Extra|Local|Ltd|Limited|Inn|Arms|Tavern|Cafe|Caf[eé]|Bakery|Stores?|Pharmacy|Chemist|Surgery|Practice|Hall|Centre|Center|Church|Chapel|School|Academy|Library|Hotel|Club|Garage|Salon|Barbers?|Kitchen|Restaurant|Takeaway|Bar|Bistro|Deli|Pub|Co-op|Tesco|Sainsbury's|Aldi|Lidl|Morrisons|Waitrose|Boots|Greggs|Costa|Vets?|Dentist|Dental|Motors|Autos|Nursery)\s*,\s*$/u;

// What may stand between "I'm at" and the author's own address: nothing, or "number"/"no."
// ("I'm no.15 …": the cue "I'm no" leaves only the full stop).
const PRESENCE_GAP = /^[\s,:.#-]*(?:(?:number|no\.?|house|flat)\s*)?$/i;

function ownerOf(draft: Draft, detail: ContactDetail, previous: ContactDetail | undefined): ContactOwner {
  const sentence = draft.sentenceAt(detail.start);
  const cue = nearestCue(draft, sentence, detail);
  // People named in this sentence (a name in the next sentence is as likely a pet or a shop).
  // Every look-up below stops at the first hit, so a huge one-sentence paste stays linear.
  const people = () => sentencePeople(draft, sentence);
  const around = neighbourhood(draft, sentence);
  const mentions = colleagueMentions(draft);
  const colleagueIn = (from: number, to: number) =>
    anyIn(mentions, from, to, (c) => within(c, around) && !overlaps(c, detail));
  const before = draft.text.slice(Math.max(sentence.start, detail.start - 60), detail.start);
  const nameJustBefore = NAME_BEFORE.exec(before);
  // "Mrs Patterson at …": a title and a surname name someone too.
  const titled = nameJustBefore !== null && HONORIFIC.test(nameJustBefore[1]!) && nameJustBefore[2] !== undefined;
  const namedBefore =
    nameJustBefore !== null &&
    [titled ? undefined : nameJustBefore[1], nameJustBefore[2]].every((w) => !w || isNameLike(draft, w));
  if (cue?.kind === 'self' || cue?.kind === 'presence') {
    // "Collect from my workmate's, 3 Wing Road", "please call Dave on …": someone named between
    // the cue and the detail owns it.
    const between = (p: Span) => p.start >= cue.end && p.end <= detail.start;
    // "I'm at 18 Wing Road" is a home; "I'm at the Black Lion, 15 High Street" or "I'm at the
    // dentist on Bridge Street" is only where the author is: a presence cue owns an address that
    // follows it directly (or after "number").
    const venueBetween = cue.kind === 'presence' && !PRESENCE_GAP.test(draft.text.slice(cue.end, detail.start));
    if (
      !venueBetween &&
      !colleagueIn(cue.end, detail.start) &&
      !anyIn(people(), cue.end, detail.start, between) &&
      !namedBefore
    )
      return 'self';
  }
  if (detail.kind === 'address' && cue?.kind !== 'other') {
    if (VENUE_BEFORE.test(before.slice(-30)) || NAMED_PLACE_BEFORE.test(before) || NAMED_BUSINESS_BEFORE.test(before))
      return 'venue';
    // "Great burger @ Bob's Diner at 12 High St", "@ 40 Station Road": a check-in names where the
    // author is, a shop, a stadium or an event's venue, not anyone's home.
    if (inCheckIn(draft, detail.start)) return 'venue';
  }
  // "For bookings email …", "Booking enquiries: …": a business's or a performer's published
  // contact, unless someone is named between ("for bookings ring Jo on …").
  if (
    cue?.kind === 'business' &&
    !namedBefore &&
    !anyIn(people(), cue.end, detail.start, (p) => p.start >= cue.end && p.end <= detail.start)
  )
    return 'venue';
  // The postcode of a street address ("4 Mill Road, Linslade LU7 2PP") belongs to whoever the
  // street does.
  if (
    detail.kind === 'address' &&
    previous?.kind === 'address' &&
    previous.owner !== 'unknown' &&
    ADDRESS_CONTINUES.test(draft.text.slice(previous.end, detail.start))
  )
    return previous.owner;
  if (colleagueIn(around.start, around.end)) return 'colleague';
  if (cue?.kind === 'other' && PRONOUN_CUE.test(draft.text.slice(cue.start, cue.end))) {
    const antecedent = pronounAntecedent(draft, sentence);
    if (antecedent) return antecedent;
  }
  if (cue?.kind === 'other' || namedBefore) return 'person';
  if (anyIn(people(), sentence.start, sentence.end, (p) => !overlaps(p, detail))) return 'person';
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

// Between a street and its postcode: a comma, a town, nothing else ("4 Mill Road, Linslade LU7 2PP").
const ADDRESS_CONTINUES = /^[\s,]*(?:\p{Lu}[\p{L}'-]*(?:[ -]+\p{Lu}[\p{L}'-]*){0,3}[\s,]*)?$/u;

/**
 * Whom a pronoun cue ("her number") points back to, a few sentences up: a colleague ("my
 * workmate Gemma") or another named person, whichever comes last before the detail; null
 * when nobody is named.
 */
function pronounAntecedent(draft: Draft, sentence: Sentence): 'colleague' | 'person' | null {
  const i = draft.sentenceIndex(sentence.start);
  if (i < 0) return null;
  const all = draft.sentences;
  for (let k = i; k >= Math.max(0, i - ANTECEDENT_SENTENCES); k--) {
    const s = all[k]!;
    if (anyIn(colleagueMentions(draft), s.start, s.end, (c) => within(c, s))) return 'colleague';
    if (sentencePeople(draft, s).length > 0) return 'person';
  }
  return null;
}

/**
 * Colleague references (detectors/colleagues.ts) plus a first name tied to work by a phrase of
 * kind `work` in contact-owners.json: "Gemma from work", "Tom in finance" (any name, not just
 * the configured roster).
 */
function colleagueMentions(draft: Draft): Span[] {
  return draft.memo('contactColleagueMentions', () => {
    const out: Span[] = [...colleagueReferences(draft)];
    for (const tie of findAll(WORK_TIES, draft.text)) {
      const name = /(?<![\p{L}'])(\p{Lu}[\p{Ll}'-]+)\s+$/u.exec(
        draft.text.slice(Math.max(0, tie.start - 30), tie.start),
      );
      if (!name || !isNameLike(draft, name[1]!)) continue;
      const start = tie.start - name[0].length;
      // At the start of a sentence a capitalised word may be any word ("Busy at work"): only a
      // word the NLP tags as a person's name counts there.
      const sentence = draft.sentenceAt(start);
      const initial = draft.text.slice(sentence.start, start).trim() === '';
      if (initial && !draft.nlpWithin(sentence, NLP_BUDGET)?.match('^#Person').found) continue;
      out.push({ start, end: tie.end });
    }
    return out.sort((a, b) => a.start - b.start);
  });
}

// Pronouns and their contractions are capitalised too ("I'm at 18 Wing Road" names nobody).
const PRONOUNS = "i i'm i've i'd i'll we we're we've you you're he he's she she's they they're it it's let's";
// Capitalised in titles and hashtag-style posts ("Thanks For Reading", "Open To All"), never a name.
const FUNCTION_WORDS = 'for of in on at to with from by as into onto about after before goodnight good';
// Places, organisations and events, never a surname: "Stoke City", "Youth Training", "Wembley
// Stadium", "Peak District National Park", "Saint Luke's". (Surnames that are also place words,
// such as Hill, Green, Park, Hall or Church, are left out: "Margaret Hill" is a person.)
const NOT_SURNAMES =
  'saint city county stadium arena airport theatre theater cinema museum gallery university college academy hospital clinic centre center plaza mall tower towers beach reserve national sports training team league inquiries enquiries booking bookings fund raiser fundraiser research foundation charity appeal awareness restaurant restaurants cafe grill hotel festival fest concert tour blvd boulevard weekend tonight today tomorrow yesterday morning afternoon evening';
const NOT_NAMES = new Set(
  `${PRONOUNS} ${FUNCTION_WORDS} ${NOT_SURNAMES} the a an and or my our your his her their this that call ring text phone message contact email me us him them please pls tel mob mobile number home work office shop council town cllr councillor mr mrs ms dr st road street lane avenue close drive way new old happy merry christmas easter monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december`.split(
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

/** Whether an item of a start-sorted list starting in [from, to) passes `test`; stops at the first. */
function anyIn<T extends Span>(sorted: readonly T[], from: number, to: number, test: (item: T) => boolean): boolean {
  for (let k = firstAtOrAfter(sorted, from); k < sorted.length && sorted[k]!.start < to; k++) {
    if (test(sorted[k]!)) return true;
  }
  return false;
}

/** People named inside one sentence, sorted by start. */
function sentencePeople(draft: Draft, sentence: Sentence): Span[] {
  return draft.memo(`contactSentencePeople:${sentence.start}`, () =>
    namedPeople(draft, sentence)
      .filter((p) => within(p, sentence))
      .sort((a, b) => a.start - b.start),
  );
}

function within(a: Span, b: Span): boolean {
  return a.start >= b.start && a.end <= b.end;
}

const POSSESSOR_BEFORE = /(?:'s|\b(?:his|her|their|your))\s+$/i;

/** The ownership cue governing a detail: the closest one before it, or one just after. */
function nearestCue(draft: Draft, sentence: Sentence, detail: Span): (Span & { kind: CueKind }) | null {
  const cues = draft.memo('contactCues', () =>
    findAll(CUES, draft.text).map((m) => ({ ...m, kind: CUE_KIND.get(cueKey(m.text)) ?? 'other' })),
  );
  let best: (Span & { distance: number; kind: CueKind }) | null = null;
  // Eight words either side fit well inside these windows; a longer sentence is not walked whole.
  const from = Math.max(sentence.start, detail.start - 300);
  for (const c of inRange(cues, from, Math.min(sentence.end, detail.end + 150))) {
    if (!within(c, sentence)) continue;
    // "Dave's new number", "her home address": someone else's after all.
    if (c.kind !== 'other' && POSSESSOR_BEFORE.test(draft.text.slice(Math.max(0, c.start - 20), c.start))) continue;
    const words = wordsBetween(draft.text, c, detail);
    const before = c.end <= detail.start;
    if (before ? words > CUE_WORDS_BEFORE : words > CUE_WORDS_AFTER) continue;
    if (!best || words < best.distance) best = { start: c.start, end: c.end, distance: words, kind: c.kind };
  }
  return best;
}

const SHOP_PREPOSITION_BEFORE = /\b(?:from|at)\s+$/i;
// "Luigi's," / "Nando's." / "Greggs's!": a possessive with no noun after it.
const BARE_POSSESSIVE = /^\p{Lu}[\p{L}-]*'s(?![\p{L}])(?!\s+\p{Ll})/u;
// "the Black Lion", "the Swan": a capitalised name after "the" is a pub, shop or place, not a person.
const ARTICLE_BEFORE = /\bthe\s+$/i;

/** Sentences the NLP may parse for names per draft: a huge paste falls back to patterns alone. */
const NLP_BUDGET = { name: 'contacts', parses: 60, maxChars: 1_000 };

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
    const out: Span[] = [];
    for (const s of nearby) {
      // "Margaret Hill", "Kelly Ward": two capitalised words that are not a place, street or day.
      NAME_PAIR.lastIndex = 0;
      for (const m of s.text.matchAll(NAME_PAIR)) {
        if (!isNameLike(draft, m[1]!) || !isNameLike(draft, m[2]!) || STREET_WORDS.test(m[2]!)) continue;
        if (ARTICLE_BEFORE.test(s.text.slice(Math.max(0, m.index - 5), m.index))) continue;
        out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
      }
      for (const re of [HONORIFIC_NAME, POSSESSIVE_NAME]) {
        re.lastIndex = 0;
        for (const m of s.text.matchAll(re))
          out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
      }
      // Only parse sentences with a capitalised word after the first (a name is capitalised).
      if (!/\s\p{Lu}/u.test(s.text) && !/^\p{Lu}[\p{Ll}]+\s+(?:is|has|was|'s)\b/u.test(s.text)) continue;
      const doc = draft.nlpWithin(s, NLP_BUDGET);
      if (!doc) continue;
      const people = doc.people().json({ offset: true }) as Array<{
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
        if (ARTICLE_BEFORE.test(draft.text.slice(Math.max(0, span.start - 5), span.start))) continue;
        // "pizza from Luigi's, ring them": a bare possessive after "from"/"at" is a shop's name.
        if (
          SHOP_PREPOSITION_BEFORE.test(draft.text.slice(Math.max(0, span.start - 6), span.start)) &&
          BARE_POSSESSIVE.test(draft.text.slice(span.start, span.end + 40))
        )
          continue;
        out.push(span);
      }
    }
    // "… @ Emily's Tearoom, Linslade", "(@ St Luke's Hospital)": a name in a check-in is a place.
    return out.filter((p) => !inCheckIn(draft, p.start));
  });
}

// A check-in or location tag: "@ " (an at sign and a space: never a handle or an email) or
// "(at " before a place's name, as X, Instagram and Foursquare write them ("Great burgers @ Bob's
// Diner at 12 High St", "(at The Roxy in Bedford, Bedfordshire)").
const CHECK_IN = /(?<![^\s(])(?:@|\(at)[ \t]+(?![\w-]+\.[a-z]{2,}\b)(?=[\p{L}\p{N}@])/giu;
// A plain capitalised word just before the "@" and a house number after it: someone's address ("Dave @ 14 Oak Road").
const NAME_BEFORE_AT = /(?<![#@\p{L}\p{N}])\p{Lu}\p{Ll}+\s+$/u;
// How far a check-in reaches: the place's name and its street address.
const CHECK_IN_TAIL = /^[^\s]+(?:[ \t]+[^\s]+){0,6}/u;

/** The check-in tags in the draft, merged where they touch: each from its marker to the end of the place's name and address. */
export function checkInTags(draft: Draft): Span[] {
  return draft.memo('contactCheckIns', () => {
    if (!draft.text.includes('@') && !/\(at\s/i.test(draft.text)) return [];
    const out: Span[] = [];
    CHECK_IN.lastIndex = 0;
    for (const m of draft.text.matchAll(CHECK_IN)) {
      const start = m.index;
      // "Ask Dave @ 14 Oak Road": a person's whereabouts, not a check-in ("with Dave @ Bob's Diner,
      // 14 Oak Road" is one: the place is named).
      const from = start + m[0].length;
      if (/\d/.test(draft.text[from] ?? '') && NAME_BEFORE_AT.test(draft.text.slice(Math.max(0, start - 30), start)))
        continue;
      const tail = CHECK_IN_TAIL.exec(draft.text.slice(from, from + 200));
      const end = from + (tail ? tail[0].length : 0);
      const last = out[out.length - 1];
      if (last && start <= last.end) last.end = Math.max(last.end, end);
      else out.push({ start, end });
    }
    return out;
  });
}

/** Whether a position lies inside a check-in tag ("@ Bob's Diner at 12 High St"). */
export function inCheckIn(draft: Draft, at: number): boolean {
  const tags = checkInTags(draft);
  const k = firstAtOrAfter(tags, at + 1) - 1;
  return k >= 0 && tags[k]!.end > at;
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
