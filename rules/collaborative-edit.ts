import type { Rule } from './types.ts';

/**
 * Clause 13: edits to wikis can be traced to the council's IP addresses, so any text typed
 * into a wiki edit box earns a gentle reminder.
 */
const rule: Rule = {
  id: 'collaborative-edit',
  clause: '13',
  bullet: 10,
  seeAlso: [],
  title: 'Editing a shared wiki',
  severity: { personal: 'info', official: 'info' },
  fields: ['post', 'comment', 'bio'],
  englishOnly: false,
  message: 'Wiki edits can be traced back to council IP addresses: edit with care.',
  explanation:
    'Collaboratively edited sites such as Wikipedia record where each edit came from. An edit made on a council computer or network can be linked to the council, so it may be read as the council’s own view.',
  suggestion: 'Keep the edit factual and neutral, and avoid editing pages about the council or its business.',
  examples: [
    {
      text: 'Leighton Buzzard is a market town in Bedfordshire.',
      site: 'wiki',
      flagged: true,
      note: 'Any wiki edit gets the reminder.',
    },
    { text: 'Fixed a typo in the history section.', site: 'wiki', flagged: true },
    {
      text: 'Leighton Buzzard is a market town in Bedfordshire.',
      site: 'facebook',
      flagged: false,
      note: 'Not a wiki.',
    },
    { text: '   ', site: 'wiki', flagged: false, note: 'Nothing typed yet.' },
    {
      text: 'Updated the opening times of Leighton Buzzard library (source: library website).',
      site: 'wiki',
      field: 'comment',
      flagged: true,
      note: 'A talk-page comment on a wiki is an edit too.',
    },
    {
      text: 'Added a photo caption for All Saints Church.',
      site: 'wiki',
      mode: 'official',
      flagged: true,
      note: 'The reminder applies on the council’s own account as well.',
    },
    {
      text: 'Fixed the link to the market page.\nAlso corrected the spelling of Linslade.',
      site: 'wiki',
      flagged: true,
      note: 'Only the first line is highlighted: the reminder is about the edit, not a word.',
    },
    { text: 'Fixed a typo in the history section.', site: 'forum', flagged: false, note: 'A forum is not a wiki.' },
    {
      text: 'LeightonBuzzardHistoryFan',
      site: 'wiki',
      field: 'profile-name',
      flagged: false,
      note: 'Profile names are checked only for lookalikes and offensive words.',
    },
    { text: '\u200B\u200B', site: 'wiki', flagged: false, note: 'Invisible characters only: nothing typed.' },
  ],
  detect(draft) {
    if (draft.context.site !== 'wiki') return [];
    const text = draft.text;
    const start = text.search(/\S/);
    if (start < 0) return [];
    const end = text.trimEnd().length;
    // Flag the first line only: the reminder is about the edit, not any one word.
    const firstLineEnd = text.indexOf('\n', start);
    return [{ start, end: firstLineEnd > 0 && firstLineEnd < end ? firstLineEnd : end }];
  },
};

export default rule;
