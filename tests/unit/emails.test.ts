import { describe, expect, it } from 'vitest';
import { configWith } from '../../rules/config.ts';
import { classifyEmail, findEmails } from '../../rules/detectors/emails.ts';
import { budget } from './budget.ts';

const found = (text: string) => findEmails(text).map((e) => text.slice(e.start, e.end));
const addresses = (text: string) => findEmails(text).map((e) => e.address);

describe('findEmails', () => {
  it('finds plain addresses without trailing punctuation', () => {
    expect(found('Email me at sam.jones@leightonlinslade-tc.gov.uk.')).toEqual([
      'sam.jones@leightonlinslade-tc.gov.uk',
    ]);
    expect(found('(s_j+tickets@example.co.uk)')).toEqual(['s_j+tickets@example.co.uk']);
  });
  it('reads disguised addresses and undoes the disguise', () => {
    expect(addresses('s.kaur[at]leightonlinslade-tc[.]gov[.]uk please')).toEqual(['s.kaur@leightonlinslade-tc.gov.uk']);
    expect(addresses('s.kaur(at)example(.)co(.)uk')).toEqual(['s.kaur@example.co.uk']);
    expect(addresses('j.smith at leightonlinslade-tc dot gov dot uk')).toEqual(['j.smith@leightonlinslade-tc.gov.uk']);
    expect(addresses('sam.jones [at] gmail [dot] com')).toEqual(['sam.jones@gmail.com']);
    expect(addresses('tom(at)example(dot)org')).toEqual(['tom@example.org']);
    expect(addresses('sam @ gmail.com')).toEqual(['sam@gmail.com']);
    expect(addresses('sam dot jones AT hotmail DOT co DOT uk')).toEqual(['sam.jones@hotmail.co.uk']);
    expect(addresses('Email me at sam.jones at gmail dot com')).toEqual(['sam.jones@gmail.com']);
  });
  it('does not read ordinary words, handles or websites as addresses', () => {
    expect(found('see you at lunch.Then home')).toEqual([]);
    expect(found('look at leightonlinslade-tc.gov.uk for details')).toEqual([]);
    expect(found('visit us at www.example.com')).toEqual([]);
    expect(found('thanks @bob. see you at 7')).toEqual([]);
    expect(found('meet at the park dot dot dot')).toEqual([]);
  });
  it('classifies council, public and personal addresses', () => {
    const config = configWith(undefined);
    const kinds = findEmails('a.b@leightonlinslade-tc.gov.uk info@leightonlinslade-tc.gov.uk x@gmail.com').map((e) =>
      classifyEmail(e, config),
    );
    expect(kinds).toEqual(['council', 'public', 'personal']);
  });
  it('is fast on pathological input', () => {
    for (const text of [
      'a@a.a'.repeat(100_000),
      'a'.repeat(200_000),
      ' at '.repeat(100_000),
      'a at b dot '.repeat(50_000),
      '@'.repeat(200_000),
    ]) {
      const t0 = performance.now();
      findEmails(text);
      expect(performance.now() - t0).toBeLessThan(budget(500));
    }
  });
});
