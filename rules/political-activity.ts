import { findPhrases, type PhraseSpec } from './detectors/phrases.ts';
import type { Lexicon } from './detectors/lexicon.ts';
import lexicon from './lexicons/political-activity.json' with { type: 'json' };
import type { Rule } from './types.ts';

// Party politics, not politics in general. "Vote Green", canvassing and campaign hashtags
// stand alone; "vote for" gives way to competitions ("vote for your favourite float") and to
// reports of how councillors voted; a party name needs support wording in its sentence, and
// the party names that are also everyday words (Labour, Green, Reform) count only with their
// capital and never in their everyday phrases ("labour ward", "village green", "reform of").
// A petition or protest counts when it is against something ("petition to save the library"),
// not when it asks for something ("petition for a dog park"); keeping what the council may
// change is against its decision ("petition to keep the market on the High Street"). Asking
// people to back a named person with an election, a ward or a seat in view ("please back Cllr
// Hughes's re-election", "proud to endorse Jenny Marsh for Plantation ward") endorses a
// candidate. Non-partisan reminders such as "remember to register to vote" are deliberately
// not flagged: the council promotes them.
const spec: PhraseSpec = {
  key: 'political-activity',
  lexicon: lexicon as Lexicon,
  triggers: [
    { kinds: ['vote-party', 'hashtag'] },
    {
      kinds: ['campaign'],
      blockedBy: [{ any: [{ kinds: ['club'] }], scope: 'sentence' }],
    },
    {
      kinds: ['vote-for', 'my-vote'],
      blockedBy: [{ any: [{ kinds: ['competition', 'procedure', 'club'] }], scope: 'sentence' }],
    },
    {
      kinds: ['party'],
      requires: [{ any: [{ kinds: ['support'] }], scope: 'sentence' }],
      blockedBy: [{ any: [{ kinds: ['not-party'] }], scope: 'overlap' }],
    },
    {
      kinds: ['party-word'],
      caseSensitive: true,
      requires: [{ any: [{ kinds: ['support'] }], scope: 'sentence' }],
      blockedBy: [{ any: [{ kinds: ['not-party'] }], scope: 'overlap' }],
    },
    {
      // "Please back Councillor Sarah Hughes's re-election campaign": endorsing a candidate.
      kinds: ['endorse'],
      requires: [
        { any: ['person', 'name'], scope: { words: 3, side: 'after' } },
        { any: [{ kinds: ['election', 'campaign'] }], scope: 'adjacent' },
      ],
      blockedBy: [{ any: [{ kinds: ['club', 'competition'] }], scope: 'sentence' }],
    },
    {
      kinds: ['petition'],
      requires: [{ any: [{ kinds: ['against'] }], scope: 'sentence' }],
    },
    {
      // "The town council voted to sell off the allotments. Sign the petition."
      kinds: ['petition'],
      requires: [
        { any: ['council'], scope: 'adjacent' },
        { any: [{ kinds: ['decision'] }], scope: 'adjacent' },
      ],
    },
  ],
};

const rule: Rule = {
  id: 'political-activity',
  clause: '9.4',
  bullet: 2,
  seeAlso: [],
  title: 'Party politics and campaigning',
  severity: { personal: 'warning', official: 'error' },
  fields: ['post', 'comment', 'bio'],
  englishOnly: true,
  message: 'This looks like party-political campaigning or endorsement.',
  explanation:
    'The procedure asks you not to take part in political or public activity that compromises, or might be seen to compromise, your impartial service to the council and its stakeholders. Telling people how to vote, backing a party or candidate, or campaigning against a council decision can make residents doubt that impartiality — and on the official account it is never allowed.',
  suggestion:
    'Keep party politics off accounts linked to your job. Neutral civic information, such as how to register to vote or when polling stations open, is fine.',
  examples: [
    {
      text: 'Proud to be campaigning for Jo Harding in the Plantation ward by-election.',
      flagged: true,
      note: 'Campaigning for a named candidate.',
    },
    {
      text: 'The town council voted to sell off the allotments. Sign the petition!',
      flagged: true,
      note: 'A petition against a council decision in the sentence before.',
    },
    {
      text: "Anyone but Reform. Don't waste your vote on them.",
      flagged: true,
      note: 'Campaigning against a party.',
    },
    {
      text: 'Proud to be campaigning for Macmillan this month, sponsor me!',
      flagged: false,
      note: 'Hard negative: campaigning for a charity, not a candidate.',
    },
    {
      text: 'Proud to endorse Jenny Marsh for Plantation ward – she’ll stand up for us!',
      flagged: true,
      note: 'Endorsing a candidate for a ward.',
    },
    {
      text: 'Proud to endorse Jenny Marsh for the deputy clerk job, she’s brilliant.',
      flagged: false,
      note: 'Hard negative: a job, not a seat (personal-reference applies).',
    },
    {
      text: 'Please back Councillor Sarah Hughes’s re-election campaign, she’s been brilliant for Linslade.',
      flagged: true,
      note: 'Endorsing a named candidate.',
    },
    {
      text: 'Sign the petition to keep the market on the High Street!',
      flagged: true,
      note: 'Against a council decision to move it.',
    },
    {
      text: 'Please support Cllr Bates’s fundraiser for the hospice this Saturday.',
      flagged: false,
      note: 'Hard negative: backing a councillor’s charity event, no election.',
    },
    { text: 'Vote Green on Thursday!', flagged: true },
    {
      text: 'Out canvassing for our brilliant candidate in Linslade ward this morning.',
      flagged: true,
    },
    {
      text: 'Proud to support the Lib Dems in the county elections.',
      flagged: true,
    },
    {
      text: 'Please vote for Sarah Jones on 7 May, she will fight for our town.',
      flagged: true,
      note: 'Endorsing a candidate.',
    },
    {
      text: 'Sign the petition to stop the council closing the library!',
      flagged: true,
      note: 'A petition against a council decision.',
    },
    {
      text: 'Time for change. #VoteReform',
      flagged: true,
      mode: 'official',
      note: 'An error on the official account.',
    },
    {
      text: 'Vote for your favourite float in the carnival on the town council’s Facebook page!',
      flagged: false,
      note: 'Hard negative: a competition, not an election.',
    },
    {
      text: 'The Greens are lovely this time of year, golf club looking great.',
      flagged: false,
      note: 'Hard negative: greens, not the Green Party, and no support wording.',
    },
    {
      text: 'Huge thanks to the midwives on the Labour ward, so proud of my sister!',
      flagged: false,
      note: 'Hard negative: the labour ward.',
    },
    {
      text: 'Reform of the bin rota is long overdue, I support it.',
      flagged: false,
      note: 'Hard negative: reform, not Reform UK.',
    },
    {
      text: 'Remember to register to vote before 16 April — it only takes five minutes.',
      flagged: false,
      note: 'Non-partisan civic information is fine.',
    },
    {
      text: 'Sign our petition for a dog park at Parson’s Close!',
      flagged: false,
      note: 'A petition asking for something, not campaigning against a decision.',
    },
    {
      text: 'Councillors voted for the new budget at last night’s meeting.',
      flagged: false,
      note: 'Reporting council business.',
    },
  ],
  detect(draft) {
    return findPhrases(draft, spec);
  },
};

export default rule;
