// Postal addresses: UK postcodes ("LU7 2PP", "lu72pp"), house-numbered street addresses
// ("4 Mill Road", "Flat 2, 17 Church St") and a street named as where someone lives
// ("I live on Mill Road"). Public contacts (the council's own office) are marked as such.
import type { Config } from '../config.ts';
import { compiledFor, type Draft } from '../draft.ts';
import type { Lexicon } from './lexicon.ts';
import { termPattern, type Span } from './text.ts';
import streetTypesJson from '../lexicons/street-types.json' with { type: 'json' };

const STREET_TYPES = streetTypesJson as Lexicon;

export type AddressKind = 'street' | 'postcode' | 'street-name';

export interface FoundAddress extends Span {
  /** `street`: a house-numbered address; `postcode`; `street-name`: a street named as a home, no number. */
  kind: AddressKind;
}

export interface Address extends FoundAddress {
  isPublic: boolean;
}

// The Royal Mail pattern: outward code (area letters, district) and inward code (sector digit
// and two unit letters, never C I K M O V, so "b4 5pm" is not a postcode).
const POSTCODE =
  /(?<![\p{L}\p{N}])(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?) ?\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/giu;

const typeAlternation = (kind?: string) =>
  STREET_TYPES.entries
    .filter((e) => (kind ? e.kind === kind : true))
    .map((e) => e.term)
    .sort((a, b) => b.length - a.length)
    .map(termPattern)
    .join('|');
const WEAK_TYPES = new Set(STREET_TYPES.entries.filter((e) => e.kind === 'weak').map((e) => e.term.toLowerCase()));

// A house number (with an optional letter or range: "4a", "12-14"), up to three name words,
// then a street type. Letters, spaces and the street type are disjoint enough that matching is
// linear; the number must stand alone so "£4 Mill Road" or "10:30 Market" are not read.
// A house number may be written "no.15" or "No.7" (a full stop straight before the digits).
const HOUSE_NUMBER_START = '(?:(?<=(?<![\\p{L}\\p{N}])[Nn][Oo]\\.)|(?<![\\p{L}\\p{N}£$€.,:/-]))';
const STREET = new RegExp(
  `${HOUSE_NUMBER_START}(\\d{1,4}[a-z]?(?:-\\d{1,4})?),?[ ]+((?:[\\p{L}'][\\p{L}'.-]{0,30}[ ]+){1,3}?)(${typeAlternation()})(?![\\p{L}\\p{N}])`,
  'giu',
);
// "Flat 2, " / "Apartment 3 " / "Unit 4b, " just before a house number.
const FLAT_BEFORE = /(?:flat|apartment|apt|unit)\.?\s+\d{1,4}[a-z]?,?\s*$/i;
// Words that make a following street an address: "I live at", "address is", "moved to".
// First-person presence counts too ("I'm at", "from mine"): a number and road after it are a home.
const ADDRESS_CUE_BEFORE =
  /(?:\b(?:live[sd]?|living|stay(?:s|ing)?|moved|address(?:\s+is)?|house\s+is|flat\s+is|home\s+is|round\s+at|come\s+to|deliver(?:ed|y)?\s+to|collect(?:ion)?(?:\s+only)?\s+from|pick[\s-]?up(?:\s+only)?\s+from|drop\s+(?:it\s+|them\s+)?off\s+at|i'?m\s+at|i\s+am\s+at|we'?re\s+at|we\s+are\s+at|(?:from|at|round|to|outside)\s+(?:mine|ours))\b)[^.!?\n]{0,12}$/i;
// A person named with a title just before: "Mrs Patterson at 9 Church Square", "Mr Shah of 4 The Green".
const PERSON_AT_BEFORE = /(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ ]+\p{Lu}[\p{L}'-]+[ ]+(?:at|of|from)[ ]+$/u;
// An address continues with a comma and a town, or a postcode.
const ADDRESS_AFTER = /^(?:,?\s*(?:\p{Lu}[\p{L}-]+|[A-Z]{1,2}\d)|\s*\(?[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})/u;
// Counted things that look like a street name after a number: "5 Mile Walk", "3 Day Park";
// and times ("7 PM CT" is seven o'clock Central Time, not 7 PM Court).
const COUNT_NOUNS =
  /^(?:am|pm|a\.m\.?|p\.m\.?|mile|miles|km|k|day|days|hour|hours|minute|minutes|min|mins|week|weeks|month|months|year|years|star|stars|step|steps|course|times|point|points|goal|goals|top|best|great|big|new|free|more|other|lap|laps|person|people|kids|children|adults|members|teams?)$/i;
// "live on Mill Road", "my house on Old Road": a street without a number, named as a home.
const LIVES_ON_STREET = new RegExp(
  `\\b(?:live[sd]?|living|(?:my|our)\\s+(?:house|home|flat|place)(?:\\s+is)?)\\s+(?:on|in|at|down|off|up)\\s+((?:\\p{Lu}[\\p{L}'-]{0,30}[ ]+){1,3}?(?:${typeAlternation()}))(?![\\p{L}\\p{N}])`,
  'gu',
);

// A road named without a street-type word ("2 The Paddocks", "33 Brooklands"): a house number
// and one to three capitalised words. Only read as an address inside an address frame: a town
// or postcode after it, or a first-person address cue before it (see findAddresses).
const UNTYPED_STREET = new RegExp(
  `${HOUSE_NUMBER_START}(\\d{1,4}[a-z]?)[ ]+(The[ ]+)?(\\p{Lu}[\\p{Ll}'-]{1,30}(?:[ ]+\\p{Lu}[\\p{Ll}'-]{1,30}){0,2})(?![\\p{L}\\p{N}])`,
  'gu',
);
// The house number after the street: "Stoke Road, number 63", "Mill Lane no. 4", "Church St, No 7".
// Not "#": after a name "#3" is a ranking, a shirt number or a hashtag ("Riverside Park #3 on
// my list", "Vicarage Road #9 shirt"), and UK addresses never write a house number that way.
const STREET_THEN_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:\\p{Lu}[\\p{L}'-]{0,30}[ ]+){1,3}?(?:${typeAlternation()})),?[ ]+(?:at[ ]+)?(?:[Nn]umber|[Nn][Oo]\\.?)[ ]*\\d{1,4}[a-z]?(?![\\p{L}\\p{N}])`,
  'gu',
);
// "number 63 bus", "No. 4 shirt": the number names something else.
const NOT_A_HOUSE_AFTER =
  /^[ ]*(?:bus|buses|service|route|shirt|kit|jersey|fan|spot|place|position|seed|in|on\s+the\s+list)\b/i;
// What follows an untyped road to make it an address: an optional town, then a full postcode…
const POSTCODE_AFTER =
  /^,?[ ]*(?:\p{Lu}[\p{L}'-]*(?:[ -]+\p{Lu}[\p{L}'-]*){0,3},?[ ]+)?\(?(?:[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?) ?\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/u;
// …or a comma and a capitalised town ("2 The Paddocks, Linslade").
const TOWN_AFTER = /^,[ ]*\p{Lu}[\p{L}'-]+/u;
// Names that are a venue or an event, not a road: "10 The Library", "2 The Swan Inn".
const VENUE_LAST_WORD =
  /^(?:library|hall|centre|center|church|chapel|school|academy|college|pub|inn|arms|tavern|bar|hotel|club|theatre|cinema|surgery|museum|gallery|studio|studios|cafe|restaurant|kitchen|shop|store|market|station|stadium|ground|leisure|pool|gym|show|festival|fair|fete|concert|party|quiz|tickets?|games?|players|band)$/i;
// A number right after "at", "from", "until" is a time as often as a house ("at 10 The Library").
// A number after a day or month is a date: "Saturday 12 The Market", "March 3 Grand Parade".
const DATE_WORD_BEFORE =
  /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+$|\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+$/i;
const TIME_WORD_BEFORE = /\b(?:at|from|until|till|til|by|before|after|around|about|for)\s+$/i;

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * Every postcode and street address in `text`, in order. `places` (the configuration's towns)
 * frame a road named without a street-type word: "2 The Paddocks, Linslade".
 */
export function findAddresses(text: string, places: readonly string[] = []): FoundAddress[] {
  const out: FoundAddress[] = [];
  if (/\d/.test(text)) {
    POSTCODE.lastIndex = 0;
    for (const m of text.matchAll(POSTCODE)) {
      // All capitals or all lower case: "Lu7 2pP" style mixtures are rarely postcodes.
      if (m[0] !== m[0].toUpperCase() && m[0] !== m[0].toLowerCase()) continue;
      out.push({ start: m.index, end: m.index + m[0].length, kind: 'postcode' });
    }
    STREET.lastIndex = 0;
    for (const m of text.matchAll(STREET)) {
      const words = m[2]!.trim().split(/\s+/);
      const type = m[3]!;
      let start = m.index;
      const end = m.index + m[0].length;
      const before = text.slice(Math.max(0, start - 40), start);
      const cue = ADDRESS_CUE_BEFORE.test(before) || PERSON_AT_BEFORE.test(before);
      const flat = FLAT_BEFORE.exec(before);
      const after = text.slice(end, end + 20);
      if (COUNT_NOUNS.test(words[0]!)) continue;
      // Capitalised names ("4 Mill Road"), or lower case after an address cue ("i live at 4 mill road").
      const proper = words.every(isCapitalised) && isCapitalised(type);
      if (!proper && !cue) continue;
      if (WEAK_TYPES.has(type.toLowerCase()) && !cue && !flat && !ADDRESS_AFTER.test(after)) continue;
      if (WEAK_TYPES.has(type.toLowerCase()) && !cue && DATE_WORD_BEFORE.test(before)) continue;
      if (flat) start -= flat[0].length;
      out.push({ start, end, kind: 'street' });
    }
  }
  if (/\d[a-z]?[ ]+\p{Lu}/u.test(text)) untypedStreets(text, places, out);
  if (/(?:number|no\.?)[ ]*\d/i.test(text)) {
    STREET_THEN_NUMBER.lastIndex = 0;
    for (const m of text.matchAll(STREET_THEN_NUMBER)) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (NOT_A_HOUSE_AFTER.test(text.slice(end, end + 20))) continue;
      if (COUNT_NOUNS.test(m[1]!.split(/\s+/)[0]!)) continue;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      out.push({ start, end, kind: 'street' });
    }
  }
  if (/\b(?:liv|house|home|flat|place)/i.test(text)) {
    LIVES_ON_STREET.lastIndex = 0;
    for (const m of text.matchAll(LIVES_ON_STREET)) {
      const start = m.index + m[0].length - m[1]!.length;
      const end = m.index + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      out.push({ start, end, kind: 'street-name' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Roads without a street-type word ("2 The Paddocks, Linslade", "33 Brooklands, LU7 3PG"). A
 * bare "The X" road needs a town or postcode after it, or an address cue before it; a road
 * without "The" ("Brooklands") needs a postcode, or an address cue and one of `places`.
 */
function untypedStreets(text: string, places: readonly string[], out: FoundAddress[]): void {
  // Addresses found so far, in order, walked with a cursor (matches come in order too).
  const found = out.slice().sort((a, b) => a.start - b.start);
  let cursor = 0;
  const placeSet = new Set(places.map((p) => p.toLowerCase()));
  UNTYPED_STREET.lastIndex = 0;
  for (const m of text.matchAll(UNTYPED_STREET)) {
    const start = m.index;
    const end = m.index + m[0].length;
    while (cursor < found.length && found[cursor]!.end <= start) cursor++;
    if (cursor < found.length && found[cursor]!.start < end) continue;
    const words = m[3]!.split(/[ ]+/);
    if (COUNT_NOUNS.test(words[0]!) || VENUE_LAST_WORD.test(words[words.length - 1]!)) continue;
    if (words.some((w) => NOT_ROAD_WORDS.has(w.toLowerCase()))) continue;
    if (placeSet.has(m[3]!.toLowerCase())) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 60);
    const cue = ADDRESS_CUE_BEFORE.test(before);
    if (!cue && Number(m[1]!.replace(/\D+$/, '')) <= 24 && TIME_WORD_BEFORE.test(before)) continue;
    if (!cue && DATE_WORD_BEFORE.test(before)) continue;
    const postcode = POSTCODE_AFTER.test(after);
    const town = TOWN_AFTER.exec(after);
    const knownTown =
      town !== null && [...placeSet].some((p) => after.slice(1).trimStart().toLowerCase().startsWith(p));
    const framed = m[2] ? postcode || town !== null || cue : postcode || (cue && knownTown);
    if (framed) out.push({ start, end, kind: 'street' });
  }
  out.sort((a, b) => a.start - b.start);
}

// Words that never name a road: months, days, and words that make "3 The" a count or a date.
const NOT_ROAD_WORDS = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun i'.split(
    ' ',
  ),
);

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function compiled(config: Config) {
  // Public contacts that are addresses, squashed for comparison ("The White House, Hockliffe Street").
  return compiledFor(config, 'addresses', () =>
    config.publicContacts
      .filter((c) => /\p{L}/u.test(c) && !c.includes('@'))
      .map(squash)
      .filter((c) => c.length >= 4),
  );
}

/** Every address in the draft, marked public when it is part of one of `publicContacts`. */
export function postalAddresses(draft: Draft): Address[] {
  return draft.memo('postalAddresses', () => {
    const publicAddresses = compiled(draft.config);
    return findAddresses(draft.text, draft.config.organisation.places).map((a) => {
      const s = squash(draft.text.slice(a.start, a.end));
      return { ...a, isPublic: publicAddresses.some((p) => p.includes(s) || s.includes(p)) };
    });
  });
}
