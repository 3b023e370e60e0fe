// detectors/target.ts: is a derogatory word aimed at the council or a colleague?
import { describe, expect, it } from 'vitest';
import { configWith } from '../../rules/config.ts';
import { Draft } from '../../rules/draft.ts';
import { councilTargets, derogatoryTerms, peopleTargets } from '../../rules/detectors/derogatory.ts';
import { aimedAt } from '../../rules/detectors/target.ts';
import { budget } from './budget.ts';

const config = configWith({ colleagues: ['Tom Reed'], organisation: { officialAccounts: ['LLTownCouncil'] } as never });

function aimed(text: string): { council: string[]; people: string[] } {
  const draft = new Draft(text, { mode: 'personal', field: 'post', site: 'other' }, config);
  const terms = derogatoryTerms(draft);
  const people = peopleTargets(draft);
  const council = councilTargets(draft, people);
  const words = (hits: { term: { start: number; end: number } }[]) =>
    hits.map((h) => text.slice(h.term.start, h.term.end));
  return {
    council: words(aimedAt(draft, terms, council, { rivals: people })),
    people: words(aimedAt(draft, terms, people, { rivals: council })),
  };
}

describe('aimedAt', () => {
  it.each([
    ['LLTC are an absolute shambles', 'an absolute shambles'],
    ['Useless council', 'Useless'],
    ['Those clowns at the council have done it again', 'clowns'],
    ["The council's useless bins", 'useless'],
    ['The council, what a joke.', 'joke'],
    ['What a shambles the council is', 'shambles'],
    ['Rang the town council about the potholes. Useless as always.', 'Useless'],
    ['@LLTownCouncil you lot are hopeless', 'hopeless'],
    ['The council has made a complete mess of the high street', 'mess'],
    ["The council's handling of the flood was a shambles", 'shambles'],
    ["I can't believe how useless the council is", 'useless'],
    ["I've never seen such a shambles as the council's market", 'shambles'],
    ['Not gonna lie the council is useless', 'useless'],
  ])('aims %j at the council', (text, word) => {
    expect(aimed(text).council).toEqual([word]);
  });

  it.each([
    "I'm not saying the council is useless",
    "The council isn't useless",
    'The town council is far from a shambles',
    'The council is anything but useless',
    "I don't think the council is a joke",
    "Well done to the council, it's no joke organising all that",
    'I thought the council would make a mess of the festival but it was class',
  ])('respects the negation in %j', (text) => {
    expect(aimed(text).council).toEqual([]);
  });

  it.each([
    'The ref was useless but the council pitches are great',
    'My mate at the council reckons the ref was useless',
    'Useless broadband again, at least the council emptied the bins',
    'Rang the council about my broadband, it is useless',
    'The council hired clowns for the summer fete',
    'Great joke from the mayor at the council quiz',
    'The council fireworks were cancelled due to terrible weather',
    "Central Bedfordshire Council's roadworks are a shambles",
    'Council tax is a joke',
    "The council's rubbish collection is on Tuesday",
  ])('does not aim %j at the council', (text) => {
    expect(aimed(text).council).toEqual([]);
  });

  it('tells people from the council', () => {
    expect(aimed('Cllr Bates is a clown')).toEqual({ council: [], people: ['clown'] });
    expect(aimed('Council staff are useless')).toEqual({ council: [], people: ['useless'] });
    expect(aimed('My manager at the council is useless')).toEqual({ council: [], people: ['useless'] });
    expect(aimed('The council and Cllr Bates are useless')).toEqual({ council: ['useless'], people: ['useless'] });
    expect(aimed('Tom Reed is such a jobsworth').people).toEqual(['jobsworth']);
    expect(aimed("I'm useless at quizzes, my team leader carried us").people).toEqual([]);
  });

  it.each([
    ['the town councel is a complete and utter shambles', 'shambles'],
    ['I work for the town council and the way they treat part-timers is disgraceful', 'disgraceful'],
    ['The way the council treats allotment holders is shameful', 'shameful'],
    ["Rang the council about the flooding, they've ballsed it up again", 'ballsed it up'],
    ['The council botched the Christmas lights', 'botched'],
    ['Under the current town council the weekly market has been mismanaged', 'mismanaged'],
    ['The town council held a consultation. It was just for show.', 'just for show'],
    ['At the council tonight, the leisure contract is a mess apparently', 'mess'],
    ['Talking to the town council is like talking to a brick wall', 'like talking to a brick wall'],
    ['Getting the council to fix a pothole 🤡', '🤡'],
    ['The parks team is a shambles', 'shambles'],
  ])('aims %j at the council (families: typos, "they", services, verbs, mockery)', (text, word) => {
    expect(aimed(text).council).toEqual([word]);
  });

  it.each([
    'The council told me I messed up my application',
    'Central Bedfordshire have botched the A505 roadworks',
    "Tesco's customer service is appalling, unlike the town council",
    'The council booked a clown 🤡 for the fete',
    'The consultation is open until Friday, says the council',
    'The parks team did a brilliant job',
    "The town council didn't botch it at all",
    'What a shambles of a match. Thanks to the council for the new pitch though',
  ])('does not aim %j at the council either', (text) => {
    expect(aimed(text).council).toEqual([]);
  });

  it('aims mockery and name-calling at people, and teams by what is said of them', () => {
    expect(aimed('Watching Cllr Bates try to chair anything is like watching a toddler drive a bus').people).toEqual([
      'like watching a toddler',
    ]);
    expect(aimed('Cllr Hughes at the budget meeting 🤡').people).toEqual(['🤡']);
    expect(aimed('Coworker keeps nicking my lunch. Absolute weapon.').people).toEqual(['Absolute weapon']);
    expect(aimed('Councilor Bates is a total plonker').people).toEqual(['plonker']);
    expect(aimed('those numpties in the parks team').people).toEqual(['numpties']);
    expect(aimed('Police found a weapon near my colleague').people).toEqual([]);
  });

  it.each([
    ['LLTC = clowns running a circus', 'clowns'],
    ['@LLTownCouncil absolute clowns 🤡 three weeks to fix ONE streetlight', 'clowns'],
    ['LLTC: total muppets, cannot even fix a light', 'muppets'],
    ['The council = a joke', 'joke'],
    ['LLTC are clowns running a circus', 'clowns'],
  ])('aims the copula-less verdict %j at the council', (text, word) => {
    expect(aimed(text).council[0]).toBe(word);
  });

  it.each([
    ['Councillor Sarah Hughes talking absolute nonsense again, what a clown 🤡', 'clown'],
    ['Tom Reed forgot the keys again, what a muppet', 'muppet'],
    ['Cllr Bates voted against the skatepark, how pathetic', 'pathetic'],
    ['Cllr Bates turned up late again, such a clown', 'clown'],
    ["Cllr Bates' claims are the ramblings of a clueless idiot", 'clueless'],
    ["Tom Reed's ideas are the work of a moron", 'moron'],
    ["Cllr Bates' comments were idiotic", 'idiotic'],
  ])('aims %j at the person (exclamations, their claims and words)', (text, word) => {
    expect(aimed(text).people).toEqual([word]);
  });

  it.each([
    'The clowns at the circus were brilliant',
    'LLTC absolute legends for the fireworks',
    'The council booked the clowns for the fete, absolute legends',
    'Cllr Bates at the fete, what a clown 🤡',
    'Cllr Hughes was at the match, what a shambles of a game',
    "Cllr Bates told me I'd missed the deadline, what an idiot",
    'Cllr Bates said Dave parked badly again, what an idiot',
    "Cllr Bates' ideas are the work of a genius",
    'Cllr Bates shared the musings of a local poet',
  ])('aims nothing in %j', (text) => {
    expect(aimed(text)).toEqual({ council: [], people: [] });
  });

  it('stays fast on pathological input', () => {
    const inputs = [
      'the council is useless and '.repeat(40_000),
      'council, useless, '.repeat(60_000),
      `${'not '.repeat(250_000)}the council is useless`,
      'The council did a lovely job and my manager said the ref was useless, what a joke. '.repeat(12_000),
      'the parks team are numpties and the consultation is a sham 🤡 '.repeat(20_000),
      'the way they treat the way they treat '.repeat(30_000) + 'is disgraceful',
      'Cllr Bates talking nonsense again, what a clown, '.repeat(20_000),
      "Cllr Bates' claims are the ramblings of the ramblings of a clueless idiot ".repeat(12_000),
      'LLTC absolute clowns = clowns running a circus '.repeat(20_000),
    ];
    for (const text of inputs) {
      const started = performance.now();
      aimed(text);
      expect(performance.now() - started).toBeLessThan(budget(3000));
    }
  });
});

describe('aimedAt: idioms, vocatives and "the man"', () => {
  const people = (text: string) => {
    const draft = new Draft(text, { mode: 'personal', field: 'post', site: 'other' }, config);
    const terms = derogatoryTerms(draft);
    const p = peopleTargets(draft);
    return aimedAt(draft, terms, p, { rivals: councilTargets(draft, p), people: true }).map((h) =>
      text.slice(h.term.start, h.term.end),
    );
  };
  it.each([
    ["LLTC couldn't organise a p*ss-up in a brewery", "couldn't organise a p*ss-up in a brewery"],
    ['The town council can’t even run a bath', 'can’t even run a bath'],
    ['@LLTownCouncil your grass cutting is a joke mate', 'joke'],
  ])('aims %j at the council', (text, word) => {
    expect(aimed(text).council).toEqual([word]);
  });
  it.each([
    'The town council has organised a brewery tour for volunteers',
    'Dunstable Town Council are a shambles, glad I live in Linslade',
    'Dunstable Council are a shambles',
  ])('does not aim %j at the council', (text) => {
    expect(aimed(text).council).toEqual([]);
  });
  it('reads "the man" as the person just named', () => {
    expect(people('Cllr Bates waffled for three hours. The man is an absolute buffoon.')).toEqual(['buffoon']);
    expect(people('Cllr Bates chaired it well. The man on the bus home was an idiot.')).toEqual([]);
  });
});
