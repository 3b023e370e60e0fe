// detectors/disguised.ts: terms written as sh1t, f*ck, f***ing, FUUUCK, or run together in a handle.
import { describe, expect, it } from 'vitest';
import { compileDisguised, findDisguised, undisguise } from '../../rules/detectors/disguised.ts';
import { check } from '../../rules/engine.ts';
import offensive from '../../rules/lexicons/offensive.json' with { type: 'json' };
import type { Field } from '../../rules/types.ts';
import { budget } from './budget.ts';

const matcher = compileDisguised(
  ['fuck*', 'shit', 'bollocks', 'cunt*'],
  ['fuck', 'shit', 'bollocks', 'cunt'],
  ['scunthorpe', 'mishit*'],
);
const words = (text: string, runTogether = false) => findDisguised(matcher, text, runTogether).map((m) => m.text);

describe('undisguise', () => {
  it('keeps the length and reads digits inside words as letters', () => {
    expect(undisguise('Sh1t B0llocks 2024 4pm!')).toBe('shit bollocks 2024 apm!');
    expect(undisguise('İstanbul').length).toBe('İstanbul'.length);
  });
});

describe('findDisguised', () => {
  it('finds plain, masked, swapped and stretched words', () => {
    expect(words('what a f***ing day')).toEqual(['f***ing']);
    expect(words('that was sh*t, total b0ll0cks')).toEqual(['sh*t', 'b0ll0cks']);
    expect(words('FUUUCK yeah')).toEqual(['FUUUCK']);
    expect(words('f_ck it')).toEqual(['f_ck']);
  });
  it('keeps whole words in posts', () => {
    expect(words('Scunthorpe and mishits')).toEqual([]);
    expect(words('lltcisshit')).toEqual([]);
  });
  it('finds words run together in handles, except inside innocent words', () => {
    expect(words('LLTC_is_sh1t', true)).toEqual(['sh1t']);
    expect(words('LLTCisShit', true)).toEqual(['Shit']);
    expect(words('ScunthorpeFan', true)).toEqual([]);
    expect(words('mishits_golf', true)).toEqual([]);
  });
  it('stays linear on pathological input', () => {
    for (const text of [
      'f' + '*'.repeat(1_000_000),
      'b' + 'o'.repeat(1_000_000),
      'sh1t'.repeat(250_000),
      'f'.repeat(1_000_000),
    ]) {
      const started = performance.now();
      findDisguised(matcher, text, true);
      findDisguised(matcher, text, false);
      expect(performance.now() - started).toBeLessThan(budget(2000));
    }
  });
});

describe('collapsed and masked matching agree', () => {
  const phrases = compileDisguised(['lying git', 'bollocks'], ['lying git', 'bollocks'], []);
  const find = (text: string, runTogether = false) => findDisguised(phrases, text, runTogether).map((m) => m.text);
  it('keeps exact spans of stretched letters', () => {
    expect(find('what boooollllocks')).toEqual(['boooollllocks']);
    expect(find('b*llocks and bollocks')).toEqual(['b*llocks', 'bollocks']);
  });
  it('needs both letters of a run-together phrase', () => {
    expect(find('LyingGit', true)).toEqual(['LyingGit']);
    expect(find('lyingit', true)).toEqual([]);
    expect(find('xLLTCisShit', true)).toEqual([]);
    expect(words('LLTCissShit', true)).toEqual(['Shit']);
  });
});

describe('masked letters, walked term by term', () => {
  const pad = ','.repeat(80) + ' ';
  it('lets each mask hide one letter, and any letter but the first be stretched', () => {
    expect(words('f**k off, f*k off')).toEqual(['f**k']);
    expect(words('b***ocks and bo**ocks')).toEqual(['b***ocks', 'bo**ocks']);
    expect(words('ffffuck and fuuuuck')).toEqual(['ffffuck', 'fuuuuck']);
    expect(words('*uck and sh**t')).toEqual([]);
  });
  it('finds the longest term at the leftmost place, as one pattern of them all would', () => {
    const m = compileDisguised(['fuck off', 'fuck*', 'off'], [], []);
    expect(findDisguised(m, 'oh f*ck off').map((x) => x.text)).toEqual(['f*ck off']);
    expect(findDisguised(m, 'oh f*ck it, off').map((x) => x.text)).toEqual(['f*ck', 'off']);
  });
  it('reads characters beyond the basic plane whole', () => {
    expect(words('🔥f*ck🔥 and 𝒇*ck')).toEqual(['f*ck']);
  });
  it('finds the same in short texts as in long ones (which use collapsed patterns)', () => {
    for (const text of ['fuuuck', 'Scunthorpe and mishits', 'lltcisshit', 'LLTCissShit', 'sh1t and b0ll0cks']) {
      for (const runTogether of [false, true]) {
        const short = findDisguised(matcher, text, runTogether);
        const long = findDisguised(matcher, pad + text, runTogether);
        expect(long.map((m) => ({ ...m, start: m.start - pad.length, end: m.end - pad.length }))).toEqual(short);
      }
    }
  });
  it('compiles nothing large for the first masked text, however long the lexicon', () => {
    const terms = offensive.entries.map((e) => e.term);
    const threats = terms.flatMap((verb) => ["i'll", 'i will', "we're going to"].map((s) => `${s} ${verb} you`));
    const big = compileDisguised([...terms, ...threats], terms, ['scunthorpe']);
    const started = performance.now();
    expect(findDisguised(big, 'What a load of f*cking nonsense').map((m) => m.text)).toEqual(['f*cking']);
    expect(findDisguised(big, 'LL_TownCouncil', true)).toEqual([]);
    // One regular expression of every term, masked and stretched, took about a second.
    expect(performance.now() - started).toBeLessThan(budget(250));
  });
});

describe('offensive-language on disguised words', () => {
  const excerpts = (text: string, field: Field = 'post') =>
    check(text, { field }, undefined, { only: ['offensive-language'] }).findings.map((f) => f.excerpt);
  it.each([
    ['What a f*ck up', 'f*ck'],
    ['sh!t service again', 'sh!t'],
    ['you absolute b@stard', 'b@stard'],
    ['a sh1tty day', 'sh1tty'],
    ['F***ING brilliant', 'F***ING'],
    ['f_ck it', 'f_ck'],
    ["I'll k*ck the sh*t out of you", "I'll k*ck the sh*t out of you"],
    ['Cllr Bates is a useless c*ck', 'c*ck'],
  ])('flags %j', (text, excerpt) => {
    expect(excerpts(text)).toEqual([excerpt]);
  });
  it.each([
    ['Great turnout from Scunthorpe', 'post'],
    ['Tickets for the first class carriage', 'post'],
    ['#1 fan of the market', 'post'],
    ['The cock crowed at dawn', 'post'],
    ['snake_case', 'handle'],
    ['LL_TownCouncil', 'handle'],
    ['ScunthorpeFan88', 'handle'],
    ['class_act_2024', 'handle'],
  ] as const)('passes %j (%s)', (text, field) => {
    expect(excerpts(text, field)).toEqual([]);
  });
  it.each([
    ['LLTC_is_sh1t', 'sh1t'],
    ['LLTCisShite', 'Shite'],
  ])('flags the handle %j', (text, excerpt) => {
    expect(excerpts(text, 'handle')).toEqual([excerpt]);
  });
});
