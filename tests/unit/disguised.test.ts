// detectors/disguised.ts: terms written as sh1t, f*ck, f***ing, FUUUCK, or run together in a handle.
import { describe, expect, it } from 'vitest';
import { compileDisguised, findDisguised, undisguise } from '../../rules/detectors/disguised.ts';

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
      expect(performance.now() - started).toBeLessThan(2000);
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
