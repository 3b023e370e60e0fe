import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../rules/language.ts';

describe('detectLanguage', () => {
  it.each([
    ['eng', 'LLTC are an absolute shambles, can’t even empty the bins'],
    ['eng', 'Public council meeting tonight at 7pm, all welcome at the White House'],
    ['eng', 'Email me at sam.jones@leightonlinslade-tc.gov.uk for tickets to the fireworks'],
    ['eng', 'Our manager cancelled my leave again, so unfair.'],
    ['eng', "Copied from a friend's page: PLEASE SHARE, lost dog near Linslade station"],
    ['eng', 'Loving the new series, part 2 comes out next week.'],
    ['fra', 'Bonjour à tous, demain il y a une réunion du conseil municipal.'],
    ['deu', 'Was ist das für ein Chaos im Rathaus, die Stadt ist eine Katastrophe'],
    ['cym', 'Bore da! Mae cyfarfod y cyngor heno am saith o’r gloch yn y neuadd.'],
    ['pol', 'Dzień dobry, jutro jest zebranie rady miejskiej w ratuszu o siódmej.'],
    ['ron', 'Bună ziua, consiliul local se întrunește mâine seară la primărie.'],
    ['urd', 'آج رات کونسل کا اجلاس ہے، سب کو خوش آمدید'],
    ['pan', 'ਅੱਜ ਰਾਤ ਕੌਂਸਲ ਦੀ ਮੀਟਿੰਗ ਹੈ, ਸਾਰਿਆਂ ਦਾ ਸਵਾਗਤ ਹੈ'],
  ])('%s: %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('says und when a draft is too short to tell', () => {
    expect(detectLanguage('Vote Green!')).toBe('und');
    expect(detectLanguage('Cllr Bates is a clown')).toBe('und');
    expect(detectLanguage('Leighton-Linslade Town Council = useless')).toBe('und');
    expect(detectLanguage('My boss couldn’t manage a bath')).not.toBe('gle');
    expect(detectLanguage('🎆🎆🎆 #fireworks @LLTownCouncil')).toBe('und');
    expect(detectLanguage('')).toBe('und');
  });
});
