import { aimedAtTeam, councilTargets, derogatoryTerms, peopleTargets } from './detectors/derogatory.ts';
import { aimedAt } from './detectors/target.ts';
import type { Rule } from './types.ts';

/**
 * Clauses 9.3 and 9.4: no derogatory or disparaging comments about the council, its services,
 * policies or procedures. A word counts only when it is aimed at the council (see
 * detectors/target.ts); everyday moaning about the weather, the ref or another council does not.
 */
const rule: Rule = {
  id: 'derogatory-council',
  clause: '9.3',
  bullet: 8,
  seeAlso: ['9.4'],
  title: 'Disparaging the council',
  severity: { personal: 'warning', official: 'error' },
  fields: ['post', 'comment', 'bio'],
  englishOnly: true,
  message: 'This reads as a derogatory comment about the council.',
  explanation:
    'The procedure asks staff not to disparage the council or make derogatory comments about it, its services, policies or procedures (9.3 and 9.4). Posts are never truly private: a remark like “the council is a shambles” can be screenshotted and shared, and coming from someone who works there it damages the council’s reputation and your own role. This check looks for insulting words aimed at the council, not everyday complaints about other things, and it ignores them when you are saying the opposite (“not useless”). If you have a genuine concern about the council as your employer, raise it with your line manager or through the Grievance or Whistleblowing procedures instead.',
  suggestion:
    'Remove the derogatory wording. If something needs fixing, report it through the proper channel or describe the facts calmly without insults.',
  examples: [
    {
      text: "LLTC are an absolute shambles, can't even empty the bins",
      flagged: true,
      note: 'The council is the subject of “shambles”.',
    },
    { text: 'Those clowns at the council have closed the car park again', flagged: true },
    {
      text: 'Rang the town council about the potholes. Useless as always.',
      flagged: true,
      note: 'A verdict after a sentence about the council.',
    },
    { text: "The council's useless bin service strikes again", flagged: true, note: 'Its services count too.' },
    { text: 'Leighton-Linslade Town Council couldn’t organise a piss-up in a brewery', flagged: true },
    { text: 'The council, what a joke.', flagged: true },
    { text: 'The council is a bunch of numpties', flagged: true, note: '“numpties” is in the default list.' },
    {
      text: 'The council are total wazzocks',
      flagged: true,
      config: { lexicon: { derogatory: ['wazzocks'], allow: [] } },
      note: 'IT can add words with lexicon.derogatory.',
    },
    {
      text: 'The council are total wazzocks',
      flagged: false,
      note: 'Without the configured word nothing is flagged.',
    },
    {
      text: 'The council is clueless about parking',
      flagged: false,
      config: { lexicon: { derogatory: [], allow: ['clueless'] } },
      note: 'IT can permit a word with lexicon.allow.',
    },
    { text: 'The council is useless', flagged: true, mode: 'official', note: 'An error on an official account.' },
    { text: 'The council did a brilliant job with the fireworks', flagged: false },
    { text: "I'm not saying the council is useless", flagged: false, note: 'Negated.' },
    { text: 'The town council is far from a shambles, whatever people say', flagged: false, note: 'Negated.' },
    {
      text: 'The ref was useless but the council’s new pitches are great',
      flagged: false,
      note: 'The ref, not the council, is useless.',
    },
    { text: 'Our defence was a shambles on Saturday. Thanks to the council for the new floodlights!', flagged: false },
    {
      text: 'Central Bedfordshire Council’s roadworks are a shambles',
      flagged: false,
      note: 'Another council: not this rule.',
    },
    { text: 'The council hired clowns and a magician for the summer fete', flagged: false, note: 'Real clowns.' },
    { text: 'Great joke from the mayor at the council’s quiz night', flagged: false, note: 'A joke that was told.' },
    {
      text: 'the town councel is a complete and utter shambles',
      flagged: true,
      note: 'A misspelt “council” is still the council.',
    },
    {
      text: 'I work for the town council and the way they treat part-timers is disgraceful',
      flagged: true,
      note: '“They” refers back to the council.',
    },
    { text: "Rang the council about the flooding, they've ballsed it up again", flagged: true },
    {
      text: 'Under the current town council the weekly market has been mismanaged',
      flagged: true,
      note: 'Saying it mismanaged, botched or ballsed something up.',
    },
    {
      text: 'The town council held a consultation on the pool. It was just for show.',
      flagged: true,
      note: 'Its consultations, services and decisions count too.',
    },
    {
      text: 'The parks team is a shambles, the grass has not been cut for weeks',
      flagged: true,
      note: 'A verdict on a council team’s work is about a service.',
    },
    {
      text: 'Apologies, our online booking system has been a total shambles this morning',
      flagged: true,
      mode: 'official',
      note: 'Posting as the council, “our” and “we” are the council.',
    },
    { text: 'Talking to the council is like talking to a brick wall', flagged: true, note: 'Mockery by simile.' },
    { text: 'Getting the town council to fix a pothole, what a joke 🤡', flagged: true, note: 'Mockery by emoji.' },
    { text: 'The parks team did a brilliant job on the roundabout', flagged: false },
    { text: "The town council didn't botch it at all, it was the contractor", flagged: false, note: 'Negated.' },
    {
      text: 'What a shambles of a match. Thanks to the council for the new pitch though',
      flagged: false,
      note: 'The match, not the council.',
    },
    { text: 'Central Bedfordshire have botched the A505 roadworks', flagged: false, note: 'Another council.' },
    {
      text: "Tesco's customer service is appalling, unlike the town council",
      flagged: false,
      note: 'Another owner’s service.',
    },
    { text: 'The council told me I messed up my application, fair enough', flagged: false, note: 'I messed up.' },
    { text: 'The council booked a clown 🤡 for the fete', flagged: false, note: 'A real clown.' },
    {
      text: 'LLTC = clowns running a circus',
      flagged: true,
      note: 'A verdict with “=”, a colon or nothing in place of “are”.',
    },
    { text: 'LLTC absolute clowns, three weeks to fix one streetlight', flagged: true },
    {
      text: 'The clowns at the circus were brilliant, thanks to the town council for the tickets',
      flagged: false,
      note: 'Real clowns, and thanks to the council.',
    },
    { text: 'LLTC absolute legends for the fireworks', flagged: false },
    { text: 'Council staff are useless', flagged: false, note: 'Staff are people: derogatory-people, not this rule.' },
    {
      text: 'Leighton Linslade Town Council couldn’t organise a party in a brewery',
      flagged: true,
      note: 'The idiom whatever is organised (a party, a p*ss-up), and “couldn’t run a bath”.',
    },
    { text: 'The town council has organised a brewery tour for volunteers', flagged: false, note: 'A real brewery.' },
    {
      text: 'LLTC your grass cutting is a joke mate',
      flagged: true,
      note: '“Your …” said to the council is its service; “mate” is only who it is said to.',
    },
    {
      text: 'Dunstable Town Council are a shambles, glad I live in Linslade',
      flagged: false,
      note: 'Another town’s council: only the configured places are ours.',
    },
  ],
  detect(draft) {
    const terms = derogatoryTerms(draft);
    if (terms.length === 0) return [];
    const people = peopleTargets(draft);
    const council = councilTargets(draft, people);
    // Teams are both: calling a team names is about its people (derogatory-people).
    const rivals = people.filter((p) => !aimedAtTeam(draft, p));
    return aimedAt(draft, terms, council, { rivals })
      .filter(({ term, target }) => !aimedAtTeam(draft, target) || !term.nameCalling)
      .map(({ term }) => ({
        start: term.start,
        end: term.end,
        message: `“${term.text}” reads as a derogatory comment about the council.`,
      }));
  },
};

export default rule;
