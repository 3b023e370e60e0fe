import { emailAddresses } from './detectors/emails.ts';
import type { Rule } from './types.ts';

/**
 * Clause 9.3, second bullet: in personal postings, employees should not give out their
 * council email address. Any address at a council domain counts, however it is disguised
 * ("j.smith at leightonlinslade-tc dot gov dot uk"); the council's public addresses
 * (`publicContacts`, e.g. info@…) are not anyone's own address and pass.
 *
 * Interactions: a council address is reported here only. colleague-details does not treat it
 * as a colleague's personal email, and personal-data (official mode, where this rule is off)
 * reports it there instead.
 */
const rule: Rule = {
  id: 'council-email',
  clause: '9.3',
  bullet: 2,
  seeAlso: [],
  title: 'Council email address in a personal post',
  severity: { personal: 'error', official: 'off' },
  fields: ['post', 'comment', 'bio'],
  englishOnly: false,
  message: 'This is a council email address: do not give it out in a personal post.',
  explanation:
    'The procedure says that when you post in a personal capacity you should not divulge your council email address. A council address tells readers you are speaking from the council, invites council business into your personal account, and gets the address harvested by spammers. Writing it as "at" and "dot" does not change that.',
  suggestion:
    'Use a personal email address, or point people to the council’s public contact details (info@leightonlinslade-tc.gov.uk, 01525 631920).',
  examples: [
    { text: 'Email me at sam.jones@leightonlinslade-tc.gov.uk for tickets', flagged: true },
    {
      text: 'Still got 2 spare tickets for Saturday, drop me a line: j.smith at leightonlinslade-tc dot gov dot uk',
      flagged: true,
      note: 'Spelling out “at” and “dot” is still giving out the address.',
    },
    {
      text: 'Email is s.kaur[at]leightonlinslade-tc[.]gov[.]uk if you still need the form',
      flagged: true,
      note: 'So is “[.]” or “(.)” for the dots.',
    },
    { text: 'Contact me on SAM.JONES@LEIGHTONLINSLADE-TC.GOV.UK', flagged: true, note: 'Case makes no difference.' },
    { text: 'Selling a buggy, message sam.jones [at] leightonlinslade-tc [dot] gov [dot] uk', flagged: true },
    {
      text: 'my work email is sjones @ leightonlinslade-tc.gov.uk if you need it',
      flagged: true,
      note: 'Spaces around the @ do not hide it.',
    },
    { text: 'Sam Jones | mum of two | s.jones@leightonlinslade-tc.gov.uk', field: 'bio', flagged: true },
    {
      text: 'Questions about the Christmas lights? Email info@leightonlinslade-tc.gov.uk',
      flagged: false,
      note: 'The council’s public address is a public contact, not anyone’s own address.',
    },
    { text: 'Email me at sam.jones@gmail.com for tickets', flagged: false, note: 'A personal address is fine here.' },
    {
      text: 'Everything you need is at leightonlinslade-tc.gov.uk/events',
      flagged: false,
      note: 'The council’s website is not an email address.',
    },
    {
      text: 'I’ll be at the council offices at 10 if anyone wants a chat',
      flagged: false,
      note: 'The word “at” alone is not an address.',
    },
    {
      text: 'Please email events@leightonlinslade-tc.gov.uk to book a stall',
      mode: 'official',
      flagged: false,
      note: 'On the council’s own account, council addresses are expected.',
    },
  ],
  detect(draft) {
    return emailAddresses(draft)
      .filter((e) => e.kind === 'council')
      .map((e) => ({ start: e.start, end: e.end }));
  },
};

export default rule;
