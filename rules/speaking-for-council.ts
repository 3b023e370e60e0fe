import { findPhrases, type Condition, type PhraseSpec } from './detectors/phrases.ts';
import type { Lexicon } from './detectors/lexicon.ts';
import lexicon from './lexicons/speaking-for-council.json' with { type: 'json' };
import type { Rule } from './types.ts';

// Speaking for the council is a phrase plus where the council sits: "on behalf of" and "we
// at" only count with the council straight after them, a press office's wording ("position
// is", "apologises for any inconvenience") only with the council just before it. Reporting
// ("apparently the council's position is…") or asking ("still waiting for an official
// response") is not speaking for it, and neither is saying that you are not ("I'm not
// speaking on behalf of the council" is a disclaimer). Setting the record straight for it
// ("Just to clarify, the council is not…", "the council's stance: …") is speaking for it; a
// statement headed as another body's ("Official statement from the Hatters") is not.
const NOT_SPEAKING: readonly Condition[] = [
  { any: [{ kinds: ['hearsay', 'waiting', 'asking'] }], scope: 'sentence' },
  { any: [{ kinds: ['venue', 'not-council'] }], scope: 'overlap' },
];

const spec: PhraseSpec = {
  key: 'speaking-for-council',
  lexicon: lexicon as Lexicon,
  triggers: [
    {
      kinds: ['behalf'],
      negatable: true,
      requires: [{ any: ['council'], scope: { words: 2, side: 'after' } }],
      // "Greenway maintains the parks on behalf of the council": acting for it, not speaking.
      // "The council has a lot to answer for": held to account, not answering for it.
      blockedBy: [
        ...NOT_SPEAKING,
        { any: [{ kinds: ['acting'] }], scope: { words: 3, side: 'before' } },
        { any: [{ kinds: ['answerable'] }], scope: 'overlap' },
      ],
    },
    {
      kinds: ['we-at'],
      negatable: true,
      requires: [{ any: ['council'], scope: { words: 0, side: 'after' } }],
      blockedBy: NOT_SPEAKING,
    },
    {
      kinds: ['voice'],
      negatable: true,
      requires: [{ any: ['council'], scope: { words: 3, side: 'before' } }],
      blockedBy: NOT_SPEAKING,
    },
    {
      kinds: ['confirm'],
      negatable: true,
      requires: [{ any: ['council'], scope: 'adjacent' }],
      blockedBy: NOT_SPEAKING,
    },
    {
      // "Can confirm the council's paying for the new defib": an insider's assurance of a
      // council commitment. Without one it is agreement ("can confirm, the council are useless").
      kinds: ['insider'],
      negatable: true,
      requires: [
        { any: ['council'], scope: 'sentence' },
        { any: [{ kinds: ['commitment'] }], scope: 'sentence' },
      ],
      blockedBy: NOT_SPEAKING,
    },
    { kinds: ['self'], negatable: true, blockedBy: NOT_SPEAKING },
    {
      kinds: ['clarify'],
      negatable: true,
      // The council straight after ("To clarify, the council…"), not "To clarify, I meant the council".
      requires: [{ any: ['council'], scope: { words: 1, side: 'after' } }],
      blockedBy: NOT_SPEAKING,
    },
    {
      kinds: ['heading'],
      atSentenceStart: true,
      negatable: true,
      // "Official statement from the Hatters": another body's statement, relayed.
      blockedBy: [...NOT_SPEAKING, { any: [{ kinds: ['from-body'] }], scope: 'overlap' }],
    },
    {
      kinds: ['from-body'],
      atSentenceStart: true,
      negatable: true,
      requires: [{ any: ['council'], scope: { words: 1, side: 'after' } }],
      blockedBy: NOT_SPEAKING,
    },
  ],
};

const rule: Rule = {
  id: 'speaking-for-council',
  clause: '9.3',
  bullet: 7,
  seeAlso: ['9.4'],
  title: 'Speaking on the council’s behalf',
  severity: { personal: 'warning', official: 'off' },
  fields: ['post', 'comment', 'bio'],
  englishOnly: true,
  message: 'This reads as if you are speaking for the council.',
  explanation:
    'The procedure says employees must not speak on the council’s behalf on social media unless they are authorised to. Words such as "on behalf of the council", "we at LLTC" or "the council’s position is" make a personal post read as an official statement, and people will quote it as one.',
  suggestion:
    'Say it as yourself ("I think…", "I’ve read that…"), or share the council’s own post or page instead. If you are authorised to speak for the council, post from the official account.',
  examples: [
    {
      text: "Can confirm the council's paying for the new defib at the station, it's been signed off 👍",
      flagged: true,
      note: "An insider's assurance of a council commitment.",
    },
    {
      text: 'As someone who works there I can tell you the council will definitely be extending the market.',
      flagged: true,
      note: 'Commits the council.',
    },
    {
      text: 'I can tell you the council said it will be fixed by Friday.',
      flagged: false,
      note: 'Hard negative: relaying what the council said.',
    },
    {
      text: 'Just to answer for the council: yes, the Pages Park toilets will be fixed by Friday.',
      flagged: true,
      note: 'Answering for the council is speaking for it.',
    },
    {
      text: 'Whoever signed off that contract has a lot to answer for, the town council included.',
      flagged: false,
      note: 'Hard negative: held to account, not answering for it.',
    },
    {
      text: 'Just to clarify the council’s stance: the market is NOT moving to Sundays.',
      flagged: true,
      note: 'Setting the record straight for the council.',
    },
    {
      text: 'Official statement from the Hatters: tonight’s game is postponed.',
      flagged: false,
      note: 'Hard negative: another body’s statement, relayed.',
    },
    {
      text: 'What is the council’s stance on the skate park? Anyone know?',
      flagged: false,
      note: 'Asking, not saying.',
    },
    {
      text: 'On behalf of the council, thank you to everyone who came to the fireworks!',
      flagged: true,
    },
    {
      text: "The council's position is that the skate park will stay where it is.",
      flagged: true,
      note: 'The council’s position, stated by the author rather than reported.',
    },
    {
      text: 'We at LLTC are working hard to get the paddling pool open for the summer.',
      flagged: true,
    },
    {
      text: 'I can confirm the council will be gritting the main roads tonight.',
      flagged: true,
    },
    {
      text: 'Official statement: the Christmas lights switch-on has been postponed to Saturday.',
      flagged: true,
      note: 'A post that opens like a press release.',
    },
    {
      text: 'Leighton-Linslade Town Council apologises for any inconvenience caused by the road closure.',
      flagged: true,
      note: 'The press office’s wording on a personal account.',
    },
    {
      text: 'The council has announced the fireworks date — see their page for details.',
      flagged: false,
      note: 'Reporting what the council published, and pointing to it, is fine.',
    },
    {
      text: "I'm not speaking on behalf of the council, but I think the new play area is brilliant.",
      flagged: false,
      note: 'Hard negative: a disclaimer, not a statement.',
    },
    {
      text: 'On behalf of my family, thank you to everyone who helped look for our dog.',
      flagged: false,
      note: 'On behalf of someone other than the council.',
    },
    {
      text: "Apparently the council's position is that the car park isn't their land.",
      flagged: false,
      note: 'Reporting what the council says, not saying it.',
    },
    {
      text: 'Still waiting for an official statement from the council about the flooding.',
      flagged: false,
    },
    {
      text: 'We at the town hall quiz night raised £400 for the hospice!',
      flagged: false,
      note: 'The town hall as a place.',
    },
    {
      text: 'On behalf of the council, thank you to everyone who came to the fireworks!',
      flagged: false,
      mode: 'official',
      note: 'The official account is there to speak for the council.',
    },
  ],
  detect(draft) {
    return findPhrases(draft, spec);
  },
};

export default rule;
