import { contactDetails, isColleagueDetail } from './detectors/contacts.ts';
import type { Rule } from './types.ts';

/**
 * Clause 13, first bullet: never give out personal details such as the home address and
 * telephone numbers of colleagues. Fires on a phone number, street address, postcode or
 * personal email with a colleague reference in the same or a neighbouring sentence
 * (detectors/contacts.ts decides whose a detail is).
 *
 * Interactions: a detail attributed to a colleague is reported here and nowhere else
 * (personal-data and own-safety skip it). Public contacts never count, and a council email
 * address is not a personal detail: council-email reports it in personal mode.
 */
const rule: Rule = {
  id: 'colleague-details',
  clause: '13',
  bullet: 1,
  seeAlso: [],
  title: 'A colleague’s contact details',
  severity: { personal: 'error', official: 'error' },
  fields: ['post', 'comment', 'bio'],
  englishOnly: false,
  message: 'This looks like a colleague’s personal contact details: never post them.',
  explanation:
    'The procedure says never to give out personal details such as the home address and telephone numbers of colleagues. Posting them, even helpfully or in a closed group, can expose a colleague to unwanted contact or worse, and breaks data protection law.',
  suggestion:
    'Remove the details. If someone needs to reach a colleague, point them to the council’s public contacts (01525 631920, info@leightonlinslade-tc.gov.uk) or pass the message on privately.',
  examples: [
    {
      text: 'Tom Reed from work lives at 4 Mill Road, LU7 2PP',
      config: { colleagues: ['Tom Reed'] },
      flagged: true,
    },
    { text: 'Anyone need a lift to the fete? My colleague Dan is on 07700 900123, give him a ring', flagged: true },
    {
      text: 'Priya Shah has moved house! Her new address is 17 Church St, Leighton Buzzard. Pop round with a card',
      config: { colleagues: ['Priya Shah'] },
      flagged: true,
      note: 'The address is in the next sentence from the name: still hers.',
    },
    { text: 'If you want to complain, my manager’s mobile is +44 7700 900456', flagged: true },
    {
      text: 'Big thanks to my workmate Jade for the lift. She’s also a brilliant dog walker. Her number is 07700 900321',
      flagged: true,
      note: '“Her number” points back to the workmate named two sentences earlier.',
    },
    {
      text: 'Kelly from work is selling her car. Give her a ring on 07700 900654',
      flagged: true,
      note: 'Any first name with a work word (“from work”, “in finance”, “on reception”) is a colleague.',
    },
    {
      text: 'My neighbour Jade is selling her car. She’s a star. Give her a ring on 07700 900333',
      flagged: false,
      note: 'A neighbour’s number is personal-data’s, not a colleague’s.',
    },
    {
      text: 'Busy at work today. Selling my bike, text me on 07700 900123',
      flagged: false,
      note: '“At work” after an ordinary word names no colleague; the number is the author’s.',
    },
    {
      text: 'Cllr Bates said to email him at bates.family@gmail.com about the allotments',
      flagged: true,
      note: 'A councillor’s personal email counts too.',
    },
    {
      text: 'The town clerk lives at lu7 2pp, just so you all know',
      flagged: true,
      note: 'A postcode in lower case, without a space.',
    },
    {
      text: 'My colleague asked me to share the council’s number: 01525 631920',
      flagged: false,
      note: 'The council’s public number is not a personal detail.',
    },
    {
      text: 'Tom Reed from work ran the Leighton Buzzard 10k in 52 minutes!',
      config: { colleagues: ['Tom Reed'] },
      flagged: false,
      note: 'A colleague’s name without contact details is for other rules.',
    },
    {
      text: 'Text me on 07700 900123 if you want my old sofa',
      flagged: false,
      note: 'Your own number is not a colleague’s (see own-safety).',
    },
    {
      text: 'My manager says the café on 4 Mill Road is reopening on 25/12/2025 at 10:30',
      flagged: false,
      note: 'Dates and times are not phone numbers, and a café’s address is not anyone’s home.',
    },
    {
      text: 'My colleague says email info@leightonlinslade-tc.gov.uk for bookings',
      flagged: false,
      note: 'A public council address.',
    },
  ],
  detect(draft) {
    return contactDetails(draft)
      .filter(isColleagueDetail)
      .map((d) => ({ start: d.start, end: d.end }));
  },
};

export default rule;
