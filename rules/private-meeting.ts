import { findPhrases, type ContextSource, type PhraseSpec } from './detectors/phrases.ts';
import type { Lexicon } from './detectors/lexicon.ts';
import lexicon from './lexicons/private-meeting.json' with { type: 'json' };
import type { Rule } from './types.ts';

// A private or internal meeting, in four strengths. The council's own words for private
// business ("closed session", "exempt item", "press and public excluded") stand alone. A staff
// or team meeting stands alone unless its sentence puts it elsewhere ("team meeting at
// football training"), says it is public, or only explains the author's day ("team meeting
// ran over so I missed my train": nothing said in it is reported). "Behind closed doors" and "Part 2" are everyday
// English, so they need the council (or a meeting word, for "Part 2") nearby; so does "private
// session", which is also a private lesson ("a private session with my personal trainer"). A plain
// "meeting" counts only at work, and only when a neighbouring sentence reports what was said.
const COUNCIL_OR_WORK: readonly ContextSource[] = ['council', 'colleague', 'work', 'council-business'];

const spec: PhraseSpec = {
  key: 'private-meeting',
  lexicon: lexicon as Lexicon,
  triggers: [
    { kinds: ['closed'] },
    {
      kinds: ['internal'],
      blockedBy: [
        { any: [{ kinds: ['elsewhere', 'logistics'] }], scope: 'sentence' },
        // "Office meeting? Baby shower? We've got you covered!": an advert for hosting or catering.
        { any: [{ kinds: ['offer'] }], scope: 'adjacent' },
      ],
    },
    {
      // "Disciplinary hearing tomorrow for being late" is a grievance; what was said there is a report.
      kinds: ['own-hearing'],
      requires: [{ any: [{ kinds: ['report'] }], scope: 'adjacent' }],
      blockedBy: [{ any: [{ kinds: ['elsewhere', 'logistics'] }], scope: 'sentence' }],
    },
    {
      kinds: ['behind-doors'],
      requires: [{ any: ['council', 'colleague', 'work', { kinds: ['meeting', 'meeting-word'] }], scope: 'sentence' }],
      blockedBy: [{ any: [{ kinds: ['elsewhere'] }], scope: 'sentence' }],
    },
    {
      kinds: ['part-two'],
      requires: [{ any: ['council', { kinds: ['meeting', 'meeting-word'] }], scope: { words: 6 } }],
    },
    {
      kinds: ['meeting'],
      requires: [
        { any: ['colleague', 'work'], scope: { words: 4 } },
        { any: [{ kinds: ['report'] }], scope: 'adjacent' },
        { any: COUNCIL_OR_WORK, scope: 'adjacent' },
      ],
      blockedBy: [{ any: [{ kinds: ['elsewhere'] }], scope: 'sentence' }],
    },
  ],
};

const rule: Rule = {
  id: 'private-meeting',
  clause: '13',
  bullet: 5,
  seeAlso: ['9.4'],
  title: 'Reporting a private meeting',
  severity: { personal: 'warning', official: 'warning' },
  fields: ['post', 'comment'],
  englishOnly: true,
  message: 'This reports on a meeting or discussion that may be private or internal to the council.',
  explanation:
    'The procedure says you need your line manager’s permission before you publish or report on meetings or discussions meant to be private or internal to the town council — staff and team meetings, briefings, and the parts of council meetings held without the press and public.',
  suggestion:
    'Check with your line manager before posting. Public council meetings, their agendas and approved minutes are fine to share.',
  examples: [
    {
      text: 'Update: in the exempt session last night, members agreed to terminate the café lease.',
      flagged: true,
      mode: 'official',
      note: 'An exempt session.',
    },
    {
      text: 'Disciplinary hearing tomorrow for being four minutes late. This place 🙃',
      flagged: false,
      note: "Hard negative: announcing one's own hearing is a grievance, not a meeting report.",
    },
    {
      text: 'Team meeting at work ran over so I missed the 17:42, anyone driving to Tesco later?',
      flagged: false,
      note: 'Hard negative: a bare mention; nothing said in the meeting is reported.',
    },
    {
      text: 'In this morning’s staff meeting we were told the depot is closing in March.',
      flagged: true,
    },
    {
      text: 'The closed session last night went on until 11pm, and the pool decision was not popular.',
      flagged: true,
      note: 'Council wording for business taken in private.',
    },
    {
      text: 'Exempt item on the agenda tonight: the sale of the old library. Guess who wants to buy it!',
      flagged: true,
    },
    {
      text: 'Councillors argued for an hour in the Part 2 bit of the meeting about the new contract.',
      flagged: true,
    },
    {
      text: 'Team briefing today: management want the grass cut every week from now on.',
      flagged: true,
      mode: 'official',
      note: 'A warning on the official account too.',
    },
    {
      text: 'Meeting at work this afternoon. Apparently the council is scrapping the Christmas market.',
      flagged: true,
      note: 'A plain "meeting", at work, with what was said.',
    },
    {
      text: 'Public council meeting tonight at 7pm, all welcome',
      flagged: false,
      note: 'A public meeting is public.',
    },
    {
      text: 'Part 2 of my holiday blog is up — Cornwall in the rain!',
      flagged: false,
      note: 'Hard negative: "Part 2" of something else.',
    },
    {
      text: 'Team meeting at football training tonight, bring your boots.',
      flagged: false,
      note: 'Hard negative: a team meeting, but not at work.',
    },
    {
      text: 'What happens behind closed doors in a marriage is nobody else’s business.',
      flagged: false,
    },
    {
      text: 'Long meeting at work today, now off to the gym!',
      flagged: false,
      note: 'Mentions a meeting, but reports nothing from it.',
    },
    {
      text: 'The council went into private session to discuss the lease.',
      flagged: true,
      note: '“Private session” with the council.',
    },
    {
      text: 'Nobody else came to yoga so I got a private session with Jen',
      flagged: false,
      note: 'Hard negative: a private lesson, not a council session.',
    },
    {
      text: 'Team lunch, birthday party or office meeting? We cater for all occasions, book now!',
      flagged: false,
      note: 'Hard negative: an advert for catering the occasion.',
    },
  ],
  detect(draft) {
    return findPhrases(draft, spec);
  },
};

export default rule;
