// Tone towards people, whoever they are (clauses 9.3 and 13): who a remark is aimed at, what
// kind of remark it is, and how serious a person would find it. Every sentence here is ours.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, resolveConfig } from '../../rules/config.ts';
import { check } from '../../rules/engine.ts';
import { Draft } from '../../rules/draft.ts';
import { mixedScriptLookalikes } from '../../rules/detectors/folding.ts';
import { peopleReferences } from '../../rules/detectors/people.ts';
import type { CheckContext } from '../../rules/types.ts';

const offensive = (text: string, context: Partial<CheckContext> = {}) =>
  check(text, { site: 'x', ...context }).findings.filter((f) => f.rule === 'offensive-language');

describe('severity a person would find fair', () => {
  it('casual swearing aimed at nobody is a quiet note on a personal account, a warning on an official one', () => {
    expect(offensive('shit, missed the bus again').map((f) => f.severity)).toEqual(['info']);
    expect(offensive('shit, missed the bus again', { mode: 'official' }).map((f) => f.severity)).toEqual(['warning']);
    expect(offensive('shit, missed the bus again')[0]!.message).toMatch(/^Casual swearing/);
  });

  it('swearing aimed at someone is an insult, not a note', () => {
    expect(offensive('fuck you, mate').map((f) => f.severity)).toEqual(['warning']);
    expect(offensive('@dan_r you suck').map((f) => f.severity)).toEqual(['warning']);
  });

  it('insults and contempt aimed at a person or group warn', () => {
    for (const text of ['he is a spineless little weasel', 'nobody cares what you think', 'lefties are brain-dead'])
      expect(
        offensive(text).map((f) => f.severity),
        text,
      ).toContain('warning');
  });

  it('slurs, threats and discrimination are errors in any mode', () => {
    for (const text of [
      'send them all back where they came from',
      'someone should give him a good slap',
      'I hope she chokes on it',
      'immigrants are parasites',
    ]) {
      const found = offensive(text);
      expect(found.length, text).toBeGreaterThan(0);
      expect(
        found.every((f) => f.severity === 'error'),
        text,
      ).toBe(true);
    }
  });

  it('IT’s own severity for the rule wins over every degree', () => {
    const { config } = resolveConfig([{ source: 'managed', value: { rules: { 'offensive-language': 'error' } } }]);
    expect(check('crap, missed the bus', { site: 'x' }, config).findings.map((f) => f.severity)).toEqual(['error']);
  });
});

describe('who a remark is aimed at', () => {
  it('finds the person addressed, mentions, pronouns, names, person nouns and groups', () => {
    const d = new Draft(
      '@jo_b you and Dave know the ref hates cyclists and immigrants',
      {
        mode: 'personal',
        field: 'post',
        site: 'x',
      },
      DEFAULT_CONFIG,
    );
    const kinds = peopleReferences(d).map((r) => `${r.kind}:${d.text.slice(r.start, r.end)}`);
    expect(kinds).toEqual([
      'mention:@jo_b',
      'you:you',
      'name:Dave',
      'person:the ref',
      'group:cyclists',
      'protected-group:immigrants',
    ]);
  });

  it('leaves the council and its people to the derogatory rules', () => {
    const found = check('Cllr Bates is a total liar', { site: 'x' }).findings.map((f) => f.rule);
    expect(found).toContain('derogatory-people');
    expect(found).not.toContain('offensive-language');
  });

  it('does not count what the author says of themself, a negation, or a thing', () => {
    for (const text of [
      'I felt like such an idiot at the quiz',
      'she is not a liar, she just got it wrong',
      'the new timetable is stupid',
      'what a disgusting day, rain all morning',
      'my manager is a hypocrite',
    ])
      expect(offensive(text), text).toEqual([]);
  });
});

describe('real writing', () => {
  it('reads letters from other scripts that look Latin, inside Latin words only', () => {
    expect([...mixedScriptLookalikes('sh\u0430mbles')]).toEqual([2]);
    expect([...mixedScriptLookalikes('\u0441\u043e\u0431\u0430\u043a\u0430')]).toEqual([]);
    expect(offensive('what a b\u043Ellocks day').length).toBe(1);
    expect(offensive('what a b\u043Ellocks day')[0]!.excerpt).toBe('b\u043Ellocks');
  });

  it('finds name-calling run together in a hashtag, and nothing in an innocent one', () => {
    expect(offensive('the referee tonight #totalclownshow #hypocrites').length).toBeGreaterThan(0);
    expect(offensive('great night at #scunthorpe #classicalmusic')).toEqual([]);
  });

  it('keeps a double letter double: “con” is not a slur written short', () => {
    expect(offensive('weighing up the pros and cons of the con')).toEqual([]);
  });
});
