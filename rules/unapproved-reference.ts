import { organisationMentions } from './detectors/organisations.ts';
import type { Rule } from './types.ts';

/**
 * Clause 13, sixth bullet: do not reference customers, partners or suppliers without their
 * approval. Fires on a name or alias from the partner register (config `organisations`) whose
 * `approved` is false, or whose `approvedUntil` date has passed (compared with the check's
 * `today`, the local date by default). Organisations not in the register are not judged:
 * the register is IT's list, and guessing at company names would drown staff in false alarms.
 */
const EXAMPLE_REGISTER = {
  organisations: [
    { name: 'Greenway Grounds Ltd', aliases: ['Greenway'], approved: false },
    { name: 'Bedfordshire Fire and Rescue', approved: true, approvedUntil: '2027-03-31' },
    { name: 'Brickhill Catering', approved: true, approvedUntil: '2025-06-30' },
  ],
};

const rule: Rule = {
  id: 'unapproved-reference',
  clause: '13',
  bullet: 6,
  seeAlso: [],
  title: 'Partner or supplier named without approval',
  severity: { personal: 'warning', official: 'warning' },
  fields: ['post', 'comment', 'bio'],
  englishOnly: false,
  message: 'This organisation has not approved being referenced by council staff.',
  explanation:
    'The procedure says not to reference customers, partners or suppliers without their approval. The council keeps a register of organisations and whether they have agreed to be named; this one has not, or its approval has run out. Naming it can imply the council endorses, or has a dispute with, the organisation.',
  suggestion: 'Leave the organisation’s name out, or check with the comms team whether approval can be sought first.',
  examples: [
    {
      text: 'Huge thanks to Greenway Grounds Ltd for the new planters on the Market Square',
      config: EXAMPLE_REGISTER,
      flagged: true,
    },
    {
      text: 'Greenway have done a shocking job on the verges again',
      config: EXAMPLE_REGISTER,
      flagged: true,
      note: 'An alias counts as the name.',
    },
    {
      text: 'Shout out to @GreenwayGrounds for sorting the park',
      config: EXAMPLE_REGISTER,
      flagged: true,
      note: 'A handle for the organisation counts too.',
    },
    {
      text: 'Lovely buffet from Brickhill Catering at the civic reception',
      config: EXAMPLE_REGISTER,
      flagged: true,
      note: 'Approved until 30 June 2025: the approval has lapsed.',
    },
    {
      text: 'Thanks to GREENWAY GROUNDS LTD for their help today',
      config: EXAMPLE_REGISTER,
      mode: 'official',
      flagged: true,
    },
    {
      text: 'Thank you Bedfordshire Fire and Rescue for the safety talk at the fete',
      config: EXAMPLE_REGISTER,
      flagged: false,
      note: 'Approved until 31 March 2027.',
    },
    {
      text: 'Walked the new greenway along the canal this morning, gorgeous',
      config: EXAMPLE_REGISTER,
      flagged: false,
      note: 'A greenway (a green path) in lower case is a thing, not the company.',
    },
    {
      text: 'Thanks to Greenfield Landscapes for the planters',
      config: EXAMPLE_REGISTER,
      flagged: false,
      note: 'Organisations not in the register are not judged.',
    },
    {
      text: 'Huge thanks to Greenway Grounds Ltd for the new planters',
      flagged: false,
      note: 'With no register configured, nothing is flagged.',
    },
    {
      text: 'Greenways and cycle paths are on the agenda tonight',
      config: EXAMPLE_REGISTER,
      flagged: false,
      note: 'A different word, not the alias.',
    },
  ],
  detect(draft) {
    return organisationMentions(draft)
      .filter((m) => m.status !== 'approved')
      .map((m) => ({
        start: m.start,
        end: m.end,
        message:
          m.status === 'expired'
            ? `${m.organisation.name}’s approval to be referenced ran out on ${m.organisation.approvedUntil}.`
            : `${m.organisation.name} has not approved being referenced by council staff.`,
      }));
  },
};

export default rule;
