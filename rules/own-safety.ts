import { contactDetails } from './detectors/contacts.ts';
import type { Rule } from './types.ts';

/**
 * Appendix 2, item 8: avoid putting personal information on your page, such as where you live
 * or your phone number. A gentle note (info) when the author gives out their own home address
 * or phone number: "I live at 4 Mill Road", "text me on 07700 900123".
 *
 * Interactions: only details the contacts detector attributes to the author ("my number",
 * "I live at"); a colleague's go to colleague-details, someone else's to personal-data. Email
 * addresses are not a safety matter here (council-email covers the council one).
 */
const rule: Rule = {
  id: 'own-safety',
  clause: 'Appendix 2',
  bullet: 8,
  seeAlso: [],
  title: 'Your own address or phone number',
  severity: { personal: 'info', official: 'off' },
  fields: ['post', 'comment', 'bio'],
  englishOnly: false,
  message: 'You are sharing your own home address or phone number publicly.',
  explanation:
    'The procedure’s guidance on personal use advises against putting personal information on your page, such as where you live or your phone number: anyone can search for it, and as a council employee you may be easier to find than you think. This is advice for your own safety, not a breach.',
  suggestion: 'Share it by private message with the people who need it, or give a general area (“Linslade”) instead.',
  examples: [
    { text: 'Selling my old sofa, £40. Text me on 07700 900123', flagged: true },
    { text: 'We’ve moved! I live at 22 Hockliffe Road now, pop in for a cuppa', flagged: true },
    {
      text: 'my number is 07700-900-123 if anyone finds my dog',
      flagged: true,
      note: 'Any usual spelling of a mobile number.',
    },
    {
      text: 'Free to collect from 9 Bedford St, LU7 1AA',
      flagged: true,
      note: '“Collect from” an address is where you live.',
    },
    {
      text: 'I live on Plantation Road, happy to drop leaflets round the estate',
      flagged: true,
      note: 'A street without a house number still narrows it down.',
    },
    { text: 'Ring me: +44 7700 900123', flagged: true },
    {
      text: 'Free pram, collection only from mine — 12 Harcourt Close, LU7 2QQ',
      flagged: true,
      note: '“From mine”, “at ours”, “pop round to mine”: the author’s home, postcode included.',
    },
    {
      text: 'Wrong parcel AGAIN. I’m at 40 Stoke Road, not 14!',
      flagged: true,
      note: '“I’m at” and a house-numbered street is where you live.',
    },
    {
      text: 'My address for the card swap is 3 The Maltings, Leighton Buzzard LU7 4AB',
      flagged: true,
      note: 'A road without “Road” or “Close” still counts when a house number and a town or postcode frame it.',
    },
    {
      text: 'Pop round to mine for the raffle tickets, 5 The Willows, Linslade',
      flagged: true,
    },
    {
      text: 'Parcel left at the wrong door again. I’m no.15 Hartwell Crescent, not 51!',
      flagged: true,
      note: 'A house number written “no.15”, “No 7” or “number 12”.',
    },
    {
      text: 'I’m on Stoke Road, number 63, if anyone wants the free firewood',
      flagged: true,
      note: 'The house number after the street.',
    },
    {
      text: 'I’m at the Black Lion, 15 High Street, come say hi',
      flagged: false,
      note: 'Where you are now, at a named pub: not your home.',
    },
    {
      text: 'Tesco Express, 2 The Green, Linslade is open till 11',
      flagged: false,
      note: 'A shop’s address.',
    },
    {
      text: 'Storytime at 10 The Library, Linslade, all welcome',
      flagged: false,
      note: 'A time and a venue, not a house number.',
    },
    {
      text: 'I’m at the dentist on 12 Bridge Street, running late',
      flagged: false,
      note: '“I’m at” owns only an address that follows it directly.',
    },
    {
      text: 'Great night at the Swan, call them on 01525 123456 to book a table',
      flagged: false,
      note: 'A business’s number, not yours.',
    },
    { text: 'Get the number 10 bus from Stoke Road', flagged: false },
    { text: 'I’m the No. 1 fan of the Mill Road bakery', flagged: false, note: '“No. 1” here is a rank.' },
    { text: 'I live in Leighton Buzzard and love it', flagged: false, note: 'A town is not an address.' },
    { text: 'Ring me after 6, my shift finishes at 17:30', flagged: false, note: 'Times are not phone numbers.' },
    {
      text: 'My order number is 07700 900123, still not delivered!',
      flagged: false,
      note: 'A reference number, however it looks.',
    },
    {
      text: 'Text me on 07700 900123 about the bake sale',
      mode: 'official',
      flagged: false,
      note: 'Off on the council’s account, where personal-data applies instead.',
    },
  ],
  detect(draft) {
    return contactDetails(draft)
      .filter((d) => d.owner === 'self' && !d.isPublic && d.kind !== 'email')
      .map((d) => ({ start: d.start, end: d.end }));
  },
};

export default rule;
