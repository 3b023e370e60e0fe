// The pattern rules must stay fast on huge pastes (SPEC §6: 1 MB).
import { describe, expect, it } from 'vitest';
import { configWith } from '../../rules/config.ts';
import { check } from '../../rules/engine.ts';
import { budget } from './budget.ts';

const ONLY = [
  'council-email',
  'official-lookalike',
  'colleague-details',
  'personal-data',
  'own-safety',
  'unapproved-reference',
];
const config = configWith({
  colleagues: ['Tom Reed', 'Priya Shah'],
  organisations: [{ name: 'Greenway Grounds Ltd', aliases: ['Greenway'], approved: false }],
});

describe('pattern rules on 1 MB', () => {
  it.each([
    ['prose', 'Lovely afternoon at the fete in Leighton Buzzard, thanks to everyone who came along. '],
    ['contacts', 'Tom Reed is on 07700 900123, lives at 4 Mill Road, LU7 2PP, email t.reed@gmail.com. '],
    [
      'owners',
      'Gemma from work covered my shift. She is lovely. Her number is 07700 900123. Collection from mine, 2 The Paddocks, Linslade LU7 2PP. ',
    ],
    ['untyped roads', '1 The A B C, 2 Brooklands LU7 2PP, at 3 The Library, '],
    ['digits', '0123456789 '],
    ['emails', 'a@a.a'],
  ])('%s', (_name, unit) => {
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    for (const mode of ['personal', 'official'] as const) {
      const t0 = performance.now();
      check(text, { mode, field: 'post', site: 'other' }, config, { only: ONLY });
      expect(performance.now() - t0, mode).toBeLessThan(budget(3000));
    }
  });
});
