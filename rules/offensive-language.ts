// PLACEHOLDER — being written by a helper; replace this whole file.
import type { Rule } from './types.ts';

const rule: Rule = {
  id: 'offensive-language',
  clause: '9.3',
  bullet: null,
  seeAlso: [],
  title: 'TODO',
  severity: { personal: 'warning', official: 'warning' },
  fields: ['post', 'comment', 'bio'],
  englishOnly: true,
  message: 'TODO',
  explanation: 'TODO',
  suggestion: 'TODO',
  examples: [],
  detect: () => [],
};

export default rule;
