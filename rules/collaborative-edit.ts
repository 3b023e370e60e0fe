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
