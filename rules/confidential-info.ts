import { findPhrases, type Condition, type ContextSource, type PhraseSpec } from './detectors/phrases.ts';
import type { Lexicon } from './detectors/lexicon.ts';
import lexicon from './lexicons/confidential-info.json' with { type: 'json' };
import type { Rule } from './types.ts';

// Confidential-info is about COUNCIL information, so every phrase needs the draft to be about
// the council or work. "Between you and me", "off the record" and friends are unmistakable
// signs of passing something on, so council business anywhere in the draft is enough; words
// such as "confidential" or "not announced yet" are ordinary English, so they need the council,
// a colleague, work or a council service in the same or a neighbouring sentence, and they
// give way to "confidential counselling", to a surprise party, to a negation ("it's not
// confidential") and to the author declining to tell ("I can't share it, it's confidential").
const ABOUT_WORK: readonly ContextSource[] = ['council', 'colleague', 'work', 'council-business'];
// "Between you and me, my husband's worse at parking", "leaked photo of my Christmas jumper":
// the secret is private life, unless the council is in the sentence too.
const PRIVATE_LIFE: Condition = {
  any: [{ kinds: ['private-life', 'personal'] }],
  scope: { words: 5, side: 'after' },
  except: { any: ['council'], scope: 'sentence' },
};

const spec: PhraseSpec = {
  key: 'confidential-info',
  lexicon: lexicon as Lexicon,
  triggers: [
    {
      kinds: ['secret'],
      requires: [{ any: ABOUT_WORK, scope: 'draft' }],
      blockedBy: [{ any: [{ kinds: ['personal'] }], scope: 'adjacent' }, PRIVATE_LIFE],
    },
    {
      kinds: ['leak'],
      negatable: true,
      requires: [{ any: ABOUT_WORK, scope: 'adjacent' }],
      blockedBy: [{ any: [{ kinds: ['physical'] }], scope: 'sentence' }, PRIVATE_LIFE],
    },
    {
      kinds: ['marker'],
      negatable: true,
      requires: [{ any: ABOUT_WORK, scope: 'adjacent' }],
      blockedBy: [
        { any: [{ kinds: ['blocker'] }], scope: 'overlap' },
        // "Confidential paperwork to get rid of? Free shredding day…": the reader's own papers.
        { any: [{ kinds: ['disposal'] }], scope: 'adjacent' },
        { any: [{ kinds: ['refusal'] }], scope: 'sentence' },
        { any: [{ kinds: ['personal'] }], scope: 'adjacent' },
        PRIVATE_LIFE,
      ],
    },
    {
      // "#shh", "🤫": playful on their own; only the council, a colleague or work makes them council information.
      kinds: ['hush'],
      negatable: true,
      requires: [{ any: ['council', 'colleague', 'work'], scope: 'adjacent' }],
      blockedBy: [
        { any: [{ kinds: ['refusal'] }], scope: 'sentence' },
        { any: [{ kinds: ['personal'] }], scope: 'adjacent' },
        PRIVATE_LIFE,
      ],
    },
    {
      kinds: ['not-yet'],
      requires: [{ any: ABOUT_WORK, scope: 'adjacent' }],
      blockedBy: [
        { any: [{ kinds: ['refusal', 'pending'] }], scope: 'sentence' },
        { any: [{ kinds: ['personal'] }], scope: 'adjacent' },
        PRIVATE_LIFE,
      ],
    },
  ],
};

// What an exempt (Part 2, closed-session) item decided is exempt information until the council
// publishes it, so reporting the outcome discloses it ("Exempt item last night: they're
// settling out of court"); saying only that the item was taken ("went into Part 2 to talk about
// the lease") is private-meeting's business. The official account announcing a resolution is
// the council publishing it.
const closedItem: PhraseSpec = {
  key: 'confidential-info:closed-item',
  lexicon: lexicon as Lexicon,
  triggers: [
    {
      kinds: ['closed-item'],
      // "Last night's Part 2 item? Turns out they've agreed to buy…": the outcome may follow.
      requires: [{ any: [{ kinds: ['outcome', 'outcome-informal'] }], scope: 'adjacent' }],
      blockedBy: [{ any: [{ kinds: ['refusal'] }], scope: 'sentence' }],
    },
    {
      // "Private session" is also a private lesson or class: the council or work must be in view.
      kinds: ['closed-item-ambiguous'],
      requires: [
        { any: [{ kinds: ['outcome', 'outcome-informal'] }], scope: 'adjacent' },
        { any: ABOUT_WORK, scope: 'adjacent' },
      ],
      blockedBy: [{ any: [{ kinds: ['refusal'] }], scope: 'sentence' }],
    },
  ],
};

// The official account announces a resolution formally ("Following last night's closed
// session, councillors have agreed the lease terms"); telling what an exempt item decided as
// gossip ("Exempt item at Finance committee: they're buying the old bank") discloses it even
// from there.
const closedItemOfficial: PhraseSpec = {
  key: 'confidential-info:closed-item-official',
  lexicon: lexicon as Lexicon,
  triggers: [
    {
      kinds: ['closed-item'],
      requires: [{ any: [{ kinds: ['outcome-informal'] }], scope: 'sentence' }],
      blockedBy: [{ any: [{ kinds: ['refusal'] }], scope: 'sentence' }],
    },
    {
      kinds: ['closed-item-ambiguous'],
      requires: [
        { any: [{ kinds: ['outcome-informal'] }], scope: 'sentence' },
        { any: ABOUT_WORK, scope: 'adjacent' },
      ],
      blockedBy: [{ any: [{ kinds: ['refusal'] }], scope: 'sentence' }],
    },
  ],
};

const rule: Rule = {
  id: 'confidential-info',
  clause: '9.4',
  bullet: 1,
  seeAlso: ['13'],
  title: 'Council information that is not public',
  severity: { personal: 'error', official: 'error' },
  fields: ['post', 'comment', 'bio'],
  englishOnly: true,
  message: 'This looks like council information that has not been made public.',
  explanation:
    'The procedure says you must not disclose council information without authority. Anything described as confidential, internal, leaked, "off the record" or "not announced yet" is, by its own description, not yours to share — and once posted it can be copied and spread in minutes, even from a private group.',
  suggestion:
    'Leave it out. If people need to know, the council will announce it through its official channels; you can share that announcement once it is public.',
  examples: [
    {
      text: "So last night's Part 2 item? Turns out they've agreed to buy the old bank building.",
      flagged: true,
      note: 'The outcome of a confidential item, in the next sentence.',
    },
    {
      text: "Notes from Tuesday's senior management team meeting (internal): hall hire prices up 5%.",
      flagged: true,
      note: 'Internal notes.',
    },
    {
      text: 'Got a pile of confidential paperwork to get rid of? Free shredding day in the council car park on Saturday.',
      flagged: false,
      mode: 'official',
      note: "Hard negative: the reader's own papers, shredded.",
    },
    {
      text: 'Exempt item at Finance committee: they’re buying the old bank building on Market Square.',
      flagged: true,
      mode: 'official',
      note: 'What an exempt item decided, told as news rather than announced as a resolution.',
    },
    {
      text: 'Leaked photo of my Christmas jumper for the office party 🎅',
      flagged: false,
      note: 'Hard negative: a private-life "leak".',
    },
    {
      text: 'Between you and me, my husband’s worse at parking than I am 😂',
      flagged: false,
      note: 'Hard negative: a private-life secret.',
    },
    {
      text: 'Between you and me, my husband heard the council is selling the pavilion.',
      flagged: true,
      note: 'Private life in the sentence, but the secret is the council’s.',
    },
    {
      text: 'Exempt item at full council last night: they’re settling with the old contractor out of court.',
      flagged: true,
      note: 'What an exempt (Part 2) item decided is exempt information.',
    },
    {
      text: 'Was at the councillors’ briefing — the budget gap is far bigger than anyone’s saying publicly.',
      flagged: true,
      note: 'Says the public is being told less than the author knows.',
    },
    {
      text: 'Councillors went into Part 2 last night to talk about the leisure centre lease.',
      flagged: false,
      note: 'Hard negative: that an item was taken in private, not what it decided (private-meeting applies).',
    },
    {
      text: 'Following last night’s closed session, councillors have agreed the lease terms for the café.',
      flagged: false,
      mode: 'official',
      note: 'The official account publishing a resolution is the council making it public.',
    },
    {
      text: 'Between you and me, the pool closes next year. Not announced yet!',
      flagged: true,
      note: 'The pool is council business: "between you and me" and "not announced yet" both say it is not public.',
    },
    {
      text: "You didn't hear it from me, but the council are scrapping the Christmas market.",
      flagged: true,
    },
    {
      text: 'Saw the leaked email from the clerk about the restructure. Half the grounds team are going.',
      flagged: true,
      note: 'A leaked document from work.',
    },
    {
      text: 'Strictly confidential but the town council has picked a new contractor for the bins.',
      flagged: true,
    },
    {
      text: 'Off the record, my manager says the budget is being cut by a third.',
      flagged: true,
    },
    {
      text: 'Internal only for now: the library is moving to the town hall in April.',
      flagged: true,
    },
    {
      text: 'Confidential: the council has agreed to sell the Parson’s Close car park.',
      flagged: true,
      mode: 'official',
      note: 'An error on the official account too.',
    },
    {
      text: 'Shh, it’s a surprise party for Gran’s 80th, keep it confidential!',
      flagged: false,
      note: 'Confidential, but nothing to do with the council or work.',
    },
    {
      text: 'Free and confidential counselling is available at the library every Tuesday.',
      flagged: false,
      note: 'Hard negative: "confidential" describes a service people are invited to use.',
    },
    {
      text: "The date for the Christmas lights switch-on hasn't been announced yet — keep an eye on the council's page.",
      flagged: false,
      note: 'Hard negative: not yet known, and the author points people to the official announcement.',
    },
    {
      text: "Sorry, I can't share the budget report, it's confidential until the meeting.",
      flagged: false,
      note: 'Declining to share is exactly what the procedure asks.',
    },
    {
      text: 'Between you and me, I think Dave’s new haircut is a mistake.',
      flagged: false,
      note: 'Gossip about a friend, not council information.',
    },
    {
      text: 'The roof at home leaked again last night, so fed up.',
      flagged: false,
      note: 'Leaked as in water.',
    },
    {
      text: "It's not confidential, the council published the plans on its website yesterday.",
      flagged: false,
      note: 'Negated: the author says the information is public.',
    },
    {
      text: 'Shh, the council is closing the pool in March',
      flagged: true,
      note: 'A hush with the council in the sentence.',
    },
    {
      text: 'Found the best secret picnic spot, shh 🤫 @ Pages Park',
      flagged: false,
      note: 'Hard negative: a playful hush; a park check-in is not the council, a colleague or work.',
    },
  ],
  detect(draft) {
    const matches = findPhrases(draft, spec);
    const closed = draft.context.mode === 'official' ? closedItemOfficial : closedItem;
    return [...matches, ...findPhrases(draft, closed)];
  },
};

export default rule;
