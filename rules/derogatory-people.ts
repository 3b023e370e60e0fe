import { aimedAtTeam, councilTargets, derogatoryTerms, peopleTargets } from './detectors/derogatory.ts';
import { aimedAt } from './detectors/target.ts';
import type { Rule } from './types.ts';

/**
 * Clause 9.4: no derogatory comments about council employees, councillors or stakeholders
 * (9.3: nor disparage its employees). A word counts only when aimed at a colleague reference.
 */
const rule: Rule = {
  id: 'derogatory-people',
  clause: '9.4',
  bullet: 5,
  seeAlso: ['9.3'],
  title: 'Disparaging colleagues or councillors',
  severity: { personal: 'warning', official: 'error' },
  fields: ['post', 'comment', 'bio'],
  englishOnly: true,
  message: 'This reads as a derogatory comment about a colleague or councillor.',
  explanation:
    'The procedure asks staff not to make derogatory comments about other council employees, councillors or stakeholders (9.4), nor to disparage them (9.3). A post about “my useless manager” or “Cllr X is a clown” can reach the very people it is about, can be bullying or harassment, and reflects on the council. This check looks for insulting words aimed at a colleague, your manager, the clerk, a councillor or council staff, and ignores them when you are saying the opposite (“she isn’t useless at all”).',
  suggestion:
    'Remove the remark. If there is a problem with a colleague, talk to your line manager or use the Grievance procedure.',
  examples: [
    { text: 'Cllr Bates is a clown', flagged: true },
    { text: 'My manager is completely useless, as usual', flagged: true },
    { text: 'Council staff are useless', flagged: true, note: 'Staff as a group still count.' },
    { text: 'Another day working with incompetent coworkers', flagged: true },
    { text: 'Tom Reed from work is such a jobsworth', flagged: true, config: { colleagues: ['Tom Reed'] } },
    { text: 'The town clerk is a disgrace', flagged: true, mode: 'official' },
    {
      text: 'those numpties in the parks team have mown over the bulbs again',
      flagged: true,
      note: 'Calling a council team names is about its people.',
    },
    {
      text: 'Watching Cllr Bates try to chair anything is like watching a toddler drive a bus',
      flagged: true,
      note: 'Mockery by simile.',
    },
    { text: 'Cllr Hughes at the budget meeting 🤡', flagged: true, note: 'Mockery by emoji.' },
    { text: 'Coworker keeps nicking my lunch. Absolute weapon.', flagged: true, note: 'British slang insults.' },
    { text: 'Councilor Bates is a total plonker', flagged: true, note: 'Misspelt “Councillor”.' },
    {
      text: 'Councillor Sarah Hughes talking nonsense again, what a clown',
      flagged: true,
      note: 'An exclamation (“what a …”, “how pathetic”) points back to the person just named.',
    },
    {
      text: "Cllr Bates' claims are the ramblings of a clueless idiot",
      flagged: true,
      mode: 'official',
      note: 'Insulting someone’s claims, ideas or words insults them.',
    },
    { text: 'The parks team have worked wonders at Parsons Close', flagged: false },
    {
      text: 'The parks team is a shambles',
      flagged: false,
      note: 'A verdict on its work, not name-calling: derogatory-council.',
    },
    { text: 'Watching Cllr Bates chair the meeting was a pleasure', flagged: false },
    {
      text: 'Police found a weapon near my colleague’s car',
      flagged: false,
      note: '“Weapon” counts only said of someone.',
    },
    { text: 'My manager is brilliant, best boss I have had', flagged: false },
    { text: "My colleague isn't useless at all, she just had no training", flagged: false, note: 'Negated.' },
    { text: 'My boss says the ref was useless on Saturday', flagged: false, note: 'The ref is useless, not the boss.' },
    { text: 'Cllr Bates told a great joke at the quiz', flagged: false, note: 'A joke that was told.' },
    { text: 'Cllr Bates scored twice in the charity match, what a match', flagged: false },
    {
      text: "Cllr Bates told me I'd missed the deadline, what an idiot",
      flagged: false,
      note: 'The author is calling themself the idiot.',
    },
    { text: "Cllr Bates' ideas are the work of a genius", flagged: false },
    { text: 'LLTC are an absolute shambles', flagged: false, note: 'The council: derogatory-council, not this rule.' },
    { text: "I'm useless at quizzes, my team leader carried us", flagged: false, note: 'Self-deprecation.' },
    {
      text: "My boss couldn't manage a bath, let alone a team of six people",
      flagged: true,
      note: 'An idiom for incompetence.',
    },
    { text: 'My boss booked us a brewery tour for the team social', flagged: false },
    {
      text: 'Cllr Bates waffled for three hours. The man is an absolute buffoon.',
      flagged: true,
      note: '“The man”, “the woman”, “the bloke” refers back to the person just named.',
    },
    { text: 'Cllr Bates chaired it well. The man on the bus home was an idiot.', flagged: false },
  ],
  detect(draft) {
    const terms = derogatoryTerms(draft);
    if (terms.length === 0) return [];
    const people = peopleTargets(draft);
    const council = councilTargets(draft, people);
    // A verdict on a team's work ("the parks team is a shambles") is about a service: derogatory-council.
    const rivals = council.filter((c) => !aimedAtTeam(draft, c));
    return aimedAt(draft, terms, people, { rivals, people: true })
      .filter(({ term, target }) => !aimedAtTeam(draft, target) || term.nameCalling)
      .map(({ term }) => ({
        start: term.start,
        end: term.end,
        message: `“${term.text}” reads as a derogatory comment about someone you work with.`,
      }));
  },
};

export default rule;
