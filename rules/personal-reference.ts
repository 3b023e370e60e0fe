import { findPhrases, type Condition, type PhraseSpec } from './detectors/phrases.ts';
import type { Lexicon } from './detectors/lexicon.ts';
import lexicon from './lexicons/personal-reference.json' with { type: 'json' };
import type { Rule } from './types.ts';

// A reference for an individual. Offering a reference or telling employers to hire someone
// stands alone. "Vouch for", "recommend", "steer clear of" count only with a person straight
// after them (a name, a colleague, him/her/them), so recommending a pub, a park or a film does
// not count. A named tradesperson counts: "highly recommend Dave the plumber" is a reference
// for an individual (it is Dave, not a firm, being vouched for), and it is the same words
// LinkedIn references use. Asking for one ("can anyone recommend a roofer?") does not count.
// Saying someone should get a job ("would be a brilliant hire", "deserves that promotion") or
// recommending them to employers counts; endorsing someone for a ward or seat is politics.
// Negative references count as much as positive ones ("Wouldn't employ Kyle again", "If Dan
// applies to you, run"), so there is no negation here.
// "Would recommend Pizza Express": a capitalised name that is a chain or a shop.
// "Highly recommend Tandoori Nights on Bridge Street, best korma", "I'd recommend them to any
// beginner runner": a sentence about a venue, food or a club recommends that, not a person.
// "Proud to endorse Jenny Marsh for Plantation ward": a candidate, which is political-activity's.
const NOT_A_PERSON: readonly Condition[] = [
  { any: [{ kinds: ['business'] }], scope: { words: 1, side: 'after' } },
  { any: [{ kinds: ['venue', 'election'] }], scope: 'sentence' },
];

const spec: PhraseSpec = {
  key: 'personal-reference',
  lexicon: lexicon as Lexicon,
  triggers: [
    { kinds: ['reference', 'hire'] },
    {
      // "Any team would be lucky to have her" is a reference; "lucky to have him by my side" is love.
      kinds: ['lucky'],
      blockedBy: [{ any: [{ kinds: ['home-life'] }], scope: 'adjacent' }],
    },
    {
      kinds: ['vouch'],
      requires: [{ any: ['person', 'name'], scope: { words: 3, side: 'after' } }],
      blockedBy: NOT_A_PERSON,
      extend: true,
    },
    {
      kinds: ['recommend'],
      requires: [{ any: ['person', 'name'], scope: { words: 0, side: 'after' } }],
      blockedBy: NOT_A_PERSON,
      extend: true,
    },
    {
      // "If Dan from my old job applies to you, run": a warning to a would-be employer.
      kinds: ['applies'],
      requires: [{ any: ['person', 'name'], scope: { words: 6, side: 'before' } }],
    },
    {
      // "Tom Reed would be a brilliant hire", "she deserves that job": a person and a job.
      kinds: ['hire-praise'],
      requires: [{ any: ['person', 'name'], scope: 'sentence' }],
      // "What a great hire by Luton": a football club's.
      blockedBy: [...NOT_A_PERSON, { any: [{ kinds: ['sport'] }], scope: 'sentence' }],
    },
    {
      // "We warmly recommend our former apprentice Ryan Bell to any future employer."
      kinds: ['to-employer'],
      requires: [{ any: [{ kinds: ['recommend', 'vouch'] }], scope: { words: 12, side: 'before' } }],
      blockedBy: [...NOT_A_PERSON, { any: [{ kinds: ['trade'] }], scope: 'sentence' }],
      extend: true,
    },
    {
      kinds: ['reference-for'],
      requires: [{ any: ['person', 'name'], scope: { words: 1, side: 'after' } }],
      extend: true,
    },
  ],
};

const rule: Rule = {
  id: 'personal-reference',
  clause: '9.4',
  bullet: 3,
  seeAlso: [],
  title: 'A reference for someone',
  severity: { personal: 'warning', official: 'warning' },
  fields: ['post', 'comment', 'bio'],
  englishOnly: true,
  message: 'This reads as a reference or recommendation for an individual.',
  explanation:
    'The procedure asks you not to provide references for other people on social or professional networking sites, such as LinkedIn recommendations. A reference, good or bad, can be read as coming from the council and can create legal liability for both you and the council.',
  suggestion:
    'If someone needs a reference, ask them to request one through the council’s normal process, or write it privately in your own name outside social media.',
  examples: [
    {
      text: '@SarahJ just finished her apprenticeship and is looking for work. Someone give her a job!!',
      flagged: true,
      note: 'Asking employers to take someone on.',
    },
    {
      text: 'Our apprentice Aisha Noor is moving on. Any organisation would be lucky to have her, recruiters take note!',
      flagged: true,
      mode: 'official',
      note: 'An official farewell that recommends her to employers.',
    },
    {
      text: "Can vouch for Linslade Lions youth section, my lad's loved every minute.",
      flagged: false,
      note: 'Hard negative: vouching for a club section, not a person.',
    },
    {
      text: 'Tom Reed would be a brilliant hire for any events team, just saying 👀',
      flagged: true,
      note: 'Telling employers to hire a named person.',
    },
    {
      text: 'Priya has smashed it all year, she deserves that promotion.',
      flagged: true,
    },
    {
      text: 'We warmly recommend our former apprentice Ryan Bell to any future employer.',
      flagged: true,
      mode: 'official',
      note: 'A reference on the official account too.',
    },
    {
      text: 'Highly recommend this first-aid course to any employer, it was brilliant.',
      flagged: false,
      note: 'Hard negative: a course recommended, not a person.',
    },
    {
      text: 'Proud to endorse Jenny Marsh for Plantation ward – she’ll stand up for us!',
      flagged: false,
      note: 'Hard negative: an election candidate (political-activity applies), not a reference.',
    },
    {
      text: 'Wouldn’t employ Kyle again if you paid me, didn’t turn up once in three months.',
      flagged: true,
      note: 'A negative reference.',
    },
    {
      text: 'If Dan from my old job applies to you, run. Unreliable and lazy.',
      flagged: true,
    },
    {
      text: 'Highly recommend Tandoori Nights on Bridge Street, best korma in Beds.',
      flagged: false,
      note: 'Hard negative: a restaurant.',
    },
    {
      text: 'Linslade Canal Striders are so welcoming, I’d recommend them to any beginner runner.',
      flagged: false,
      note: 'Hard negative: a club.',
    },
    { text: 'I highly recommend Sam, an absolute star to work with.', flagged: true },
    {
      text: 'Jo would be an asset to any team — anyone hiring, snap her up!',
      flagged: true,
      site: 'linkedin',
    },
    { text: 'I can vouch for Priya, she is brilliant with customers.', flagged: true },
    {
      text: 'Happy to be a reference for anyone who worked with me at the depot.',
      flagged: true,
    },
    {
      text: 'Wouldn’t recommend Mark to anyone, he was a nightmare to manage.',
      flagged: true,
      note: 'Negative references count too.',
    },
    {
      text: 'I highly recommend the Black Lion for Sunday lunch.',
      flagged: false,
      note: 'Recommending a pub, not a person.',
    },
    {
      text: 'Highly recommend Dave the plumber, fixed our boiler in an hour.',
      flagged: true,
      note: 'A named tradesperson is still an individual: your recommendation can be attributed to the council.',
    },
    {
      text: 'Highly recommend Tiddenfoot Waterside Park for a winter walk.',
      flagged: false,
      note: 'A place, not a person.',
    },
    {
      text: 'Can anyone recommend a good dentist in Leighton Buzzard?',
      flagged: false,
      note: 'Asking for a recommendation.',
    },
    {
      text: 'I can vouch for the fish and chips at the market, best in town.',
      flagged: false,
    },
    {
      text: 'I’d recommend booking early, the pantomime always sells out.',
      flagged: false,
    },
    {
      text: 'Honestly we’re lucky to have her at the depot, she’s brilliant',
      flagged: true,
      note: 'A workplace lucky to have someone: a reference.',
    },
    {
      text: 'Married ten years today, lucky to have him by my side',
      flagged: false,
      note: 'Hard negative: love, not a reference.',
    },
    {
      text: 'Proud to be endorsing #Yamaha this year',
      flagged: false,
      note: 'Hard negative: a brand, not a person (a hashtag is a topic; “the Jimi Hendrix strat” is a thing).',
    },
    {
      text: 'Top tip: avoid "Highway to Hell" as your first dance',
      flagged: false,
      note: 'Hard negative: a song title in quotes, not a person.',
    },
  ],
  detect(draft) {
    return findPhrases(draft, spec);
  },
};

export default rule;
