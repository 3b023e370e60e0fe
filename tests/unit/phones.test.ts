import { describe, expect, it } from 'vitest';
import { findPhones } from '../../rules/detectors/phones.ts';
import { budget } from './budget.ts';

const found = (text: string) => findPhones(text).map((p) => text.slice(p.start, p.end));

describe('findPhones', () => {
  it('finds UK numbers in the usual spellings', () => {
    expect(found('Call 07700 900123 or +44 7700 900123 or (01525) 631920')).toEqual([
      '07700 900123',
      '+44 7700 900123',
      '(01525) 631920',
    ]);
    expect(found('Tel:07700900123, or 07700-900-123, or +44 (0)1525 631920.')).toEqual([
      '07700900123',
      '07700-900-123',
      '+44 (0)1525 631920',
    ]);
    expect(found('0117 496 0123 / 020 7946 0018')).toEqual(['0117 496 0123', '020 7946 0018']);
    expect(found('Tickets £5, 01525 631920')).toEqual(['01525 631920']);
  });
  it('finds international numbers', () => {
    expect(found('Call +33 1 23 45 67 89')).toEqual(['+33 1 23 45 67 89']);
  });
  it('splits two numbers written one after the other', () => {
    expect(found('07700 900123 07700 900124')).toEqual(['07700 900123', '07700 900124']);
  });
  it('gives spans that compare equal whatever the spelling', () => {
    const [a, b] = findPhones('07700 900123 and +447700900123');
    expect(a!.e164).toBe(b!.e164);
  });
  it('ignores dates, times, prices, years and reference numbers', () => {
    for (const text of [
      'on 25/12/2024 at 10:30',
      '£1,250.00 raised in 2024',
      'ref 123456789',
      'Order no. 01234 567890',
      'My order number is 07700 900123',
      'Open 0900-1700 Mon-Fri',
      '2019 2020 2021 2022',
      'Invoice: 01525631920',
      'population 1525631920',
      '1,000,000 visitors',
      '12-34-56',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });
  it('is fast on pathological input', () => {
    for (const text of [
      '1'.repeat(200_000),
      '0 '.repeat(100_000),
      '07700 900123 '.repeat(20_000),
      '+('.repeat(100_000),
      '0-'.repeat(100_000),
    ]) {
      const t0 = performance.now();
      findPhones(text);
      expect(performance.now() - t0).toBeLessThan(budget(800));
    }
  });
});
