import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../rules/detectors/identifiers.ts';
import { budget } from './budget.ts';

const found = (text: string) => findIdentifiers(text).map((i) => [i.kind, text.slice(i.start, i.end)]);

describe('findIdentifiers', () => {
  it('finds National Insurance numbers', () => {
    expect(found('NI QQ 12 34 56 C')).toEqual([['ni-number', 'QQ 12 34 56 C']]);
    expect(found('ab123456c')).toEqual([['ni-number', 'ab123456c']]);
  });
  it('rejects impossible NI prefixes', () => {
    expect(found('GB 12 34 56 A')).toEqual([]);
  });
  it('needs bank context for a sort code', () => {
    expect(found('sort code 12-34-56')).toEqual([['sort-code', '12-34-56']]);
    expect(found('12-34-56 12345678')).toEqual([['sort-code', '12-34-56']]);
    expect(found('see you on 12-03-24')).toEqual([]);
  });
  it('finds card numbers that pass the Luhn check only', () => {
    expect(found('card 4111 1111 1111 1111')).toEqual([['card-number', '4111 1111 1111 1111']]);
    expect(found('card 4111 1111 1111 1112')).toEqual([]);
  });
  it('finds dates of birth', () => {
    expect(found('DOB 12/03/1985')).toEqual([['date-of-birth', 'DOB 12/03/1985']]);
    expect(found('born on 12 March 1985')).toEqual([['date-of-birth', 'born on 12 March 1985']]);
    expect(found('born in 1985')).toEqual([]);
  });
  it('is fast on pathological input', () => {
    const t0 = performance.now();
    findIdentifiers('12-34-56 '.repeat(50_000));
    findIdentifiers('1'.repeat(200_000));
    findIdentifiers('12-34-56 12345678 account '.repeat(30_000));
    expect(performance.now() - t0).toBeLessThan(budget(1000));
  });
});
