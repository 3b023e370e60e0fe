import { councilReferences } from './detectors/council.ts';
import { councilBusinessMentions, findPhrases, type Condition, type PhraseSpec } from './detectors/phrases.ts';
import type { Lexicon } from './detectors/lexicon.ts';
import { overlaps, wordsBetween, type Span } from './detectors/text.ts';
import lexicon from './lexicons/views-disclaimer.json' with { type: 'json' };
import type { Rule } from './types.ts';

// Three facts together: the author says they work for the council ("I work for LLTC", "I've
// worked at LLTC for six years", "Events officer @ LLTC", "we at the council", "at work today
// we…", "all-staff away day"), the draft discusses council matters (another council
// reference, or a council service or business such as the parks or the budget), and nowhere
// does it say the views are the author's own. "As a council officer, I…" and "we at the
// council…" frame what follows as a council employee's, so they need nothing more, and so does
// a job introduced as the author's own ("As a parks officer at LLTC, I can tell you…"). Someone
// else working there ("my gran used to work at the council") is not the author. A bio is
// judged the same way: naming the council as employer and describing its work ("Parks officer
// at LLTC, looking after the rec") needs a disclaimer; a bare job title does not.
const lexiconData = lexicon as Lexicon;
const disclaimed = [{ kinds: ['disclaimer'] }] as const;
// "My mum works at the council", "the officer at the council said": someone else's job.
const NOT_ME: Condition = { any: [{ kinds: ['not-me'] }], scope: { words: 4, side: 'before' } };
// A bare job title also gives way to an article or another's possessive ("the officer at…").
const SOMEONE_ELSE: readonly Condition[] = [
  NOT_ME,
  { any: [{ kinds: ['other'] }], scope: { words: 2, side: 'before' } },
];

const identifies: PhraseSpec = {
  key: 'views-disclaimer',
  lexicon: lexiconData,
  unless: disclaimed,
  triggers: [
    {
      kinds: ['employer', 'my-job'],
      requires: [{ any: ['council'], scope: { words: 0, side: 'after' } }],
      blockedBy: [NOT_ME],
      extend: true,
    },
    {
      // A job title just before the council: "Events officer @ LLTC", "ranger for the council".
      kinds: ['job'],
      requires: [{ any: ['council'], scope: { words: 1, side: 'after' } }],
      blockedBy: SOMEONE_ELSE,
      extend: true,
    },
    { kinds: ['at-work'] },
    // An all-staff briefing summary alone does not say whose staff.
    { kinds: ['staff-event'], requires: [{ any: ['council'], scope: 'draft' }] },
  ],
};

const speaksAsStaff: PhraseSpec = {
  key: 'views-disclaimer:role',
  lexicon: lexiconData,
  unless: disclaimed,
  triggers: [
    { kinds: ['role'] },
    {
      // "As a parks officer at LLTC, I…": a job at the council, introduced as the author's own.
      kinds: ['job'],
      requires: [
        { any: ['council'], scope: { words: 1, side: 'after' } },
        { any: [{ kinds: ['as-a'] }], scope: { words: 3, side: 'before' } },
      ],
      extend: true,
    },
    { kinds: ['we-at'], requires: [{ any: ['council'], scope: { words: 0, side: 'after' } }], extend: true },
    // "As someone who works there I can tell you the council will…": "there" is the council.
    { kinds: ['works-there'], requires: [{ any: ['council'], scope: 'adjacent' }] },
  ],
};

// "My job at the town council this week: sorting the road closures": what the job involves now.
const describesJob: PhraseSpec = {
  key: 'views-disclaimer:job-now',
  lexicon: lexiconData,
  unless: disclaimed,
  triggers: [
    {
      kinds: ['my-job'],
      requires: [
        { any: ['council'], scope: { words: 0, side: 'after' } },
        { any: [{ kinds: ['job-now'] }], scope: { words: 4, side: 'after' } },
      ],
      blockedBy: [NOT_ME],
    },
  ],
};

// The author's own work or pay ("never felt this undervalued", "the same pay grade"), in the
// sentence that says they work for the council, is council business.
const ownWork: PhraseSpec = {
  key: 'views-disclaimer:own-work',
  lexicon: lexiconData,
  triggers: [{ kinds: ['own-work'] }],
};

const rule: Rule = {
  id: 'views-disclaimer',
  clause: '9.4',
  bullet: 7,
  seeAlso: [],
  title: 'Say your views are your own',
  severity: { personal: 'info', official: 'off' },
  fields: ['post', 'comment', 'bio'],
  englishOnly: true,
  message: 'You say you work for the council: make clear these views are your own.',
  explanation:
    'Where you are identified as working at the council, the procedure asks that it is clear your comments are your own and not the council’s. A short disclaimer helps — though it does not excuse anything else the procedure rules out.',
  suggestion: 'Add a line such as "Views are my own, not my employer’s", in the post or in your profile.',
  examples: [
    {
      text: 'As someone who works there I can tell you the council will definitely be extending the Christmas market.',
      flagged: true,
      note: "'There' is the council.",
    },
    {
      text: "I work on the council's parks team, if you see fly-tipping let me know.",
      flagged: true,
      note: 'Works on a council team.',
    },
    {
      text: "I work at the town council and we've had loads of calls about the noise, it's being looked into.",
      flagged: true,
      note: "Handling the public's calls: the author's own work.",
    },
    {
      text: "Quick summary for anyone who missed this morning's all-staff briefing: the office is shut over Christmas.",
      flagged: false,
      note: 'Hard negative: a staff briefing that does not say whose staff.',
    },
    {
      text: 'I’ve worked at Leighton-Linslade Town Council for six years and the new recycling scheme is the best yet.',
      flagged: true,
      note: 'How long they have worked there says they still do.',
    },
    {
      text: 'As a parks officer at LLTC I can tell you the long grass on the verges is deliberate, it’s for the bees.',
      flagged: true,
      note: 'A council job introduced as the author’s own.',
    },
    {
      text: 'Events officer @ Leighton-Linslade Town Council. Ask me anything about the Christmas lights switch-on!',
      field: 'bio',
      flagged: true,
    },
    {
      text: 'My job at the town council this week: sorting the road closures for the parade.',
      flagged: true,
      note: 'What the author’s council job involves is council business.',
    },
    {
      text: 'I’ve worked for the town council for 11 years and never felt this undervalued.',
      flagged: true,
      note: 'The author’s own pay and treatment at the council are council business.',
    },
    {
      text: 'I work for the town council and today I’m off to Spain for a fortnight!',
      flagged: false,
      note: 'Hard negative: where they work, and their holiday.',
    },
    {
      text: 'The parks officer at the council told me the long grass on the verges is for the bees.',
      flagged: false,
      note: 'Hard negative: someone else’s job.',
    },
    {
      text: 'My mum has worked at LLTC for 20 years and she still loves the Christmas lights.',
      flagged: false,
    },
    {
      text: 'I work for the town council and honestly the new skate park is the best thing we have done in years.',
      flagged: true,
    },
    {
      text: 'As a council officer I can tell you the parks team work incredibly hard.',
      flagged: true,
    },
    {
      text: 'At work today we planted 5,000 bulbs in Parson’s Close park, come and see them in spring!',
      flagged: true,
      note: 'At work, on council business.',
    },
    {
      text: 'We at LLTC are delighted to announce the return of the Bonfire Night display!',
      flagged: true,
      note: 'Speaking as council staff about council business (speaking-for-council also applies).',
    },
    {
      text: 'Working at LLTC means I see how much the market traders do for this town.',
      flagged: true,
    },
    {
      text: 'I work for the town council and honestly the new skate park is brilliant. Views my own.',
      flagged: false,
      note: 'Disclaimed.',
    },
    {
      text: 'My gran used to work at the council in the 70s, she loved the Christmas market.',
      flagged: false,
      note: 'Someone else worked there.',
    },
    {
      text: 'Events officer at Leighton-Linslade Town Council. Dog mum. Runner.',
      field: 'bio',
      flagged: false,
      note: 'A bare job title in a bio says nothing about council matters.',
    },
    {
      text: 'Parks officer at Leighton-Linslade Town Council. Looking after the rec and the allotments since 2019.',
      field: 'bio',
      flagged: true,
      note: 'A bio that names the council and describes its work should say the views are your own.',
    },
    {
      text: 'I work for the council but I’m off to Spain tomorrow, can’t wait!',
      flagged: false,
      note: 'Says where they work, but discusses nothing of the council’s.',
    },
    {
      text: 'The new skate park is brilliant, well done everyone involved.',
      flagged: false,
      note: 'Council matters, but the author does not say they work there.',
    },
    {
      text: 'At work today we had cake for Sue’s birthday.',
      flagged: false,
    },
    {
      text: 'I work for the town council and honestly the new skate park is the best thing we have done in years.',
      flagged: false,
      mode: 'official',
      note: 'The official account speaks for the council by design.',
    },
  ],
  detect(draft) {
    const roles = findPhrases(draft, speaksAsStaff);
    const identified = findPhrases(draft, identifies);
    if (identified.length === 0) return roles;
    const all = [...roles, ...identified];
    // The job title itself ("Events officer at LLTC") is not a discussion of events.
    const partOfTitle = (b: Span) =>
      all.some(
        (id) => overlaps(id, b) || (b.end <= id.start && id.start - b.end < 40 && wordsBetween(draft.text, b, id) <= 1),
      );
    // Own work counts in the sentence that says so ("I've worked for the town council for 11
    // years and never felt this undervalued"); further off, "pay" may be anyone's.
    const identifyingSentences = new Set(all.map((id) => draft.sentenceIndex(id.start)));
    const inIdentifyingSentence = (b: Span) => identifyingSentences.has(draft.sentenceIndex(b.start));
    const discussesCouncil =
      councilBusinessMentions(draft).some((b) => !partOfTitle(b)) ||
      findPhrases(draft, describesJob).length > 0 ||
      findPhrases(draft, ownWork).some((b) => inIdentifyingSentence(b) && !partOfTitle(b)) ||
      councilReferences(draft).some((ref) => !all.some((id) => overlaps(id, ref)));
    return discussesCouncil ? all : roles;
  },
};

export default rule;
