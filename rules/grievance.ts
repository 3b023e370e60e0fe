import { findPhrases, type Condition, type ContextSource, type PhraseSpec } from './detectors/phrases.ts';
import type { Lexicon } from './detectors/lexicon.ts';
import lexicon from './lexicons/grievance.json' with { type: 'json' };
import type { Rule } from './types.ts';

// A grievance is a complaint about the council AS EMPLOYER: pay, rota, HR, management,
// treatment. So it needs work in view somewhere in the post (the council, a colleague or a
// work word; a bare "council" counts here), and either a complaint in itself ("underpaid",
// "unpaid overtime") or an employment topic with a complaint word in the same or a
// neighbouring sentence ("the rota is a joke"). The author's own pay or rota ("my overtime",
// "our rota") needs only the complaint: it can only be their employer's, and so does a topic
// only an employee has ("overtime", "TOIL", "flexi-time"). Sarcasm counts as a complaint
// ("1% pay rise. Really feel valued 🙄", "STILL no overtime paid. Love it here 🙃"). A resident's
// complaint (council tax, bins) and praise ("great team, lovely rota this Christmas") are
// not grievances. A bare insult of one's manager ("my boss is a muppet") is derogatory-people's
// business; complaining about how they manage ("my manager is so lazy, swans off at 3 and
// leaves us to close up", "my boss couldn't organise a raffle") is a complaint about
// management, and so a grievance (derogatory-people may fire as well).
// Payroll, overtime, "my wages": only an employee has them.
const AT_WORK: readonly ContextSource[] = [
  'council',
  'colleague',
  'work',
  { kinds: ['employer', 'work-topic', 'own-topic'] },
];
const COMPLAINT: readonly ContextSource[] = [{ kinds: ['complaint', 'insult-complaint', 'boss-fault', 'sarcasm'] }];
const NOT_A_GRIEVANCE: readonly Condition[] = [{ any: [{ kinds: ['resident', 'praise'] }], scope: 'sentence' }];

const spec: PhraseSpec = {
  key: 'grievance',
  lexicon: lexicon as Lexicon,
  triggers: [
    {
      kinds: ['grievance'],
      negatable: true,
      requires: [{ any: AT_WORK, scope: 'draft' }],
      blockedBy: NOT_A_GRIEVANCE,
    },
    {
      kinds: ['topic'],
      requires: [
        { any: COMPLAINT, scope: 'adjacent' },
        { any: AT_WORK, scope: 'draft' },
      ],
      blockedBy: NOT_A_GRIEVANCE,
    },
    {
      kinds: ['own-topic', 'work-topic'],
      requires: [{ any: COMPLAINT, scope: 'adjacent' }],
      // "Lost in overtime": the game's, not the job's.
      blockedBy: [...NOT_A_GRIEVANCE, { any: [{ kinds: ['not-work'] }], scope: 'overlap' }],
    },
    {
      // "My manager is so lazy", "my boss couldn't organise a raffle": the author's own manager.
      kinds: ['boss-fault'],
      negatable: true,
      requires: [{ any: [{ kinds: ['boss'] }], scope: { words: 8, side: 'before' } }],
      blockedBy: NOT_A_GRIEVANCE,
    },
    {
      // A bare insult counts too ("my boss is a numpty"): the labellers read it as a complaint
      // about management. It must sit closer than a fault ("my boss says the printer is
      // useless" is about the printer); praise cancels it unless sarcastic ("shoutout to my
      // line manager for being completely useless 🙃").
      kinds: ['boss-insult', 'insult-complaint'],
      negatable: true,
      requires: [{ any: [{ kinds: ['boss'] }], scope: { words: 4, side: 'before' } }],
      blockedBy: [
        {
          any: [{ kinds: ['resident', 'praise'] }],
          scope: 'sentence',
          except: { any: [{ kinds: ['sarcasm'] }], scope: 'sentence' },
        },
      ],
    },
  ],
};

const rule: Rule = {
  id: 'grievance',
  clause: '9.3',
  bullet: 10,
  seeAlso: [],
  title: 'A complaint about work',
  severity: { personal: 'warning', official: 'off' },
  fields: ['post', 'comment', 'bio'],
  englishOnly: true,
  message: 'This looks like a complaint about the council as your employer.',
  explanation:
    'The procedure asks employees not to air grievances about the council on social media. A complaint about pay, the rota, management or how you are treated deserves a proper hearing: raise it with your line manager first, then through the Grievance Resolution Procedure, or the Whistleblowing Policy if that fits.',
  suggestion:
    'Talk to your line manager, HR or your union rep instead. If it is unresolved, the Grievance Resolution Procedure is there for exactly this.',
  examples: [
    {
      text: "My boss couldn't manage a bath, let alone a team. Third person off with stress this month.",
      flagged: true,
      note: "A bare insult about the author's own manager is a complaint about management.",
    },
    {
      text: 'Shoutout to my line manager for being completely useless again today 🙃',
      flagged: true,
      note: 'Sarcastic praise.',
    },
    {
      text: 'Disciplinary hearing tomorrow for being four minutes late. This place 🙃',
      flagged: true,
      note: 'A disciplinary for trivial lateness.',
    },
    {
      text: "Being told overtime at the town council is now 'voluntary' and unpaid doesn't sit right with me",
      flagged: true,
      note: "Unpaid 'voluntary' overtime.",
    },
    {
      text: "My boss says the old printer is useless so we're getting a new one.",
      flagged: false,
      note: 'Hard negative: the printer is useless, not the boss.',
    },
    {
      text: '1% pay rise while everything’s gone up 10%. Thanks council, really feel valued 🙄',
      flagged: true,
      note: 'Sarcasm about pay: the eye-roll and "really feel valued" mean the opposite.',
    },
    {
      text: 'Got a written warning for being two minutes late. Meanwhile management swan in at ten.',
      flagged: true,
      note: 'A disciplinary, and double standards.',
    },
    {
      text: 'Yet another restructure at work, the third this year. Morale is through the floor.',
      flagged: true,
    },
    {
      text: 'Fourth weekend in a row and STILL no overtime paid. Love it here 🙃',
      flagged: true,
      note: 'Unpaid overtime is only ever the author’s employer’s.',
    },
    {
      text: 'Six years in this job and still on the same pay grade as the new starters.',
      flagged: true,
      note: 'Pay: the same grade as new starters after years in the job.',
    },
    {
      text: 'Still waiting for my back pay from March. Payroll say "next month" every single month 🙄',
      flagged: true,
    },
    {
      text: 'At work all weekend again because someone in HR can’t do a rota.',
      flagged: true,
      note: 'HR and the rota failing the author.',
    },
    {
      text: 'My line manager is so lazy, knocks off early every day and leaves us to lock up.',
      flagged: true,
      note: 'A complaint about how the author is managed (derogatory-people may fire as well).',
    },
    {
      text: 'Views my own, but my appeal with HR has now taken five months and nobody will tell me anything.',
      flagged: true,
      note: 'A disclaimer does not make a grievance any less of one.',
    },
    {
      text: 'My manager is an absolute legend, sorted the rota so we all get Christmas off.',
      flagged: false,
      note: 'Hard negative: the manager and the rota, praised.',
    },
    {
      text: 'My son’s team were lazy in the second half, the manager was fuming.',
      flagged: false,
      note: 'Hard negative: a football manager, not the author’s.',
    },
    {
      text: 'Hatters lost in overtime again, still no win this season 🙄',
      flagged: false,
      note: 'Hard negative: overtime in a game, sarcasm about football.',
    },
    {
      text: 'Got my pay rise today, really feel valued at work, lovely team.',
      flagged: false,
      note: 'Hard negative: the same words, meant.',
    },
    {
      text: 'Another year with no pay rise at the council. Overworked and underpaid, as usual.',
      flagged: true,
    },
    {
      text: 'The new rota at work is a joke, three weekends in a row and nobody asked us.',
      flagged: true,
      note: 'An employment topic (the rota) with a complaint, at work.',
    },
    {
      text: 'HR at the council are useless, still waiting for my contract after six months.',
      flagged: true,
    },
    {
      text: 'Fed up of doing unpaid overtime for my manager every single week.',
      flagged: true,
    },
    {
      text: 'So short-staffed at the depot this week, one of us doing the work of three.',
      flagged: true,
    },
    {
      text: 'Great team at work, lovely rota this Christmas so I get Boxing Day off!',
      flagged: false,
      note: 'Hard negative: the rota, praised.',
    },
    {
      text: 'The council still hasn’t emptied our bins, absolutely shocking.',
      flagged: false,
      note: 'A resident’s complaint about a service, not a grievance about work.',
    },
    {
      text: 'Council tax up again and the pay rise goes to the councillors, disgrace.',
      flagged: false,
      note: 'A taxpayer’s complaint, not the author’s own employment.',
    },
    {
      text: 'My daughter’s Saturday job pay is terrible for the hours she works.',
      flagged: false,
      note: 'Pay, complained about, but not at the author’s work or the council.',
    },
    {
      text: "We're not understaffed at the library, come and visit us on Saturday!",
      flagged: false,
      note: 'Negated.',
    },
    {
      text: 'Another year with no pay rise at the council. Overworked and underpaid, as usual.',
      flagged: false,
      mode: 'official',
      note: 'Off in official mode: the official account would not post this, and other rules apply there.',
    },
  ],
  detect(draft) {
    return findPhrases(draft, spec);
  },
};

export default rule;
