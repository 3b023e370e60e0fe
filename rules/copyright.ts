import { findPhrases, type PhraseSpec } from './detectors/phrases.ts';
import type { Lexicon } from './detectors/lexicon.ts';
import lexicon from './lexicons/copyright.json' with { type: 'json' };
import type { Rule } from './types.ts';

// Signs that the content is someone else's. A copyright notice on a post usually means it was
// copied, unless it names the council (its own content) or the author's own work; "not my
// photo", "found this online", "no copyright intended", "full article pasted below" say so
// outright. The author's own
// photos ("my own photo", "photo by me") are what we want people to post.
const spec: PhraseSpec = {
  key: 'copyright',
  lexicon: lexicon as Lexicon,
  triggers: [
    {
      kinds: ['mark'],
      blockedBy: [
        // The council's own notice ("© 2026 LLTC"), not "© LBO 2026: 'Town council criticised…'".
        { any: ['council'], scope: { words: 1, side: 'after' } },
        { any: [{ kinds: ['own'] }], scope: 'sentence' },
        // "(a) … (b) … (c)": a list label.
        { any: [{ kinds: ['list'] }], scope: 'draft' },
      ],
    },
    {
      kinds: ['reuse'],
      blockedBy: [{ any: [{ kinds: ['own', 'not-reuse'] }], scope: 'overlap' }],
    },
  ],
};

const rule: Rule = {
  id: 'copyright',
  clause: '9.4',
  bullet: 6,
  seeAlso: ['13'],
  title: 'Someone else’s content',
  severity: { personal: 'info', official: 'warning' },
  fields: ['post', 'comment', 'bio'],
  englishOnly: true,
  message: 'This looks like someone else’s photo, video or words: check you may re-use it.',
  explanation:
    'The procedure asks you to respect copyright: check whether a third party’s content is protected before you re-use or repost it. Saying "no copyright intended" or "credit to the owner" does not give you permission, and on the official account the council is the one who would be liable.',
  suggestion:
    'Use your own photo, share the original post with the platform’s share button, or ask the owner’s permission and credit them by name.',
  examples: [
    {
      text: 'Stunning shot of the lake at dawn (not mine, found it on Pinterest)',
      flagged: true,
      note: "Found on Pinterest: someone else's photo.",
    },
    {
      text: 'Copied this from another group: bin collections moved to Tuesday this week.',
      flagged: true,
      note: 'Copied from another group.',
    },
    {
      text: 'Photos © their respective owners. DM for removal.',
      flagged: true,
      note: 'A catch-all notice in a bio is not permission.',
    },
    {
      text: "Pasting the whole Observer piece because it's behind a paywall 👇",
      flagged: true,
      note: 'A paywalled article re-published.',
    },
    {
      text: 'Annoying that the Observer is behind a paywall now, anyone got a subscription?',
      flagged: false,
      note: 'Hard negative: complaining about a paywall is not pasting the article.',
    },
    {
      text: '(c) Leighton Buzzard Observer — full article pasted below as it’s paywalled:',
      flagged: true,
      note: 'A publisher’s copyright notice and a pasted article.',
    },
    {
      text: 'Sharing this from the Observer (© LBO 2026): ‘Town council criticised over market move’.',
      flagged: true,
      note: 'The council named after the notice is the story, not the owner.',
    },
    {
      text: 'Options: (a) bins (b) recycling (c) garden waste. Pick one!',
      flagged: false,
      note: 'Hard negative: a list label.',
    },
    {
      text: 'Not my photo but what a view of All Saints this morning!',
      flagged: true,
    },
    {
      text: 'Found this online, brilliant old picture of Leighton Buzzard market in 1905.',
      flagged: true,
    },
    {
      text: 'Love this song, no copyright intended.',
      flagged: true,
      note: '"No copyright intended" is not permission.',
    },
    {
      text: 'Lovely shot of the fireworks © Jane Smith Photography 2025',
      flagged: true,
      mode: 'official',
      note: 'Someone else’s copyright on the official account: a warning.',
    },
    {
      text: 'Copied from a post in the Linslade community group: road closed at the bridge from Monday.',
      flagged: true,
    },
    {
      text: 'Pic from Google, but this is what the new play area will look like.',
      flagged: true,
    },
    {
      text: 'My own photo of the canal at sunset, taken on my walk home.',
      flagged: false,
    },
    {
      text: '© Leighton-Linslade Town Council 2025',
      flagged: false,
      mode: 'official',
      note: 'The council’s own content.',
    },
    {
      text: 'Credit to the grounds team for the lovely flower beds on the high street.',
      flagged: false,
      note: 'Hard negative: credit as praise, not a photo credit.',
    },
    {
      text: 'Copyright law is a minefield for small businesses, good talk at the library tonight.',
      flagged: false,
      note: 'Talking about copyright is not re-using content.',
    },
    {
      text: 'Not my best photo of the carnival, but the sun was in my eyes.',
      flagged: false,
      note: 'Hard negative: "not my best photo" is the author’s own.',
    },
  ],
  detect(draft) {
    return findPhrases(draft, spec);
  },
};

export default rule;
