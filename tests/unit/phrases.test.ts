// The phrase detector: a lexicon phrase, optionally with context, blockers and negation.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, configWith } from '../../rules/config.ts';
import { Draft } from '../../rules/draft.ts';
import { findPhrases, isNegated, type PhraseSpec } from '../../rules/detectors/phrases.ts';
import type { Lexicon } from '../../rules/detectors/lexicon.ts';
import { check } from '../../rules/engine.ts';
import { budget } from './budget.ts';

const lexicon: Lexicon = {
  description: 'A test lexicon.',
  entries: [
    { term: 'confidential', why: 'marker', kind: 'marker' },
    { term: 'off the record', why: 'strong', kind: 'strong' },
    { term: 'confidential counselling', why: 'blocker', kind: 'blocker' },
    { term: "can't share", why: 'refusal', kind: 'refusal' },
    { term: 'on behalf of', why: 'behalf', kind: 'behalf' },
    { term: 'official statement', why: 'heading', kind: 'heading' },
    { term: 'Reform', why: 'party word', kind: 'party' },
    { term: 'support', why: 'support', kind: 'support' },
    { term: 'vouch for', why: 'vouch', kind: 'vouch' },
    { term: 'work for', why: 'employer', kind: 'employer' },
    { term: 'views my own', why: 'disclaimer', kind: 'disclaimer' },
  ],
};

function draftOf(text: string, config = DEFAULT_CONFIG): Draft {
  return new Draft(text, { mode: 'personal', field: 'post', site: 'other' }, config);
}

function spans(text: string, spec: PhraseSpec, config = DEFAULT_CONFIG): string[] {
  return findPhrases(draftOf(text, config), spec).map((m) => text.slice(m.start, m.end));
}

const spec = (triggers: PhraseSpec['triggers'], extra: Partial<PhraseSpec> = {}): PhraseSpec => ({
  key: `test:${JSON.stringify(triggers)}:${JSON.stringify(extra)}`,
  lexicon,
  triggers,
  ...extra,
});

describe('findPhrases', () => {
  it('finds a bare phrase, whole-word and case-insensitive, with its exact span', () => {
    const s = spec([{ kinds: ['strong'] }]);
    expect(spans('Totally OFF THE RECORD: pool is shutting.', s)).toEqual(['OFF THE RECORD']);
    expect(spans('The offthe record label', s)).toEqual([]);
  });

  it('requires context in the sentence, the sentences either side or the draft', () => {
    const sentence = spec([{ kinds: ['marker'], requires: [{ any: ['council'], scope: 'sentence' }] }]);
    expect(spans('This is confidential, the council is selling the pavilion.', sentence)).toEqual(['confidential']);
    expect(spans('This is confidential. The council is selling it.', sentence)).toEqual([]);
    const adjacent = spec([{ kinds: ['marker'], requires: [{ any: ['council'], scope: 'adjacent' }] }]);
    expect(spans('This is confidential. The council is selling it.', adjacent)).toEqual(['confidential']);
    expect(spans('This is confidential. Really. Honestly. The council is selling it.', adjacent)).toEqual([]);
    const draft = spec([{ kinds: ['marker'], requires: [{ any: ['council'], scope: 'draft' }] }]);
    expect(spans('This is confidential. Really. Honestly. The council is selling it.', draft)).toEqual([
      'confidential',
    ]);
  });

  it('requires context within N words, on one side', () => {
    const s = spec([{ kinds: ['behalf'], requires: [{ any: ['council'], scope: { words: 2, side: 'after' } }] }]);
    expect(spans('On behalf of the council, thank you.', s)).toEqual(['On behalf of']);
    expect(spans('On behalf of everyone, thanks to the council.', s)).toEqual([]);
    expect(spans('The council said thanks on behalf of my family.', s)).toEqual([]);
  });

  it('uses shared sources: colleagues, work words, council business', () => {
    const s = spec([
      { kinds: ['marker'], requires: [{ any: ['colleague', 'work', 'council-business'], scope: 'sentence' }] },
    ]);
    expect(spans('My manager says it is confidential.', s)).toEqual(['confidential']);
    expect(spans('Confidential: the pool shuts in May.', s)).toEqual(['Confidential']);
    expect(spans('Confidential: Gran is 80 on Sunday.', s)).toEqual([]);
    const tom = configWith({ colleagues: ['Tom Reed'] });
    expect(spans('Tom Reed told me, confidential.', s, tom)).toEqual(['confidential']);
  });

  it('is cancelled by a blocker that contains the phrase, or one in the sentence', () => {
    const s = spec([
      {
        kinds: ['marker'],
        blockedBy: [
          { any: [{ kinds: ['blocker'] }], scope: 'overlap' },
          { any: [{ kinds: ['refusal'] }], scope: 'sentence' },
        ],
      },
    ]);
    expect(spans('Free confidential counselling on Tuesdays.', s)).toEqual([]);
    expect(spans("Sorry, I can't share it, it's confidential.", s)).toEqual([]);
    expect(spans("It's confidential. I can't share more.", s)).toEqual(['confidential']);
  });

  it('lets a blocker give way to an `except` condition (private life, unless the council is there too)', () => {
    const s = spec([
      {
        kinds: ['strong'],
        blockedBy: [
          {
            any: [{ kinds: ['refusal'] }],
            scope: { words: 3, side: 'after' },
            except: { any: ['council'], scope: 'sentence' },
          },
        ],
      },
    ]);
    expect(spans("Off the record, I can't share my recipe.", s)).toEqual([]);
    expect(spans("Off the record, I can't share it but the council is selling the pool.", s)).toEqual([
      'Off the record',
    ]);
    expect(spans('Off the record, the pool is shutting.', s)).toEqual(['Off the record']);
  });

  it('respects negation just before the phrase when asked to', () => {
    const negatable = spec([{ kinds: ['marker'], negatable: true }]);
    expect(spans("It's not confidential.", negatable)).toEqual([]);
    expect(spans('It isnt confidential.', negatable)).toEqual([]);
    expect(spans("It's no longer really confidential.", negatable)).toEqual([]);
    expect(spans('Not that it matters, but this is very much confidential.', negatable)).toEqual(['confidential']);
    expect(spans("It's not confidential.", spec([{ kinds: ['marker'] }]))).toEqual(['confidential']);
  });

  it('can insist the phrase opens its sentence', () => {
    const s = spec([{ kinds: ['heading'], atSentenceStart: true }]);
    expect(spans('📢 Official statement: the market is cancelled.', s)).toEqual(['Official statement']);
    expect(spans('Still no official statement about the market.', s)).toEqual([]);
  });

  it('can match with the case as written', () => {
    const s = spec([
      { kinds: ['party'], caseSensitive: true, requires: [{ any: [{ kinds: ['support'] }], scope: 'sentence' }] },
    ]);
    expect(spans('I support Reform.', s)).toEqual(['Reform']);
    expect(spans('I support reform.', s)).toEqual([]);
  });

  it('finds people by pronoun or by name, and extends the match over them', () => {
    const s = spec([
      { kinds: ['vouch'], requires: [{ any: ['person'], scope: { words: 2, side: 'after' } }], extend: true },
    ]);
    expect(spans('I can vouch for her, a star.', s)).toEqual(['vouch for her']);
    expect(spans('I can vouch for Mike Harris.', s)).toEqual(['vouch for Mike']);
    expect(spans('I can vouch for the chips at the market.', s)).toEqual([]);
  });

  it('is cancelled everywhere by an `unless` source (a disclaimer)', () => {
    const s = spec([{ kinds: ['employer'], requires: [{ any: ['council'], scope: { words: 0, side: 'after' } }] }], {
      unless: [{ kinds: ['disclaimer'] }],
    });
    expect(spans('I work for the council.', s)).toEqual(['work for']);
    expect(spans('I work for the council. Views my own.', s)).toEqual([]);
  });

  it('does not count the phrase as its own context', () => {
    const s = spec([{ kinds: ['marker'], requires: [{ any: [{ kinds: ['marker'] }], scope: 'sentence' }] }]);
    expect(spans('Confidential.', s)).toEqual([]);
    expect(spans('Confidential, very confidential.', s)).toEqual(['Confidential', 'confidential']);
  });

  it('stays fast on a pathological megabyte', () => {
    const s = spec([
      { kinds: ['marker'], negatable: true, requires: [{ any: ['council', 'work'], scope: 'adjacent' }] },
      { kinds: ['vouch'], requires: [{ any: ['person'], scope: { words: 2, side: 'after' } }] },
    ]);
    const inputs = [
      'confidential '.repeat(80_000),
      'the council confidential vouch for him '.repeat(27_000),
      `${'a'.repeat(500_000)} confidential ${'-'.repeat(500_000)}`,
      'off off off the the the record '.repeat(35_000),
      'vouch for Sam. '.repeat(70_000),
    ];
    for (const text of inputs) {
      const started = performance.now();
      findPhrases(draftOf(text), s);
      expect(performance.now() - started).toBeLessThan(budget(1500));
    }
  });
});

describe('isNegated', () => {
  it('looks only at the three words before the phrase, in its sentence', () => {
    const text = "I don't think so. Confidential stuff here, not really confidential.";
    const draft = draftOf(text);
    const first = text.indexOf('Confidential');
    const second = text.lastIndexOf('confidential');
    expect(isNegated(draft, { start: first, end: first + 12 })).toBe(false);
    expect(isNegated(draft, { start: second, end: second + 12 })).toBe(true);
  });
});

describe('the phrase rules on a megabyte paste', () => {
  it('finish well under a second each', () => {
    const rules = [
      'speaking-for-council',
      'grievance',
      'confidential-info',
      'private-meeting',
      'political-activity',
      'personal-reference',
      'copyright',
      'views-disclaimer',
    ];
    const chunk =
      'Between you and me the council is closing the pool, confidential. I work for the council. Vote for Sam! ' +
      'Staff meeting today, the rota is a joke. I highly recommend Jo. Not my photo. Part 2 of the meeting. ';
    const text = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    for (const rule of rules) {
      const started = performance.now();
      check(text, {}, DEFAULT_CONFIG, { only: [rule] });
      expect(performance.now() - started, rule).toBeLessThan(budget(2000));
    }
  });
});

describe('one sentence a megabyte long', () => {
  it('keeps word-scoped context local', () => {
    const text = 'on behalf of my family the council and the town council we at it '.repeat(16_000);
    for (const rule of ['speaking-for-council', 'views-disclaimer', 'personal-reference', 'grievance']) {
      const started = performance.now();
      check(text, {}, DEFAULT_CONFIG, { only: [rule] });
      expect(performance.now() - started, rule).toBeLessThan(budget(2000));
    }
  });
});

// Families from the third blind set: each with a hard negative beside it.
describe('phrase rule families', () => {
  const fires = (text: string, rule: string, mode: 'personal' | 'official' = 'personal', field = 'post' as const) =>
    check(text, { mode, field, site: 'other' }, DEFAULT_CONFIG).findings.some((f) => f.rule === rule);

  it.each([
    ['copyright', 'Lovely old photo of the market (not mine, found it on Google)', true],
    ['copyright', 'Copied this from the Linslade group: road closed at the bridge on Monday.', true],
    ['copyright', 'Annoying that the Observer is behind a paywall now, anyone got a subscription?', false],
    [
      'grievance',
      'My manager is an absolute numpty, made me redo the whole rota because she lost the spreadsheet',
      true,
    ],
    ['grievance', "My boss says the old printer is useless so we're getting a new one next week.", false],
    ['political-activity', "Don't waste your vote on the Tories, honestly, anyone but them.", true],
    ['political-activity', "Don't waste your vote in the bake-off, Sue's lemon drizzle is the best one.", false],
    ['speaking-for-council', "Can confirm the council's paying for the new benches, it's been signed off.", true],
    ['speaking-for-council', 'I can tell you the council said it will be fixed by Friday, they rang me.', false],
    ['personal-reference', 'Tom just finished his apprenticeship, someone give him a job, he is brilliant!', true],
    ['personal-reference', "Can vouch for the Linslade Lions youth section, my lad's loved every minute.", false],
  ] as const)('%s: %s', (rule, text, expected) => {
    expect(fires(text, rule)).toBe(expected);
  });
});
