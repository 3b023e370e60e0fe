import { describe, expect, it } from 'vitest';
import { configWith } from '../../rules/config.ts';
import {
  approximateOccurrences,
  editDistance,
  isCouncilName,
  lookalikeOf,
  nameTokens,
  squash,
} from '../../rules/detectors/lookalike.ts';
import { budget } from './budget.ts';

const config = configWith({
  organisation: {
    name: 'Leighton-Linslade Town Council',
    aliases: ['Leighton Linslade Town Council', 'LLTC', 'Leighton Linslade TC'],
    places: ['Leighton Buzzard', 'Linslade', 'Leighton-Linslade'],
    emailDomains: ['leightonlinslade-tc.gov.uk'],
    officialAccounts: ['LLTownCouncil'],
  },
});

describe('squash', () => {
  it('undoes separators, case, digits for letters and homoglyphs', () => {
    expect(squash('LE1GHT0N-L1NSLADE T.C.')).toBe(squash('leighton linslade tc'));
    expect(squash('Lеighton')).toBe(squash('Leighton')); // Cyrillic е
    expect(squash('ＬＬＴＣ')).toBe(squash('LLTC')); // fullwidth
    expect(squash('Lïnslade')).toBe(squash('Linslade'));
  });
  it('splits names into words at case changes', () => {
    expect(nameTokens('LLTCNews')).toEqual(['lltc', 'news']);
    expect(nameTokens('sam_jones')).toEqual(['sam', 'jones']);
  });
});

describe('edit distance', () => {
  it('counts a transposition as one edit', () => {
    expect(editDistance('council', 'cuoncil')).toBe(1);
    expect(editDistance('council', 'counsel', 1)).toBe(2);
  });
  it('finds approximate occurrences', () => {
    expect(approximateOccurrences('xxleightonyy', 'leightn', 1).length).toBeGreaterThan(0);
    expect(approximateOccurrences('abc', 'leighton', 2)).toEqual([]);
  });
});

describe('lookalikeOf', () => {
  it.each([
    'Leighton Linslade T.C. Official',
    'LLTownCouncil',
    'LLTownCounci1',
    'LL_Town_Council',
    'LLTC',
    'TheLLTC',
    'lltc_official',
    'Leighton Buzzard Council',
    'Linslade TC',
    'Official Leighton Buzzard',
    'Leighton-Linslade Town Council',
    'Lеighton Linslade Town Counc1l',
    'Leighton Linsalde Town Council',
  ])('flags %s', (name) => {
    expect(lookalikeOf(name, config)).not.toBeNull();
  });
  it.each([
    'Leighton Buzzard Running Club',
    'Linslade Lions FC',
    'Leighton Linslade FC',
    'Will Litchfield',
    'Sam Jones',
    'Leighton Buzzard Observer',
    'Linslade Canal Festival',
    'Leighton Buzzard Narrow Gauge Railway',
    'allthecats',
  ])('passes %s', (name) => {
    expect(lookalikeOf(name, config)).toBeNull();
  });
  it('is fast on a huge profile name', () => {
    const t0 = performance.now();
    lookalikeOf('Leighton '.repeat(100_000), config);
    expect(performance.now() - t0).toBeLessThan(budget(300));
  });
});

describe('isCouncilName', () => {
  it.each([
    'Leighton Linslade Town Council',
    'Leighton-Linslade Town Council',
    'Leighton Buzzard Town Council',
    'Leighton Linslade TC',
    'LLTC',
    '@LLTownCouncil',
    'The Official Leighton Buzzard Council Page',
    'Leighton Linsladе Towne Counsil',
  ])('takes %s as the council’s name', (text) => {
    expect(isCouncilName(text, config)).toBe(true);
  });
  it.each([
    'Leighton Linslade FC',
    'Linslade',
    'Leighton Buzzard',
    'Leighton Linslade Town Council parks officer',
    'Leighton Linslade Town Council watcher',
    'Leighton Buzzard Running Club',
  ])('does not take %s as the council’s name', (text) => {
    expect(isCouncilName(text, config)).toBe(false);
  });
});
