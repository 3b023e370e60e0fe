import { colleagueReferences } from './detectors/colleagues.ts';
import { contactDetails, inCheckIn, isColleagueDetail, namedPeople, type ContactDetail } from './detectors/contacts.ts';
import { findIdentifiers, type IdentifierKind } from './detectors/identifiers.ts';
import type { Lexicon } from './detectors/lexicon.ts';
import { compileLexicon } from './detectors/lexicon.ts';
import { findAll, inRange, wordsBetween, type Span } from './detectors/text.ts';
import type { Draft, Sentence } from './draft.ts';
import healthJson from './lexicons/health.json' with { type: 'json' };
import type { Match, Rule } from './types.ts';

/**
 * Clause 13, second bullet: personal data and sensitive information must be handled in line with
 * the Data Protection Act. Flags, in any mode:
 *   - National Insurance numbers, bank details (sort code, account number, IBAN, card number);
 *   - a date of birth with a person's name;
 *   - health or care details of a named person ("Priya is off sick with depression"), not an
 *     everyday phrase ("retail therapy", "heat stroke"), the author's own health ("my anxiety"),
 *     health denied, wished or asked about ("is she pregnant?"), a public figure introduced by
 *     their trade ("singer Tom Jones"), or a place in a check-in ("@ St Luke's Hospital");
 *   - another person's phone number, address or personal email ("call him on …", "Dave's number").
 * In official mode also any phone number, email or house-numbered street address that is not in
 * `publicContacts` (a venue's name or a postcode alone is fine). In personal mode a venue's or a
 * business's details (a check-in address, a contact "for bookings") are not personal data.
 *
 * Interactions (personal mode): details the contacts detector gives to a colleague are
 * colleague-details' alone; the author's own are own-safety's; a council email is council-email's.
 * So each detail is reported by one rule. In official mode the blanket check applies to every
 * detail that is not a public contact, so a colleague's number is reported here and by
 * colleague-details (two different duties: the colleague's privacy, and the account's data).
 */

const HEALTH = compileLexicon(healthJson as Lexicon, ['condition', 'care']);
// "Retail therapy", "heat stroke", "the Great Depression": a health word inside an everyday phrase.
const HEALTH_IDIOMS = compileLexicon(healthJson as Lexicon, ['idiom']);
// "Post-concert depression", "post holiday depression": the blues after an event, not an illness
// ("postnatal" and "post-traumatic" are illnesses).
const POST_EVENT_BEFORE = /\bpost[\s-]*(?!(?:natal|partum|traumatic|operative|op|viral|stroke)\b)\p{L}+[\s-]+$/iu;
// The author's own health is theirs to share, not someone else's personal data: "my anxiety",
// "my favourite addiction", "I'm pregnant", "I had surgery", "I've been diagnosed".
const OWN_HEALTH_BEFORE =
  /(?:\b(?:my|our)\s+(?:(?:own|favou?rite|worst|usual|social|severe|chronic|crippling|constant|current|latest|ongoing|general|mild|bad|little|recent)\s+)?|\b(?:i'?m|i\s+am|i\s+was|i'?ve\s+(?:got|been|had)|i\s+have|i\s+had|i\s+got)\s+(?:(?:just|now|finally|still|been|got|a|an|some|having|getting|so|really|actually|officially|recently|currently)\s+){0,2})$/iu;
// Health said NOT to be the case, or wished, or dismissed as made up: nothing is disclosed.
// "Tom's not pregnant", "I don't think Tom's pregnant", "why do you want her to be pregnant",
// "who made up the idea that she's pregnant".
const NEGATED_BEFORE =
  /(?:\b(?:not|never|isn'?t|wasn'?t|aren'?t|ain'?t)\s+(?:(?:been|be|got|getting|having|actually|really|even|yet|a|an)\s+){0,2}|\b(?:don'?t|do\s+not|doesn'?t|does\s+not|didn'?t)\s+(?:think|believe|reckon)\s+(?:[\p{L}'’]+\s+){0,3}|\b(?:want|wants|wanted|wanting|wish|wishes|wished)\s+(?:[\p{L}'’]+\s+){1,3}to\s+(?:be|get|become)\s+(?:[\p{L}]+\s+)?)$/iu;
const MADE_UP =
  /\b(?:c[oa]me\s+up\s+with|made\s+up|making\s+(?:it\s+)?up|fake\s+news|hoax|(?:not|isn'?t|wasn'?t)\s+true)\b/i;
// "Is she pregnant?", "Is Kylie pregnant again??": asking, not telling.
const ASKED_BEFORE =
  /(?:^|[.!?]\s*|,\s*)(?:[Ii]s|[Ww]as|[Ii]sn'?t|[Ww]asn'?t)\s+(?:she|he|they|\p{Lu}[\p{L}'-]*)\s+(?:\p{Ll}+\s+)?$/u;
const ASKED_AFTER = /^(?:\s+(?:again|yet|now|too|already|or\s+not|or\s+what))?[\s!]*\?/i;
// A public figure introduced by their trade, as news does ("actress Jane Doe", "filmmaker
// Tom Lee"): their health is in the papers, not data the author holds about a private person.
// (Councillors and staff are not here: they are the council's people.)
const PUBLIC_ROLES =
  /(?:actor|actress|singer|rapper|songwriter|popstar|pop\s+star|(?:tv|reality|film|movie|hollywood|soap|rock|sports?|football|tennis|youtube|instagram|tiktok)\s+star|celebrity|celeb|filmmaker|film-maker|director|comedian|musician|footballer|quarterback|boxer|golfer|athlete|president|senator|governor|congressman|congresswoman|prince|princess|king|queen|duke|duchess|supermodel|novelist|youtuber|influencer|billionaire|tycoon|frontman|frontwoman|legend|icon)/
    .source;
const PUBLIC_ROLE_BEFORE = new RegExp(`\\b${PUBLIC_ROLES}\\s+$`, 'i');
const PUBLIC_ROLE_START = new RegExp(`^${PUBLIC_ROLES}\\s`, 'i');
// One capitalised word at the end ("Jane " in "actress Jane Doe"), to walk back over a full name.
const LAST_CAPITALISED = /\p{Lu}[\p{L}'.-]*[\s,]+$/u;

/** Whether a person is a public figure introduced by their trade ("singer Tom Jones", "Reality star Gemma Collins"). */
function publicFigure(draft: Draft, person: Span): boolean {
  if (PUBLIC_ROLE_START.test(draft.text.slice(person.start, person.end))) return true;
  let before = draft.text.slice(Math.max(0, person.start - 50), person.start);
  for (let k = 0; k < 3; k++) {
    if (PUBLIC_ROLE_BEFORE.test(before)) return true;
    const shorter = before.replace(LAST_CAPITALISED, '');
    if (shorter === before) return false;
    before = shorter;
  }
  return PUBLIC_ROLE_BEFORE.test(before);
}
// "St Luke's", "Saint Anne's": a church, a school or a hospital.
const SAINT_BEFORE = /\b(?:saint|st\.?)\s+$/i;
// Charity, event and facility names use health words without being about anyone's health.
const NOT_HEALTH_AFTER =
  /^\s*(?:research|awareness|uk|trust|charity|foundation|society|ward|unit|week|month|day|fundraiser|appeal|support|cafe|café|friendly|walk|run|relay|services?|team|nurses?|toilets?|parking|access|bays?|spaces?|facilities|ramp|badge holders|first aid|training|policy|champions?|hub|group|clinic)\b/i;
const NOT_HEALTH_BEFORE =
  /\b(?:for|about|against|on|raise[sd]?|raising|support(?:s|ing)?|awareness\s+of)\s+(?:the\s+)?$/i;
// "Tom is", "Priya has", "Mrs Jones's": a capitalised name as the subject, for names the NLP misses.
const NAME_AS_SUBJECT =
  /(?<![\p{L}])\p{Lu}\p{Ll}+(?=(?:'s|\s+(?:is|was|has|had|got|'s|been|went|needs|will|can't|cannot)\b))/gu;
// "Mrs Patterson", "Dr Shah": a title and a surname, wherever they stand in the sentence.
const TITLED_NAME = /(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx)\.?[ ]+\p{Lu}[\p{L}'-]+/gu;
const NOT_A_NAME = new Set(
  'The This That There It He She They We You I Everyone Everything Nobody Someone Something What Who Which Today Tomorrow Yesterday Council Mum Dad Nan Grandad My Our Your His Her Their Who Why How When Where Here Life Work Mine Anyone Nothing Town Leighton Linslade'.split(
    ' ',
  ),
);
// A date of birth owned by the author is not someone else's personal data.
const OWN_BEFORE = /\bmy\s+(?:date\s+of\s+birth|d\.?o\.?b|birthday)|\bi\s+was\s+born/i;
// A birth announcement: the day a baby arrived, told with the time or the weight ("born 3.4.2025
// at 6:10am, 7lb 2oz"). That is the family's news, not a date of birth given away.
const BIRTH_DETAILS_AFTER =
  /^[\s,.-]*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm)?\b|^[^.!?\n]{0,40}?\b\d{1,2}\s*(?:lbs?|oz|kg)\b/i;

const IDENTIFIER_MESSAGES: Record<IdentifierKind, string> = {
  'ni-number': 'This looks like a National Insurance number: never post one.',
  'sort-code': 'This looks like a bank sort code: never post bank details.',
  'account-number': 'This looks like a bank account number: never post bank details.',
  iban: 'This looks like a bank account (IBAN): never post bank details.',
  'card-number': 'This looks like a payment card number: never post one.',
  'date-of-birth': 'A date of birth with a name is personal data: do not post it.',
};

/** People named in one sentence: colleagues and councillors, "Name is/has", then the contacts detector's. */
function sentencePeople(draft: Draft, sentence: Sentence): Span[] {
  return draft.memo(`sentencePeople:${sentence.start}`, () => {
    const inSentence = (s: Span) => s.start >= sentence.start && s.end <= sentence.end;
    const out: Span[] = inRange(colleagueReferences(draft), sentence.start, sentence.end).filter(
      (c) => c.kind !== 'role' && inSentence(c),
    );
    NAME_AS_SUBJECT.lastIndex = 0;
    for (const m of sentence.text.matchAll(NAME_AS_SUBJECT)) {
      if (!NOT_A_NAME.has(m[0]))
        out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
    }
    TITLED_NAME.lastIndex = 0;
    for (const m of sentence.text.matchAll(TITLED_NAME))
      out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
    // The NLP only when the patterns found no one.
    if (out.length === 0) out.push(...namedPeople(draft, sentence).filter(inSentence));
    return out.filter((p) => {
      const before = draft.text.slice(Math.max(0, p.start - 30), p.start);
      // A place in a check-in ("@ Emily's Tearoom"), a saint's church, or a public figure.
      return !inCheckIn(draft, p.start) && !SAINT_BEFORE.test(before) && !publicFigure(draft, p);
    });
  });
}

function identifiers(draft: Draft): Match[] {
  const out: Match[] = [];
  for (const id of findIdentifiers(draft.text)) {
    if (id.kind === 'date-of-birth') {
      const sentence = draft.sentenceAt(id.start);
      if (OWN_BEFORE.test(draft.text.slice(Math.max(sentence.start, id.start - 20), id.end))) continue;
      if (BIRTH_DETAILS_AFTER.test(draft.text.slice(id.end, id.end + 60))) continue;
      if (sentencePeople(draft, sentence).length === 0) continue;
    }
    out.push({ start: id.start, end: id.end, message: IDENTIFIER_MESSAGES[id.kind] });
  }
  return out;
}

/** Whether a health word is not a disclosure about someone else: an idiom, the author's own, denied, wished or asked. */
function notDisclosed(draft: Draft, term: Span, idioms: readonly Span[], sentence: Sentence): boolean {
  if (inRange(idioms, term.start - 40, term.end).some((i) => i.end > term.start)) return true;
  const before = draft.text.slice(Math.max(sentence.start, term.start - 60), term.start);
  if (POST_EVENT_BEFORE.test(before) && /^depress/i.test(draft.text.slice(term.start, term.end))) return true;
  if (OWN_HEALTH_BEFORE.test(before) || NEGATED_BEFORE.test(before)) return true;
  if (MADE_UP.test(draft.text.slice(Math.max(sentence.start, term.start - 200), term.start))) return true;
  return ASKED_BEFORE.test(before) && ASKED_AFTER.test(draft.text.slice(term.end, term.end + 20));
}

function healthDetails(draft: Draft): Match[] {
  if (!HEALTH) return [];
  const out: Match[] = [];
  let last: Match | undefined;
  let lastSentence = -1;
  const terms = findAll(HEALTH, draft.text);
  const idioms = terms.length > 0 ? findAll(HEALTH_IDIOMS, draft.text) : [];
  for (const term of terms) {
    if (NOT_HEALTH_AFTER.test(draft.text.slice(term.end, term.end + 25))) continue;
    if (NOT_HEALTH_BEFORE.test(draft.text.slice(Math.max(0, term.start - 25), term.start))) continue;
    // "Keech Hospice", "Mind Cancer Care": a capitalised health word inside a name is an organisation.
    if (
      /^\p{Lu}/u.test(term.text) &&
      (/\p{Lu}[\p{L}'-]*\s+$/u.test(draft.text.slice(Math.max(0, term.start - 30), term.start)) ||
        /^\s+\p{Lu}/u.test(draft.text.slice(term.end, term.end + 3)))
    )
      continue;
    const sentence = draft.sentenceAt(term.start);
    if (notDisclosed(draft, term, idioms, sentence)) continue;
    const person = sentencePeople(draft, sentence).some((p) => wordsBetween(draft.text, p, term) <= 10);
    if (person && last && lastSentence === sentence.start) {
      // One finding per sentence: "diagnosed with cancer" is one detail, not two.
      last.end = term.end;
    } else if (person) {
      lastSentence = sentence.start;
      out.push({
        start: term.start,
        end: term.end,
        message: 'Health or care details of a named person are sensitive personal data: do not post them.',
      });
      last = out[out.length - 1];
    }
  }
  return out;
}

function detailMessage(d: ContactDetail, official: boolean): string {
  const what = d.kind === 'phone' ? 'phone number' : d.kind === 'email' ? 'email address' : 'address';
  return official && d.owner !== 'person'
    ? `This ${what} is not one of the council’s public contacts: check before posting it on the council’s account.`
    : `This looks like another person’s ${what}: do not post it without their consent.`;
}

function contacts(draft: Draft): Match[] {
  const official = draft.context.mode === 'official';
  const out: Match[] = [];
  for (const d of contactDetails(draft)) {
    if (d.isPublic) continue;
    // A postcode alone is an area, not an address; a street without a number only counts for a named person.
    if (d.kind === 'address' && d.addressKind === 'postcode') continue;
    let flag = false;
    if (official) {
      // On the council's account every non-public detail is checked, whoever it belongs to: a
      // colleague's number is reported by colleague-details (clause 13, first bullet) and here too.
      flag = d.kind !== 'address' || d.addressKind === 'street' || d.owner === 'person' || d.owner === 'colleague';
    } else if (d.owner === 'person' && !isColleagueDetail(d)) {
      flag = d.kind !== 'email' || d.emailKind === 'personal';
    }
    if (flag) out.push({ start: d.start, end: d.end, message: detailMessage(d, official) });
  }
  return out;
}

const rule: Rule = {
  id: 'personal-data',
  clause: '13',
  bullet: 2,
  seeAlso: [],
  title: 'Personal or sensitive data',
  severity: { personal: 'warning', official: 'error' },
  fields: ['post', 'comment', 'bio'],
  englishOnly: false,
  message: 'This looks like personal data about someone: do not post it.',
  explanation:
    'The procedure says personal data and sensitive information must be handled in line with council policy and the Data Protection Act. National Insurance numbers, bank details, dates of birth, health or care details and other people’s phone numbers and addresses should never appear in a post. On the council’s own account, only the council’s published contact details should be given out.',
  suggestion:
    'Remove the details, or ask the person to get in touch privately. On the council’s account, give the council’s public contacts (01525 631920, info@leightonlinslade-tc.gov.uk) instead.',
  examples: [
    { text: 'Found a wallet on the High Street, NI number QQ 12 34 56 C inside, message me', flagged: true },
    { text: 'Please pay the deposit to sort code 12-34-56, account 12345678', flagged: true },
    {
      text: 'Mrs Patterson at 9 Church Square is 92 and just home from hospital after her hip op',
      flagged: true,
      note: 'A title and surname make a named person: their address and health.',
    },
    { text: 'Mrs Patterson at the WI is 92 today, happy birthday!', flagged: false },
    {
      text: 'Happy birthday Sarah Thompson, DOB 12/03/1985 so she’s 40 today!',
      flagged: true,
      note: 'A date of birth with a name.',
    },
    {
      text: 'Mrs Jones from the bungalows has dementia and keeps wandering off',
      flagged: true,
      note: 'Health details of a named person.',
    },
    {
      text: 'Great service from Dave the plumber, call him on 07700 900123',
      flagged: true,
      note: 'Another person’s number in a personal post.',
    },
    { text: 'Kevin lives at 14 Oak Road if anyone wants to return his ladder', flagged: true },
    {
      text: 'My neighbour Jade is selling her car. She’s a star. Give her a ring on 07700 900333',
      flagged: true,
      note: '“Give her a ring” points back to the neighbour named earlier.',
    },
    {
      text: 'My mum’s number is 07700 900111 if anyone sees her dog',
      flagged: true,
      note: 'A family member’s number is someone else’s, not yours.',
    },
    {
      text: 'Come to the open day at 12 Hockliffe Street, LU7 1HQ',
      mode: 'official',
      flagged: true,
      note: 'On the council’s account any street address that is not a public contact is checked.',
    },
    { text: 'For bookings ring Jo on 07700 900555', mode: 'official', flagged: true },
    {
      text: 'For bookings call 01525 631920 or email info@leightonlinslade-tc.gov.uk',
      mode: 'official',
      flagged: false,
      note: 'The council’s published contacts.',
    },
    {
      text: 'Join us at the Library, LU7 1RX, from 10am',
      mode: 'official',
      flagged: false,
      note: 'A venue’s name and postcode alone are fine.',
    },
    {
      text: 'Tom is running the London Marathon for Cancer Research UK',
      flagged: false,
      note: 'A charity’s name is not anyone’s health.',
    },
    { text: 'The match finished 12-34, what a game', flagged: false, note: 'A score is not a sort code.' },
    {
      text: 'Happy birthday to my mum, born 12 March 1950 and still dancing',
      flagged: false,
      note: 'No one is named.',
    },
    {
      text: 'Text me on 07700 900123 if you want the pram',
      flagged: false,
      note: 'Your own number is for own-safety, in personal mode.',
    },
    {
      text: 'Tom Reed from work is on 07700 900123',
      config: { colleagues: ['Tom Reed'] },
      flagged: false,
      note: 'In a personal post a colleague’s number is colleague-details only, not reported twice.',
    },
    { text: 'Mental Health Awareness Week starts Monday, Priya is running a stall', flagged: false },
    {
      text: 'Wrong parcel AGAIN. I’m at 40 Stoke Road, not 14!',
      flagged: false,
      note: 'The author’s own address is own-safety’s, never also personal data (“I’m” names nobody).',
    },
    {
      text: 'Big thanks to my workmate Jade for the lift. She’s also a brilliant dog walker. Her number is 07700 900321',
      flagged: false,
      note: 'A workmate’s number is colleague-details’, not reported twice.',
    },
    {
      text: 'Tesco Express, 2 The Green, Linslade is open till 11',
      flagged: false,
      note: 'A shop’s address.',
    },
    {
      text: 'Shout out to the Black Lion, call them on 01525 123456 to book',
      flagged: false,
      note: 'A pub’s number: “the Black Lion” is a place, not a person.',
    },
    {
      text: 'Jade is pregnant again, due in May',
      flagged: true,
      note: 'A named person’s pregnancy, told as news: it is theirs to share.',
    },
    {
      text: 'Bit of retail therapy with Jess this afternoon, my bank balance is crying',
      flagged: false,
      note: 'An everyday phrase (“retail therapy”, “heat stroke”, “post-holiday depression”) is nobody’s health.',
    },
    {
      text: 'Yoga every morning keeps my anxiety down, Sam swears by it too',
      flagged: false,
      note: 'The author’s own health is theirs to share.',
    },
    {
      text: 'Everyone wants Taylor to be pregnant, give the woman a break',
      flagged: false,
      note: 'Wished, denied or asked about, not disclosed.',
    },
    {
      text: 'Singer Tom Jones was hospitalised with an infection, his spokesman said.',
      flagged: false,
      note: 'A public figure introduced by their trade: the news, not a private person’s data.',
    },
    {
      text: 'One more hour until surgery, wish me luck @ Saint Luke’s Hospital',
      flagged: false,
      note: 'A name in a check-in (“@ …”) is the place’s.',
    },
    {
      text: 'Best burger in town @ Bob’s Diner at 14 Station Road',
      flagged: false,
      note: 'A check-in gives a venue’s address.',
    },
    {
      text: 'For bookings email hannahcakes@gmail.com, Hannah Cakes Linslade',
      flagged: false,
      note: 'A business’s contact for bookings.',
    },
    { text: 'Kick off at 7 PM CT, Tom says it’ll be a cracker', flagged: false, note: 'A time, not “7 PM Court”.' },
    {
      text: 'Welcome to the world Poppy Rose Smith! Born 12/03/2025 at 6:40am, 7lbs 2oz',
      flagged: false,
      note: 'A birth announcement: the family’s news.',
    },
  ],
  detect(draft) {
    return [...identifiers(draft), ...healthDetails(draft), ...contacts(draft)];
  },
};

export default rule;
